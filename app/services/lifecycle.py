"""Device lifecycle use cases: label, install, activate, connect, disable, enable, delete (and, from their own
modules, replace, reprovision and the device's details: one import for all of them).

Which state allows which action, and where it leads, is app/domain/lifecycle.py: every use case here asks it
before it changes anything, and writes an audit event in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.db.base import utcnow
from app.db.models import Asset, DeviceIdentity, RegistrationGroup
from app.domain.errors import LifecycleError, NotFoundError
from app.domain.lifecycle import Action, Phase, allowed, states_in
from app.domain.messages import Message, message
from app.domain.messages_devices import (
    ALLOCATION_FAILED,
    DELETE_FROM_BATCH,
    DEVICE_ALREADY_DELETED,
    GROUP_NO_PRODUCT_KEY,
)
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord, ReprovisionRecord
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import device_row, record_of
from app.services.groups import group_row
from app.services.lifecycle_common import (
    active_device_secret,
    allocate,
    allowed_move,
    device_secret_purpose,
    entry,
    load,
    merged_master_data,
    move,
    revoke_allocations,
)
from app.services.lifecycle_details import DeviceDetails, device_details
from app.services.lifecycle_replacement import Replacement, replace, replacement_preview
from app.services.lifecycle_reprovision import (
    decide_reprovision,
    list_reprovisions,
    reprovision,
)

__all__ = ["DeviceDetails", "Replacement", "ReprovisionRecord", "activate", "active_device_secret", "can_delete",
           "can_disable", "can_enable",
           "decide_reprovision", "delete", "device_details", "device_secret_purpose", "disable", "enable", "install",
           "list_reprovisions", "mark_connected", "record_labels_printed", "replace", "replacement_preview",
           "reprovision"]


def can_disable(status: str) -> bool:
    """allowed(status, Action.DISABLE), kept for callers written before the table (new code asks the table)."""
    return allowed(status, Action.DISABLE)


def can_enable(status: str) -> bool:
    """allowed(status, Action.ENABLE), kept for callers written before the table."""
    return allowed(status, Action.ENABLE)


def can_delete(status: str) -> bool:
    """allowed(status, Action.DELETE), kept for callers written before the table."""
    return allowed(status, Action.DELETE)


# ---- labels ----------------------------------------------------------------------------------

def record_labels_printed(ctx: ServiceContext, device_ids: Sequence[uuid.UUID], *, copies: int, template: str,
                          output: str) -> int:
    """After a print job completed: registered devices become labelled; one audit event per device.

    One transaction for the whole job, so a cancelled or failed job records nothing. The labels exist: a
    device disabled while they printed counts them, its state stays.
    """
    ctx.require(Permission.PRINT_LABELS)
    with ctx.write() as session:
        entries: list[audit.AuditEntry] = []
        groups: dict[uuid.UUID, RegistrationGroup] = {}
        for start in range(0, len(device_ids), 900):
            chunk = device_ids[start:start + 900]
            for identity in session.scalars(select(DeviceIdentity).where(DeviceIdentity.id.in_(chunk))):
                group = groups.get(identity.registration_group_id) or session.get(RegistrationGroup, identity.registration_group_id)
                assert group is not None
                groups[group.id] = group
                if allowed(identity.status, Action.LABEL):
                    move(identity, allowed_move(identity, Action.LABEL))
                identity.labels_printed += copies
                entries.append(entry("device.label", identity, group, copies=copies, template=template, output=output))
        audit.append(session, ctx, *entries)
        return len(entries)


# ---- install, activate, connect -----------------------------------------------------------------

def install(ctx: ServiceContext, group: str, sn: str, master_data: dict[str, Any] | None = None) -> DeviceRecord:
    """On-site master data, validated against the group's definitions; the device becomes installed. An
    activated device stays as it is, and keeps a value in every required attribute."""
    ctx.require(Permission.INSTALL)
    with ctx.write() as session:
        group_row_, identity, asset = load(session, group, sn)
        chosen = allowed_move(identity, Action.INSTALL)
        asset.master_data = merged_master_data(session, group_row_, asset, master_data or {},
                                               require_complete=chosen.complete)
        move(identity, chosen)
        identity.updated_at = utcnow()
        session.add(identity)
        audit.append(session, ctx, entry("device.install", identity, group_row_, master_data=asset.master_data))
        return record_of(session, identity)


class _AllocationFailed(Exception):
    pass


def activate(ctx: ServiceContext, group: str, sn: str, master_data: dict[str, Any] | None = None) -> DeviceRecord:
    """Allocate the device in the group's OU and environment (installs it first if needed)."""
    ctx.require(Permission.ACTIVATE)
    try:
        with ctx.write() as session:
            group_row_, identity, asset = load(session, group, sn)
            chosen = allowed_move(identity, Action.ACTIVATE)
            asset.master_data = merged_master_data(session, group_row_, asset, master_data or {},
                                                   require_complete=chosen.complete)
            problem = _allocation_problem(group_row_)
            if problem:
                raise _AllocationFailed(problem)
            allocate(session, ctx, identity, asset, group_row_.ou, group_row_.environment, group_row_.product_key,
                     group_row_.gateway)
            identity.status_error = ""
            move(identity, chosen)
            audit.append(session, ctx, entry("device.activate", identity, group_row_, asset_id=asset.asset_code,
                                             ou=group_row_.ou, environment=group_row_.environment))
            return record_of(session, identity)
    except _AllocationFailed as failure:
        problem = failure.args[0]
        _record_allocation_failure(ctx, group, sn, str(problem))
        raise LifecycleError(message(ALLOCATION_FAILED, sn=sn, failure=problem)) from None


def _allocation_problem(group: RegistrationGroup) -> Message | None:
    if not group.product_key:
        return message(GROUP_NO_PRODUCT_KEY, group=group.name)
    return None


def _record_allocation_failure(ctx: ServiceContext, group: str, sn: str, message: str) -> None:
    with ctx.write() as session:
        group_row_, identity, _asset = load(session, group, sn)
        identity.status_error = message
        audit.append(session, ctx, entry("device.allocation_failed", identity, group_row_, error=message))


def mark_connected(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    """The device reported in through its gateway; a pending reprovision completes."""
    from app.db.models import ReprovisionRequest
    from app.domain.enums import ReprovisionState

    ctx.require(Permission.ACTIVATE)
    with ctx.write() as session:
        group_row_, identity, _asset = load(session, group, sn)
        move(identity, allowed_move(identity, Action.CONNECT))
        for request in session.scalars(select(ReprovisionRequest).where(
                ReprovisionRequest.identity_id == identity.id, ReprovisionRequest.state == ReprovisionState.PENDING.value)):
            request.state = ReprovisionState.DONE.value
        audit.append(session, ctx, entry("device.connect", identity, group_row_))
        return record_of(session, identity)


# ---- disable, enable, delete ----------------------------------------------------------------------

def disable(ctx: ServiceContext, group: str, sn: str, reason: str = "") -> DeviceRecord:
    ctx.require(Permission.DISABLE)
    with ctx.write() as session:
        group_row_, identity, _asset = load(session, group, sn)
        chosen = allowed_move(identity, Action.DISABLE)
        identity.status_before_disable = identity.status
        move(identity, chosen)
        audit.append(session, ctx, entry("device.disable", identity, group_row_, reason=reason))
        return record_of(session, identity)


def enable(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    ctx.require(Permission.DISABLE)
    with ctx.write() as session:
        group_row_, identity, _asset = load(session, group, sn)
        move(identity, allowed_move(identity, Action.ENABLE))
        audit.append(session, ctx, entry("device.enable", identity, group_row_))
        return record_of(session, identity)


def delete(ctx: ServiceContext, group: str, sn: str, *, approved_batch_ok: bool = False) -> None:
    """A tombstone: the device disappears from every list, and the deletion syncs. A device of an approved
    batch raises ApprovedBatchError unless approved_batch_ok."""
    from app.db.models import Batch
    from app.services.batches import refuse_if_approved

    ctx.require(Permission.DELETE)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        identity = device_row(session, group_row_, sn, include_deleted=True)
        if identity.deleted:
            raise NotFoundError(message(DEVICE_ALREADY_DELETED, sn=sn, group=group))
        chosen = allowed_move(identity, Action.DELETE)
        owner = session.get(Asset, identity.asset_id)
        batch = session.get(Batch, owner.batch_id) if owner is not None and owner.batch_id else None
        refuse_if_approved(batch, group_row_.name, message(DELETE_FROM_BATCH, sn=sn),
                           approved_batch_ok=approved_batch_ok)
        move(identity, chosen)
        identity.deleted = True
        revoke_allocations(session, identity)
        asset = session.get(Asset, identity.asset_id)
        live_others = session.scalar(select(DeviceIdentity.id).where(
            DeviceIdentity.asset_id == identity.asset_id, DeviceIdentity.id != identity.id,
            DeviceIdentity.deleted.is_(False), DeviceIdentity.status.not_in(states_in(Phase.RETIRED))))
        if asset is not None and live_others is None:
            asset.deleted = True
        audit.append(session, ctx, entry("device.delete", identity, group_row_))

