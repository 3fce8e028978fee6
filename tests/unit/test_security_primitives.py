"""Security primitives: device key derivation, AES-GCM at rest, scrypt, key files, signing, audit chain."""

from __future__ import annotations

import base64
import hashlib
import hmac
import stat
from pathlib import Path

import pytest

from app.config import resolve_home
from app.domain.errors import KeyMissingError
from app.security.audit_chain import GENESIS_HASH, chain_hash, legacy_hash
from app.security.derivation import derive_device_key, new_device_secret, new_group_secret
from app.security.keyring import Keyring, load_keyring, save_keyring
from app.security.passwords import hash_password, verify_password
from app.security.secrets import DataKey
from app.security.signing import SigningKey


# Microsoft's published example of a derived device key (symmetric-key enrollment groups), ../shared/PROVISIONING.md
AZURE_GROUP_KEY = "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw=="
AZURE_REGISTRATION_ID = "sn-007-888-abc-mac-a1-b2-c3-d4-e5-f6"
AZURE_DEVICE_KEY = "Jsm0lyGpjaVYVP2g3FnmnmG9dI/9qU24wNoykUmermc="


def test_device_key_is_the_published_azure_dps_vector() -> None:
    assert derive_device_key(AZURE_GROUP_KEY, AZURE_REGISTRATION_ID) == AZURE_DEVICE_KEY


@pytest.mark.parametrize("sn", ["SN-1", "dev/ä-ü", "x" * 64])
def test_device_keys_differ_by_sn_and_by_group(sn: str) -> None:
    secret = new_group_secret()
    assert len(base64.b64decode(secret)) == 64
    key = derive_device_key(secret, sn)
    assert len(base64.b64decode(key)) == 32 and derive_device_key(secret, sn) == key
    assert key != derive_device_key(secret, sn + "0")
    assert key != derive_device_key(new_group_secret(), sn)


def test_new_secrets_are_random_base64() -> None:
    assert new_group_secret() != new_group_secret()
    assert len(base64.b64decode(new_device_secret())) == 32


def test_scrypt_hash_verifies_and_rejects() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$")
    assert "correct horse" not in stored
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert not verify_password("correct horse", stored.replace("scrypt", "md5"))
    assert not verify_password("correct horse", "garbage")
    assert hash_password("correct horse") != stored  # salted


def test_aes_gcm_round_trip_and_binding_to_purpose() -> None:
    key = DataKey.generate()
    blob_a = key.encrypt(b"secret-a", "group-secret:row-a")
    blob_b = key.encrypt(b"secret-b", "group-secret:row-b")
    assert b"secret-a" not in blob_a
    assert key.decrypt(blob_a, "group-secret:row-a") == b"secret-a"
    # A ciphertext swapped into another row (another purpose) does not open.
    with pytest.raises(KeyMissingError):
        key.decrypt(blob_a, "group-secret:row-b")
    with pytest.raises(KeyMissingError):
        key.decrypt(blob_b, "device-secret:row-b")
    with pytest.raises(KeyMissingError):
        DataKey.generate().decrypt(blob_a, "group-secret:row-a")
    tampered = blob_a[:-1] + bytes([blob_a[-1] ^ 1])
    with pytest.raises(KeyMissingError):
        key.decrypt(tampered, "group-secret:row-a")
    with pytest.raises(KeyMissingError, match="damaged"):
        key.decrypt(b"\x01short", "group-secret:row-a")
    assert "<hidden>" in repr(key)


def test_key_check_value() -> None:
    key = DataKey.generate()
    assert key.matches(key.check_value())
    assert not DataKey.generate().matches(key.check_value())


def test_key_files_are_owner_only_and_round_trip(tmp_path: Path) -> None:
    home = resolve_home(str(tmp_path / "home"))
    home.ensure()
    keyring = Keyring(DataKey.generate(), SigningKey.generate())
    save_keyring(home, keyring)
    for path in (home.data_key_file, home.signing_key_file):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.keys_dir.stat().st_mode) == 0o700
    loaded = load_keyring(home)
    assert loaded.data_key is not None and loaded.data_key.raw() == keyring.data_key.raw()  # type: ignore[union-attr]
    assert loaded.signing_key is not None and loaded.signing_key.key_id == keyring.signing_key.key_id  # type: ignore[union-attr]


def test_damaged_key_file_is_a_clear_error(tmp_path: Path) -> None:
    home = resolve_home(str(tmp_path / "home"))
    home.ensure()
    home.data_key_file.write_text("not base64 !!!\n")
    with pytest.raises(KeyMissingError, match="damaged"):
        load_keyring(home)
    home.data_key_file.write_text(base64.b64encode(b"short").decode())
    with pytest.raises(KeyMissingError, match="wrong length"):
        load_keyring(home)


def test_empty_keyring_says_what_to_do() -> None:
    with pytest.raises(KeyMissingError, match="restore the key directory .* from the key backup") as missing:
        Keyring(None, None).require_data_key()
    assert "central enroll" in str(missing.value) and "'dps-station init' cannot bring it back" in str(missing.value)
    with pytest.raises(KeyMissingError, match="enroll"):
        Keyring(None, None).require_signing_key()


def test_signatures_verify_and_reject() -> None:
    key = SigningKey.generate()
    signature = key.sign(b"payload")
    assert key.verifying_key.verify(signature, b"payload")
    assert not key.verifying_key.verify(signature, b"payload!")
    assert not SigningKey.generate().verifying_key.verify(signature, b"payload")
    assert SigningKey.from_raw(key.private_raw()).key_id == key.key_id
    assert base64.b64encode(key.private_raw()).decode() not in repr(key)


def test_chain_hash_is_hmac_of_previous_and_canonical_event_under_the_chain_key() -> None:
    fields = {"b": 1, "a": "x"}
    key = DataKey.generate().subkey("audit-chain")
    expected = hmac.new(key, GENESIS_HASH.encode() + b'{"a":"x","b":1}', hashlib.sha256).hexdigest()
    assert chain_hash(key, GENESIS_HASH, fields) == expected
    assert chain_hash(key, GENESIS_HASH, {"a": "x", "b": 2}) != expected
    assert chain_hash(DataKey.generate().subkey("audit-chain"), GENESIS_HASH, fields) != expected
    # the unkeyed links of chains written before the upgrade: anyone can recompute these
    assert legacy_hash(GENESIS_HASH, fields) == hashlib.sha256(GENESIS_HASH.encode() + b'{"a":"x","b":1}').hexdigest()
