"""Sync use cases with permission checks and audit: run a sync, the status line, list and resolve conflicts."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.db.models import LocalSetting, SyncConflict
from app.domain.errors import InputError, NotFoundError
from app.domain.messages import message
from app.domain.messages_station import (
    ALL_CONFLICTS,
    BULK_KEEP_ONE,
    CHOOSE_A_CONFLICT,
    CONFLICT_GONE,
    NEW_CENTRAL_HAS_NO_ORG,
    NO_MATCHING_CONFLICT,
    ONLY_SN_RETIRES,
    SEVERAL_KEEP,
)
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.row_integrity import reseal
from app.sync import central as central_db
from app.sync import conflict_context
from app.sync.conflicts import UNIQUE
from app.sync.engine import CENTRAL_ORG_KEY, SyncResult, SyncStatus, run_sync, sync_status
from app.sync.identity import CentralIdentity
from app.sync.pull import CURSOR_KEY, PROGRESS_KEY
from app.sync.resolve import mergeable_fields, resolve
from app.sync.tables import TABLES_BY_NAME, displayable


@dataclass(frozen=True)
class ConflictRecord:
    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    kind: str
    label: str
    local: dict[str, Any]
    central: dict[str, Any]
    differing: list[str]
    fields: list[str]
    created_at: datetime
    group: str = ""
    batch: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "table": self.table, "row_id": str(self.row_id), "kind": self.kind,
                "label": self.label, "group": self.group, "batch": self.batch, "differing": self.differing,
                "local": self.local, "central": self.central, "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class ConflictFilter:
    """Which open conflicts a bulk resolution takes: every criterion given must match."""

    group: str | None = None
    batch: str | None = None
    kind: str | None = None

    def matches(self, record: ConflictRecord) -> bool:
        return ((self.group is None or record.group == self.group)
                and (self.batch is None or record.batch == self.batch)
                and (self.kind is None or record.kind == self.kind))

    def describe(self) -> str:
        parts = [f"{name} {value!r}" for name, value in (("group", self.group), ("batch", self.batch),
                                                         ("kind", self.kind)) if value is not None]
        return ", ".join(parts) or message(ALL_CONFLICTS)


def sync_now(ctx: ServiceContext, progress: Callable[[str], None] | None = None) -> SyncResult:
    ctx.require(Permission.SYNC)
    result = run_sync(ctx.db, progress, data_key=ctx.keyring.data_key)
    if result.restored is not None:  # this station's newest events were renumbered: the anchor follows
        audit.reanchor(ctx)
    return result


def status(ctx: ServiceContext) -> SyncStatus:
    return sync_status(ctx.db)


def list_conflicts(ctx: ServiceContext) -> list[ConflictRecord]:
    """Open conflicts, oldest first, both versions for people (secrets shown as '(encrypted)')."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                               .order_by(SyncConflict.created_at, SyncConflict.id)).all()
        conn = session.connection()
        return [_record(conn, row) for row in rows]


def _record(conn: Connection, row: SyncConflict) -> ConflictRecord:
    table = TABLES_BY_NAME[row.table_name]
    local_about = conflict_context.describe(conn, row.table_name, row.local_version)
    central_about = conflict_context.describe(conn, row.table_name, row.central_version)
    local = displayable(table, row.local_version)
    central = displayable(table, row.central_version)
    fields = mergeable_fields(row.table_name)
    if row.kind == UNIQUE:
        # Two different rows: their keys always differ; show what a person can tell apart.
        local, central = {**local, **local_about}, {**central, **central_about}
        differing = conflict_context.differing(local, central)
    else:
        differing = [name for name in fields if local.get(name) != central.get(name)]
    about = local_about or central_about
    return ConflictRecord(row.id, row.table_name, row.row_id, row.kind, row.label, local, central, differing, fields,
                          row.created_at, str(about.get("group", "")), str(about.get("batch", "")))


def resolve_conflict(ctx: ServiceContext, conflict_id: uuid.UUID, keep: str,
                     fields: Mapping[str, str] | None = None, new_name: str | None = None) -> None:
    """keep: local, central or merge (with `fields` naming local/central per field; others stay local), or
    rename (a unique conflict of a batch, group or user: this station's row takes `new_name`, both stay).

    Keeping one batch of a unique batch conflict merges the two: this station's devices of its batch move to
    the batch kept."""
    ctx.require(Permission.RESOLVE_CONFLICTS)
    record = next((record for record in list_conflicts(ctx) if record.id == conflict_id), None)
    if keep == "rename" and record is not None and record.table == "batches":
        from app.services.batches import check_batch_number

        new_name = check_batch_number(new_name or "")
    with ctx.write() as session:
        _resolve_one(ctx, session, conflict_id, record, keep, fields, new_name)


def resolve_matching(ctx: ServiceContext, which: ConflictFilter, keep: str) -> list[ConflictRecord]:
    """Resolve every open conflict that matches, all in one transaction (all or none); returns them."""
    ctx.require(Permission.RESOLVE_CONFLICTS)
    if keep not in ("local", "central"):
        raise InputError(message(BULK_KEEP_ONE), field="--keep")
    chosen = [record for record in list_conflicts(ctx) if which.matches(record)]
    if not chosen:
        raise NotFoundError(message(NO_MATCHING_CONFLICT, which=which.describe()))
    with ctx.write() as session:
        for record in chosen:
            _resolve_one(ctx, session, record.id, record, keep, None)
    return chosen


def resolve_conflicts(ctx: ServiceContext, conflict_ids: Sequence[uuid.UUID], keep: str) -> list[ConflictRecord]:
    """Resolve the chosen open conflicts the same way, all in one transaction (all or none); returns them.

    keep: local or central (one whole version of each), or retire (each must be the same SN at two
    stations: the central device stays, this station's copy is retired). A conflict no longer open is
    refused by its ID, and nothing is resolved."""
    ctx.require(Permission.RESOLVE_CONFLICTS)
    if keep not in ("local", "central", "retire"):
        raise InputError(message(SEVERAL_KEEP), field="keep")
    if not conflict_ids:
        raise InputError(message(CHOOSE_A_CONFLICT), field="id")
    open_ones = {record.id: record for record in list_conflicts(ctx)}
    chosen: list[ConflictRecord] = []
    for conflict_id in dict.fromkeys(conflict_ids):
        record = open_ones.get(conflict_id)
        if record is None:
            raise NotFoundError(message(CONFLICT_GONE, id=conflict_id))
        if keep == "retire" and (record.kind != UNIQUE or record.table != "device_identities"):
            raise InputError(message(ONLY_SN_RETIRES, label=record.label), field="retire")
        chosen.append(record)
    with ctx.write() as session:
        for record in chosen:
            _resolve_one(ctx, session, record.id, record, keep, None)
    return chosen


def _resolve_one(ctx: ServiceContext, session: Session, conflict_id: uuid.UUID, record: ConflictRecord | None,
                 keep: str, fields: Mapping[str, str] | None, new_name: str | None = None) -> None:
    """One resolution and its audit event: the group, the batch, and the version (or fields) discarded."""
    conflict = resolve(session.connection(), conflict_id, keep, fields, ctx.db.station_id, ctx.actor.name,
                       new_name)
    reseal(session, conflict["table_name"], [conflict["row_id"], conflict["central_row_id"]])
    chosen = "merge" if fields else keep
    discarded: dict[str, Any] = {}
    if record is not None:
        if chosen in ("rename", "retire", "retire-central"):
            discarded = {}  # nothing is discarded: both rows stay (a retired copy keeps its history)
        elif chosen == "central":
            discarded = record.local
        elif chosen == "local":
            discarded = record.central
        else:
            choices = dict(fields or {})
            discarded = {name: (record.local if choices.get(name, "local") == "central" else record.central).get(name)
                         for name in record.fields
                         if record.local.get(name) != record.central.get(name)}
    audit.append(session, ctx, audit.AuditEntry(
        "sync.conflict.resolve", conflict["table_name"], str(conflict["row_id"]),
        group_name=record.group if record else "", sn=_sn_of(conflict["label"]),
        details={"conflict": str(conflict_id), "kind": conflict["kind"], "keep": chosen,
                 "fields": dict(fields or {}), "renamed_to": new_name or "", "group": record.group if record else "",
                 "batch": record.batch if record else "", "label": conflict["label"],
                 "discarded": _json_safe(discarded)}))


def _json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def _sn_of(label: str) -> str:
    return label[3:] if label.startswith("sn ") else ""


def check_repoint(ctx: ServiceContext, url: str) -> tuple[str | None, CentralIdentity]:
    """(the current central URL without password, the new central's verified identity); nothing changes.

    The new central must be initialised, of a schema this station knows, and of this station's organisation
    (identity.py)."""
    ctx.require(Permission.RESOLVE_CONFLICTS)  # supervisor only, like conflict resolution
    central_db.require_postgres(url)
    engine = central_db.open_central(url)
    try:
        identity = central_db.verify_central(engine, ctx.db, ctx.keyring.data_key)
    finally:
        engine.dispose()
    if identity is None:  # pragma: no cover - verify_central requires an organisation
        raise central_db.CentralMismatchError(message(NEW_CENTRAL_HAS_NO_ORG))
    current = ctx.db.get_setting(central_db.CENTRAL_URL_KEY)
    return (central_db.hidden_url(current) if current else None), identity


def repoint_central(ctx: ServiceContext, url: str) -> CentralIdentity:
    """Point this station at another central database of its organisation (a moved server, a new address).

    Checked as in check_repoint; the cursor starts again from 0 so that the next sync pulls everything the new
    central holds (applying a row the station already has changes nothing). Audited: sync.central.repoint."""
    previous, identity = check_repoint(ctx, url)
    with ctx.write() as session:
        audit.append(session, ctx, audit.AuditEntry(
            "sync.central.repoint", "central", identity.org_name[:64],
            details={"from": previous or "", "to": central_db.hidden_url(url),
                     "organisation": identity.org_name, "signing_key_id": identity.signing_key_id}))
        for key, value in ((central_db.CENTRAL_URL_KEY, url), (CURSOR_KEY, "0"), (PROGRESS_KEY, ""),
                           (CENTRAL_ORG_KEY, f"{identity.org_name} (signing key {identity.signing_key_id})")):
            session.merge(LocalSetting(key=key, value=value))
    return identity
