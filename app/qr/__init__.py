"""Label payloads: encode, decode, verify; the manual code; third-party onboarding codes (Matter, Z-Wave). No Qt."""
