"""What syncs: the synced tables in foreign-key order, and rows as plain values and as JSON."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, LargeBinary, Table, Uuid

from app.db.base import UTCDateTime
from app.db.models import (
    Allocation,
    Asset,
    AttributeDefinition,
    AuditEvent,
    Batch,
    DeviceIdentity,
    MasterDataGroup,
    Organisation,
    Registration,
    RegistrationGroup,
    ReprovisionRequest,
    ThirdPartyCode,
    User,
)

# Parents before children: pushes insert in this order, so central foreign keys hold.
SYNCED_TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (Organisation, User, AttributeDefinition, MasterDataGroup, RegistrationGroup, Batch, Asset,
                  DeviceIdentity, Allocation, ReprovisionRequest, Registration, ThirdPartyCode)
)
AUDIT_TABLE: Table = AuditEvent.__table__  # type: ignore[assignment]
ALL_TABLES: tuple[Table, ...] = (*SYNCED_TABLES, AUDIT_TABLE)
TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in ALL_TABLES}

# Bookkeeping columns: not part of what a user changed.
SYNC_COLUMNS = frozenset({"rev", "dirty"})
# Shown in conflicts without their value: ciphertexts and password hashes mean nothing to a reader.
HIDDEN_COLUMNS = frozenset({"group_secret_enc", "device_secret_enc", "signing_private_key_enc", "data_key_check",
                            "password_hash", "signing_public_key", "code_enc", "fingerprint"})
LABEL_COLUMNS = ("sn", "name", "asset_code", "number", "key", "group_id")


def content_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns if column.name not in SYNC_COLUMNS]


def _normal(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def label_of(table: Table, row: Mapping[str, Any]) -> str:
    for name in LABEL_COLUMNS:
        if name in table.columns and row.get(name):
            return f"{name} {row[name]}"
    return str(row.get("id", ""))


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """Every set of columns that must be unique, besides the primary key."""
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            keys.append(tuple(column.name for column in constraint.columns))  # type: ignore[attr-defined]
    for column in table.columns:
        if column.unique:
            keys.append((column.name,))
    return list(dict.fromkeys(keys))


def foreign_keys(table: Table) -> list[tuple[str, Table]]:
    return [(fk.parent.name, fk.column.table) for fk in table.foreign_keys]


def to_json(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as JSON-safe values (bytes in base64, times in ISO 8601, UUIDs as text)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        value = row.get(column.name)
        if value is None:
            out[column.name] = None
        elif isinstance(column.type, LargeBinary):
            out[column.name] = base64.b64encode(bytes(value)).decode("ascii")
        elif isinstance(column.type, UTCDateTime):
            out[column.name] = value.isoformat()
        elif isinstance(column.type, Uuid):
            out[column.name] = str(value)
        else:
            out[column.name] = value
    return out


def from_json(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in data:
            continue
        value = data[column.name]
        if value is None:
            out[column.name] = None
        elif isinstance(column.type, LargeBinary):
            out[column.name] = base64.b64decode(value)
        elif isinstance(column.type, UTCDateTime):
            out[column.name] = datetime.fromisoformat(value)
        elif isinstance(column.type, Uuid):
            out[column.name] = uuid.UUID(value)
        elif isinstance(column.type, JSON):
            out[column.name] = value
        else:
            out[column.name] = value
    return out


def displayable(table: Table, data: Mapping[str, Any] | None) -> dict[str, Any]:
    """A version for people: sync bookkeeping dropped, secrets replaced by a note."""
    if data is None:
        return {}
    return {name: ("(encrypted)" if name in HIDDEN_COLUMNS else value) for name, value in data.items()
            if name not in SYNC_COLUMNS}


def chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
