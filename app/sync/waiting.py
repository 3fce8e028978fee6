"""Pulled rows that wait for their parent: the parent is held by an open unique conflict (the other station's
batch B-1 while this station has its own B-1), so it is not in its table here. Its children wait in
`sync_waiting_rows` rather than point at a row that is not there; resolving the conflict writes the parent, and
`release` then writes the rows that waited for it (and those that waited for them)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.db.models import SyncWaitingRow
from app.sync import conflicts
from app.sync.tables import TABLES_BY_NAME, chunks, foreign_keys, from_json, to_json, unique_keys

WAITING: Table = SyncWaitingRow.__table__  # type: ignore[assignment]


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(WAITING)).scalar_one())


def _absent_parents(conn: Connection, parent: Table) -> set[uuid.UUID]:
    """Rows of `parent` that are not here because a unique conflict (or their own parent) holds them."""
    held = conn.execute(select(conflicts.CONFLICTS.c.central_row_id).where(
        conflicts.CONFLICTS.c.table_name == parent.name, conflicts.CONFLICTS.c.resolved_at.is_(None),
        conflicts.CONFLICTS.c.kind == conflicts.UNIQUE, conflicts.CONFLICTS.c.central_row_id.is_not(None),
        conflicts.CONFLICTS.c.central_row_id != conflicts.CONFLICTS.c.row_id)).scalars()
    waiting = conn.execute(select(WAITING.c.row_id).where(WAITING.c.table_name == parent.name)).scalars()
    return {*held, *waiting}


def hold_back(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows that can be written now; the others are kept waiting (a newer version replaces an older one)."""
    absent = {column: _absent_parents(conn, parent) for column, parent in foreign_keys(table)}
    parents = dict(foreign_keys(table))
    if not any(absent.values()) and conn.execute(
            select(WAITING.c.id).where(WAITING.c.table_name == table.name).limit(1)).first() is None:
        return rows
    for chunk in chunks([row["id"] for row in rows], 400):
        conn.execute(delete(WAITING).where(WAITING.c.table_name == table.name, WAITING.c.row_id.in_(chunk)))
    ready: list[dict[str, Any]] = []
    for row in rows:
        column = next((name for name, ids in absent.items() if row.get(name) in ids), None)
        if column is None:
            ready.append(row)
            continue
        conn.execute(insert(WAITING).values(
            id=uuid.uuid4(), table_name=table.name, row_id=row["id"], parent_table=parents[column].name,
            parent_id=row[column], version=to_json(table, row)))
    return ready


def release(conn: Connection, parent_ids: Iterable[uuid.UUID]) -> int:
    """Write the rows that waited for these parents (now here), then those that waited for them; how many."""
    written = 0
    pending = list(parent_ids)
    while pending:
        found = [row for chunk in chunks(pending, 400)
                 for row in conn.execute(select(WAITING).where(WAITING.c.parent_id.in_(chunk)))]
        pending = []
        for waiting in found:
            conn.execute(delete(WAITING).where(WAITING.c.id == waiting.id))
            table = TABLES_BY_NAME[waiting.table_name]
            row = {**from_json(table, waiting.version), "dirty": False}
            _write(conn, table, row)
            written += 1
            pending.append(waiting.row_id)
    return written


def _write(conn: Connection, table: Table, row: dict[str, Any]) -> None:
    """Written as a clean central version; a unique clash with a local row becomes a conflict, as in a pull."""
    here = conn.execute(select(table.c.id, table.c.dirty).where(table.c.id == row["id"])).first()
    try:
        with conn.begin_nested():
            if here is None:
                conn.execute(insert(table).values(**row))
            elif not here.dirty:
                conn.execute(update(table).where(table.c.id == row["id"]).values(**row))
            else:
                mine = conn.execute(select(table).where(table.c.id == row["id"])).one()
                conflicts.record(conn, table, conflicts.kind_for(dict(mine._mapping), row), dict(mine._mapping),
                                 row)
        return
    except IntegrityError:
        clashes = _clashes(conn, table, row)
        if not clashes:
            raise
    conflicts.record(conn, table, conflicts.UNIQUE, clashes[0], row, central_row_id=row["id"])


def _clashes(conn: Connection, table: Table, row: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for key in unique_keys(table):
        query = select(table).where(table.c.id != row["id"], *[table.c[name] == row[name] for name in key])
        found.extend(dict(clash._mapping) for clash in conn.execute(query))
    return found
