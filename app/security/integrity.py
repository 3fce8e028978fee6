"""Row integrity: a keyed value over the columns of a row whose change matters.

`integrity = HMAC-SHA256(row key, canonical [table, values of the protected columns])`, hex, where the row key is
derived from the organisation key (keys/org.key). Every station of the organisation computes and checks the same
value, so synced rows carry theirs; someone who can write the database file but not read the key directory can
change a device's state, a user's role or password hash, a batch's approval, a group secret or the organisation's
public key, but cannot make the value match again: `audit verify` names the row.

The columns are each row's natural key (never its id: resolving a sync conflict may give a row the central id)
and the values that decide what the station does."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping
from typing import Any

INTEGRITY_PURPOSE = "row-integrity"
INTEGRITY_COLUMN = "integrity"

PROTECTED: dict[str, tuple[str, ...]] = {
    "organisation": ("name", "signing_key_id", "signing_public_key", "signing_private_key_enc", "data_key_check",
                     "deleted"),
    "users": ("name", "role", "password_hash", "active", "deleted"),
    "registration_groups": ("name", "group_id", "group_secret_enc", "deleted"),
    "batches": ("registration_group_id", "number", "review", "reviewed_by", "deleted"),
    "device_identities": ("registration_group_id", "sn", "status", "deleted"),
}


def _normal(value: Any) -> Any:
    if type(value) is str:  # most values: first (a bulk action seals 100,000 rows)
        return value
    if isinstance(value, memoryview | bytearray | bytes):
        return "b64:" + base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):  # SQLite hands booleans back as 0/1 to a raw reader
        return value
    return str(value)


def row_mac(key: bytes, table: str, row: Mapping[Any, Any]) -> str:
    """The integrity value of `row` (any mapping with the protected columns of `table`)."""
    values: list[Any] = [table]
    for name in PROTECTED[table]:
        value = row[name]
        if name in _BOOLEANS and value is not None:
            value = bool(value)  # SQLite hands booleans back as 0/1 to a raw reader
        values.append(_normal(value))
    return hmac.new(key, _ENCODER.encode(values).encode("utf-8"), hashlib.sha256).hexdigest()


_BOOLEANS = frozenset(("deleted", "active"))
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)  # json.dumps with these, built once


def object_values(obj: Any) -> dict[str, Any]:
    """The protected columns of an ORM object, as they will be stored: a column not set yet on a new object
    takes its scalar default (as the INSERT will)."""
    values = {}
    for name in PROTECTED[obj.__tablename__]:
        value = getattr(obj, name)
        if value is None:
            default = obj.__table__.c[name].default
            if default is not None and default.is_scalar:
                value = default.arg
        values[name] = value
    return values


def seal_object(key: bytes, obj: Any) -> None:
    """Set an ORM object's integrity value from its current columns."""
    obj.integrity = row_mac(key, obj.__tablename__, object_values(obj))
