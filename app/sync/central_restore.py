"""A central database restored from an older backup: stations know more than the central does.

Detected by a station when the central's revision counter is below the station's cursor, or when the
central lacks audit events this station pushed. The station then marks the central as restored (a restore
epoch, kept in row 2 of `sync_counter`, goes up by one), so every other station notices too, even after new
pushes have moved the counter past its cursor. A station that sees a new epoch reconciles, before it pushes:

* every row it holds that the central lacks, or holds at an older revision, becomes a change to push again
  (based on the central's revision, so a newer central version still makes a conflict, never an overwrite);
* every audit event it holds that the central lacks is pushed again (events are inserted if absent);
* its cursor starts again from 0, so it pulls everything the central has (applying a known row changes nothing).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.db.models import LocalSetting, SyncCounter
from app.sync.tables import AUDIT_TABLE, SYNCED_TABLES, chunks

EPOCH_ROW = 2  # sync_counter row 2: how many times a station found the central restored from a backup
EPOCH_KEY = "sync_central_epoch"  # the epoch this station last reconciled with
CURSOR_KEY = "sync_cursor"
PROGRESS_KEY = "sync_pull_progress"
COUNTER: Table = SyncCounter.__table__  # type: ignore[assignment]
SETTINGS: Table = LocalSetting.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class CentralRestoreReport:
    rows_pushed_again: int
    events_pushed_again: int
    detected_here: bool


def check(local: Engine, central: Engine, station: str) -> CentralRestoreReport | None:
    """Detect a restored central (see the module text) and reconcile; None when the central is as expected."""
    with local.connect() as conn:
        cursor = int(_setting(conn, CURSOR_KEY) or 0)
        seen = _setting(conn, EPOCH_KEY)
        pushed_seq = conn.execute(select(func.max(AUDIT_TABLE.c.seq)).where(
            AUDIT_TABLE.c.station == station, AUDIT_TABLE.c.rev > 0)).scalar() or 0
    with central.connect() as conn:
        counter = int(conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == 1)).scalar_one())
        epoch = int(conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == EPOCH_ROW)).scalar() or 0)
        central_seq = conn.execute(select(func.max(AUDIT_TABLE.c.seq)).where(
            AUDIT_TABLE.c.station == station)).scalar() or 0
    behind = counter < cursor or central_seq < pushed_seq
    if not behind and (seen is None or int(seen) == epoch):
        if seen is None:
            with local.begin() as conn:
                _set(conn, EPOCH_KEY, str(epoch))
        return None
    if behind:
        epoch = _next_epoch(central)
    rows, events = _reconcile(local, central)
    with local.begin() as conn:
        _set(conn, CURSOR_KEY, "0")
        _set(conn, PROGRESS_KEY, "")
        _set(conn, EPOCH_KEY, str(epoch))
    return CentralRestoreReport(rows, events, behind)


def _next_epoch(central: Engine) -> int:
    with central.begin() as conn:
        conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == 1).with_for_update())  # serialised with pushes
        current = conn.execute(select(COUNTER.c.value).where(COUNTER.c.id == EPOCH_ROW)).scalar()
        if current is None:
            conn.execute(insert(COUNTER).values(id=EPOCH_ROW, value=1))
            return 1
        conn.execute(update(COUNTER).where(COUNTER.c.id == EPOCH_ROW).values(value=int(current) + 1))
        return int(current) + 1


def _reconcile(local: Engine, central: Engine) -> tuple[int, int]:
    rows = 0
    for table in SYNCED_TABLES:
        with central.connect() as conn:
            theirs = {row.id: int(row.rev) for row in conn.execute(select(table.c.id, table.c.rev))}
        with local.begin() as conn:
            again: list[dict[str, object]] = []
            for row in conn.execute(select(table.c.id, table.c.rev, table.c.dirty).where(table.c.rev > 0)):
                central_rev = theirs.get(row.id)
                if central_rev is None:
                    again.append({"b_id": row.id, "b_rev": 0})
                elif central_rev < row.rev:
                    again.append({"b_id": row.id, "b_rev": central_rev})
            if again:
                conn.execute(update(table).where(table.c.id == bindparam("b_id"))
                             .values(rev=bindparam("b_rev"), dirty=True), again)
            rows += len(again)
    with local.connect() as conn:
        known = [row.id for row in conn.execute(select(AUDIT_TABLE.c.id).where(AUDIT_TABLE.c.rev > 0))]
    present: set[uuid.UUID] = set()
    with central.connect() as conn:
        for chunk in chunks(known, 5000):
            present.update(conn.execute(select(AUDIT_TABLE.c.id).where(AUDIT_TABLE.c.id.in_(chunk))).scalars())
    missing = [event_id for event_id in known if event_id not in present]
    with local.begin() as conn:
        for chunk in chunks(missing, 500):
            conn.execute(update(AUDIT_TABLE).where(AUDIT_TABLE.c.id.in_(chunk)).values(rev=0))
    return rows, len(missing)


def _setting(conn: Connection, key: str) -> str | None:
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar_one_or_none()


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(sqlite_insert(SETTINGS).values(key=key, value=value)
                 .on_conflict_do_update(index_elements=["key"], set_={"value": value}))
