"""Resolving a conflict: keep the local version, the central one, or a per-field merge.

The outcome is written as an ordinary local change from the central revision
(dirty, base rev = the conflict's central revision), so the next sync pushes it
like any other change; keeping the central version simply makes it the local row.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.db.base import utcnow
from app.domain.errors import InputError, LifecycleError, NotFoundError
from app.domain.messages import message
from app.domain.messages_station import (
    CENTRAL_COPY_UNKNOWN,
    CHOOSE_SIDE,
    CONFLICT_RESOLVED,
    DUPLICATE_IN_USE,
    GIVE_NEW_NAME,
    KEEP_ONE_OF,
    LOCAL_ROW_GONE,
    NAME_TAKEN_HERE,
    NO_CONFLICT,
    NO_SUCH_FIELD,
    ONLY_DEVICE_RETIRES_CENTRAL,
    ONLY_DEVICE_RETIRES_HERE,
    ONLY_RENAMEABLE,
)
from app.sync import waiting
from app.sync.conflicts import CONFLICTS, UNIQUE
from app.sync.tables import SYNC_COLUMNS, TABLES_BY_NAME, chunks, content_columns, from_json

KEEP_LOCAL = "local"
KEEP_CENTRAL = "central"
MERGE = "merge"
RENAME = "rename"
RETIRE = "retire"  # the same SN at two stations: the central device stays, this station's copy is retired
RETIRE_CENTRAL = "retire-central"  # ... this station's device stays, the central copy is retired
CHOICES = (KEEP_LOCAL, KEEP_CENTRAL, MERGE, RENAME, RETIRE, RETIRE_CENTRAL)
DISCARDED = "discarded"  # DeviceStatus.DISCARDED
REVOKED = "revoked"  # AllocationState.REVOKED
# A unique conflict on these tables may be resolved by renaming this station's row (both rows stay).
RENAMEABLE = {"batches": "number", "masterdata_groups": "name", "registration_groups": "name", "users": "name"}
# Resolving a unique conflict on these tables by keeping one row moves this station's children to the row kept:
# two batches of the same number become one batch. (Devices and groups are not merged: a device's records and
# a group's derived keys belong to that row.)
MERGED_CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {"batches": (("assets", "batch_id"),)}
# Identity and bookkeeping: never chosen field by field.
FIXED_FIELDS = frozenset({"id", "updated_at", "station", *SYNC_COLUMNS})


def mergeable_fields(table_name: str) -> list[str]:
    return [name for name in content_columns(TABLES_BY_NAME[table_name]) if name not in FIXED_FIELDS]


def resolve(conn: Connection, conflict_id: uuid.UUID, keep: str, fields: Mapping[str, str] | None,
            station: str, actor: str, new_name: str | None = None) -> dict[str, Any]:
    """Apply the resolution in the caller's transaction; returns the conflict row (for the audit trail).

    keep RENAME (a unique conflict of a RENAMEABLE table): this station's row takes `new_name` and both rows
    stay; the central row, which could not be pulled while the key clashed, is written here as it is."""
    if keep not in CHOICES:
        raise InputError(message(KEEP_ONE_OF, choices=", ".join(CHOICES)), field="keep")
    conflict = conn.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id)).first()
    if conflict is None:
        raise NotFoundError(message(NO_CONFLICT, id=conflict_id))
    if conflict.resolved_at is not None:
        raise InputError(message(CONFLICT_RESOLVED, id=conflict_id, resolution=conflict.resolution), field="id")
    table = TABLES_BY_NAME[conflict.table_name]
    allowed = mergeable_fields(table.name)
    choices = dict(fields or {})
    for name, side in choices.items():
        if name not in allowed:
            raise InputError(message(NO_SUCH_FIELD, table=table.name, name=name, fields=", ".join(allowed)), field="field")
        if side not in (KEEP_LOCAL, KEEP_CENTRAL):
            raise InputError(message(CHOOSE_SIDE, name=name, side=side), field="field")
    if choices and keep != MERGE:
        keep = MERGE
    if keep == RENAME:
        return _rename(conn, conflict, table, new_name, station, actor)
    if keep == RETIRE:
        return _retire(conn, conflict, table, station, actor)
    if keep == RETIRE_CENTRAL:
        return _retire_central(conn, conflict, table, station, actor)
    mine = conn.execute(select(table).where(table.c.id == conflict.row_id)).first()
    local = dict(mine._mapping) if mine is not None else from_json(table, conflict.local_version)
    central = from_json(table, conflict.central_version) if conflict.central_version else None
    target_id = conflict.central_row_id if conflict.kind == UNIQUE and conflict.central_row_id else conflict.row_id
    if central is None:  # central holds nothing to compare with: the local version is the only one
        keep, central = KEEP_LOCAL, None
    if keep == KEEP_CENTRAL:
        row = {**central, "dirty": False}  # type: ignore[dict-item]
    else:
        base = central if central is not None else local
        row = dict(base)
        for name in allowed:
            side = KEEP_LOCAL if keep == KEEP_LOCAL else choices.get(name, KEEP_LOCAL)
            if side == KEEP_LOCAL:
                row[name] = local[name]
        row.update(id=target_id, rev=conflict.central_rev, dirty=True, updated_at=utcnow(), station=station)
    moved: list[tuple[Table, str, list[uuid.UUID]]] = []
    if target_id != conflict.row_id:
        # The local row lost its unique key to the central row (same SN, ...): it never reached central.
        moved = _detach_children(conn, table, conflict.row_id)
        try:
            with conn.begin_nested():
                conn.execute(delete(table).where(table.c.id == conflict.row_id))
        except IntegrityError:
            raise LifecycleError(message(DUPLICATE_IN_USE, label=conflict.label)) from None
    exists = conn.execute(select(table.c.id).where(table.c.id == target_id)).first() is not None
    if exists:
        conn.execute(update(table).where(table.c.id == target_id).values(**row))
    else:
        conn.execute(insert(table).values(**row))
    for child, column, ids in moved:  # now children of the row kept: changes to push
        for chunk in chunks(ids, 500):
            conn.execute(update(child).where(child.c.id.in_(chunk)).values(
                {column: target_id, "dirty": True, "updated_at": utcnow(), "station": station}))
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(
        resolved_at=utcnow(), resolution=keep, resolved_by=actor))
    waiting.release(conn, [target_id])
    return dict(conflict._mapping)


def _detach_children(conn: Connection, table: Table, row_id: uuid.UUID) -> list[tuple[Table, str, list[uuid.UUID]]]:
    """This station's rows that point at a duplicate about to be merged away, unlinked for the moment."""
    moved: list[tuple[Table, str, list[uuid.UUID]]] = []
    for child_name, column in MERGED_CHILDREN.get(table.name, ()):
        child = TABLES_BY_NAME[child_name]
        ids = list(conn.execute(select(child.c.id).where(child.c[column] == row_id)).scalars())
        if ids:
            conn.execute(update(child).where(child.c[column] == row_id).values({column: None}))
            moved.append((child, column, ids))
    return moved


def _rename(conn: Connection, conflict: Any, table: Table, new_name: str | None, station: str,
            actor: str) -> dict[str, Any]:
    column = RENAMEABLE.get(table.name)
    if conflict.kind != UNIQUE or column is None:
        raise InputError(message(ONLY_RENAMEABLE, tables=", ".join(RENAMEABLE)), field="rename")
    if not new_name or not new_name.strip():
        raise InputError(message(GIVE_NEW_NAME, column=column, label=conflict.label), field="rename")
    mine = conn.execute(select(table.c.id).where(table.c.id == conflict.row_id)).first()
    if mine is None:
        raise NotFoundError(message(LOCAL_ROW_GONE, label=conflict.label))
    try:
        with conn.begin_nested():
            conn.execute(update(table).where(table.c.id == conflict.row_id).values(
                {column: new_name.strip(), "dirty": True, "updated_at": utcnow(), "station": station}))
    except IntegrityError:
        raise InputError(message(NAME_TAKEN_HERE, column=column, name=new_name.strip()), field="rename") from None
    if conflict.central_version:  # the central row could not be pulled while the key clashed: now it can
        central = {**from_json(table, conflict.central_version), "dirty": False}
        if conn.execute(select(table.c.id).where(table.c.id == central["id"])).first() is None:
            conn.execute(insert(table).values(**central))
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict.id).values(
        resolved_at=utcnow(), resolution=RENAME, resolved_by=actor))
    if conflict.central_row_id is not None:
        waiting.release(conn, [conflict.central_row_id])
    return dict(conflict._mapping)


def _retire(conn: Connection, conflict: Any, table: Table, station: str, actor: str) -> dict[str, Any]:
    """The same SN at two stations: the central's device stays the device; this station's copy is retired.

    The copy keeps its history (its asset, allocations and requests stay whole) under a marked SN
    (`SN~dup-1a2b3c4d`), in state discarded, its live allocations revoked; then it syncs like any device."""
    _check_device_clash(conflict, table, ONLY_DEVICE_RETIRES_HERE)
    mine = conn.execute(select(table).where(table.c.id == conflict.row_id)).first()
    if mine is None:
        raise NotFoundError(message(LOCAL_ROW_GONE, label=conflict.label))
    _mark_retired(conn, table, conflict.row_id, mine.sn, station, "another station registered it first")
    if conflict.central_version:  # the central device could not be written here while the SN clashed
        central = {**from_json(table, conflict.central_version), "dirty": False}
        if conn.execute(select(table.c.id).where(table.c.id == central["id"])).first() is None:
            conn.execute(insert(table).values(**central))
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict.id).values(
        resolved_at=utcnow(), resolution=RETIRE, resolved_by=actor))
    if conflict.central_row_id is not None:
        waiting.release(conn, [conflict.central_row_id])
    return dict(conflict._mapping)


def _retire_central(conn: Connection, conflict: Any, table: Table, station: str, actor: str) -> dict[str, Any]:
    """The same SN at two stations: this station's device stays the device; the central copy is retired.

    The central copy is written here under a marked SN, in state discarded, as a change of this station based on
    the central revision (so the next push frees the SN centrally, or meets a newer change as a conflict); the
    rows that waited for it (its asset's identity, its allocations) are written, its live allocations revoked."""
    _check_device_clash(conflict, table, ONLY_DEVICE_RETIRES_CENTRAL)
    if not conflict.central_version or conflict.central_row_id is None:
        raise InputError(message(CENTRAL_COPY_UNKNOWN), field="retire")
    central = from_json(table, conflict.central_version)
    conn.execute(insert(table).values(**{**central, "sn": _marked(central["sn"], conflict.central_row_id),
                                         "dirty": False}))
    waiting.release(conn, [conflict.central_row_id])
    _mark_retired(conn, table, conflict.central_row_id, central["sn"], station,
                  "another station's copy was kept when the sync conflict was resolved")
    conn.execute(update(table).where(table.c.id == conflict.central_row_id).values(rev=conflict.central_rev))
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict.id).values(
        resolved_at=utcnow(), resolution=RETIRE_CENTRAL, resolved_by=actor))
    return dict(conflict._mapping)


def _check_device_clash(conflict: Any, table: Table, refusal: str) -> None:
    if conflict.kind != UNIQUE or table.name != "device_identities":
        raise InputError(message(refusal), field="retire")


def _marked(sn: str, row_id: uuid.UUID) -> str:
    marker = f"~dup-{row_id.hex[:8]}"
    return sn[:64 - len(marker)] + marker


def _mark_retired(conn: Connection, table: Table, row_id: uuid.UUID, sn: str, station: str, why: str) -> None:
    """A duplicate device, retired with its history: marked SN, discarded, its live allocations revoked."""
    now = utcnow()
    conn.execute(update(table).where(table.c.id == row_id).values(
        sn=_marked(sn, row_id), status=DISCARDED, status_changed_at=now,
        status_error=f"a duplicate of SN {sn}: {why}; retired when the sync conflict was resolved",
        dirty=True, updated_at=now, station=station))
    allocations = TABLES_BY_NAME["allocations"]
    conn.execute(update(allocations).where(allocations.c.identity_id == row_id,
                                           allocations.c.state == "active").values(
        state=REVOKED, dirty=True, updated_at=now, station=station))
