"""What a supervisor watches: batch progress per state and the anomalies of a batch or a group.

Progress is counted in the batch states of app/domain/batch_states.py (each live device in exactly one;
the names, order and rule are there, the SQL form in services/batch_counts.py, shared with the Factory's
batch list). Counts are database aggregates (GROUP BY), never loops over devices.

Approving and rejecting are not here: batches.review_batch and lifecycle.decide_reprovision
are the one place for them (they check the right and write the audit event).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Asset, AuditEvent, Batch, DeviceIdentity, RegistrationGroup, ReprovisionRequest
from app.domain.batch_states import OTHER_STATES, PROGRESS_STATES, StateCounts, state_of  # noqa: F401
from app.domain.enums import DeviceStatus, ReprovisionState
from app.domain.errors import InputError
from app.domain.lifecycle import Phase, states_in
from app.domain.messages import message
from app.domain.messages_devices import AT_LEAST_ONE, DAYS_NOT_NEGATIVE
from app.domain.permissions import Permission
from app.services.anomaly_text import awaiting_reprovision, never_labelled, not_installed, refused_what, scanned_twice
from app.services.batch_counts import counts_by_batch
from app.services.batch_rows import batch_row_for_number
from app.services.context import ServiceContext
from app.services.groups import group_row
from app.services.scan_log import DUPLICATE_SCAN, REFUSED_SCAN

DEFAULT_STALE_DAYS = 14
MAX_PAGE = 500


@dataclass(frozen=True)
class BatchProgress:
    batch_id: uuid.UUID
    group: str
    batch: str
    description: str
    review: str
    review_comment: str
    reviewed_by: str
    reviewed_at: datetime | None
    created_at: datetime  # the batch's 'batch.create' audit event (its last change if that is not here)
    counts: StateCounts


@dataclass(frozen=True)
class GroupProgress:
    group: str
    batches: list[BatchProgress]
    unbatched: StateCounts  # devices registered without a batch
    total: StateCounts  # every device of the group, batched or not


class AnomalyKind(StrEnum):
    REFUSED_LABEL = "refused_label"  # first: a forged or altered label is the most serious
    NEVER_LABELLED = "never_labelled"
    NOT_INSTALLED = "not_installed"
    DUPLICATE_SCAN = "duplicate_scan"
    FAILED_ALLOCATION = "failed_allocation"
    AWAITING_APPROVAL = "awaiting_approval"


ANOMALY_ORDER = tuple(AnomalyKind)
ANOMALY_TITLES = {
    AnomalyKind.REFUSED_LABEL: "refused labels",
    AnomalyKind.NEVER_LABELLED: "never labelled",
    AnomalyKind.NOT_INSTALLED: "labelled, not installed",
    AnomalyKind.DUPLICATE_SCAN: "duplicate scans",
    AnomalyKind.FAILED_ALLOCATION: "failed allocation",
    AnomalyKind.AWAITING_APPROVAL: "awaiting approval",
}


@dataclass(frozen=True)
class Anomaly:
    kind: AnomalyKind
    group: str
    batch: str | None
    sn: str
    what: str  # a Message (app/services/anomaly_text.py; str() is the English), a failed allocation's stored error
    since: datetime
    request_id: uuid.UUID | None = None  # the reprovision request to decide (awaiting approval only)

    @property
    def cursor(self) -> AnomalyCursor:
        return AnomalyCursor(self.kind, self.since, self.sn)


@dataclass(frozen=True)
class AnomalyCursor:
    """Keyset position: anomalies are ordered by kind (ANOMALY_ORDER), then since, then SN."""

    kind: AnomalyKind
    since: datetime
    sn: str


@dataclass(frozen=True)
class AnomalyRules:
    stale_days: int = DEFAULT_STALE_DAYS  # labelled but not installed after this many days
    never_labelled_days: int = 0  # registered and never labelled after this many days (0: at once)
    now: datetime | None = None  # the moment to measure from (default: now)

    def cutoff(self, days: int) -> datetime:
        return (self.now or utcnow()) - timedelta(days=days)


@dataclass(frozen=True)
class AnomalyPage:
    items: list[Anomaly]
    counts: dict[AnomalyKind, int] = field(default_factory=dict)  # every anomaly of the scope, per kind
    next_cursor: AnomalyCursor | None = None  # None: this was the last page

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# ---- progress ---------------------------------------------------------------------------------------

def bucket_of(status: str, status_error: str) -> str:
    """The batch state of one device (app/domain/batch_states.state_of, the rule counts_by_batch counts by)."""
    return state_of(status, status_error).value


def _counts_by_batch(session: Session, *conditions: Any) -> dict[uuid.UUID | None, StateCounts]:
    return counts_by_batch(session, *conditions)


def _created(session: Session, batch_ids: list[uuid.UUID]) -> dict[str, datetime]:
    """When each batch was created: its 'batch.create' audit event (one aggregate query)."""
    if not batch_ids:
        return {}
    rows = session.execute(select(AuditEvent.entity_id, func.min(AuditEvent.at))
                           .where(AuditEvent.action == "batch.create",
                                  AuditEvent.entity_id.in_([str(i) for i in batch_ids]))
                           .group_by(AuditEvent.entity_id)).all()
    return dict(rows)


def _progress(row: Batch, group: str, counts: StateCounts, created: dict[str, datetime]) -> BatchProgress:
    return BatchProgress(row.id, group, row.number, row.description, row.review, row.review_comment,
                         row.reviewed_by, row.reviewed_at, created.get(str(row.id), row.updated_at), counts)


def batch_progress(ctx: ServiceContext, group: str, batch: str) -> BatchProgress:
    """Devices of one batch per progress bucket, with the batch's review."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        row = batch_row_for_number(session, ctx, group_row_, batch)
        counts = _counts_by_batch(session, Asset.batch_id == row.id).get(row.id, StateCounts())
        return _progress(row, group_row_.name, counts, _created(session, [row.id]))


def group_progress(ctx: ServiceContext, group: str) -> GroupProgress:
    """Every batch of a group with its progress (one aggregate query), plus the devices without a batch."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        counts = _counts_by_batch(session, DeviceIdentity.registration_group_id == group_row_.id)
        rows = session.scalars(select(Batch).where(Batch.registration_group_id == group_row_.id,
                                                   Batch.deleted.is_(False)).order_by(Batch.number)).all()
        created = _created(session, [row.id for row in rows])
        batches = [_progress(row, group_row_.name, counts.get(row.id, StateCounts()), created) for row in rows]
        total = StateCounts()
        for value in counts.values():
            total = total + value
        return GroupProgress(group_row_.name, batches, counts.get(None, StateCounts()), total)


# ---- anomalies --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Scope:
    group: RegistrationGroup
    batch: Batch | None


def _scope(session: Session, ctx: ServiceContext, group: str, batch: str | None) -> _Scope:
    group_row_ = group_row(session, group)
    batch_row = batch_row_for_number(session, ctx, group_row_, batch) if batch is not None else None
    return _Scope(group_row_, batch_row)


def _devices(scope: _Scope, *columns: Any) -> Select[Any]:
    query = (select(*columns)
             .select_from(DeviceIdentity)
             .join(Asset, Asset.id == DeviceIdentity.asset_id)
             .outerjoin(Batch, Batch.id == Asset.batch_id)
             .where(DeviceIdentity.registration_group_id == scope.group.id, DeviceIdentity.deleted.is_(False)))
    if scope.batch is not None:
        query = query.where(Asset.batch_id == scope.batch.id)
    return query


def _device_kind_query(scope: _Scope, kind: AnomalyKind, rules: AnomalyRules) -> tuple[Select[Any], Any, Any]:
    """(query, since column, sn column) of a kind that is a condition on the device row."""
    since = DeviceIdentity.status_changed_at
    if kind is AnomalyKind.NEVER_LABELLED:
        condition = and_(DeviceIdentity.status == DeviceStatus.REGISTERED.value, DeviceIdentity.labels_printed == 0,
                         DeviceIdentity.status_changed_at <= rules.cutoff(rules.never_labelled_days))
    elif kind is AnomalyKind.NOT_INSTALLED:
        condition = and_(DeviceIdentity.status == DeviceStatus.LABELLED.value,
                         DeviceIdentity.status_changed_at <= rules.cutoff(rules.stale_days))
    elif kind is AnomalyKind.FAILED_ALLOCATION:
        condition = and_(DeviceIdentity.status_error != "",
                         DeviceIdentity.status.in_(states_in(Phase.ONBOARDING, Phase.ACTIVE)))
        since = DeviceIdentity.updated_at
    else:
        raise AssertionError(kind)
    query = _devices(scope, DeviceIdentity.sn.label("sn"), Batch.number.label("batch"), since.label("since"),
                     DeviceIdentity.status_error.label("error"), literal(None).label("request_id")).where(condition)
    return query, since, DeviceIdentity.sn


def _approval_query(scope: _Scope) -> tuple[Select[Any], Any, Any]:
    query = (_devices(scope, DeviceIdentity.sn.label("sn"), Batch.number.label("batch"),
                      ReprovisionRequest.updated_at.label("since"), ReprovisionRequest.target_ou.label("ou"),
                      ReprovisionRequest.target_environment.label("environment"),
                      ReprovisionRequest.requested_by.label("requested_by"), ReprovisionRequest.id.label("request_id"))
             .join(ReprovisionRequest, ReprovisionRequest.identity_id == DeviceIdentity.id)
             .where(ReprovisionRequest.state == ReprovisionState.AWAITING_APPROVAL.value,
                    ReprovisionRequest.deleted.is_(False)))
    return query, ReprovisionRequest.updated_at, DeviceIdentity.sn


def _duplicate_query(scope: _Scope) -> tuple[Select[Any], Any, Any]:
    """Duplicate scans per SN (audit events; the SN need not be a registered device unless a batch is asked).

    The events are aggregated first (few rows), then matched to devices through the (group, SN) key.
    """
    scans = (select(AuditEvent.sn.label("sn"), func.min(AuditEvent.at).label("since"), func.count().label("scans"))
             .where(AuditEvent.action == DUPLICATE_SCAN, AuditEvent.group_name == scope.group.name)
             .group_by(AuditEvent.sn)).subquery()
    query = (select(scans.c.sn, Batch.number.label("batch"), scans.c.since, scans.c.scans)
             .select_from(scans)
             .outerjoin(DeviceIdentity, and_(DeviceIdentity.registration_group_id == scope.group.id,
                                             DeviceIdentity.sn == scans.c.sn, DeviceIdentity.deleted.is_(False)))
             .outerjoin(Asset, Asset.id == DeviceIdentity.asset_id)
             .outerjoin(Batch, Batch.id == Asset.batch_id))
    if scope.batch is not None:
        query = query.where(Asset.batch_id == scope.batch.id)
    return query, scans.c.since, scans.c.sn


def _refused_query(scope: _Scope) -> tuple[Select[Any], Any, Any]:
    """Refused labels (forged, altered, unknown key, malformed) counted for the group, or for the batch:
    one row per scan, tied to a group and batch when they were recorded (app/services/scan_log.py)."""
    query = (select(AuditEvent.sn.label("sn"), AuditEvent.at.label("since"), AuditEvent.actor.label("actor"),
                    AuditEvent.details.label("details"))
             .where(AuditEvent.action == REFUSED_SCAN, AuditEvent.group_name == scope.group.name))
    if scope.batch is not None:
        query = query.where(AuditEvent.entity_type == "batch", AuditEvent.entity_id == str(scope.batch.id))
    return query, AuditEvent.at, AuditEvent.sn


@dataclass(frozen=True)
class RefusedElsewhere:
    """Refused labels not counted in any batch of a group: the group's own, and those naming no known group."""

    group: str
    outside_batches: int
    no_group: int


def refused_elsewhere(ctx: ServiceContext, group: str) -> RefusedElsewhere:
    """How many refused labels of `group` are tied to no batch, and how many on this database to no group."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        row = group_row(session, group)
        base = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == REFUSED_SCAN)
        outside = session.scalar(base.where(AuditEvent.group_name == row.name, AuditEvent.entity_type != "batch"))
        no_group = session.scalar(base.where(AuditEvent.group_name == ""))
        return RefusedElsewhere(row.name, int(outside or 0), int(no_group or 0))


def _after(query: Select[Any], since: Any, sn: Any, cursor: AnomalyCursor | None, kind: AnomalyKind) -> Select[Any]:
    if cursor is None or cursor.kind is not kind:
        return query
    return query.where(or_(since > cursor.since, and_(since == cursor.since, sn > cursor.sn)))


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)


def _kind_query(scope: _Scope, kind: AnomalyKind, rules: AnomalyRules) -> tuple[Select[Any], Any, Any]:
    if kind is AnomalyKind.REFUSED_LABEL:
        return _refused_query(scope)
    if kind is AnomalyKind.DUPLICATE_SCAN:
        return _duplicate_query(scope)
    if kind is AnomalyKind.AWAITING_APPROVAL:
        return _approval_query(scope)
    return _device_kind_query(scope, kind, rules)


def _to_anomaly(kind: AnomalyKind, group: str, row: Any, rules: AnomalyRules) -> Anomaly:
    """One anomaly from its query's row, what it is about in words built here (app/services/anomaly_text.py)."""
    if kind is AnomalyKind.DUPLICATE_SCAN:
        return Anomaly(kind, group, row.batch, row.sn, scanned_twice(int(row.scans)), row.since)
    if kind is AnomalyKind.REFUSED_LABEL:
        details = dict(row.details or {})
        return Anomaly(kind, group, details.get("batch"), row.sn, refused_what(details, row.actor), row.since)
    what: str
    if kind is AnomalyKind.AWAITING_APPROVAL:
        what = awaiting_reprovision(row.ou, row.environment, row.requested_by)
    elif kind is AnomalyKind.NEVER_LABELLED:
        what = never_labelled()
    elif kind is AnomalyKind.NOT_INSTALLED:
        what = not_installed(rules.stale_days)
    else:
        what = str(row.error)  # a failed allocation: the error stored with the device, as it is
    return Anomaly(kind, group, row.batch, row.sn, what, row.since, row.request_id)


def list_anomalies(ctx: ServiceContext, group: str, batch: str | None = None, *,
                   rules: AnomalyRules | None = None, kinds: tuple[AnomalyKind, ...] = ANOMALY_ORDER,
                   limit: int = 100, after: AnomalyCursor | None = None) -> AnomalyPage:
    """The anomalies of a batch (or of the whole group), ordered by kind, since, SN; keyset-paged.

    `limit` is capped at MAX_PAGE; `counts` holds the full number per kind whatever the page.
    """
    ctx.require(Permission.VIEW)
    if limit < 1:
        raise InputError(message(AT_LEAST_ONE), field="limit")
    limit = min(limit, MAX_PAGE)
    rules = rules or AnomalyRules()
    if rules.stale_days < 0 or rules.never_labelled_days < 0:
        raise InputError(message(DAYS_NOT_NEGATIVE), field="stale_days")
    wanted = [kind for kind in ANOMALY_ORDER if kind in kinds]
    start = wanted.index(after.kind) if after is not None and after.kind in wanted else 0
    items: list[Anomaly] = []
    counts: dict[AnomalyKind, int] = {}
    more = False
    with ctx.read() as session:
        scope = _scope(session, ctx, group, batch)
        queries = {kind: _kind_query(scope, kind, rules) for kind in wanted}
        counts = {kind: _count(session, queries[kind][0]) for kind in wanted}
        for kind in wanted[start:]:
            if counts[kind] == 0:
                continue
            room = limit - len(items)
            if room == 0:
                more = True
                break
            query, since, sn = queries[kind]
            page = _after(query, since, sn, after, kind).order_by(since, sn).limit(room + 1)
            rows = session.execute(page).all()
            items.extend(_to_anomaly(kind, scope.group.name, row, rules) for row in rows[:room])
            if len(rows) > room:
                more = True
                break
    if more and items:
        return AnomalyPage(items, counts, items[-1].cursor)
    return AnomalyPage(items, counts, None)


def anomaly_counts(ctx: ServiceContext, group: str, batch: str | None = None, *,
                   rules: AnomalyRules | None = None) -> dict[AnomalyKind, int]:
    """How many anomalies of each kind (COUNT queries only)."""
    ctx.require(Permission.VIEW)
    rules = rules or AnomalyRules()
    with ctx.read() as session:
        scope = _scope(session, ctx, group, batch)
        return {kind: _count(session, _kind_query(scope, kind, rules)[0]) for kind in ANOMALY_ORDER}
