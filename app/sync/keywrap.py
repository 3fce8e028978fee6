"""The organisation data key wrapped under a passphrase: scrypt derives a key, AES-256-GCM wraps."""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.domain.errors import AuthenticationError, InputError
from app.domain.messages import message
from app.domain.messages_station import PASSPHRASE_TOO_SHORT, UNKNOWN_KDF, WRONG_PASSPHRASE
from app.security.secrets import DataKey

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
KDF_NAME = f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}"
MIN_PASSPHRASE_LENGTH = 12
_AAD = b"dps-station organisation key wrap v1"
_NONCE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InputError(message(PASSPHRASE_TOO_SHORT, count=MIN_PASSPHRASE_LENGTH), field="passphrase")


def _derive(passphrase: str, salt: bytes, kdf: str) -> bytes:
    try:
        name, n, r, p = kdf.split(":")
        if name != "scrypt":
            raise ValueError(kdf)
        return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=32,
                              maxmem=256 * 1024 * 1024)
    except ValueError:
        raise InputError(message(UNKNOWN_KDF, kdf=kdf)) from None


def wrap(data_key: DataKey, passphrase: str) -> tuple[str, bytes, bytes]:
    """(kdf, salt, nonce || ciphertext)."""
    salt = os.urandom(16)
    nonce = os.urandom(_NONCE_LENGTH)
    wrapped = nonce + AESGCM(_derive(passphrase, salt, KDF_NAME)).encrypt(nonce, data_key.raw(), _AAD)
    return KDF_NAME, salt, wrapped


def unwrap(kdf: str, salt: bytes, wrapped: bytes, passphrase: str) -> DataKey:
    key = _derive(passphrase, salt, kdf)
    try:
        raw = AESGCM(key).decrypt(wrapped[:_NONCE_LENGTH], wrapped[_NONCE_LENGTH:], _AAD)
    except InvalidTag:
        raise AuthenticationError(message(WRONG_PASSPHRASE)) from None
    return DataKey(raw)
