"""Keys, secrets at rest, device key derivation, signing, password hashes, audit chain."""
