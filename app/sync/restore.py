"""A station restored from an older backup: the central knows more of this station than the station does.

Detected by the audit trail: the central holds events of this station's chain that the station lacks (they
were written after the backup was taken, and pushed). Then, in one local transaction before anything is pushed:

* the lost events come back from the central, as they were;
* the events written since the restore (never pushed: they took the same numbers) are numbered after them and
  chained on from the last one, so the station's chain is continuous again and `audit verify` passes; a
  `sync.station.restored` event at the end says what happened;
* the station's own rows are pulled too (normally a station never pulls what it wrote) until one pull round
  completes, which brings back the rows it lost.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.db.base import utcnow
from app.db.models import LocalSetting
from app.security.audit_chain import chain_hash, legacy_hash
from app.sync.tables import AUDIT_TABLE, chunks

RESTORE_KEY = "sync_restored"  # while set, pulls take this station's own rows too
HEAD_SETTING = "audit_head"  # app.services.audit keeps the head of this station's chain here
SETTINGS: Table = LocalSetting.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class RestoreReport:
    events_recovered: int
    events_renumbered: int


def _fields(row: dict[str, Any]) -> dict[str, Any]:
    from app.security.audit_fields import event_fields  # the one definition of what the hash covers

    return event_fields(SimpleNamespace(**row))


def _link(key: bytes | None, prev_hash: str, row: dict[str, Any]) -> str:
    """The chain's keyed link (app.services.audit); a station without the organisation key can only write the
    unkeyed one, which `audit verify` then reports."""
    return chain_hash(key, prev_hash, _fields(row)) if key is not None else legacy_hash(prev_hash, _fields(row))


def recover(local: Engine, central: Engine, station: str, key: bytes | None = None) -> RestoreReport | None:
    """Bring back what a restore lost (see the module text); None when nothing was lost. `key` is the audit
    chain's key (the renumbered events are chained on under it)."""
    table = AUDIT_TABLE
    with local.connect() as conn:
        known = conn.execute(select(func.max(table.c.seq)).where(
            table.c.station == station, table.c.rev > 0)).scalar() or 0
    with central.connect() as conn:
        theirs = [dict(row._mapping) for row in conn.execute(
            select(table).where(table.c.station == station, table.c.seq > known).order_by(table.c.seq))]
    if not theirs:
        return None
    with local.begin() as conn:
        present = _present(conn, [row["id"] for row in theirs])
        lost = [row for row in theirs if row["id"] not in present]
        if not lost:
            return None  # pushed, but the station's bookkeeping was lost with a crash: push settles it
        central_ids = {row["id"] for row in theirs}
        mine = [dict(row._mapping) for row in conn.execute(
            select(table).where(table.c.station == station, table.c.rev == 0, table.c.seq > known)
            .order_by(table.c.seq)) if row.id not in central_ids]
        for row in mine:  # out of the way of the numbers the lost events take back
            conn.execute(update(table).where(table.c.id == row["id"]).values(seq=-row["seq"]))
        conn.execute(insert(table), [{**row} for row in lost])
        last = theirs[-1]
        seq, prev_hash = int(last["seq"]), str(last["hash"])
        for row in mine:
            seq += 1
            row.update(seq=seq, prev_hash=prev_hash)
            row["hash"] = _link(key, prev_hash, row)
            conn.execute(update(table).where(table.c.id == row["id"]).values(
                seq=seq, prev_hash=prev_hash, hash=row["hash"]))
            prev_hash = row["hash"]
        seq += 1
        note = {"id": uuid.uuid4(), "station": station, "seq": seq, "at": utcnow(), "actor": "sync",
                "action": "sync.station.restored", "entity_type": "station", "entity_id": station,
                "group_name": "", "sn": "",
                "details": {"events_recovered": len(lost), "events_renumbered": len(mine),
                            "last_known_seq": known, "recovered_up_to_seq": int(last["seq"])},
                "prev_hash": prev_hash, "hash": "", "rev": 0}
        note["hash"] = _link(key, prev_hash, note)
        conn.execute(insert(table).values(**note))
        _set(conn, HEAD_SETTING, f"{seq}:{note['hash']}")
        _set(conn, RESTORE_KEY, str(known))
    return RestoreReport(len(lost), len(mine))


def _present(conn: Connection, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for chunk in chunks(ids, 500):
        found.update(conn.execute(select(AUDIT_TABLE.c.id).where(AUDIT_TABLE.c.id.in_(chunk))).scalars())
    return found


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(sqlite_insert(SETTINGS).values(key=key, value=value)
                 .on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def restored(conn: Connection) -> bool:
    return conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == RESTORE_KEY)).first() is not None


def finished(conn: Connection) -> None:
    conn.execute(delete(SETTINGS).where(SETTINGS.c.key == RESTORE_KEY))

