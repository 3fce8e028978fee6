"""Secrets at rest: AES-256-GCM under the organisation data key.

A stored secret is `version(1) || nonce(12) || ciphertext+tag`. The associated
data binds a ciphertext to its purpose and row, so a secret copied into
another row or column does not decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import KeyMissingError
from app.domain.messages import message
from app.domain.messages_station import KEY_OPENS_NOTHING, SECRET_DAMAGED

FORMAT_VERSION = b"\x01"
NONCE_LENGTH = 12
KEY_LENGTH = 32
KEY_CHECK_PLAINTEXT = b"dps-station data key check"


class DataKey:
    """The organisation data key. Its bytes never leave this object except to the key file."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_LENGTH:
            raise ValueError("the organisation data key must be 32 bytes")
        self._key = key
        self._aead = AESGCM(key)
        self._subkeys: dict[str, bytes] = {}

    @classmethod
    def generate(cls) -> DataKey:
        return cls(AESGCM.generate_key(bit_length=256))

    def raw(self) -> bytes:
        return self._key

    def encrypt(self, plaintext: bytes, purpose: str) -> bytes:
        nonce = os.urandom(NONCE_LENGTH)
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, purpose.encode("utf-8"))

    def decrypt(self, blob: bytes, purpose: str) -> bytes:
        if len(blob) < 1 + NONCE_LENGTH + 16 or blob[:1] != FORMAT_VERSION:
            raise KeyMissingError(message(SECRET_DAMAGED, purpose=purpose.split(":")[0]))
        nonce, ciphertext = blob[1 : 1 + NONCE_LENGTH], blob[1 + NONCE_LENGTH :]
        try:
            return self._aead.decrypt(nonce, ciphertext, purpose.encode("utf-8"))
        except InvalidTag:
            raise KeyMissingError(message(KEY_OPENS_NOTHING)) from None

    def subkey(self, purpose: str) -> bytes:
        """A key for one purpose (the audit chain, row integrity) derived from the data key, which itself only ever
        encrypts (AES-GCM)."""
        cached = self._subkeys.get(purpose)
        if cached is None:
            cached = hmac.new(self._key, b"dps-station subkey:" + purpose.encode("utf-8"), hashlib.sha256).digest()
            self._subkeys[purpose] = cached
        return cached

    def check_value(self) -> bytes:
        return self.encrypt(KEY_CHECK_PLAINTEXT, "key-check")

    def matches(self, check_value: bytes) -> bool:
        try:
            return self.decrypt(check_value, "key-check") == KEY_CHECK_PLAINTEXT
        except KeyMissingError:
            return False

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"

