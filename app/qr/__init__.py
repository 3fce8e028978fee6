"""Label payloads: encode, decode, verify; the manual code. No Qt."""
