"""Sync use cases with permission checks and audit: run a sync, the status line, list and resolve conflicts."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.models import LocalSetting, SyncConflict
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.sync import central as central_db
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

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "table": self.table, "row_id": str(self.row_id), "kind": self.kind,
                "label": self.label, "differing": self.differing, "local": self.local, "central": self.central,
                "created_at": self.created_at.isoformat()}


def sync_now(ctx: ServiceContext, progress: Callable[[str], None] | None = None) -> SyncResult:
    ctx.require(Permission.SYNC)
    return run_sync(ctx.db, progress, data_key=ctx.keyring.data_key)


def status(ctx: ServiceContext) -> SyncStatus:
    return sync_status(ctx.db)


def list_conflicts(ctx: ServiceContext) -> list[ConflictRecord]:
    """Open conflicts, oldest first, both versions for people (secrets shown as '(encrypted)')."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                               .order_by(SyncConflict.created_at, SyncConflict.id)).all()
    return [_record(row) for row in rows]


def _record(row: SyncConflict) -> ConflictRecord:
    table = TABLES_BY_NAME[row.table_name]
    local = displayable(table, row.local_version)
    central = displayable(table, row.central_version)
    fields = mergeable_fields(row.table_name)
    differing = [name for name in fields if local.get(name) != central.get(name)]
    return ConflictRecord(row.id, row.table_name, row.row_id, row.kind, row.label, local, central, differing, fields,
                          row.created_at)


def resolve_conflict(ctx: ServiceContext, conflict_id: uuid.UUID, keep: str,
                     fields: Mapping[str, str] | None = None) -> None:
    """keep: local, central or merge (with `fields` naming local/central per field; others stay local)."""
    ctx.require(Permission.RESOLVE_CONFLICTS)
    with ctx.write() as session:
        conflict = resolve(session.connection(), conflict_id, keep, fields, ctx.db.station_id, ctx.actor.name)
        audit.append(session, ctx, audit.AuditEntry(
            "sync.conflict.resolve", conflict["table_name"], str(conflict["row_id"]),
            sn=_sn_of(conflict["label"]),
            details={"conflict": str(conflict_id), "kind": conflict["kind"],
                     "keep": "merge" if fields else keep, "fields": dict(fields or {})}))


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
        raise central_db.CentralMismatchError("the new central database holds no organisation")
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
