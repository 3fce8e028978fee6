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

from sqlalchemy import String, Table, cast, func, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, Batch, DeviceIdentity
from app.domain.lifecycle import Action, Phase, allowed, states_in
from app.domain.enums import AllocationState, BatchReview, DeviceStatus
from app.domain.errors import InputError
from app.domain.messages import NO_DEVICE, Message, message, term
from app.domain.messages_devices import (
    ALREADY_DELETED,
    APPROVED_CONFIRM_DELETE,
    BULK_QUERY_OTHER_GROUP,
    BULK_REASON_TOO_LONG,
    CHANGED_MEANWHILE,
    DELETED_MEANWHILE,
    SKIPPED_ACTIVE,
    SKIPPED_ALREADY_DISABLED,
    SKIPPED_NOT_DISABLED,
    SKIPPED_RETIRED,
)
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.row_integrity import reseal_values, sealed_in_sql
from app.services.device_listing import DeviceQuery, matching_ids
from app.services.groups import group_row

BATCH_SIZE = 5000  # devices per transaction: about half a second each, so a cancel is heard soon
IN_CHUNK = 900  # SNs per IN (...) list
IDENTITIES: Table = DeviceIdentity.__table__  # type: ignore[assignment]
ASSETS: Table = Asset.__table__  # type: ignore[assignment]
ALLOCATIONS: Table = Allocation.__table__  # type: ignore[assignment]
BATCHES: Table = Batch.__table__  # type: ignore[assignment]
RETIRED = states_in(Phase.RETIRED)
Progress = Callable[[int, int], None]


class BulkAction(StrEnum):
    DISABLE = "disable"
    ENABLE = "enable"
    DELETE = "delete"


PERMISSIONS = {BulkAction.DISABLE: Permission.DISABLE, BulkAction.ENABLE: Permission.DISABLE,
               BulkAction.DELETE: Permission.DELETE}


LIFECYCLE_ACTIONS = {BulkAction.DISABLE: Action.DISABLE, BulkAction.ENABLE: Action.ENABLE,
                     BulkAction.DELETE: Action.DELETE}


def state_allows(state: str, action: BulkAction) -> bool:
    """Whether a device in `state` may undergo `action`: the lifecycle's own rule, asked in one place."""
    return allowed(state, LIFECYCLE_ACTIONS[action])


def skip_reason(state: str, action: BulkAction) -> Message:
    """Why a device in `state` is skipped by `action`, in words."""
    if state in RETIRED:
        return message(SKIPPED_RETIRED, state=term(state))
    if action is BulkAction.DISABLE:
        return message(SKIPPED_ALREADY_DISABLED)
    if action is BulkAction.ENABLE:
        return message(SKIPPED_NOT_DISABLED, state=term(state))
    return message(SKIPPED_ACTIVE, state=term(state))


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
    """What a bulk action did: the devices changed (by SN, with their new state), skipped and refused."""

    action: BulkAction
    group: str
    total: int = 0  # devices chosen (named SNs not found included)
    changed: dict[str, str] = field(default_factory=dict)  # SN -> its new state
    changed_at: datetime | None = None
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (SN, its state)
    refused: list[tuple[str, Message]] = field(default_factory=list)  # (SN, why)
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

    def problems(self) -> list[tuple[str, Message]]:
        """(SN, why) of every device not changed: the skipped ones with their reason, then the refused ones."""
        return [(sn, skip_reason(state, self.action)) for sn, state in self.skipped] + self.refused


def run_bulk(ctx: ServiceContext, action: BulkAction, group: str, target: BulkTarget, *, reason: str = "",
             approved_batch_ok: bool = False, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, batch_size: int = BATCH_SIZE) -> BulkOutcome:
    """Act on every device of `target` in `group`, `batch_size` devices per transaction (see the module)."""
    action = BulkAction(action)
    ctx.require(PERMISSIONS[action])
    if len(reason) > 1000:
        raise InputError(message(BULK_REASON_TOO_LONG, count=1000), field="reason")
    if target.query is not None and target.query.group not in (None, group):
        raise InputError(message(BULK_QUERY_OTHER_GROUP, query=target.query.group, group=group), field="group")
    outcome = BulkOutcome(action, group)
    with ctx.read() as session:
        group_ = group_row(session, group)
        group_id, group_name = group_.id, group_.name
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
        sns = chosen[start:start + batch_size]
        with ctx.write() as session:
            _act(session, ctx, outcome, group_id, group_name, sns, reason, approved_batch_ok)
        reported += len(sns)
        if progress is not None:
            progress(reported, outcome.total)
    return outcome


def _chosen(session: Session, group: str, target: BulkTarget, outcome: BulkOutcome) -> list[str]:
    """The SNs of the live devices chosen, in order; named SNs not in the group go to `outcome.refused`."""
    group_id = group_row(session, group).id
    if target.query is not None:
        spec = replace(target.query, group=group)
        query = (select(DeviceIdentity.sn).where(DeviceIdentity.id.in_(matching_ids(session, spec)))
                 .order_by(DeviceIdentity.sn))
        return list(session.scalars(query).all())
    sns = sorted(set(target.sns))
    found: set[str] = set()
    deleted: set[str] = set()
    for start in range(0, len(sns), IN_CHUNK):
        for sn, is_deleted in session.execute(select(DeviceIdentity.sn, DeviceIdentity.deleted).where(
                DeviceIdentity.registration_group_id == group_id, DeviceIdentity.sn.in_(sns[start:start + IN_CHUNK]))):
            (deleted if is_deleted else found).add(sn)
    missing = [sn for sn in sns if sn not in found]
    outcome.refused.extend((sn, message(ALREADY_DELETED if sn in deleted else NO_DEVICE, sn=sn, group=group))
                           for sn in missing)
    outcome.unknown = len(missing)
    return [sn for sn in sns if sn in found]


def allowed_states(action: BulkAction) -> list[str]:
    return [state.value for state in DeviceStatus if state_allows(state.value, action)]


def _act(session: Session, ctx: ServiceContext, outcome: BulkOutcome, group_id: uuid.UUID, group_name: str,
         sns: Sequence[str], reason: str, approved_batch_ok: bool) -> None:
    """One batch, in the caller's transaction: each device whose state allows the action now is changed (one
    UPDATE ... RETURNING per chunk: the check and the change in one statement, the row locked by it), then the
    others are read to say why not, then one audit event per changed device."""
    action = outcome.action
    now = utcnow()
    stamp = {"dirty": True, "updated_at": now, "station": session.info.get("station", "")}
    changed: list[tuple[str, str, str]] = []  # (SN, asset id as text, new state)
    # (the approved-batch condition costs two look-ups per device: only where the group has an approved batch)
    check_approval = action is BulkAction.DELETE and not approved_batch_ok and session.execute(
        select(BATCHES.c.id).where(BATCHES.c.registration_group_id == group_id,
                                   BATCHES.c.review == BatchReview.APPROVED.value).limit(1)).first() is not None
    changes = _changes(action, now)
    # state and deleted are protected: each changed row gets its new integrity value in the UPDATE itself (SQLite)
    # or from the columns as the UPDATE returned them, in one more statement (elsewhere)
    sealed = sealed_in_sql(session, "device_identities", {
        "registration_group_id": IDENTITIES.c.registration_group_id, "sn": IDENTITIES.c.sn,
        "status": changes["status"], "deleted": changes.get("deleted", IDENTITIES.c.deleted)})
    if sealed is not None:
        changes["integrity"] = sealed
    for start in range(0, len(sns), IN_CHUNK):
        chunk = sns[start:start + IN_CHUNK]
        conditions = [IDENTITIES.c.registration_group_id == group_id, IDENTITIES.c.sn.in_(chunk),
                      IDENTITIES.c.deleted.is_(False), IDENTITIES.c.status.in_(allowed_states(action))]
        if check_approval:
            conditions.append(~_IN_APPROVED_BATCH)
        rows = session.execute(update(IDENTITIES).where(*conditions).values(**changes, **stamp)
                               .returning(IDENTITIES.c.sn, _ASSET_ID_TEXT, IDENTITIES.c.status,
                                          IDENTITIES.c.deleted)).all()
        changed.extend((row[0], row[1], row[2]) for row in rows)
        if sealed is None:
            reseal_values(session, "device_identities", [
                {"registration_group_id": group_id, "sn": row[0], "status": row[2], "deleted": row[3]}
                for row in rows], by=("registration_group_id", "sn"))
    if action is BulkAction.DELETE and changed:
        _delete_dependants(session, group_id, stamp)
    done = {sn for sn, _asset, _state in changed}
    _why_not(session, outcome, group_id, [sn for sn in sns if sn not in done])
    if not changed:
        return
    changed.sort()
    details: dict[str, Any] = {"reason": reason} if reason or action is BulkAction.DISABLE else {}
    audit.append(session, ctx, *(audit.AuditEntry(f"device.{action.value}", "device", _uuid_text(asset_id),
                                                  group_name=group_name, sn=sn, details=details)
                                 for sn, asset_id, _state in changed))
    outcome.changed.update((sn, state) for sn, _asset, state in changed)
    outcome.changed_at = now


# The asset id as the database gives it as text (no UUID object built per device): 32 hex digits on SQLite (as
# SQLAlchemy stores a UUID there), the usual dashed form on PostgreSQL; _uuid_text makes both str(UUID).
_ASSET_ID_TEXT = cast(IDENTITIES.c.asset_id, String)


def _uuid_text(text: str) -> str:
    return text if len(text) == 36 else f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _changes(action: BulkAction, now: datetime) -> dict[str, Any]:
    """The set-based form of what lifecycle.disable, enable and delete do to a device's identity row."""
    if action is BulkAction.DISABLE:
        return {"status_before_disable": IDENTITIES.c.status, "status": DeviceStatus.DISABLED.value,
                "status_changed_at": now}
    if action is BulkAction.ENABLE:
        earlier = func.coalesce(func.nullif(IDENTITIES.c.status_before_disable, ""), DeviceStatus.REGISTERED.value)
        return {"status": earlier, "status_before_disable": "", "status_changed_at": now}
    return {"status": DeviceStatus.DISCARDED.value, "deleted": True, "status_changed_at": now}


def _delete_dependants(session: Session, group_id: uuid.UUID, stamp: dict[str, Any]) -> None:
    """With this batch's devices deleted: their active allocations revoked, and each asset whose last live identity
    went deleted too (a replacement's asset lives on in the new identity). The batch's devices are the group's
    deleted identities stamped with this transaction's time (an index range, no list of SNs sent again); any other
    deleted identity found there would be left as this does anyway (its allocations revoked, its asset deleted)."""
    these = select(IDENTITIES.c.id).where(IDENTITIES.c.registration_group_id == group_id,
                                          IDENTITIES.c.updated_at == stamp["updated_at"], IDENTITIES.c.deleted.is_(True))
    their_assets = (select(IDENTITIES.c.asset_id)
                    .where(IDENTITIES.c.registration_group_id == group_id,
                           IDENTITIES.c.updated_at == stamp["updated_at"], IDENTITIES.c.deleted.is_(True)))
    session.execute(update(ALLOCATIONS).where(ALLOCATIONS.c.identity_id.in_(these),
                                              ALLOCATIONS.c.state == AllocationState.ACTIVE.value)
                    .values(state=AllocationState.REVOKED.value, **stamp))
    live = (select(IDENTITIES.c.id).where(IDENTITIES.c.asset_id == ASSETS.c.id, IDENTITIES.c.deleted.is_(False),
                                          IDENTITIES.c.status.not_in(RETIRED)).exists())
    session.execute(update(ASSETS).where(ASSETS.c.id.in_(their_assets), ASSETS.c.deleted.is_(False), ~live)
                    .values(deleted=True, **stamp))


def _why_not(session: Session, outcome: BulkOutcome, group_id: uuid.UUID, sns: Sequence[str]) -> None:
    """The devices not changed: skipped for their state, or refused (deleted meanwhile, approved batch)."""
    for start in range(0, len(sns), IN_CHUNK):
        query = (select(IDENTITIES.c.sn, IDENTITIES.c.status, IDENTITIES.c.deleted, BATCHES.c.number,
                        BATCHES.c.review, BATCHES.c.reviewed_by)
                 .select_from(IDENTITIES.join(ASSETS, ASSETS.c.id == IDENTITIES.c.asset_id)
                              .outerjoin(BATCHES, BATCHES.c.id == ASSETS.c.batch_id))
                 .where(IDENTITIES.c.registration_group_id == group_id, IDENTITIES.c.sn.in_(sns[start:start + IN_CHUNK]))
                 .order_by(IDENTITIES.c.sn))
        for sn, status, deleted, batch, review, reviewed_by in session.execute(query):
            if deleted:
                outcome.refused.append((sn, message(DELETED_MEANWHILE, sn=sn)))
            elif not state_allows(status, outcome.action):
                outcome.skipped.append((sn, status))
            elif review == BatchReview.APPROVED.value:
                outcome.refused.append((sn, message(APPROVED_CONFIRM_DELETE, batch=batch, by=reviewed_by)))
            else:  # changed by another writer between the UPDATE and this read (PostgreSQL): not by this action
                outcome.refused.append((sn, message(CHANGED_MEANWHILE, sn=sn)))


_IN_APPROVED_BATCH = (select(ASSETS.c.id)
                      .join(BATCHES, BATCHES.c.id == ASSETS.c.batch_id)
                      .where(ASSETS.c.id == IDENTITIES.c.asset_id, BATCHES.c.review == BatchReview.APPROVED.value)
                      .exists())


def count_target(ctx: ServiceContext, group: str, target: BulkTarget) -> int:
    """How many devices `target` chooses (for a confirmation); named SNs not in the group are not counted."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        return len(_chosen(session, group, target, BulkOutcome(BulkAction.DISABLE, group)))
