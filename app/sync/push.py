"""Push: dirty local rows to the central database, with optimistic concurrency.

Every push transaction first locks the one counter row (FOR UPDATE), so pushes are
serialised and revisions become visible in the order they were given: a puller
reading `rev > cursor` can never skip a row that commits later with a lower revision.
Inside, a row is written only `WHERE id = :id AND rev = :base_rev`; anything else
becomes a conflict record on the station, and the central row stays as it was.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import JSON, Connection, Engine, Table, Uuid, and_, any_, bindparam, literal_column, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError, NotSupportedError, ProgrammingError
from sqlalchemy.sql.elements import ColumnClause, Label

from app.db.base import UTCDateTime
from app.db.models import SyncCounter
from app.domain.errors import DpsError
from app.domain.messages import message
from app.domain.messages_station import AUDIT_CLASH
from app.sync import conflicts
from app.sync.faults import checkpoint
from app.sync.tables import AUDIT_TABLE, SYNCED_TABLES, chunks, foreign_keys, unique_keys

log = logging.getLogger(__name__)
ROWID: ColumnClause[Any] = literal_column("rowid")
RAW_UPDATED_AT: Label[Any] = literal_column("updated_at").label("raw_updated_at")  # as stored: no type processing
PUSH_BATCH = int(os.environ.get("DPS_SYNC_BATCH", "5000"))  # rows per transaction
COUNTER: Table = SyncCounter.__table__  # type: ignore[assignment]
Progress = Callable[[str], None]


class AuditClashError(DpsError):
    """This station's new audit events take numbers the central already holds for it (a restore not repaired)."""

    exit_code = 1


@dataclass
class PushResult:
    pushed: int = 0
    conflicts: int = 0
    waiting: int = 0  # rows whose parent is not central yet (its own push is in conflict): kept dirty, retried
    tables: dict[str, int] = field(default_factory=dict)


@dataclass
class _Outcome:
    written: dict[uuid.UUID, int] = field(default_factory=dict)   # id -> new central rev
    converged: dict[uuid.UUID, int] = field(default_factory=dict)  # central already holds this change
    adopt: list[dict[str, Any]] = field(default_factory=list)  # central's versions of the converged rows
    conflicts: list[tuple[str, Mapping[str, Any], Mapping[str, Any] | None, uuid.UUID | None]] = field(
        default_factory=list)
    waiting: int = 0


def push(local: Engine, central: Engine, result: PushResult, progress: Progress | None = None) -> None:
    for table in SYNCED_TABLES:
        _push_table(local, central, table, result, progress)
    _push_audit(local, central, result)


def _push_table(local: Engine, central: Engine, table: Table, result: PushResult, progress: Progress | None) -> None:
    last = 0
    while True:
        with local.connect() as conn:
            # Keyset on SQLite's rowid: the `dirty` index is ordered by it, so no batch sorts the whole table.
            rows = [dict(row._mapping) for row in conn.execute(
                select(ROWID, RAW_UPDATED_AT, table).where(table.c.dirty.is_(True), last < ROWID)
                .order_by(ROWID).limit(PUSH_BATCH))]
            if not rows:
                return
            held = (conflicts.open_conflict_ids(conn, table, [row["id"] for row in rows])
                    if conflicts.any_open(conn, table) else set())
        last = rows[-1]["rowid"]
        local_keys = {row["id"]: (row.pop("rowid"), row.pop("raw_updated_at")) for row in rows}
        rows = [row for row in rows if row["id"] not in held]
        if not rows:
            continue
        checkpoint(f"push.{table.name}.read")
        outcome = _push_batch(central, table, rows)
        checkpoint(f"push.{table.name}.central_committed")
        _record_outcome(local, table, local_keys, outcome)
        checkpoint(f"push.{table.name}.local_committed")
        result.pushed += len(outcome.written)
        result.conflicts += len(outcome.conflicts)
        result.waiting += outcome.waiting
        result.tables[table.name] = result.tables.get(table.name, 0) + len(outcome.written)
        if progress is not None:
            progress(f"pushed {result.pushed} changes")


def _push_batch(central: Engine, table: Table, rows: list[dict[str, Any]]) -> _Outcome:
    outcome = _Outcome()
    with central.begin() as conn:
        counter = conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == 1).with_for_update()).scalar_one()
        checkpoint(f"push.{table.name}.locked")
        current = _central_rows(conn, table, [row["id"] for row in rows])
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in rows:
            there = current.get(row["id"])
            if there is None:
                inserts.append(row)
            elif there["rev"] == row["rev"]:
                updates.append(row)
            elif conflicts.same_change(table, row, there):
                # Our own earlier push, or the same change made at another station: take central's version.
                outcome.converged[row["id"]] = there["rev"]
                outcome.adopt.append(there)
            else:
                outcome.conflicts.append((conflicts.kind_for(row, there), row, there, None))
        ready = _parents_present(conn, table, inserts + updates)
        outcome.waiting = len(inserts) + len(updates) - len(ready)
        revision = counter
        # Updates first: one may free a unique key that a new row takes (a retired duplicate's SN).
        if updates:
            revision = _update(conn, table, [row for row in updates if row["id"] in ready], revision, outcome)
            checkpoint(f"push.{table.name}.updated")
        if inserts:
            revision = _insert(conn, table, [row for row in inserts if row["id"] in ready], revision, outcome)
            checkpoint(f"push.{table.name}.inserted")
        conn.execute(update(COUNTER).where(COUNTER.c.id == 1).values(value=revision))
        checkpoint(f"push.{table.name}.before_commit")
    return outcome


def _central_rows(conn: Connection, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in chunks(ids, 10_000):
        for row in conn.execute(select(table).where(_among(table.c.id, chunk))):
            found[row.id] = dict(row._mapping)
    return found


def _among(column: Any, ids: list[uuid.UUID]) -> Any:
    """`column = ANY(:ids)`: one array parameter, however many ids (a long IN list costs parsing time)."""
    return column == any_(bindparam(None, ids, type_=ARRAY(Uuid)))


def _parents_present(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    """Ids of the rows whose every parent row exists centrally."""
    ready = {row["id"] for row in rows}
    for column, parent in foreign_keys(table):
        wanted = {row[column] for row in rows if row[column] is not None}
        present: set[uuid.UUID] = set()
        for chunk in chunks(list(wanted), 10_000):
            present.update(conn.execute(select(parent.c.id).where(_among(parent.c.id, chunk))).scalars())
        if table is parent:
            present.update(ready)
        ready -= {row["id"] for row in rows if row[column] is not None and row[column] not in present}
    return ready


def _central_values(row: Mapping[str, Any], revision: int) -> dict[str, Any]:
    return {**row, "rev": revision, "dirty": False}


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]], revision: int, outcome: _Outcome) -> int:
    if not rows:
        return revision
    values = []
    for row in rows:
        revision += 1
        values.append(_central_values(row, revision))
    checkpoint(f"push.{table.name}.inserting")
    inserted_ids = _insert_new(conn, table, values)
    inserted = {value["id"]: value["rev"] for value in values if value["id"] in inserted_ids}
    outcome.written.update(inserted)
    for row in rows:
        if row["id"] not in inserted:
            clash = _clashing_row(conn, table, row)
            outcome.conflicts.append((conflicts.UNIQUE, row, clash, clash["id"] if clash else None))
    return revision


def _insert_new(conn: Connection, table: Table, values: list[dict[str, Any]]) -> set[uuid.UUID]:
    """Insert, skipping rows that clash on any unique key; returns the ids inserted.

    On PostgreSQL the rows go through COPY into a session staging table and one
    INSERT ... SELECT ... ON CONFLICT DO NOTHING; where that is not available
    (COPY or temporary tables unsupported), a multi-row INSERT does the same.
    """
    try:
        try:
            with conn.begin_nested():  # the common case: nothing clashes, COPY straight into the table
                _copy_rows(conn, table.name, table, values)
                return {value["id"] for value in values}
        except (IntegrityError, psycopg.IntegrityError):
            pass
        with conn.begin_nested():
            return _copy_insert(conn, table, values)
    except (ProgrammingError, NotSupportedError, psycopg.ProgrammingError, psycopg.NotSupportedError):
        log.info("COPY staging unavailable for %s; using multi-row INSERT", table.name)
    statement = pg_insert(table).on_conflict_do_nothing().returning(table.c.id)
    return set(conn.execute(statement, values).scalars())


def _copy_insert(conn: Connection, table: Table, values: list[dict[str, Any]]) -> set[uuid.UUID]:
    listed = ", ".join(column.name for column in table.columns)
    staging = f"sync_staging_{table.name}"
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} (LIKE {table.name}) ON COMMIT DELETE ROWS")
        cursor.execute(f"DELETE FROM {staging}")
    _copy_rows(conn, staging, table, values)
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(f"INSERT INTO {table.name} ({listed}) SELECT {listed} FROM {staging} "
                       "ON CONFLICT DO NOTHING RETURNING id")
        return {row[0] for row in cursor.fetchall()}


def _copy_rows(conn: Connection, target: str, table: Table, values: list[dict[str, Any]]) -> None:
    converters = [(column.name, _copy_converter(column)) for column in table.columns]
    listed = ", ".join(name for name, _convert in converters)
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f"COPY {target} ({listed}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for value in values:
            copy.write_row([value[name] if convert is None else convert(value[name]) for name, convert in converters])


def _copy_converter(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, JSON):
        return json.dumps
    if isinstance(column.type, UTCDateTime):
        return _naive_utc
    return None


def _naive_utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC).replace(tzinfo=None) if value is not None else None


def _update(conn: Connection, table: Table, rows: list[dict[str, Any]], revision: int, outcome: _Outcome) -> int:
    if not rows:
        return revision
    names = [column.name for column in table.columns if column.name != "id"]
    statement = (update(table)
                 .where(and_(table.c.id == bindparam("b_id"), table.c.rev == bindparam("b_base")))
                 .values({name: bindparam(f"v_{name}") for name in names}))
    params = []
    for row in rows:
        revision += 1
        values = _central_values(row, revision)
        params.append({"b_id": row["id"], "b_base": row["rev"], **{f"v_{name}": values[name] for name in names}})
    try:
        with conn.begin_nested():
            conn.execute(statement, params)
        outcome.written.update({param["b_id"]: param["v_rev"] for param in params})
        return revision
    except IntegrityError:
        pass
    for row, param in zip(rows, params, strict=True):  # one by one, to find the rows that clash
        try:
            with conn.begin_nested():
                conn.execute(statement, [param])
            outcome.written[row["id"]] = param["v_rev"]
        except IntegrityError:
            clash = _clashing_row(conn, table, row)
            outcome.conflicts.append((conflicts.UNIQUE, row, clash, clash["id"] if clash else None))
    return revision


def _clashing_row(conn: Connection, table: Table, row: Mapping[str, Any]) -> dict[str, Any] | None:
    for key in unique_keys(table):
        query = select(table).where(table.c.id != row["id"], *[table.c[name] == row[name] for name in key])
        found = conn.execute(query.limit(1)).first()
        if found is not None:
            return dict(found._mapping)
    return None


def _record_outcome(local: Engine, table: Table, local_keys: dict[uuid.UUID, tuple[int, Any]],
                    outcome: _Outcome) -> None:
    """Mark pushed rows clean at their new revision, unless edited again meanwhile; record conflicts.

    By rowid and the stored `updated_at` text, straight through the driver: this runs for every pushed row.
    """
    marks = [(rev, local_keys[row_id][1], local_keys[row_id][0])
             for row_id, rev in {**outcome.converged, **outcome.written}.items()]
    with local.begin() as conn:
        if marks:
            conn.exec_driver_sql(
                f"UPDATE {table.name} SET rev = ?, dirty = CASE WHEN updated_at = ? THEN 0 ELSE dirty END "
                "WHERE rowid = ?", marks)
        if outcome.adopt:  # rows just made clean take central's bookkeeping and timestamps
            names = [column.name for column in table.columns if column.name != "id"]
            statement = (update(table).where(table.c.id == bindparam("b_id"), table.c.dirty.is_(False))
                         .values({name: bindparam(f"v_{name}") for name in names}))
            conn.execute(statement, [{"b_id": there["id"], **{f"v_{name}": there[name] for name in names}}
                                     for there in outcome.adopt])
        for kind, row, there, central_row_id in outcome.conflicts:
            conflicts.record(conn, table, kind, row, there, central_row_id=central_row_id)


def _push_audit(local: Engine, central: Engine, result: PushResult) -> None:
    """Audit events are append-only: insert the ones central lacks, never a conflict."""
    table = AUDIT_TABLE
    last = 0
    while True:
        with local.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(
                select(ROWID, table).where(table.c.rev == 0, last < ROWID).order_by(ROWID).limit(PUSH_BATCH))]
        if not rows:
            return
        last = rows[-1].pop("rowid")
        for row in rows:
            row.pop("rowid", None)
        checkpoint("push.audit.read")
        with central.begin() as conn:
            counter = conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == 1).with_for_update()).scalar_one()
            values = []
            for row in rows:
                counter += 1
                values.append({**row, "rev": counter})
            conn.execute(pg_insert(table).on_conflict_do_nothing(), values)
            conn.execute(update(COUNTER).where(COUNTER.c.id == 1).values(value=counter))
            revs = {row.id: row.rev for row in conn.execute(
                select(table.c.id, table.c.rev).where(_among(table.c.id, [row["id"] for row in rows])))}
            checkpoint("push.audit.before_commit")
        checkpoint("push.audit.central_committed")
        if revs:
            with local.begin() as conn:
                conn.execute(update(table).where(table.c.id == bindparam("b_id")).values(rev=bindparam("b_rev")),
                             [{"b_id": row_id, "b_rev": rev} for row_id, rev in revs.items()])
        dropped = len(rows) - len(revs)
        if dropped:  # never silently: the central holds other events under these numbers (see restore.py)
            raise AuditClashError(message(AUDIT_CLASH, count=dropped))
        result.pushed += len(rows)
