"""Pull: central rows above the station's cursor, page by page in revision order, applied locally.

A round reads the counter once (every revision up to it is committed, see push.py) and
pulls each table's rows in (cursor, high], keyset-paged by revision. The position is
saved with every page, in the same local transaction, so a killed pull resumes where
it stopped; applying a page twice changes nothing. A pulled row over a locally
changed one becomes a conflict. Foreign keys are checked centrally; locally they are
off while a round applies, because a child may arrive before its parent's newest version.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, true, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from app.db.models import LocalSetting, SyncCounter
from app.sync import conflicts, restore, waiting
from app.sync.faults import checkpoint
from app.sync.tables import ALL_TABLES, AUDIT_TABLE, chunks, unique_keys

PULL_PAGE = int(os.environ.get("DPS_SYNC_BATCH", "5000"))  # rows per transaction
CURSOR_KEY = "sync_cursor"
PROGRESS_KEY = "sync_pull_progress"
SETTINGS: Table = LocalSetting.__table__  # type: ignore[assignment]
COUNTER: Table = SyncCounter.__table__  # type: ignore[assignment]
PULL_TABLES = ALL_TABLES
Progress = Callable[[str], None]


@dataclass
class PullResult:
    pulled: int = 0
    conflicts: int = 0
    tables: set[str] = field(default_factory=set)  # the tables rows were pulled into (what the window reloads)


def pull(local: Engine, central: Engine, station: str, result: PullResult, progress: Progress | None = None) -> None:
    with local.connect() as conn:
        cursor = int(_setting(conn, CURSOR_KEY) or 0)
        saved = _setting(conn, PROGRESS_KEY)
        # Restored from a backup: this station's own rows come back too (restore.py), until a round completes.
        own_too = restore.restored(conn)
    if saved:  # finish the round a killed pull began
        high_text, index_text, last_text = saved.split(":")
        high, start_index, start_rev = int(high_text), int(index_text), int(last_text)
    else:
        with central.connect() as conn:
            high = int(conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == 1)).scalar_one())
        start_index, start_rev = 0, cursor
    if high <= cursor:
        return
    with _foreign_keys_off(local) as conn:
        for index, table in enumerate(PULL_TABLES):
            if index < start_index:
                continue
            last = start_rev if index == start_index else cursor
            # A table empty when its round starts (an enrolling station) has no local row to compare with:
            # each row comes once per round, and a unique clash still falls back to the row-by-row path.
            fresh = conn.execute(select(table.c.id).limit(1)).first() is None
            conn.rollback()
            while True:
                with central.connect() as source:
                    rows = [dict(row._mapping) for row in source.execute(
                        select(table).where(table.c.rev > last, table.c.rev <= high,
                                            true() if own_too else table.c.station != station)
                        .order_by(table.c.rev).limit(PULL_PAGE))]
                if not rows:
                    break
                last = rows[-1]["rev"]
                checkpoint(f"pull.{table.name}.fetched")
                with conn.begin():
                    _apply(conn, central, table, rows, result, fresh=fresh)
                    _set_setting(conn, PROGRESS_KEY, f"{high}:{index}:{last}")
                    checkpoint(f"pull.{table.name}.before_commit")
                checkpoint(f"pull.{table.name}.committed")
                result.pulled += len(rows)
                result.tables.add(table.name)
                if progress is not None:
                    progress(f"pulled {result.pulled} changes")
            if index + 1 < len(PULL_TABLES):
                with conn.begin():
                    _set_setting(conn, PROGRESS_KEY, f"{high}:{index + 1}:{cursor}")
        with conn.begin():
            _set_setting(conn, CURSOR_KEY, str(high))
            conn.execute(delete(SETTINGS).where(SETTINGS.c.key == PROGRESS_KEY))
            restore.finished(conn)
            checkpoint("pull.cursor_before_commit")
    checkpoint("pull.done")


@contextmanager
def _foreign_keys_off(local: Engine) -> Iterator[Connection]:
    with local.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _setting(conn: Connection, key: str) -> str | None:
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar_one_or_none()


def _set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(sqlite_insert(SETTINGS).values(key=key, value=value)
                 .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _apply(conn: Connection, central: Engine, table: Table, rows: list[dict[str, Any]], result: PullResult, *,
           fresh: bool = False) -> None:
    for row in rows:
        row["dirty"] = False
    if table is AUDIT_TABLE:
        conn.execute(sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"]), rows)
        conn.execute(update(table).where(table.c.id == bindparam("b_id"), table.c.rev == 0)
                     .values(rev=bindparam("b_rev")), [{"b_id": row["id"], "b_rev": row["rev"]} for row in rows])
        return
    rows = waiting.hold_back(conn, table, rows)
    if fresh:
        _write(conn, central, table, rows, [], result)
        return
    ids = [row["id"] for row in rows]
    mine: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in chunks(ids, 500):
        for found in conn.execute(select(table).where(table.c.id.in_(chunk))):
            mine[found.id] = dict(found._mapping)
    held = conflicts.open_conflict_ids(conn, table, ids) if conflicts.any_open(conn, table) else set()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row in rows:
        here = mine.get(row["id"])
        if row["id"] in held:
            conflicts.refresh_central(conn, table, row)
        elif here is None:
            inserts.append(row)
        elif not here["dirty"]:
            if here["rev"] < row["rev"]:
                updates.append(row)
        elif conflicts.same_change(table, here, row):
            updates.append(row)  # the same change made here (timestamps aside): now clean at central's version
        else:
            conflicts.record(conn, table, conflicts.kind_for(here, row), here, row)
            result.conflicts += 1
    _write(conn, central, table, inserts, updates, result)


def _write(conn: Connection, central: Engine, table: Table, inserts: list[dict[str, Any]],
           updates: list[dict[str, Any]], result: PullResult) -> None:
    try:
        with conn.begin_nested():
            if inserts:
                _insert_raw(conn, table, inserts)
            if updates:
                conn.execute(_update_statement(table), [_update_params(table, row) for row in updates])
        return
    except IntegrityError:
        pass
    for row in inserts:
        _write_one(conn, central, table, row, new=True, result=result)
    for row in updates:
        _write_one(conn, central, table, row, new=False, result=result)


def _insert_raw(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One executemany through the driver, values converted by the columns' own bind processors (same storage)."""
    dialect = conn.dialect
    processors = [(column.name, column.type.dialect_impl(dialect).bind_processor(dialect)) for column in table.columns]
    statement = (f"INSERT INTO {table.name} ({', '.join(name for name, _p in processors)}) "
                 f"VALUES ({', '.join('?' for _p in processors)})")
    conn.exec_driver_sql(statement, [tuple(row[name] if process is None else process(row[name])
                                           for name, process in processors) for row in rows])


def _update_statement(table: Table) -> Any:
    return update(table).where(table.c.id == bindparam("b_id")).values(
        {column.name: bindparam(f"v_{column.name}") for column in table.columns if column.name != "id"})


def _update_params(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    return {"b_id": row["id"], **{f"v_{column.name}": row[column.name] for column in table.columns
                                  if column.name != "id"}}


def _write_one(conn: Connection, central: Engine, table: Table, row: dict[str, Any], *, new: bool,
               result: PullResult, depth: int = 0) -> None:
    """One row, on its own: a unique clash with a local row is resolved or recorded, never raised."""
    try:
        with conn.begin_nested():
            if new:
                conn.execute(insert(table), [row])
            else:
                conn.execute(_update_statement(table), [_update_params(table, row)])
        return
    except IntegrityError:
        pass
    for clash in _local_clashes(conn, table, row):
        if clash["dirty"] or clash["id"] in conflicts.open_conflict_ids(conn, table, [clash["id"]]) or depth > 2:
            conflicts.record(conn, table, conflicts.UNIQUE, clash, row, central_row_id=row["id"])
            result.conflicts += 1
            return
        # A clean local row is an older central version: its newest version frees the key.
        with central.connect() as source:
            newest = source.execute(select(table).where(table.c.id == clash["id"])).first()
        if newest is None:
            conflicts.record(conn, table, conflicts.UNIQUE, clash, row, central_row_id=row["id"])
            result.conflicts += 1
            return
        fresher = {**dict(newest._mapping), "dirty": False}
        _write_one(conn, central, table, fresher, new=False, result=result, depth=depth + 1)
    if depth < 3:
        _write_one(conn, central, table, row, new=new, result=result, depth=depth + 1)
        return
    local_version = (_local_clashes(conn, table, row) or [row])[0]
    conflicts.record(conn, table, conflicts.UNIQUE, local_version, row, central_row_id=row["id"])
    result.conflicts += 1


def _local_clashes(conn: Connection, table: Table, row: Mapping[str, Any]) -> list[dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for key in unique_keys(table):
        query = select(table).where(table.c.id != row["id"], *[table.c[name] == row[name] for name in key])
        for clash in conn.execute(query):
            found[clash.id] = dict(clash._mapping)
    return list(found.values())
