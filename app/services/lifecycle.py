"""Device lifecycle: label, install, activate, connect, disable, enable, replace, reprovision, delete.

Every transition is checked against the current state and writes an audit event
in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, DeviceIdentity, RegistrationGroup, ReprovisionRequest
from app.domain.enums import ACTIVE_STATUSES, AllocationState, DeviceStatus, ReprovisionPolicy, ReprovisionState
from app.domain.errors import InputError, InputErrors, LifecycleError, NotFoundError
from app.domain.masterdata import parse_value, validate_master_data
from app.domain.permissions import Permission
from app.domain.records import AllocationRecord, DeviceRecord, RegistrationRecord, ReprovisionRecord
from app.security.derivation import new_device_secret
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import device_row, record_of
from app.services.registering import new_asset_code
from app.services.groups import group_row
from app.services.masterdata import attributes_of_group, check_name

RETIRED = (DeviceStatus.REPLACED.value, DeviceStatus.DISCARDED.value)


def can_disable(status: str) -> bool:
    """The rule `disable` applies: a device that is neither retired nor already disabled."""
    return status not in RETIRED and status != DeviceStatus.DISABLED.value


def can_enable(status: str) -> bool:
    """The rule `enable` applies: only a disabled device can be enabled."""
    return status == DeviceStatus.DISABLED.value


def can_delete(status: str) -> bool:
    """The rule `delete` applies to the state: an activated device must be disabled first."""
    return status not in {s.value for s in ACTIVE_STATUSES}


def _entry(action: str, identity: DeviceIdentity, group: RegistrationGroup, **details: Any) -> audit.AuditEntry:
    return audit.AuditEntry(action, "device", str(identity.asset_id), group_name=group.name, sn=identity.sn,
                            details=details)


def _set_status(identity: DeviceIdentity, status: DeviceStatus) -> None:
    identity.status = status.value
    identity.status_changed_at = utcnow()


def _not_retired(identity: DeviceIdentity) -> None:
    if identity.status in RETIRED:
        raise LifecycleError(f"device {identity.sn} is {identity.status}; nothing can be done with it any more")


def _not_disabled(identity: DeviceIdentity) -> None:
    if identity.status == DeviceStatus.DISABLED.value:
        raise LifecycleError(f"device {identity.sn} is disabled; enable it first")


def _load(session: Session, group: str, sn: str) -> tuple[RegistrationGroup, DeviceIdentity, Asset]:
    group_row_ = group_row(session, group)
    identity = device_row(session, group_row_, sn)
    asset = session.get(Asset, identity.asset_id)
    assert asset is not None
    return group_row_, identity, asset


# ---- labels ----------------------------------------------------------------------------------

def record_labels_printed(ctx: ServiceContext, device_ids: Sequence[uuid.UUID], *, copies: int, template: str,
                          output: str) -> int:
    """After a print job completed: registered devices become labelled; one audit event per device.

    One transaction for the whole job, so a cancelled or failed job records nothing.
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
                if identity.status == DeviceStatus.REGISTERED.value:
                    _set_status(identity, DeviceStatus.LABELLED)
                identity.labels_printed += copies
                entries.append(_entry("device.label", identity, group, copies=copies, template=template, output=output))
        audit.append(session, ctx, *entries)
        return len(entries)


# ---- install, activate, connect -----------------------------------------------------------------

def _merged_master_data(session: Session, group: RegistrationGroup, asset: Asset, values: dict[str, Any],
                        require_complete: bool) -> dict[str, Any]:
    attributes = attributes_of_group(session, group.masterdata_group_id)
    parsed, problems = validate_master_data(attributes, values, require_complete=False)
    merged = {**(asset.master_data or {}), **parsed}
    for key, raw in values.items():
        if key not in problems and (raw is None or str(raw).strip() == "") and key in merged:
            del merged[key]
    if require_complete:
        for attribute in attributes:
            if attribute.required and merged.get(attribute.key) is None and attribute.key not in problems:
                problems[attribute.key] = "is required"
    if problems:
        errors = [InputError(message, field=key) for key, message in problems.items()]
        raise errors[0] if len(errors) == 1 else InputErrors(errors)
    return merged


def install(ctx: ServiceContext, group: str, sn: str, master_data: dict[str, Any] | None = None) -> DeviceRecord:
    """On-site master data, validated against the group's definitions; the device becomes installed."""
    ctx.require(Permission.INSTALL)
    with ctx.write() as session:
        group_row_, identity, asset = _load(session, group, sn)
        _not_retired(identity)
        _not_disabled(identity)
        asset.master_data = _merged_master_data(session, group_row_, asset, master_data or {}, require_complete=False)
        if identity.status not in (s.value for s in ACTIVE_STATUSES):
            _set_status(identity, DeviceStatus.INSTALLED)
        identity.updated_at = utcnow()
        session.add(identity)
        audit.append(session, ctx, _entry("device.install", identity, group_row_, master_data=asset.master_data))
        return record_of(session, identity)


class _AllocationFailed(Exception):
    pass


def activate(ctx: ServiceContext, group: str, sn: str, master_data: dict[str, Any] | None = None) -> DeviceRecord:
    """Allocate the device in the group's OU and environment (installs it first if needed)."""
    ctx.require(Permission.ACTIVATE)
    try:
        with ctx.write() as session:
            group_row_, identity, asset = _load(session, group, sn)
            _not_retired(identity)
            _not_disabled(identity)
            if identity.status in (s.value for s in ACTIVE_STATUSES):
                raise LifecycleError(f"device {sn} is already activated ({identity.status})")
            asset.master_data = _merged_master_data(session, group_row_, asset, master_data or {}, require_complete=True)
            problem = _allocation_problem(group_row_)
            if problem:
                raise _AllocationFailed(problem)
            _allocate(session, ctx, identity, asset, group_row_.ou, group_row_.environment, group_row_.product_key,
                      group_row_.gateway)
            identity.status_error = ""
            _set_status(identity, DeviceStatus.ALLOCATED)
            audit.append(session, ctx, _entry("device.activate", identity, group_row_, asset_id=asset.asset_code,
                                              ou=group_row_.ou, environment=group_row_.environment))
            return record_of(session, identity)
    except _AllocationFailed as failure:
        _record_allocation_failure(ctx, group, sn, str(failure))
        raise LifecycleError(f"allocation of {sn} failed: {failure}") from None


def _allocation_problem(group: RegistrationGroup) -> str | None:
    if not group.product_key:
        return f"group {group.name!r} has no product key; set one before activating devices"
    return None


def _record_allocation_failure(ctx: ServiceContext, group: str, sn: str, message: str) -> None:
    with ctx.write() as session:
        group_row_, identity, _asset = _load(session, group, sn)
        identity.status_error = message
        audit.append(session, ctx, _entry("device.allocation_failed", identity, group_row_, error=message))


def _allocate(session: Session, ctx: ServiceContext, identity: DeviceIdentity, asset: Asset, ou: str,
              environment: str, product_key: str, gateway: str) -> Allocation:
    data_key = ctx.keyring.require_data_key()
    for previous in session.scalars(select(Allocation).where(Allocation.asset_id == asset.id,
                                                             Allocation.state == AllocationState.ACTIVE.value)):
        previous.state = AllocationState.SUPERSEDED.value
    allocation = Allocation(id=uuid.uuid4(), identity_id=identity.id, asset_id=asset.id, asset_code=asset.asset_code,
                            ou=ou, environment=environment, product_key=product_key, gateway=gateway,
                            device_secret_enc=b"", state=AllocationState.ACTIVE.value)
    allocation.device_secret_enc = data_key.encrypt(new_device_secret().encode("ascii"),
                                                    device_secret_purpose(allocation.id))
    session.add(allocation)
    return allocation


def device_secret_purpose(allocation_id: uuid.UUID) -> str:
    return f"device-secret:{allocation_id}"


def mark_connected(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    """The device reported in through its gateway; a pending reprovision completes."""
    ctx.require(Permission.ACTIVATE)
    with ctx.write() as session:
        group_row_, identity, _asset = _load(session, group, sn)
        if identity.status not in (s.value for s in ACTIVE_STATUSES):
            raise LifecycleError(f"device {sn} is {identity.status}; only an activated device can connect")
        _set_status(identity, DeviceStatus.CONNECTED)
        for request in session.scalars(select(ReprovisionRequest).where(
                ReprovisionRequest.identity_id == identity.id, ReprovisionRequest.state == ReprovisionState.PENDING.value)):
            request.state = ReprovisionState.DONE.value
        audit.append(session, ctx, _entry("device.connect", identity, group_row_))
        return record_of(session, identity)


# ---- disable, enable, delete ----------------------------------------------------------------------

def disable(ctx: ServiceContext, group: str, sn: str, reason: str = "") -> DeviceRecord:
    ctx.require(Permission.DISABLE)
    with ctx.write() as session:
        group_row_, identity, _asset = _load(session, group, sn)
        _not_retired(identity)
        if not can_disable(identity.status):
            raise LifecycleError(f"device {sn} is already disabled")
        identity.status_before_disable = identity.status
        _set_status(identity, DeviceStatus.DISABLED)
        audit.append(session, ctx, _entry("device.disable", identity, group_row_, reason=reason))
        return record_of(session, identity)


def enable(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    ctx.require(Permission.DISABLE)
    with ctx.write() as session:
        group_row_, identity, _asset = _load(session, group, sn)
        if not can_enable(identity.status):
            raise LifecycleError(f"device {sn} is not disabled (it is {identity.status})")
        _set_status(identity, DeviceStatus(identity.status_before_disable or DeviceStatus.REGISTERED.value))
        identity.status_before_disable = ""
        audit.append(session, ctx, _entry("device.enable", identity, group_row_))
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
            raise NotFoundError(f"device {sn} in group {group!r} was already deleted")
        if not can_delete(identity.status):
            raise LifecycleError(f"device {sn} is activated; disable it before deleting it")
        owner = session.get(Asset, identity.asset_id)
        batch = session.get(Batch, owner.batch_id) if owner is not None and owner.batch_id else None
        refuse_if_approved(batch, group_row_.name, f"delete device {sn} from it", approved_batch_ok=approved_batch_ok)
        _set_status(identity, DeviceStatus.DISCARDED)
        identity.deleted = True
        for allocation in session.scalars(select(Allocation).where(Allocation.identity_id == identity.id,
                                                                   Allocation.state == AllocationState.ACTIVE.value)):
            allocation.state = AllocationState.REVOKED.value
        asset = session.get(Asset, identity.asset_id)
        live_others = session.scalar(select(DeviceIdentity.id).where(
            DeviceIdentity.asset_id == identity.asset_id, DeviceIdentity.id != identity.id,
            DeviceIdentity.deleted.is_(False), DeviceIdentity.status.not_in(RETIRED)))
        if asset is not None and live_others is None:
            asset.deleted = True
        audit.append(session, ctx, _entry("device.delete", identity, group_row_))


# ---- replacement --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Replacement:
    old: DeviceRecord
    new: DeviceRecord
    moved: dict[str, Any]


def replacement_status(old_status: str, new_status: str) -> DeviceStatus:
    """The state the new device is in after a replacement: installed when the faulty device was installed or
    active (it is activated next, by the installer), else the state it had. replace() and its preview use it."""
    if old_status in (s.value for s in ACTIVE_STATUSES) or old_status == DeviceStatus.INSTALLED.value:
        return DeviceStatus.INSTALLED
    return DeviceStatus(new_status)


def replacement_preview(ctx: ServiceContext, group: str, old_sn: str, new_sn: str) -> dict[str, Any]:
    """What would move from the faulty device to the new one (for the confirmation); `new_status` is the state
    the new device will be in, by the same rule replace() applies."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_, old, asset = _load(session, group, old_sn)
        new = _replacement_target(session, group_row_, old, new_sn)
        return _moved(session, asset, old, new)


def _moved(session: Session, asset: Asset, old: DeviceIdentity, new: DeviceIdentity) -> dict[str, Any]:
    from app.db.models import Batch

    batch = session.get(Batch, asset.batch_id) if asset.batch_id else None
    return {"asset_id": asset.asset_code, "name": asset.name, "description": asset.description,
            "batch": batch.number if batch else None, "master_data": dict(asset.master_data or {}),
            "status": old.status, "new_status": replacement_status(old.status, new.status).value,
            "from_sn": old.sn, "to_sn": new.sn}


def _replacement_target(session: Session, group: RegistrationGroup, old: DeviceIdentity, new_sn: str) -> DeviceIdentity:
    _not_retired(old)
    if new_sn == old.sn:
        raise InputError("the new SN is the faulty device's own SN", field="new-sn")
    candidate = session.scalars(select(DeviceIdentity).where(DeviceIdentity.registration_group_id == group.id,
                                                             DeviceIdentity.sn == new_sn,
                                                             DeviceIdentity.deleted.is_(False))).first()
    if candidate is None:
        elsewhere = session.execute(select(RegistrationGroup.name).join(
            DeviceIdentity, DeviceIdentity.registration_group_id == RegistrationGroup.id).where(
            DeviceIdentity.sn == new_sn, DeviceIdentity.deleted.is_(False))).scalars().first()
        if elsewhere:
            raise LifecycleError(f"device {new_sn} belongs to group {elsewhere!r}; a replacement must come from group {group.name!r}")
        raise NotFoundError(f"no device with SN {new_sn!r} in group {group.name!r}; register it first")
    if candidate.status in (s.value for s in ACTIVE_STATUSES):
        raise LifecycleError(f"device {new_sn} is already allocated; a replacement must not be allocated yet")
    if candidate.status in RETIRED or candidate.status == DeviceStatus.DISABLED.value:
        raise LifecycleError(f"device {new_sn} is {candidate.status} and cannot be used as a replacement")
    return candidate


def replace(ctx: ServiceContext, group: str, old_sn: str, new_sn: str) -> Replacement:
    """The new SN takes over the asset (master data, batch, description, history); the old one is retired."""
    ctx.require(Permission.REPLACE)
    with ctx.write() as session:
        group_row_, old, asset = _load(session, group, old_sn)
        new = _replacement_target(session, group_row_, old, new_sn)
        moved = _moved(session, asset, old, new)
        spare_asset = session.get(Asset, new.asset_id)
        if spare_asset is not None and spare_asset.id != asset.id:
            spare_asset.deleted = True
        new.asset_id = asset.id
        _set_status(new, replacement_status(old.status, new.status))
        for allocation in session.scalars(select(Allocation).where(Allocation.identity_id == old.id,
                                                                   Allocation.state == AllocationState.ACTIVE.value)):
            allocation.state = AllocationState.REVOKED.value
        _set_status(old, DeviceStatus.REPLACED)
        old.status_error = f"replaced by {new_sn}"
        session.flush()
        audit.append(session, ctx,
                     _entry("device.replace", old, group_row_, new_sn=new_sn, moved=moved),
                     _entry("device.replacement", new, group_row_, old_sn=old_sn))
        return Replacement(record_of(session, old), record_of(session, new), moved)


# ---- reprovisioning -------------------------------------------------------------------------------

def _reprovision_record(session: Session, request: ReprovisionRequest) -> ReprovisionRecord:
    identity = session.get(DeviceIdentity, request.identity_id)
    group = session.get(RegistrationGroup, identity.registration_group_id) if identity else None
    return ReprovisionRecord(request.id, identity.sn if identity else "?", group.name if group else "?",
                             request.from_ou, request.from_environment, request.target_ou, request.target_environment,
                             request.policy, request.state, request.requested_by, request.decided_by, request.comment,
                             request.error, request.updated_at)


def reprovision(ctx: ServiceContext, group: str, sn: str, ou: str, environment: str,
                product_key: str | None = None) -> ReprovisionRecord:
    """A new allocation in another OU/environment, as the group's policy allows."""
    ctx.require(Permission.REPROVISION)
    ou = check_name(ou, "ou")
    environment = check_name(environment, "environment")
    with ctx.write() as session:
        group_row_, identity, asset = _load(session, group, sn)
        _not_retired(identity)
        _not_disabled(identity)
        policy = ReprovisionPolicy(group_row_.reprovision_policy)
        if policy is ReprovisionPolicy.NEVER:
            raise LifecycleError(f"group {group!r} does not allow reprovisioning (policy: never)")
        if identity.status not in (s.value for s in ACTIVE_STATUSES):
            raise LifecycleError(f"device {sn} is {identity.status}; only an activated device can be reprovisioned")
        current = session.scalars(select(Allocation).where(Allocation.asset_id == asset.id,
                                                           Allocation.state == AllocationState.ACTIVE.value)).first()
        from_ou = current.ou if current else group_row_.ou
        from_env = current.environment if current else group_row_.environment
        if (from_ou, from_env) == (ou, environment):
            raise InputError(f"the device is already allocated in {ou}/{environment}", field="environment")
        open_request = session.scalars(select(ReprovisionRequest).where(
            ReprovisionRequest.identity_id == identity.id,
            ReprovisionRequest.state.in_((ReprovisionState.AWAITING_APPROVAL.value, ReprovisionState.PENDING.value)))).first()
        if open_request is not None:
            raise LifecycleError(f"device {sn} already has a reprovision that is {open_request.state.replace('_', ' ')}")
        request = ReprovisionRequest(id=uuid.uuid4(), identity_id=identity.id, from_ou=from_ou, from_environment=from_env,
                                     target_ou=ou, target_environment=environment,
                                     target_product_key=product_key if product_key is not None else group_row_.product_key,
                                     policy=policy.value, state=ReprovisionState.AWAITING_APPROVAL.value,
                                     requested_by=ctx.actor.name)
        session.add(request)
        failure = None
        if policy is ReprovisionPolicy.APPROVAL:
            audit.append(session, ctx, _entry("device.reprovision.request", identity, group_row_, target_ou=ou,
                                              target_environment=environment))
        else:
            failure = _fail_without_product_key(session, ctx, request, identity, group_row_)
            if failure is None:
                _carry_out(session, ctx, request, identity, asset, group_row_, policy)
        session.flush()
        record = _reprovision_record(session, request)
    if failure is not None:
        raise LifecycleError(f"reprovisioning of {sn} failed: {failure}")
    return record


def _fail_without_product_key(session: Session, ctx: ServiceContext, request: ReprovisionRequest,
                              identity: DeviceIdentity, group: RegistrationGroup) -> str | None:
    """An allocation needs a product key; without one the request is kept as failed, with its reason."""
    if request.target_product_key:
        return None
    failure = (f"no product key for {request.target_ou}/{request.target_environment}; "
               f"give one or set one on group {group.name!r}")
    request.state = ReprovisionState.FAILED.value
    request.error = failure
    identity.status_error = failure
    audit.append(session, ctx, _entry("device.reprovision.failed", identity, group, target_ou=request.target_ou,
                                      target_environment=request.target_environment, error=failure))
    return failure


def _carry_out(session: Session, ctx: ServiceContext, request: ReprovisionRequest, identity: DeviceIdentity,
               asset: Asset, group: RegistrationGroup, policy: ReprovisionPolicy) -> None:
    asset.asset_code = new_asset_code()
    if policy is ReprovisionPolicy.INITIALIZE:
        asset.master_data = _group_defaults(session, group)
    _allocate(session, ctx, identity, asset, request.target_ou, request.target_environment, request.target_product_key,
              group.gateway)
    request.state = ReprovisionState.PENDING.value
    identity.status_error = ""
    _set_status(identity, DeviceStatus.ALLOCATED)
    audit.append(session, ctx, _entry("device.reprovision", identity, group, policy=policy.value,
                                      target_ou=request.target_ou, target_environment=request.target_environment,
                                      asset_id=asset.asset_code))


def _group_defaults(session: Session, group: RegistrationGroup) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for attribute in attributes_of_group(session, group.masterdata_group_id):
        if attribute.default is not None:
            defaults[attribute.key] = parse_value(attribute, attribute.default)  # stored form, as a user's value is
    return defaults


def decide_reprovision(ctx: ServiceContext, request_id: uuid.UUID, *, approve: bool, comment: str = "") -> ReprovisionRecord:
    """A supervisor approves (the reprovision is carried out, migrating master data) or rejects."""
    ctx.require(Permission.APPROVE)
    with ctx.write() as session:
        request = session.get(ReprovisionRequest, request_id)
        if request is None or request.deleted:
            raise NotFoundError(f"no reprovision request {request_id}")
        if request.state != ReprovisionState.AWAITING_APPROVAL.value:
            raise LifecycleError(f"this request is {request.state.replace('_', ' ')}, not awaiting approval")
        identity = session.get(DeviceIdentity, request.identity_id)
        assert identity is not None
        group = session.get(RegistrationGroup, identity.registration_group_id)
        asset = session.get(Asset, identity.asset_id)
        assert group is not None and asset is not None
        request.decided_by = ctx.actor.name
        request.comment = comment
        failure = None
        if approve:
            _not_retired(identity)
            _not_disabled(identity)
            failure = _fail_without_product_key(session, ctx, request, identity, group)
            if failure is None:
                _carry_out(session, ctx, request, identity, asset, group, ReprovisionPolicy.MIGRATE)
            audit.append(session, ctx, _entry("device.reprovision.approve", identity, group, comment=comment))
        else:
            if not comment.strip():
                raise InputError("a rejection needs a comment saying why", field="comment")
            request.state = ReprovisionState.REJECTED.value
            audit.append(session, ctx, _entry("device.reprovision.reject", identity, group, comment=comment))
        session.flush()
        record = _reprovision_record(session, request)
    if failure is not None:
        raise LifecycleError(f"reprovisioning of {record.sn} failed: {failure}")
    return record


def list_reprovisions(ctx: ServiceContext, states: Sequence[str] = (), group: str | None = None) -> list[ReprovisionRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        query = select(ReprovisionRequest).where(ReprovisionRequest.deleted.is_(False))
        if states:
            query = query.where(ReprovisionRequest.state.in_(states))
        if group is not None:
            query = query.join(DeviceIdentity, DeviceIdentity.id == ReprovisionRequest.identity_id).where(
                DeviceIdentity.registration_group_id == group_row(session, group).id)
        requests = session.scalars(query.order_by(ReprovisionRequest.updated_at.desc())).all()
        return [_reprovision_record(session, request) for request in requests]


# ---- details --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeviceDetails:
    device: DeviceRecord
    allocations: list[AllocationRecord]
    reprovisions: list[ReprovisionRecord]
    attributes: list[Any]
    registrations: list[RegistrationRecord] = field(default_factory=list)  # with the provisioning service, newest first


def device_details(ctx: ServiceContext, group: str, sn: str) -> DeviceDetails:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_, identity, asset = _load(session, group, sn)
        # the asset's allocations (a replacement's history comes with it); a retired device has handed its
        # asset on: only its own allocations, all revoked, are its history
        whose = (Allocation.identity_id == identity.id if identity.status in RETIRED
                 else Allocation.asset_id == asset.id)
        allocations = [AllocationRecord(a.asset_code, a.ou, a.environment, a.product_key, a.gateway, a.state, a.updated_at)
                       for a in session.scalars(select(Allocation).where(whose).order_by(Allocation.updated_at))]
        requests = [_reprovision_record(session, r) for r in session.scalars(
            select(ReprovisionRequest).where(ReprovisionRequest.identity_id == identity.id)
            .order_by(ReprovisionRequest.updated_at))]
        from app.services.provisioning_status import registrations_of

        return DeviceDetails(record_of(session, identity), allocations, requests,
                             attributes_of_group(session, group_row_.masterdata_group_id),
                             registrations_of(session, identity.id, limit=20))


def active_device_secret(ctx: ServiceContext, session: Session, identity: DeviceIdentity) -> str | None:
    allocation = session.scalars(select(Allocation).where(Allocation.identity_id == identity.id,
                                                          Allocation.state == AllocationState.ACTIVE.value)).first()
    if allocation is None:
        return None
    return ctx.keyring.require_data_key().decrypt(allocation.device_secret_enc,
                                                  device_secret_purpose(allocation.id)).decode("ascii")

