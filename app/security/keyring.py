"""The station's key files: organisation data key and signing key, each 0600 in DPS_HOME/keys."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from app.config import Home
from app.domain.errors import KeyMissingError
from app.domain.messages import message
from app.domain.messages_station import KEY_FILE_DAMAGED, KEY_FILE_LENGTH, MISSING_DATA_KEY, MISSING_SIGNING_KEY
from app.security.secrets import DataKey
from app.security.signing import SigningKey


@dataclass
class Keyring:
    """What this station holds. A station without the data key can read no secret."""

    data_key: DataKey | None
    signing_key: SigningKey | None

    def require_data_key(self) -> DataKey:
        if self.data_key is None:
            raise KeyMissingError(message(MISSING_DATA_KEY))
        return self.data_key

    def require_signing_key(self) -> SigningKey:
        if self.signing_key is None:
            raise KeyMissingError(message(MISSING_SIGNING_KEY))
        return self.signing_key


def write_key_file(path: Path, secret: bytes) -> None:
    """Write a key file readable by its owner only; never world-readable, not even briefly."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, base64.b64encode(secret) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def read_key_file(path: Path) -> bytes | None:
    if not path.exists():
        return None
    try:
        return base64.b64decode(path.read_bytes().strip(), validate=True)
    except ValueError:
        raise KeyMissingError(message(KEY_FILE_DAMAGED, path=path)) from None


def load_keyring(home: Home) -> Keyring:
    data_raw = read_key_file(home.data_key_file)
    signing_raw = read_key_file(home.signing_key_file)
    try:
        data_key = DataKey(data_raw) if data_raw is not None else None
        signing_key = SigningKey.from_raw(signing_raw) if signing_raw is not None else None
    except ValueError:
        raise KeyMissingError(message(KEY_FILE_LENGTH, folder=home.keys_dir)) from None
    return Keyring(data_key=data_key, signing_key=signing_key)


def save_keyring(home: Home, keyring: Keyring) -> None:
    if keyring.data_key is not None:
        write_key_file(home.data_key_file, keyring.data_key.raw())
    if keyring.signing_key is not None:
        write_key_file(home.signing_key_file, keyring.signing_key.private_raw())
