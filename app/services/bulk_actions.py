"""Bulk device actions: disable, enable or delete many devices of one group at database speed.

The devices are chosen first (named SNs, or every device a query matches: a batch, the whole group, the
window's filters), then acted on in batches of `BATCH_SIZE`: one write transaction per batch, with set-based
UPDATEs and one audit event per device appended to the hash chain in one multi-row INSERT. A batch is all or
nothing; the caller can cancel between batches (what is committed stays) and hears the progress after each.

A device whose state the action does not apply to is skipped (with its state); a named SN that is not in the
group, a device deleted meanwhile, or a device of an approved batch (delete, unless acknowledged) is refused.
The rows are stamped as the writer session's before_flush hook stamps ORM changes (`dirty`, `updated_at`,
`station`), so the next sync pushes them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, and_, exists, func, null, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, Batch, DeviceIdentity
from app.domain.enums import AllocationState, BatchReview, DeviceStatus
from app.domain.errors import InputError
from app.domain.permissions import Permission
from app.services import audit, lifecycle
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery, matching_ids
from app.services.groups import group_row

BATCH_SIZE = 2000  # devices per transaction: a few tenths of a second each, so a cancel is heard at once
IN_CHUNK = 900  # ids per IN (...) list
IDENTITIES: Table = DeviceIdentity.__table__  # type: ignore[assignment]
ASSETS: Table = Asset.__table__  # type: ignore[assignment]
ALLOCATIONS: Table = Allocation.__table__  # type: ignore[assignment]
RETIRED = (DeviceStatus.REPLACED.value, DeviceStatus.DISCARDED.value)
Progress = Callable[[int, int], None]


class BulkAction(StrEnum):
    DISABLE = "disable"
    ENABLE = "enable"
    DELETE = "delete"


PERMISSIONS = {BulkAction.DISABLE: Permission.DISABLE, BulkAction.ENABLE: Permission.DISABLE,
               BulkAction.DELETE: Permission.DELETE}


def state_allows(state: str, action: BulkAction) -> bool:
    """Whether a device in `state` may undergo `action`: the lifecycle's own rule, asked in one place."""
    rule = {BulkAction.DISABLE: lifecycle.can_disable, BulkAction.ENABLE: lifecycle.can_enable,
            BulkAction.DELETE: lifecycle.can_delete}[action]
    return rule(state)


def skip_reason(state: str, action: BulkAction) -> str:
    """Why a device in `state` is skipped by `action`, in words."""
    if state in RETIRED:
        return f"{state}: nothing can be done with it any more"
    if action is BulkAction.DISABLE:
        return "already disabled"
    if action is BulkAction.ENABLE:
        return f"not disabled (it is {state})"
    return f"{state} (activated): disable it before deleting it"


@dataclass(frozen=True)
class BulkTarget:
    """Which devices of the group: the named SNs, or every device `query` matches (its group is the action's)."""

    sns: tuple[str, ...] = ()
    query: DeviceQuery | None = None

    @staticmethod
    def named(sns: Sequence[str]) -> BulkTarget:
        return BulkTarget(sns=tuple(sns))

    @staticmethod
    def matching(query: DeviceQuery) -> BulkTarget:
        return BulkTarget(query=query)


@dataclass
class BulkOutcome:
    """What a bulk action did. `changed` maps each changed device's id to its new state."""

    action: BulkAction
    group: str
    total: int = 0  # devices chosen (named SNs not found included)
    changed: dict[uuid.UUID, str] = field(default_factory=dict)
    changed_at: datetime | None = None
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (SN, its state)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (SN, why)
    unknown: int = 0  # of the refused: named SNs not in the group (or deleted before)
    cancelled: bool = False
    not_reached: int = 0  # devices left when it was cancelled

    @property
    def done(self) -> int:
        return len(self.changed)

    def skipped_by_state(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _sn, state in self.skipped:
            counts[state] = counts.get(state, 0) + 1
        return dict(sorted(counts.items()))

    def problems(self) -> list[tuple[str, str]]:
        """(SN, why) of every device not changed: the skipped ones with their reason, then the refused ones."""
        return [(sn, skip_reason(state, self.action)) for sn, state in self.skipped] + self.refused


@dataclass(frozen=True)
class _Row:
    id: uuid.UUID
    sn: str
    asset_id: uuid.UUID
    status: str
    status_before_disable: str
    deleted: bool
    batch: str | None
    batch_review: str | None
    reviewed_by: str | None


def run_bulk(ctx: ServiceContext, action: BulkAction, group: str, target: BulkTarget, *, reason: str = "",
             approved_batch_ok: bool = False, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, batch_size: int = BATCH_SIZE) -> BulkOutcome:
    """Act on every device of `target` in `group`, `batch_size` devices per transaction (see the module)."""
    action = BulkAction(action)
    ctx.require(PERMISSIONS[action])
    if len(reason) > 1000:
        raise InputError("at most 1,000 characters", field="reason")
    if target.query is not None and target.query.group not in (None, group):
        raise InputError(f"the query is for group {target.query.group!r}, not {group!r}", field="group")
    outcome = BulkOutcome(action, group)
    with ctx.read() as session:
        group_name = group_row(session, group).name
        chosen = _chosen(session, group, target, outcome)
    outcome.total = len(chosen) + len(outcome.refused)
    reported = len(outcome.refused)
    if progress is not None:
        progress(reported, outcome.total)
    for start in range(0, len(chosen), batch_size):
        if cancelled is not None and cancelled():
            outcome.cancelled = True
            outcome.not_reached = len(chosen) - start
            break
        with ctx.write() as session:
            batch_outcome = _act(session, ctx, action, group, group_name, chosen[start:start + batch_size], reason,
                                 approved_batch_ok)
        outcome.changed.update(batch_outcome.changed)
        outcome.changed_at = batch_outcome.changed_at or outcome.changed_at
        outcome.skipped.extend(batch_outcome.skipped)
        outcome.refused.extend(batch_outcome.refused)
        reported += len(chosen[start:start + batch_size])
        if progress is not None:
            progress(reported, outcome.total)
    return outcome


def _chosen(session: Session, group: str, target: BulkTarget, outcome: BulkOutcome) -> list[tuple[uuid.UUID, str]]:
    """(id, SN) of the live devices chosen, in SN order; named SNs not in the group go to `outcome.refused`."""
    group_id = group_row(session, group).id
    if target.query is not None:
        spec = replace(target.query, group=group)
        query = (select(DeviceIdentity.id, DeviceIdentity.sn)
                 .where(DeviceIdentity.id.in_(matching_ids(session, spec))).order_by(DeviceIdentity.sn))
        return [(row[0], row[1]) for row in session.execute(query)]
    sns = sorted(set(target.sns))
    found: dict[str, uuid.UUID] = {}
    for start in range(0, len(sns), IN_CHUNK):
        found.update((row[1], row[0]) for row in session.execute(
            select(DeviceIdentity.id, DeviceIdentity.sn).where(
                DeviceIdentity.registration_group_id == group_id, DeviceIdentity.deleted.is_(False),
                DeviceIdentity.sn.in_(sns[start:start + IN_CHUNK]))))
    missing = [sn for sn in sns if sn not in found]
    deleted: set[str] = set()
    for start in range(0, len(missing), IN_CHUNK):
        deleted.update(session.scalars(select(DeviceIdentity.sn).where(
            DeviceIdentity.registration_group_id == group_id, DeviceIdentity.deleted.is_(True),
            DeviceIdentity.sn.in_(missing[start:start + IN_CHUNK]))))
    outcome.refused.extend((sn, f"device {sn} in group {group!r} was already deleted" if sn in deleted
                            else f"no device with SN {sn!r} in group {group!r}") for sn in missing)
    outcome.unknown = len(missing)
    return [(found[sn], sn) for sn in sns if sn in found]


def _locked_rows(session: Session, ids: Sequence[uuid.UUID], with_batch: bool) -> dict[uuid.UUID, _Row]:
    """The devices' current state (with their batch's review when `with_batch`), their rows locked for this
    transaction (PostgreSQL; SQLite's writer is serial). Core rows, not ORM objects: a batch reads thousands."""
    connection = session.connection()
    query = _WITH_BATCH if with_batch else _WITHOUT_BATCH
    rows: dict[uuid.UUID, _Row] = {}
    for start in range(0, len(ids), IN_CHUNK):
        found = connection.execute(query.where(IDENTITIES.c.id.in_(ids[start:start + IN_CHUNK]))).all()
        rows.update((row[0], _Row(*row)) for row in found)
    return rows


BATCHES: Table = Batch.__table__  # type: ignore[assignment]
_STATE = (IDENTITIES.c.id, IDENTITIES.c.sn, IDENTITIES.c.asset_id, IDENTITIES.c.status,
          IDENTITIES.c.status_before_disable, IDENTITIES.c.deleted)
_WITHOUT_BATCH = select(*_STATE, null(), null(), null()).with_for_update()
_WITH_BATCH = (select(*_STATE, BATCHES.c.number, BATCHES.c.review, BATCHES.c.reviewed_by)
               .select_from(IDENTITIES.join(ASSETS, ASSETS.c.id == IDENTITIES.c.asset_id)
                            .outerjoin(BATCHES, BATCHES.c.id == ASSETS.c.batch_id))
               .with_for_update(of=IDENTITIES))


def _act(session: Session, ctx: ServiceContext, action: BulkAction, group: str, group_name: str,
         chosen: Sequence[tuple[uuid.UUID, str]], reason: str, approved_batch_ok: bool) -> BulkOutcome:
    """One batch, in the caller's transaction: check each device's state now, change the allowed ones, audit."""
    outcome = BulkOutcome(action, group)
    rows = _locked_rows(session, [device_id for device_id, _sn in chosen], action is BulkAction.DELETE)
    acting: list[_Row] = []
    for device_id, sn in chosen:
        row = rows.get(device_id)
        if row is None or row.deleted:
            outcome.refused.append((sn, f"device {sn} was deleted meanwhile"))
        elif not state_allows(row.status, action):
            outcome.skipped.append((sn, row.status))
        elif action is BulkAction.DELETE and row.batch_review == BatchReview.APPROVED.value and not approved_batch_ok:
            outcome.refused.append((sn, f"batch {row.batch!r} was approved by {row.reviewed_by}; confirm deleting "
                                        "devices of approved batches (or reopen its review first)"))
        else:
            acting.append(row)
    if not acting:
        return outcome
    now = utcnow()
    stamp = {"dirty": True, "updated_at": now, "station": session.info.get("station", "")}
    ids = [row.id for row in acting]
    for start in range(0, len(ids), IN_CHUNK):
        _change(session, action, ids[start:start + IN_CHUNK], {row.asset_id for row in acting[start:start + IN_CHUNK]},
                now, stamp)
    details: dict[str, Any] = {"reason": reason} if reason or action is BulkAction.DISABLE else {}
    audit.append(session, ctx, *(audit.AuditEntry(f"device.{action.value}", "device", str(row.asset_id),
                                                  group_name=group_name, sn=row.sn, details=details)
                                 for row in acting))
    for row in acting:
        outcome.changed[row.id] = _new_state(action, row)
    outcome.changed_at = now
    return outcome


def _new_state(action: BulkAction, row: _Row) -> str:
    if action is BulkAction.DISABLE:
        return DeviceStatus.DISABLED.value
    if action is BulkAction.ENABLE:
        return row.status_before_disable or DeviceStatus.REGISTERED.value
    return DeviceStatus.DISCARDED.value


def _change(session: Session, action: BulkAction, ids: Sequence[uuid.UUID], asset_ids: set[uuid.UUID],
            now: datetime, stamp: dict[str, Any]) -> None:
    """The set-based form of lifecycle.disable, enable and delete for these devices (every one allowed)."""
    these = IDENTITIES.c.id.in_(ids)
    if action is BulkAction.DISABLE:
        session.execute(update(IDENTITIES).where(these).values(
            status_before_disable=IDENTITIES.c.status, status=DeviceStatus.DISABLED.value, status_changed_at=now,
            **stamp))
        return
    if action is BulkAction.ENABLE:
        earlier = func.coalesce(func.nullif(IDENTITIES.c.status_before_disable, ""), DeviceStatus.REGISTERED.value)
        session.execute(update(IDENTITIES).where(these).values(
            status=earlier, status_before_disable="", status_changed_at=now, **stamp))
        return
    session.execute(update(IDENTITIES).where(these).values(
        status=DeviceStatus.DISCARDED.value, deleted=True, status_changed_at=now, **stamp))
    session.execute(update(ALLOCATIONS).where(ALLOCATIONS.c.identity_id.in_(ids),
                                              ALLOCATIONS.c.state == AllocationState.ACTIVE.value)
                    .values(state=AllocationState.REVOKED.value, **stamp))
    # an asset goes with its last live identity (a replacement's asset lives on in the new one)
    live_other = exists().where(and_(IDENTITIES.c.asset_id == ASSETS.c.id, IDENTITIES.c.deleted.is_(False),
                                     IDENTITIES.c.status.not_in(RETIRED)))
    session.execute(update(ASSETS).where(ASSETS.c.id.in_(asset_ids), ASSETS.c.deleted.is_(False), ~live_other)
                    .values(deleted=True, **stamp))


def count_target(ctx: ServiceContext, group: str, target: BulkTarget) -> int:
    """How many devices `target` chooses (for a confirmation); named SNs not in the group are not counted."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        return len(_chosen(session, group, target, BulkOutcome(BulkAction.DISABLE, group)))
