"""What a conflict is about, for people: the group, the batch, and for a device the asset's readable fields.

A `unique` conflict is two different rows (two stations registered the same SN, each with its own asset):
their ids and asset ids always differ and say nothing. What a supervisor needs is what actually differs:
two locations, two batches, two names. Read from the station's database (the central side's related rows
arrive with the pull, parents before children).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, func, select

from app.db.models import Asset, Batch, DeviceIdentity, RegistrationGroup
from app.sync.conflicts import BOOKKEEPING
from app.sync.tables import SYNC_COLUMNS
from app.sync.waiting import WAITING

ASSETS: Table = Asset.__table__  # type: ignore[assignment]
BATCHES: Table = Batch.__table__  # type: ignore[assignment]
IDENTITIES: Table = DeviceIdentity.__table__  # type: ignore[assignment]
GROUPS: Table = RegistrationGroup.__table__  # type: ignore[assignment]
# Keys, references and times: they differ between two rows made at two stations and tell nobody anything.
NOT_SHOWN_AS_DIFFERENCE = frozenset({"id", "asset_id", "asset ID", "identity_id", "batch_id", "registration_group_id",
                                     "masterdata_group_id", "status_changed_at", "reviewed_at",
                                     *SYNC_COLUMNS, *BOOKKEEPING})


def _uuid(value: Any) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _one(conn: Connection, table: Table, row_id: uuid.UUID | None) -> dict[str, Any] | None:
    if row_id is None:
        return None
    found = conn.execute(select(table).where(table.c.id == row_id)).first()
    return dict(found._mapping) if found is not None else None


def _group_name(conn: Connection, group_id: uuid.UUID | None) -> str:
    group = _one(conn, GROUPS, group_id)
    return str(group["name"]) if group else ""


def _batch_number(conn: Connection, batch_id: uuid.UUID | None) -> str:
    batch = _one(conn, BATCHES, batch_id)
    return str(batch["number"]) if batch else ""


def _asset_fields(conn: Connection, asset_id: uuid.UUID | None) -> dict[str, Any]:
    asset = _one(conn, ASSETS, asset_id)
    if asset is None:
        return {}
    fields: dict[str, Any] = {"asset ID": asset["asset_code"], "batch": _batch_number(conn, asset["batch_id"]),
                              "name": asset["name"], "description": asset["description"]}
    for key, value in sorted((asset["master_data"] or {}).items()):
        fields[key] = value
    return fields


def describe(conn: Connection, table_name: str, version: Mapping[str, Any] | None) -> dict[str, Any]:
    """`group`, `batch` and readable related fields of one version (JSON form) of a conflicting row."""
    if not version:
        return {}
    out: dict[str, Any] = {"group": "", "batch": ""}
    if table_name in ("allocations", "reprovision_requests"):
        identity = _one(conn, IDENTITIES, _uuid(version.get("identity_id")))
        if identity is not None:
            out["sn"] = identity["sn"]
            out["group"] = _group_name(conn, identity["registration_group_id"])
            out.update({k: v for k, v in _asset_fields(conn, identity["asset_id"]).items() if k == "batch"})
        return out
    if "registration_group_id" in version:
        out["group"] = _group_name(conn, _uuid(version.get("registration_group_id")))
    elif table_name == "registration_groups":
        out["group"] = str(version.get("name", ""))
    if table_name == "device_identities":
        out.update(_asset_fields(conn, _uuid(version.get("asset_id"))))
    elif table_name == "assets":
        out["batch"] = _batch_number(conn, _uuid(version.get("batch_id")))
    elif table_name == "batches":
        out["batch"] = str(version.get("number", ""))
        batch_id = _uuid(version.get("id"))
        out["devices"] = _devices_in_batch(conn, batch_id) if batch_id else 0
    return out


def _devices_in_batch(conn: Connection, batch_id: uuid.UUID) -> int:
    """The batch's devices here, and those of the other station's batch that wait for it (sync/waiting.py)."""
    here = int(conn.execute(select(func.count()).select_from(ASSETS).where(
        ASSETS.c.batch_id == batch_id, ASSETS.c.deleted.is_(False))).scalar_one())
    waiting = conn.execute(select(WAITING.c.version).where(WAITING.c.table_name == ASSETS.name,
                                                           WAITING.c.parent_id == batch_id)).scalars()
    return here + sum(1 for version in waiting if not version.get("deleted"))


def differing(local: Mapping[str, Any], central: Mapping[str, Any]) -> list[str]:
    """The fields whose values differ, keys and timestamps aside, in the order of the local version."""
    names = list(dict.fromkeys([*local, *central]))
    return [name for name in names if name not in NOT_SHOWN_AS_DIFFERENCE and local.get(name) != central.get(name)]
