"""Which central this is: its organisation, proven with the organisation's keys, and its schema version.

A station talks only to a central of its own organisation. The central's organisation row is its identity:
the same organisation id and Ed25519 signing public key as the station's own row, and (when the station holds
the organisation data key) a data-key check value that opens under that key and a signing private key that
decrypts under it (bound to the organisation id) to exactly that public key. A name proves nothing and is only
shown. A central whose schema (Alembic revision) this station does not know was made by a newer program: the
station refuses it instead of pushing rows into tables it does not understand.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from alembic.script import ScriptDirectory
from cryptography.exceptions import InvalidTag
from sqlalchemy import Connection, Table, inspect, select, text

from app.db.base import Base
from app.db.migrate import alembic_config, single_head
from app.db.models import Organisation
from app.domain.errors import DpsError
from app.domain.messages import message
from app.domain.messages_station import (
    CENTRAL_HAS_NO_ORG,
    CENTRAL_HAS_ORGS,
    CENTRAL_NOT_PROVEN,
    CENTRAL_OTHER_ORG,
    SCHEMA_NEWER,
    SCHEMA_OLDER,
)
from app.security.secrets import DataKey
from app.security.signing import SigningKey

ORG_TABLE: Table = Organisation.__table__  # type: ignore[assignment]
SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "pg_toast"})


class CentralMismatchError(DpsError):
    """The central database is not one this station may sync with (another organisation, a newer schema)."""

    exit_code = 11


@dataclass(frozen=True)
class CentralIdentity:
    org_id: uuid.UUID
    org_name: str
    signing_key_id: str
    schema: str | None

    def describe(self) -> str:
        return f"organisation '{self.org_name}' (signing key {self.signing_key_id})"


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def central_schema(conn: Connection) -> str | None:
    """The central's Alembic revision, None when it has none (an empty database)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(conn: Connection, *, allow_older: bool = False) -> str | None:
    """Refuse a central whose schema this station does not know (newer), or (unless allowed) an older one."""
    version = central_schema(conn)
    if version is None:
        return None
    head = single_head()
    if version not in known_revisions():
        raise CentralMismatchError(message(SCHEMA_NEWER, version=version, head=head))
    if version != head and not allow_older:
        raise CentralMismatchError(message(SCHEMA_OLDER, version=version, head=head))
    return version


def foreign_tables(conn: Connection) -> list[str]:
    """Tables (and views) in the database that are not DPS Station's: another application's data."""
    ours = set(Base.metadata.tables) | {"alembic_version"}
    inspector = inspect(conn)
    found: list[str] = []
    for schema in inspector.get_schema_names():
        if schema in SYSTEM_SCHEMAS or schema.startswith(("pg_temp", "pg_toast")):
            continue
        names = inspector.get_table_names(schema=schema) + inspector.get_view_names(schema=schema)
        for name in names:
            if schema != "public" or name not in ours:
                found.append(name if schema == "public" else f"{schema}.{name}")
    return sorted(found)


def central_organisation(conn: Connection) -> list[dict[str, Any]]:
    if not inspect(conn).has_table(ORG_TABLE.name):
        return []
    return [dict(row._mapping) for row in conn.execute(select(ORG_TABLE).where(ORG_TABLE.c.deleted.is_(False)))]


def verify(conn: Connection, mine: Mapping[str, Any] | None, data_key: DataKey | None, where: str, *,
           require_org: bool = True) -> CentralIdentity | None:
    """The central's identity, checked against this station's organisation row and data key.

    `mine` None (a station that holds no organisation yet) accepts any single, self-consistent organisation.
    Raises CentralMismatchError for another organisation's central; nothing has been written then.
    """
    schema = central_schema(conn)
    rows = central_organisation(conn)
    if not rows:
        if require_org:
            raise CentralMismatchError(message(CENTRAL_HAS_NO_ORG, url=where))
        return None
    if len(rows) > 1:
        raise CentralMismatchError(message(CENTRAL_HAS_ORGS, url=where, count=len(rows)))
    org = rows[0]
    identity = CentralIdentity(org["id"], org["name"], org["signing_key_id"], schema)
    if mine is not None and (org["id"] != mine["id"] or org["signing_key_id"] != mine["signing_key_id"]
                             or bytes(org["signing_public_key"]) != bytes(mine["signing_public_key"])):
        raise CentralMismatchError(message(CENTRAL_OTHER_ORG, url=where, org=identity.org_name,
                                           key_id=identity.signing_key_id, mine=mine["name"],
                                           my_key_id=mine["signing_key_id"]))
    if data_key is not None and not proven_by(org, data_key):
        raise CentralMismatchError(message(CENTRAL_NOT_PROVEN, url=where))
    return identity


def proven_by(org: Mapping[str, Any], data_key: DataKey) -> bool:
    """The organisation row was made with this data key: its check value opens and its signing key matches."""
    if not data_key.matches(bytes(org["data_key_check"])):
        return False
    try:
        raw = data_key.decrypt(bytes(org["signing_private_key_enc"]), f"signing-key:{org['id']}")
    except (InvalidTag, DpsError, ValueError):
        return False
    signing = SigningKey.from_raw(raw)
    return signing.verifying_key.public_raw == bytes(org["signing_public_key"]) and \
        signing.key_id == org["signing_key_id"]
