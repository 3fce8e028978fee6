"""DPS Station: a desktop onboarding station for a Device Provisioning Service."""

__version__ = "0.1.0"
