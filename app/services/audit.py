"""The audit trail: append events to this station's hash chain, list them, verify every chain."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import AuditEvent, LocalSetting
from app.domain.messages import Message, message
from app.domain.messages_station import (
    ANCHOR_CUT,
    ANCHOR_EMPTIED,
    ANCHOR_REWRITTEN,
    ANCHOR_UNREADABLE,
    CHAIN_PROBLEM,
    CHECKPOINT_PROBLEM,
    EVENT_EDITED,
    EVENT_OUT_OF_PLACE,
    EVENT_UNKEYED,
    EVENT_UNLINKED,
    KEYS_PROBLEM,
    NEWEST_EVENT_MISSING,
    ORG_CHANGED_OUTSIDE,
)
from app.domain.permissions import Permission
from app.domain.records import AuditRecord
from app.security.audit_chain import CHAIN_PURPOSE, GENESIS_HASH, chain_hash, legacy_hash
from app.security.audit_fields import event_fields
from app.security.integrity import INTEGRITY_PURPOSE
from app.services.audit_anchor import Anchor, anchor_path, keyed_from, read_anchor, remember, write_anchor
from app.services.context import ServiceContext
from app.services.driver_rows import executemany
from app.services.organisation import key_problems
from app.services.row_integrity import RowProblem, check_rows, seal_mark

HEAD_SETTING = "audit_head"
AUDIT: Table = AuditEvent.__table__  # type: ignore[assignment]
SETTINGS: Table = LocalSetting.__table__  # type: ignore[assignment]
# Built once: building a statement costs more Python than running it (the provisioning service appends often).
_LAST = (select(AUDIT.c.seq, AUDIT.c.hash).where(AUDIT.c.station == bindparam("station"))
         .order_by(AUDIT.c.seq.desc()).limit(1))
_INSERT = insert(AUDIT)
_SET_HEAD = update(SETTINGS).where(SETTINGS.c.key == HEAD_SETTING).values(value=bindparam("head"))
_LOCK_HEAD = select(SETTINGS.c.value).where(SETTINGS.c.key == HEAD_SETTING).with_for_update()


@dataclass(frozen=True)
class AuditEntry:
    action: str
    entity_type: str = ""
    entity_id: str = ""
    group_name: str = ""
    sn: str = ""
    details: dict[str, Any] | None = None


def append(session: Session, ctx: ServiceContext, *entries: AuditEntry) -> None:
    """Append events inside the caller's transaction, so they commit or roll back with the change.

    Core statements built once (no ORM objects): the provisioning service appends one per registration, and on
    PostgreSQL every writer waits for the head's lock, so it is held for as few round trips as possible: the
    locking read gives the chain's head (#seq and hash), and one statement writes the event and the new head."""
    station = ctx.db.station_id
    key = chain_key(ctx)
    session.flush()  # the caller's changes first, then the head's lock (as before: the same lock order)
    # Locking the head row serialises writers sharing one database (PostgreSQL), so no two take the same #seq.
    connection = session.connection()
    seq, prev_hash = _head(_lock_head(session))
    if seq == 0:  # a new head (or one from before the head was kept): the chain's newest event is the head
        last = connection.execute(_LAST, {"station": station}).first()
        seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    now = utcnow()
    at, actor, empty = now.isoformat(), ctx.actor.name, dict[str, Any]()
    first_seq = seq + 1
    rows = []
    for entry in entries:
        seq += 1
        event_id = new_event_id()
        details = entry.details or empty
        # what the hash covers: event_fields (app/security/audit_fields.py) of the row below
        digest = chain_hash(key, prev_hash, {
            "id": str(event_id), "station": station, "seq": seq, "at": at, "actor": actor, "action": entry.action,
            "entity_type": entry.entity_type, "entity_id": entry.entity_id, "group_name": entry.group_name,
            "sn": entry.sn, "details": details})
        rows.append({"id": event_id, "station": station, "seq": seq, "at": now, "actor": actor, "action": entry.action,
                     "entity_type": entry.entity_type, "entity_id": entry.entity_id, "group_name": entry.group_name,
                     "sn": entry.sn, "details": details, "hash": digest, "prev_hash": prev_hash, "rev": 0})
        prev_hash = digest
    head = f"{seq}:{prev_hash}"
    if ctx.home is not None and rows:
        path = anchor_path(ctx.home.keys_dir, station)
        remember(session, path, Anchor(station, seq, prev_hash, keyed_from(path, first_seq)))
    if len(rows) == 1 and connection.dialect.name == "postgresql":
        connection.execute(_insert_and_set_head(), {"head": head, **{f"e_{k}": v for k, v in rows[0].items()}})
        return
    executemany(connection, _INSERT, rows)
    connection.execute(_SET_HEAD, {"head": head})


def new_event_id() -> uuid.UUID:
    """A time-ordered UUID (version 7, RFC 9562: 48 bits of Unix milliseconds, then 74 random bits) for a new event.

    Unique as a random UUID is, but the events' primary-key index grows at its end instead of at random pages:
    a bulk action writing 5,000 events per transaction then dirties a few pages of that index instead of nearly
    every one of them (with 300,000 events, about 3,000 pages written per commit and checkpointed again)."""
    random = int.from_bytes(os.urandom(10))
    return uuid.UUID(int=(time.time_ns() // 1_000_000 & _MS_MASK) << 80 | 0x7 << 76 | (random >> 62 & 0xFFF) << 64
                     | 0b10 << 62 | random & _RAND_B_MASK)


_MS_MASK = (1 << 48) - 1
_RAND_B_MASK = (1 << 62) - 1


def chain_key(ctx: ServiceContext) -> bytes:
    """The audit chain's key, derived from the organisation key: without it no event can be written or checked."""
    return ctx.keyring.require_data_key().subkey(CHAIN_PURPOSE)


def _head(value: str) -> tuple[int, str]:
    """The head setting "SEQ:HASH" (0 when it cannot be read: then the events table is asked)."""
    seq, _, digest = value.partition(":")
    return (int(seq), digest) if seq.isdigit() and len(digest) == len(GENESIS_HASH) else (0, GENESIS_HASH)


_PG_APPEND: list[Any] = []


def _insert_and_set_head() -> Any:
    """PostgreSQL: WITH head AS (UPDATE local_settings ...) INSERT INTO audit_events ... (one round trip)."""
    if not _PG_APPEND:
        values = {column.key: bindparam(f"e_{column.key}", type_=column.type) for column in AUDIT.columns}
        _PG_APPEND.append(insert(AUDIT).values(values).add_cte(_SET_HEAD.cte("head")))
    return _PG_APPEND[0]


def _lock_head(session: Session) -> str:
    """Lock the head row and return its value. The very first event creates it with ON CONFLICT DO NOTHING: a
    second writer waits for the first one's commit and then locks its row, instead of failing on the duplicate
    key."""
    value = session.connection().execute(_LOCK_HEAD).scalar()
    if value is not None:
        return str(value)
    dialect = session.get_bind().dialect.name
    insert_ = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert_(LocalSetting).values(key=HEAD_SETTING, value=f"0:{GENESIS_HASH}")
                    .on_conflict_do_nothing(index_elements=["key"]))
    return str(session.connection().execute(_LOCK_HEAD).scalar())


def reanchor(ctx: ServiceContext) -> None:
    """After sync renumbered this station's newest events (a station restored from an older backup, see
    app/sync/restore.py): the key directory's anchor follows the chain's new head."""
    if ctx.home is None:
        return
    with ctx.read() as session:
        head = session.get(LocalSetting, HEAD_SETTING)
    seq, mac = _head(head.value) if head is not None else (0, GENESIS_HASH)
    if seq:
        path = anchor_path(ctx.home.keys_dir, ctx.db.station_id)
        write_anchor(path, Anchor(ctx.db.station_id, seq, mac, keyed_from(path, seq)))


def record(ctx: ServiceContext, entry: AuditEntry) -> None:
    with ctx.write() as session:
        append(session, ctx, entry)


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    station: str | None = None
    sn: str | None = None
    group: str | None = None
    entity_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None


def list_events(ctx: ServiceContext, flt: AuditFilter | None = None, *, limit: int = 100,
                before: tuple[datetime, str, int] | None = None) -> list[AuditRecord]:
    """Newest first, keyset-paged by (at, station, seq)."""
    ctx.require(Permission.VIEW)
    flt = flt or AuditFilter()
    query = select(AuditEvent)
    if flt.actor:
        query = query.where(AuditEvent.actor == flt.actor)
    if flt.action:
        query = query.where(AuditEvent.action.startswith(flt.action))
    if flt.station:
        query = query.where(AuditEvent.station == flt.station)
    if flt.sn:
        query = query.where(AuditEvent.sn == flt.sn)
    if flt.group:
        query = query.where(AuditEvent.group_name == flt.group)
    if flt.entity_id:
        query = query.where(AuditEvent.entity_id == flt.entity_id)
    if flt.since:
        query = query.where(AuditEvent.at >= flt.since)
    if flt.until:
        query = query.where(AuditEvent.at < flt.until)
    if flt.text:
        pattern = f"%{flt.text}%"
        query = query.where(
            AuditEvent.action.like(pattern) | AuditEvent.sn.like(pattern) | AuditEvent.actor.like(pattern)
            | AuditEvent.group_name.like(pattern)
        )
    if before is not None:
        at, station, seq = before
        query = query.where(
            (AuditEvent.at < at)
            | ((AuditEvent.at == at) & (AuditEvent.station < station))
            | ((AuditEvent.at == at) & (AuditEvent.station == station) & (AuditEvent.seq < seq))
        )
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.station.desc(), AuditEvent.seq.desc()).limit(limit)
    with ctx.read() as session:
        return [_to_record(event) for event in session.scalars(query)]


def _to_record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(
        id=event.id, station=event.station, seq=event.seq, at=event.at, actor=event.actor, action=event.action,
        entity_type=event.entity_type, entity_id=event.entity_id, group=event.group_name, sn=event.sn,
        details=dict(event.details or {}), hash=event.hash,
    )


@dataclass(frozen=True)
class ChainProblem:
    station: str
    seq: int
    event_id: str
    problem: str  # a Message

    @property
    def message(self) -> Message:
        return message(CHAIN_PROBLEM, station=self.station, seq=_number(self.seq), event=self.event_id,
                       problem=self.problem)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class KeysProblem:
    problem: str
    topic: str = "keys"  # or "checkpoint"

    @property
    def message(self) -> Message:
        return message(CHECKPOINT_PROBLEM if self.topic == "checkpoint" else KEYS_PROBLEM, problem=self.problem)

    def __str__(self) -> str:
        return str(self.message)


Problem = ChainProblem | RowProblem | KeysProblem


def _number(seq: int) -> str:
    """An event number as the text it is (never with a locale's digit grouping: it names one event)."""
    return str(seq)


@dataclass(frozen=True)
class VerifyResult:
    events: int
    stations: int
    problems: list[Problem]
    legacy_events: int = 0  # written before the chain was keyed, checked against their unkeyed hashes

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(ctx: ServiceContext) -> VerifyResult:
    """Walk every station's chain; find edited, removed, inserted or reordered events, chains recomputed without
    the organisation key, and events cut from the end or emptied (against the key directory's anchor)."""
    ctx.require(Permission.VIEW)
    key = chain_key(ctx)
    own = ctx.db.station_id
    anchor = read_anchor(anchor_path(ctx.home.keys_dir, own)) if ctx.home is not None else None
    problems: list[Problem] = []
    total = legacy = 0
    with ctx.read() as session:
        stations = list(session.scalars(select(AuditEvent.station).distinct().order_by(AuditEvent.station)))
        for station in stations:
            mark = anchor.keyed_from if anchor is not None and station == own else None
            expected_seq, prev_hash, keyed_seen, anchored = 1, GENESIS_HASH, False, False
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.station == station).order_by(AuditEvent.seq)
            ).yield_per(2000)
            for event in events:
                total += 1
                ident = str(event.id)
                if event.seq != expected_seq:
                    problems.append(ChainProblem(station, event.seq, ident,
                                                 message(EVENT_OUT_OF_PLACE, seq=_number(expected_seq))))
                if event.prev_hash != prev_hash:
                    problems.append(ChainProblem(station, event.seq, ident, message(EVENT_UNLINKED)))
                fields = event_fields(event)
                if chain_hash(key, event.prev_hash, fields) == event.hash:
                    keyed_seen = True
                elif legacy_hash(event.prev_hash, fields) != event.hash:
                    problems.append(ChainProblem(station, event.seq, ident, message(EVENT_EDITED)))
                elif keyed_seen or (mark is not None and event.seq >= mark):
                    problems.append(ChainProblem(station, event.seq, ident, message(EVENT_UNKEYED)))
                else:
                    legacy += 1  # written before the chain was keyed (before the upgrade mark)
                if anchor is not None and station == own and event.seq == anchor.seq:
                    anchored = event.hash == anchor.mac
                expected_seq, prev_hash = event.seq + 1, event.hash
            if station == own:
                problems += _head_problems(session, station, expected_seq - 1, prev_hash)
                if anchor is not None and not anchored:
                    problems.append(_anchor_problem(station, anchor, expected_seq - 1))
        if anchor is not None and own not in stations:
            problems.append(_anchor_problem(own, anchor, 0))
        count = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        sealed = ctx.home is not None and seal_mark(ctx.home, own).exists()
        problems += check_rows(session, ctx.keyring.require_data_key().subkey(INTEGRITY_PURPOSE), sealed)
    problems += [KeysProblem(problem) for problem in key_problems(ctx.db, ctx.keyring)
                 if getattr(problem, "template", None) != ORG_CHANGED_OUTSIDE]  # that one is named by its row above
    return VerifyResult(events=max(total, count), stations=len(stations), problems=problems, legacy_events=legacy)


def _head_problems(session: Session, station: str, last_seq: int, last_hash: str) -> list[Problem]:
    head = session.get(LocalSetting, HEAD_SETTING)
    if head is None:
        return []
    head_seq, head_hash = _head(head.value)
    if head_seq != last_seq or head_hash != last_hash:
        return [ChainProblem(station, head_seq, "-", message(NEWEST_EVENT_MISSING, seq=_number(head_seq)))]
    return []


def _anchor_problem(station: str, anchor: Anchor, last_seq: int) -> ChainProblem:
    """The key directory knows an event the chain does not reach (or reaches with another hash)."""
    if not anchor.station:
        return ChainProblem(station, 0, "-", message(ANCHOR_UNREADABLE))
    if last_seq == 0:
        what = message(ANCHOR_EMPTIED, seq=_number(anchor.seq))
    elif last_seq < anchor.seq:
        what = message(ANCHOR_CUT, seq=_number(anchor.seq), last=_number(last_seq))
    else:
        what = message(ANCHOR_REWRITTEN, seq=_number(anchor.seq))
    return ChainProblem(station, anchor.seq, "-", what)
