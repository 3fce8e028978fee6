"""Which allocation a registering device gets (device_registration's decision, docs/allocation.md).

- a first assignment: the group's allocation policy (static, hashed, or the webhook's answer) chooses the target;
  the common case (static or hashed, a usable target) is planned here and written in Core statements
  (`plan_first_assignment`, `first_assignment_core`; device_registration_batch does many at once), any other
  case through the lifecycle services' ORM code (`first_assignment`);
- an activated device: a pending reprovision completes, else the allocation it has is answered again
  (`existing_allocation`);
- the webhook's request body and its call (`webhook_request`, `ask_webhook`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, Batch, DeviceIdentity, Registration, ReprovisionRequest
from app.domain.enums import AllocationPolicy, AllocationState, DeviceStatus, ReprovisionPolicy, ReprovisionState
from app.domain.lifecycle import Action, next_state, states_allowing
from app.services import allocation as policies
from app.services import audit, webhook
from app.services import registration_records as records
from app.services import registration_rows as rows
from app.services.context import ServiceContext
from app.services.lifecycle_common import allocate as _allocate
from app.services.lifecycle_common import entry as _entry
from app.services.lifecycle_common import set_status as _set_status
from app.services.registration_contract import (
    ERROR_NO_TARGET,
    ERROR_WEBHOOK_FAILED,
    ERROR_WEBHOOK_REFUSED,
    RegistrationRequest,
    RegistrationState,
)

type WebhookOutcome = webhook.WebhookAnswer | webhook.WebhookFailed | None

NEEDS_ALLOCATION = states_allowing(Action.ACTIVATE)  # a device the installer could still activate has none
_ALLOCATION_KEYS = ("productKey", "ou", "environment", "gateway", "deviceSecret")


def needs_allocation(identity: DeviceIdentity) -> bool:
    return identity.status in NEEDS_ALLOCATION


# ---- the webhook ----------------------------------------------------------------------------------------------

def ask_webhook(url: str, ca_pem: str, body: dict[str, Any]) -> webhook.WebhookAnswer | webhook.WebhookFailed:
    if not url:
        return webhook.WebhookFailed("the group's allocation policy is webhook, but it has no webhook URL")
    try:
        return webhook.call(url, ca_pem, body)
    except webhook.WebhookFailed as failure:
        return failure


def webhook_request(session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                    request: RegistrationRequest) -> dict[str, Any]:
    asset = session.get(Asset, identity.asset_id)
    batch = session.get(Batch, asset.batch_id) if asset is not None and asset.batch_id else None
    return {
        "registrationId": request.registration_id,
        "groupId": group.group_id,
        "groupName": group.name,
        "transport": request.transport,
        "payload": request.payload,
        "device": {
            "assetId": asset.asset_code if asset else None,
            "name": asset.name if asset else "",
            "batch": batch.number if batch else None,
            "status": identity.status,
            "masterData": dict(asset.master_data or {}) if asset else {},
        },
        "defaultTarget": _target_json(policies.static_target(group)),
        "targets": [_target_json(target) for target in policies.targets_of(group)],
    }


def _target_json(target: policies.Target) -> dict[str, Any]:
    return {"gateway": target.gateway, "ou": target.ou, "environment": target.environment,
            "productKey": target.product_key, "weight": target.weight}


# ---- a first assignment in Core ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FirstAssignment:
    """A first assignment in Core, planned and not yet written: the rows registration_rows writes, the audit
    event, and the answer but for the device secret and the first registration time (known once written)."""
    identity: rows.LockedIdentity
    allocation: dict[str, Any]
    registration: dict[str, Any]
    entry: audit.AuditEntry
    state: RegistrationState
    now: datetime

    def answer(self, device_secret: str, first: datetime) -> RegistrationState:
        return replace(self.state, created=first, payload={**(self.state.payload or {}), "deviceSecret": device_secret})


def core_first_assignment_applies(group: rows.GroupRow, identity: rows.LockedIdentity) -> bool:
    """The common first assignment (static or hashed policy) that the Core path carries out."""
    return identity.status in NEEDS_ALLOCATION and group.allocation_policy != AllocationPolicy.WEBHOOK.value


def plan_first_assignment(group: rows.GroupRow, identity: rows.LockedIdentity, request: RegistrationRequest,
                          now: datetime) -> FirstAssignment | None:
    """What the Core first assignment writes and answers; None when the target is unusable (the ORM path then
    records the failure)."""
    target = policies.choose_local(group, identity.sn)
    if policies.problem_of(target, group.name):
        return None
    allocation_id, registration_id = uuid.uuid4(), uuid.uuid4()
    hub = policies.hub_of(target.gateway)
    etag = records.etag(allocation_id)
    response_payload = {"productKey": target.product_key, "ou": target.ou, "environment": target.environment,
                        "gateway": target.gateway}
    allocation = {"id": allocation_id, "ou": target.ou, "environment": target.environment,
                  "product_key": target.product_key, "gateway": target.gateway}
    registration = {
        "id": registration_id, "allocation_id": allocation_id, "operation_id": f"{registration_id}",
        "status": "assigned", "substatus": "initialAssignment", "assigned_hub": hub,
        "device_id": identity.asset_code, "etag": etag, "error_code": None, "error_message": "",
        "transport": request.transport[:16], "peer": request.peer[:128], "instance": request.instance[:128],
        "device_payload": records.kept_payload(request.payload), "response_payload": response_payload}
    entry = audit.AuditEntry(  # lifecycle_common.entry's event
        "device.registration", "device", str(identity.asset_id), group_name=group.name, sn=identity.sn,
        details={"substatus": "initialAssignment", "asset_id": identity.asset_code, "ou": target.ou,
                 "environment": target.environment, "hub": hub, "policy": group.allocation_policy,
                 "transport": request.transport, "peer": request.peer})
    state = RegistrationState(
        operation_id=f"{registration_id}", registration_id=identity.sn, status="assigned",
        substatus="initialAssignment", assigned_hub=hub, device_id=identity.asset_code, created=now,
        last_updated=now, etag=etag, payload=response_payload)
    return FirstAssignment(identity, allocation, registration, entry, state, now)


def first_assignment_core(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: rows.LockedIdentity,
                          request: RegistrationRequest) -> RegistrationState | None:
    """The common first assignment (static or hashed policy, a usable target) in Core statements
    (registration_rows): the same rows, audit event and answer as `first_assignment`. None: not this case
    (the target is unusable), nothing written; the ORM path then records the failure."""
    plan = plan_first_assignment(group, identity, request, utcnow())
    if plan is None:
        return None
    device_secret, first = rows.write_first_assignment(session, ctx, identity, plan.allocation, plan.registration,
                                                       plan.now)
    audit.append(session, ctx, plan.entry)
    return plan.answer(device_secret, first)


# ---- the ORM path -------------------------------------------------------------------------------------------

def first_assignment(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                     asset: Asset, request: RegistrationRequest, answer: WebhookOutcome) -> RegistrationState:
    extra_payload: dict[str, Any] = {}
    if group.allocation_policy == AllocationPolicy.WEBHOOK.value:
        if isinstance(answer, webhook.WebhookFailed) or answer is None:
            return records.failed(ctx, session, group, identity, request, ERROR_WEBHOOK_FAILED,
                                  str(answer) if answer else "the allocation webhook was not asked")
        if not answer.allowed:
            message = "the allocation webhook refused the device" + (f": {answer.message}" if answer.message else "")
            return records.failed(ctx, session, group, identity, request, ERROR_WEBHOOK_REFUSED, message)
        target = answer.target or policies.static_target(group)
        extra_payload = dict(answer.payload)
    else:
        target = policies.choose_local(group, identity.sn)
    problem = policies.problem_of(target, group.name)
    if problem:
        return records.failed(ctx, session, group, identity, request, ERROR_NO_TARGET, problem)
    allocation = _allocate(session, ctx, identity, asset, target.ou, target.environment, target.product_key,
                           target.gateway)
    session.flush()
    identity.status_error = ""
    _set_status(identity, next_state(identity.status, Action.REGISTER))
    registration = records.assigned(session, identity, asset, allocation, request, "initialAssignment", extra_payload)
    audit.append(session, ctx, _entry("device.registration", identity, group, substatus="initialAssignment",
                                      asset_id=asset.asset_code, ou=target.ou, environment=target.environment,
                                      hub=registration.assigned_hub, policy=group.allocation_policy,
                                      transport=request.transport, peer=request.peer))
    return records.state(ctx, session, registration, identity)


def existing_allocation(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                        asset: Asset, request: RegistrationRequest) -> RegistrationState:
    """An activated device: a pending reprovision completes, else the allocation it has is answered again."""
    allocation = session.scalars(select(Allocation).where(
        Allocation.identity_id == identity.id, Allocation.state == AllocationState.ACTIVE.value)
        .order_by(Allocation.updated_at.desc())).first()
    if allocation is None:  # activated, yet no live allocation: nothing to answer with
        return records.failed(ctx, session, group, identity, request, ERROR_NO_TARGET,
                              f"device {identity.sn} is {identity.status} but holds no active allocation")
    pending = session.scalars(select(ReprovisionRequest).where(
        ReprovisionRequest.identity_id == identity.id,
        ReprovisionRequest.state == ReprovisionState.PENDING.value)).all()
    previous = session.scalars(select(Registration).where(
        Registration.allocation_id == allocation.id, Registration.status == "assigned")
        .order_by(Registration.created_at.desc())).first()
    gateway = policies.gateway_for(group, allocation.ou, allocation.environment) or allocation.gateway
    if gateway != allocation.gateway and pending:
        allocation.gateway = gateway  # a reprovision's target has its own gateway among the group's targets
    device_changes = identity.status != DeviceStatus.CONNECTED.value or bool(identity.status_error)
    action: str | None
    if pending:
        policy = ReprovisionPolicy(pending[-1].policy)
        substatus = "deviceDataReset" if policy is ReprovisionPolicy.INITIALIZE else "deviceDataMigrated"
        for item in pending:
            item.state = ReprovisionState.DONE.value
        action = "device.registration.reprovisioned"
    elif previous is not None:
        substatus = previous.substatus
        # The same answer again changes nothing: the registrations table has it, the audit trail does not.
        action = "device.registration" if device_changes else None
    else:
        substatus = "initialAssignment"  # the installer activated it; this is the device's first registration
        action = "device.registration"
    if identity.status != DeviceStatus.CONNECTED.value:
        _set_status(identity, next_state(identity.status, Action.REGISTER))
    if identity.status_error:
        identity.status_error = ""
    extra = {key: value for key, value in (previous.response_payload if previous else {}).items()
             if key not in _ALLOCATION_KEYS}
    registration = records.assigned(session, identity, asset, allocation, request, substatus, extra,
                                    first_registered_at=previous.first_registered_at if previous else None)
    if action is not None:
        audit.append(session, ctx, _entry(action, identity, group, substatus=substatus,
                                          asset_id=allocation.asset_code, ou=allocation.ou,
                                          environment=allocation.environment, hub=registration.assigned_hub,
                                          transport=request.transport, peer=request.peer))
    return records.state(ctx, session, registration, identity)
