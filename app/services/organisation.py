"""Create the organisation of a new station: keys, organisation row, first user."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.config import Home
from app.db.engine import INTEGRITY_KEY, Database
from app.db.models import Organisation
from app.domain.errors import InputError, KeyMissingError
from app.domain.messages import Message, message
from app.domain.messages_station import (
    MISSING_DATA_KEY,
    NO_ORGANISATION,
    ORG_CHANGED_OUTSIDE,
    ORG_KEY_NOT_OURS,
    ORG_NAME_INVALID,
    SIGNING_KEY_NOT_ORGS,
)
from app.security.integrity import INTEGRITY_PURPOSE, object_values, row_mac
from app.security.keyring import Keyring, load_keyring, save_keyring
from app.security.secrets import DataKey
from app.security.signing import SigningKey, VerifyingKey
from app.services.row_integrity import seal_existing

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
            raise KeyMissingError(message(ORG_KEY_NOT_OURS, folder=str(home.keys_dir), org=existing.name))
        seal_existing(home, db, keyring)  # rows from before integrity values: once, then the key directory knows
        existing = get_organisation(db) or existing
        if keyring.signing_key is None and keyring.data_key is not None:
            authenticated_organisation(db, keyring)
            raw = keyring.data_key.decrypt(existing.signing_private_key_enc, f"signing-key:{existing.id}")
            keyring = Keyring(keyring.data_key, SigningKey.from_raw(raw))
            save_keyring(home, keyring)
        return OrganisationInfo(existing.name, existing.signing_key_id, db.station_id, False), keyring
    name = (name or "My organisation").strip()
    if not name or len(name) > ORG_NAME_MAX or any(ord(ch) < 32 for ch in name):
        raise InputError(message(ORG_NAME_INVALID, count=ORG_NAME_MAX), field="org")
    data_key = keyring.data_key or DataKey.generate()
    signing_key = keyring.signing_key or SigningKey.generate()
    keyring = Keyring(data_key, signing_key)
    save_keyring(home, keyring)
    with db.writer.begin() as session:
        session.info[INTEGRITY_KEY] = data_key.subkey(INTEGRITY_PURPOSE)
        org = Organisation(name=name, signing_key_id=signing_key.key_id,
                           signing_public_key=signing_key.verifying_key.public_raw,
                           signing_private_key_enc=b"", data_key_check=data_key.check_value())
        session.add(org)
        session.flush()
        org.signing_private_key_enc = data_key.encrypt(signing_key.private_raw(), f"signing-key:{org.id}")
    seal_existing(home, db, keyring)
    return OrganisationInfo(name, signing_key.key_id, db.station_id, True), keyring


def authenticated_organisation(db: Database, keyring: Keyring) -> Organisation:
    """The organisation row, its public key authenticated by its integrity value under the organisation key
    (a public key put into the table by someone who can write the database does not pass)."""
    data_key = keyring.require_data_key()
    org = get_organisation(db)
    if org is None:
        raise KeyMissingError(message(NO_ORGANISATION))
    if org.integrity is None or row_mac(data_key.subkey(INTEGRITY_PURPOSE), "organisation",
                                        object_values(org)) != org.integrity:
        raise KeyMissingError(message(ORG_CHANGED_OUTSIDE, org=org.name, key_id=org.signing_key_id))
    return org


def signing_key_problem(org: Organisation, keyring: Keyring) -> Message | None:
    """Why the signing key may not sign for this organisation (None when it belongs)."""
    key = keyring.signing_key
    if key is None or bytes(org.signing_public_key) == key.verifying_key.public_raw:
        return None
    return message(SIGNING_KEY_NOT_ORGS, key_id=key.key_id, org=org.name, org_key_id=org.signing_key_id)


def consistent_signing_key(db: Database, keyring: Keyring) -> SigningKey:
    """The signing key, once it, the authenticated public key and the organisation key belong together."""
    signing_key = keyring.require_signing_key()
    problem = signing_key_problem(authenticated_organisation(db, keyring), keyring)
    if problem is not None:
        raise KeyMissingError(problem)
    return signing_key


def verifying_keys(db: Database, keyring: Keyring) -> dict[str, VerifyingKey]:
    """Every public key this organisation signs labels with, by key id (offline verification): only a key the
    organisation key vouches for (the row's integrity value), never one trusted from the table alone."""
    org = authenticated_organisation(db, keyring)
    return {org.signing_key_id: VerifyingKey(bytes(org.signing_public_key))}


def key_problems(db: Database, keyring: Keyring) -> list[Message]:
    """What keeps the keys from belonging together (checked at start and by `audit verify`); empty when they do."""
    if keyring.data_key is None:
        return [message(MISSING_DATA_KEY)]
    try:
        org = authenticated_organisation(db, keyring)
    except KeyMissingError as error:
        return [_as_message(error.message)]
    problem = signing_key_problem(org, keyring)
    return [problem] if problem is not None else []


def _as_message(text: str) -> Message:
    return text if isinstance(text, Message) else message("{text}", text=text)
