"""The station's key files: organisation data key and signing key, each 0600 in DPS_HOME/keys."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from app.config import Home
from app.domain.errors import KeyMissingError
from app.security.secrets import DataKey
from app.security.signing import SigningKey

RESTORE_ADVICE = ("restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was "
                  "created, or enroll this station again from the central database ('dps-station central enroll "
                  "URL'); see 'Keys and their backup' in docs/architecture.md")
MISSING_DATA_KEY = ("this station has no organisation key (keys/org.key is missing): " + RESTORE_ADVICE
                    + "; 'dps-station init' cannot bring it back, since a new key opens none of the stored secrets")
MISSING_SIGNING_KEY = ("this station has no signing key (keys/signing.key) and no organisation key to restore it "
                       "with: " + RESTORE_ADVICE)


@dataclass
class Keyring:
    """What this station holds. A station without the data key can read no secret."""

    data_key: DataKey | None
    signing_key: SigningKey | None

    def require_data_key(self) -> DataKey:
        if self.data_key is None:
            raise KeyMissingError(MISSING_DATA_KEY)
        return self.data_key

    def require_signing_key(self) -> SigningKey:
        if self.signing_key is None:
            raise KeyMissingError(MISSING_SIGNING_KEY)
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
        raise KeyMissingError(f"the key file {path} is damaged (not base64)") from None


def load_keyring(home: Home) -> Keyring:
    data_raw = read_key_file(home.data_key_file)
    signing_raw = read_key_file(home.signing_key_file)
    try:
        data_key = DataKey(data_raw) if data_raw is not None else None
        signing_key = SigningKey.from_raw(signing_raw) if signing_raw is not None else None
    except ValueError:
        raise KeyMissingError(f"a key file in {home.keys_dir} has the wrong length") from None
    return Keyring(data_key=data_key, signing_key=signing_key)


def save_keyring(home: Home, keyring: Keyring) -> None:
    if keyring.data_key is not None:
        write_key_file(home.data_key_file, keyring.data_key.raw())
    if keyring.signing_key is not None:
        write_key_file(home.signing_key_file, keyring.signing_key.private_raw())
