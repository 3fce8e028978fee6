"""Resolving a conflict: keep the local version, the central one, or a per-field merge.

The outcome is written as an ordinary local change from the central revision
(dirty, base rev = the conflict's central revision), so the next sync pushes it
like any other change; keeping the central version simply makes it the local row.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.db.base import utcnow
from app.domain.errors import InputError, LifecycleError, NotFoundError
from app.sync.conflicts import CONFLICTS, UNIQUE
from app.sync.tables import SYNC_COLUMNS, TABLES_BY_NAME, content_columns, from_json

KEEP_LOCAL = "local"
KEEP_CENTRAL = "central"
MERGE = "merge"
CHOICES = (KEEP_LOCAL, KEEP_CENTRAL, MERGE)
# Identity and bookkeeping: never chosen field by field.
FIXED_FIELDS = frozenset({"id", "updated_at", "station", *SYNC_COLUMNS})


def mergeable_fields(table_name: str) -> list[str]:
    return [name for name in content_columns(TABLES_BY_NAME[table_name]) if name not in FIXED_FIELDS]


def resolve(conn: Connection, conflict_id: uuid.UUID, keep: str, fields: Mapping[str, str] | None,
            station: str, actor: str) -> dict[str, Any]:
    """Apply the resolution in the caller's transaction; returns the conflict row (for the audit trail)."""
    if keep not in CHOICES:
        raise InputError(f"keep must be one of {', '.join(CHOICES)}", field="keep")
    conflict = conn.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id)).first()
    if conflict is None:
        raise NotFoundError(f"no sync conflict {conflict_id}")
    if conflict.resolved_at is not None:
        raise InputError(f"conflict {conflict_id} was already resolved ({conflict.resolution})", field="id")
    table = TABLES_BY_NAME[conflict.table_name]
    allowed = mergeable_fields(table.name)
    choices = dict(fields or {})
    for name, side in choices.items():
        if name not in allowed:
            raise InputError(f"{table.name} has no field {name!r}; fields: {', '.join(allowed)}", field="field")
        if side not in (KEEP_LOCAL, KEEP_CENTRAL):
            raise InputError(f"{name}={side!r}: choose local or central", field="field")
    if choices and keep != MERGE:
        keep = MERGE
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
    if target_id != conflict.row_id:
        # The local row lost its unique key to the central row (same SN, ...): it never reached central.
        try:
            with conn.begin_nested():
                conn.execute(delete(table).where(table.c.id == conflict.row_id))
        except IntegrityError:
            raise LifecycleError(
                f"the local duplicate ({conflict.label}) already has records that depend on it on this station; "
                "resolve or retire those first; nothing was changed") from None
    exists = conn.execute(select(table.c.id).where(table.c.id == target_id)).first() is not None
    if exists:
        conn.execute(update(table).where(table.c.id == target_id).values(**row))
    else:
        conn.execute(insert(table).values(**row))
    conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(
        resolved_at=utcnow(), resolution=keep, resolved_by=actor))
    return dict(conflict._mapping)
