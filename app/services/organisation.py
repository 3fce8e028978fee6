"""Create the organisation of a new station: keys, organisation row, first user."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.config import Home
from app.db.engine import Database
from app.db.models import Organisation
from app.domain.errors import InputError, KeyMissingError
from app.security.keyring import Keyring, load_keyring, save_keyring
from app.security.secrets import DataKey
from app.security.signing import SigningKey, VerifyingKey

ORG_NAME_MAX = 128


@dataclass(frozen=True)
class OrganisationInfo:
    name: str
    signing_key_id: str
    station_id: str
    created: bool


def get_organisation(db: Database) -> Organisation | None:
    with db.reader() as session:
        return session.scalars(select(Organisation).where(Organisation.deleted.is_(False)).limit(1)).first()


def init_organisation(home: Home, db: Database, name: str | None = None) -> tuple[OrganisationInfo, Keyring]:
    """Idempotent: a home that has an organisation keeps it; a new one gets keys and a row."""
    home.ensure()
    keyring = load_keyring(home)
    existing = get_organisation(db)
    if existing is not None:
        if keyring.data_key is not None and not keyring.data_key.matches(existing.data_key_check):
            raise KeyMissingError(
                f"the organisation key in {home.keys_dir} does not belong to the organisation "
                f"'{existing.name}' of this database"
            )
        if keyring.signing_key is None and keyring.data_key is not None:
            raw = keyring.data_key.decrypt(existing.signing_private_key_enc, f"signing-key:{existing.id}")
            keyring = Keyring(keyring.data_key, SigningKey.from_raw(raw))
            save_keyring(home, keyring)
        return OrganisationInfo(existing.name, existing.signing_key_id, db.station_id, False), keyring
    name = (name or "My organisation").strip()
    if not name or len(name) > ORG_NAME_MAX or any(ord(ch) < 32 for ch in name):
        raise InputError(f"must be 1 to {ORG_NAME_MAX} printable characters", field="org")
    data_key = keyring.data_key or DataKey.generate()
    signing_key = keyring.signing_key or SigningKey.generate()
    keyring = Keyring(data_key, signing_key)
    save_keyring(home, keyring)
    with db.writer.begin() as session:
        org = Organisation(name=name, signing_key_id=signing_key.key_id,
                           signing_public_key=signing_key.verifying_key.public_raw,
                           signing_private_key_enc=b"", data_key_check=data_key.check_value())
        session.add(org)
        session.flush()
        org.signing_private_key_enc = data_key.encrypt(signing_key.private_raw(), f"signing-key:{org.id}")
    return OrganisationInfo(name, signing_key.key_id, db.station_id, True), keyring


def verifying_keys(db: Database) -> dict[str, VerifyingKey]:
    """Every public key this organisation signs labels with, by key id (offline verification)."""
    with db.reader() as session:
        rows = session.execute(
            select(Organisation.signing_key_id, Organisation.signing_public_key).where(Organisation.deleted.is_(False))
        ).all()
    return {key_id: VerifyingKey(bytes(public)) for key_id, public in rows}
