"""Conflict records: a local change that met another one. Both versions are kept; nothing is overwritten."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, or_, select, update

from app.db.base import UTCDateTime, utcnow
from app.db.models import SyncConflict
from app.sync.tables import chunks, content_columns, label_of, to_json

CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]

EDIT = "edit"        # both sides changed the row
DELETE = "delete"    # one side deleted it, the other changed it
UNIQUE = "unique"    # a new row clashes with another row on a unique key (the same SN in the same group, ...)


# Where and when a row was last changed, not what: two versions that differ only here are the same change.
BOOKKEEPING = frozenset({"updated_at", "station"})


def same_change(table: Table, left: Mapping[str, Any], right: Mapping[str, Any]) -> bool:
    """The same user-visible content: sync bookkeeping (rev, dirty, updated_at, station) and timestamps aside.

    Two stations that made the same change (installed the same device at the same place, say) differ only in
    when and where; that is not a conflict, and the central version is taken as it is."""
    return all(_normal(left.get(name)) == _normal(right.get(name)) for name in compared_columns(table))


def compared_columns(table: Table) -> list[str]:
    return [name for name in content_columns(table)
            if name not in BOOKKEEPING and not isinstance(table.c[name].type, UTCDateTime)]


def _normal(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def kind_for(local: Mapping[str, Any], central: Mapping[str, Any] | None) -> str:
    if central is not None and bool(local.get("deleted")) != bool(central.get("deleted")):
        return DELETE
    return EDIT


def any_open(conn: Connection, table: Table) -> bool:
    return conn.execute(select(CONFLICTS.c.id).where(
        CONFLICTS.c.table_name == table.name, CONFLICTS.c.resolved_at.is_(None)).limit(1)).first() is not None


def open_conflict_ids(conn: Connection, table: Table, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Ids (local or central) of rows of `table` held by an open conflict."""
    found: set[uuid.UUID] = set()
    for chunk in chunks(list(ids), 400):
        query = select(CONFLICTS.c.row_id, CONFLICTS.c.central_row_id).where(
            CONFLICTS.c.table_name == table.name, CONFLICTS.c.resolved_at.is_(None),
            or_(CONFLICTS.c.row_id.in_(chunk), CONFLICTS.c.central_row_id.in_(chunk)))
        for row_id, central_row_id in conn.execute(query):
            found.add(row_id)
            if central_row_id is not None:
                found.add(central_row_id)
    return found


def record(conn: Connection, table: Table, kind: str, local: Mapping[str, Any],
           central: Mapping[str, Any] | None, *, central_row_id: uuid.UUID | None = None) -> None:
    """Record a conflict, or refresh the central side of the open one for the same row (idempotent)."""
    row_id = local["id"]
    central_json = to_json(table, central) if central is not None else None
    central_rev = int(central["rev"]) if central is not None else 0
    existing = conn.execute(select(CONFLICTS.c.id).where(
        CONFLICTS.c.table_name == table.name, CONFLICTS.c.row_id == row_id,
        CONFLICTS.c.resolved_at.is_(None))).scalar_one_or_none()
    if existing is not None:
        conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == existing).values(
            central_version=central_json, central_rev=central_rev,
            local_version=to_json(table, local)))
        return
    conn.execute(CONFLICTS.insert().values(
        id=uuid.uuid4(), table_name=table.name, row_id=row_id,
        central_row_id=central_row_id if central_row_id is not None else (central["id"] if central else None),
        kind=kind, label=label_of(table, local)[:256], local_version=to_json(table, local),
        central_version=central_json, central_rev=central_rev, created_at=utcnow(), resolution="",
        resolved_by=""))


def refresh_central(conn: Connection, table: Table, central: Mapping[str, Any]) -> None:
    """A newer central version of a row in an open conflict: keep it in the conflict, not over the local row."""
    conn.execute(update(CONFLICTS).where(
        CONFLICTS.c.table_name == table.name, CONFLICTS.c.resolved_at.is_(None),
        or_(CONFLICTS.c.row_id == central["id"], CONFLICTS.c.central_row_id == central["id"]),
    ).values(central_version=to_json(table, central), central_rev=int(central["rev"])))
