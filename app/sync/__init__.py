"""Offline-first sync between a station's database and the central PostgreSQL (no Qt)."""
