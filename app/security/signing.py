"""Ed25519 organisation signing key: sign label payloads, verify them offline."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_LENGTH = 64


def key_id_for(public_key_raw: bytes) -> str:
    """A short, stable identifier of a public key: 4 hex digits of its SHA-256."""
    return hashlib.sha256(public_key_raw).hexdigest()[:4].upper()


@dataclass(frozen=True)
class VerifyingKey:
    """The public half, enough to check a label anywhere, offline."""

    public_raw: bytes

    @property
    def key_id(self) -> str:
        return key_id_for(self.public_raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class SigningKey:
    """The organisation's private signing key. Never logged, never printed."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.verifying_key = VerifyingKey(
            private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, private_raw: bytes) -> SigningKey:
        return cls(Ed25519PrivateKey.from_private_bytes(private_raw))

    def private_raw(self) -> bytes:
        return self._private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    @property
    def key_id(self) -> str:
        return self.verifying_key.key_id

    def sign(self, message: bytes) -> bytes:
        return self._private_key.sign(message)

    def __repr__(self) -> str:
        return f"SigningKey(key_id={self.key_id!r})"
