"""Devices register themselves: what a registration with the provisioning service does (docs/allocation.md).

The endpoint (app/endpoint/) verifies the device's SAS token or signature with `device_key` and then calls
`register`; everything else happens here, through the lifecycle services' allocation and audit. The interface
is fixed by the contract with the endpoint (see `RegistrationRequest`, `RegistrationState`).

- first registration of a registered/labelled/installed device: allocated by the group's allocation policy,
  substatus initialAssignment, the device becomes `connected` (it reached the station's service);
- an allocated device (the installer activated it) registers: it gets that allocation, initialAssignment;
- a pending reprovision completes: deviceDataMigrated (migrate, approval) or deviceDataReset (initialize);
- nothing pending: the same allocation again (same deviceId and etag);
- disabled: status "disabled", no allocation; unknown, deleted, replaced, wrong group: RegistrationRefused 401.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.config import Home
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import (
    Allocation,
    Asset,
    Batch,
    DeviceIdentity,
    Registration,
    ReprovisionRequest,
)
from app.domain.enums import (
    AllocationPolicy,
    AllocationState,
    DeviceStatus,
    ReprovisionPolicy,
    ReprovisionState,
    Role,
)
from app.domain.errors import DpsError, RegistrationRefused
from app.domain.lifecycle import Action, allowed, next_state, states_allowing
from app.domain.permissions import Permission
from app.security.derivation import derive_device_key
from app.security.keyring import Keyring
from app.services import allocation as policies
from app.services import audit, webhook
from app.services import registration_rows as rows
from app.services.context import Actor, ServiceContext
from app.services.registering import NewDevice, register_devices
from app.services.lifecycle_common import allocate as _allocate
from app.services.lifecycle_common import device_secret_purpose
from app.services.lifecycle_common import entry as _entry
from app.services.lifecycle_common import set_status as _set_status

__all__ = ["RegistrationRefused", "RegistrationRequest", "RegistrationState", "device_key", "operation_status",
           "record_endpoint_error", "record_heartbeat", "register",
           "service_context"]

SERVICE_ACTOR = "provisioning-service"
REFUSED_MESSAGE = "unauthorized"
# Codes of a "failed" registration state, in Azure's six-digit form (first three digits: the HTTP status).
ERROR_NO_TARGET = 400201        # the group has no product key or gateway for the device's OU/environment
ERROR_WEBHOOK_REFUSED = 400208  # the allocation webhook answered "allow": false
ERROR_WEBHOOK_FAILED = 400209   # the allocation webhook did not answer usably within 5 s


@dataclass(frozen=True)
class RegistrationRequest:
    id_scope: str
    registration_id: str
    payload: dict[str, Any] | None
    transport: str
    peer: str
    instance: str = ""


@dataclass(frozen=True)
class RegistrationState:
    operation_id: str
    registration_id: str
    status: str
    substatus: str | None
    assigned_hub: str | None
    device_id: str | None
    created: datetime
    last_updated: datetime
    etag: str
    payload: dict[str, Any] | None
    error_code: int | None = None
    error_message: str = ""


def service_context(db: Database, keyring: Keyring, home: Home | None) -> ServiceContext:
    """The context the provisioning service acts in (its own role: PROVISION and nothing a person does)."""
    return ServiceContext(db, keyring, Actor(SERVICE_ACTOR, Role.SERVICE), home)


# ---- keys ---------------------------------------------------------------------------------------------

def _provisionable_group(session: Session, id_scope: str) -> rows.GroupRow | None:
    """The group row (attributes as RegistrationGroup's) of a provisionable Group ID (Core: no ORM object)."""
    return rows.provisionable_group(session, id_scope)


def device_key(ctx: ServiceContext, id_scope: str, registration_id: str) -> bytes | None:
    """The raw derived key the device signs with; for any SN of a provisionable group (so a wrong key and an
    unknown SN look the same); None when no provisionable group has this Group ID. A Group ID found within the
    last 2 s is not looked up again (registration_rows.SCOPE_SECONDS)."""
    ctx.require(Permission.PROVISION)
    key = recent_device_key(ctx, id_scope, registration_id)
    if key is not None:
        return key
    with ctx.read() as session:
        group = _provisionable_group(session, id_scope)
        if group is None:
            return None
    secret = rows.group_secret(ctx, group)
    rows.remember_scope_secret(ctx, id_scope, secret)
    return base64.b64decode(derive_device_key(secret, registration_id))


def recent_device_key(ctx: ServiceContext, id_scope: str, registration_id: str) -> bytes | None:
    """device_key without the database when the Group ID was found within the last 2 s (no I/O: the endpoint
    calls it on its event loop); None: ask device_key."""
    ctx.require(Permission.PROVISION)
    secret = rows.recent_scope_secret(ctx, id_scope)
    return None if secret is None else base64.b64decode(derive_device_key(secret, registration_id))


# ---- register -----------------------------------------------------------------------------------------

def _was_deleted(session: Session, group: rows.GroupRow, sn: str) -> bool:
    return session.scalar(select(DeviceIdentity.id).where(
        DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn,
        DeviceIdentity.deleted.is_(True))) is not None


_NEEDS_ALLOCATION = states_allowing(Action.ACTIVATE)  # a device the installer could still activate has none


def _needs_allocation(identity: DeviceIdentity) -> bool:
    return identity.status in _NEEDS_ALLOCATION


def _register_on_the_spot(ctx: ServiceContext, group: str, request: RegistrationRequest) -> None:
    """A group that takes devices not registered in advance: the SN (whose key was right) is registered now."""
    try:
        register_devices(ctx, group, [NewDevice(request.registration_id)],
                         source=f"self-registration over {request.transport} from {request.peer}")
    except (DpsError, IntegrityError):
        # Another instance registered it at the same moment (fine: it exists now; register_devices' insert may
        # meet the other one's row as a unique violation), or the station does not accept this SN (then the
        # lookup that follows finds nothing and the device is refused).
        pass


def register(ctx: ServiceContext, request: RegistrationRequest) -> RegistrationState:
    """Carry out a device's registration completely and return its final state (see the module docstring).

    One write transaction with the device's row locked does it; two steps happen between attempts, outside any
    transaction: registering an SN on the spot (its own transaction) and asking the webhook (up to 5 s, no lock
    held while it thinks). So at most three attempts, and the common case is one.
    """
    ctx.require(Permission.PROVISION)
    answer: webhook.WebhookAnswer | webhook.WebhookFailed | None = None
    self_registered = False
    for _attempt in range(3):
        with ctx.write() as session:
            group, locked = rows.group_and_locked_identity(session, request.id_scope, request.registration_id)
            if group is None:
                raise RegistrationRefused(REFUSED_MESSAGE)
            if locked is not None and answer is None and core_first_assignment_applies(group, locked):
                state = _first_assignment_core(ctx, session, group, locked, request)
                if state is not None:
                    return state
            identity = session.get(DeviceIdentity, locked.id) if locked is not None else None
            if identity is None:
                if self_registered or not group.allow_unregistered or _was_deleted(session, group,
                                                                                   request.registration_id):
                    raise RegistrationRefused(REFUSED_MESSAGE)  # a deleted device never comes back by itself
                group_name = group.name
                step = "register on the spot"
            elif not allowed(identity.status, Action.REGISTER):  # replaced, discarded
                raise RegistrationRefused(REFUSED_MESSAGE)
            elif (answer is None and _needs_allocation(identity)
                  and group.allocation_policy == AllocationPolicy.WEBHOOK.value):
                request_body = _webhook_request(session, group, identity, request)
                url, ca_pem = group.webhook_url, group.webhook_ca_pem
                step = "ask the webhook"
            else:
                return _register_locked(ctx, session, group, identity, request, answer)
        if step == "register on the spot":
            _register_on_the_spot(ctx, group_name, request)
            self_registered = True
        else:
            answer = _ask_webhook(url, ca_pem, request_body)
    raise AssertionError("unreachable: the third attempt has the device and the webhook's answer")


def _ask_webhook(url: str, ca_pem: str, body: dict[str, Any]) -> webhook.WebhookAnswer | webhook.WebhookFailed:
    if not url:
        return webhook.WebhookFailed("the group's allocation policy is webhook, but it has no webhook URL")
    try:
        return webhook.call(url, ca_pem, body)
    except webhook.WebhookFailed as failure:
        return failure


def _webhook_request(session: Session, group: rows.GroupRow, identity: DeviceIdentity,
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


def _register_locked(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                     request: RegistrationRequest,
                     answer: webhook.WebhookAnswer | webhook.WebhookFailed | None) -> RegistrationState:
    asset = session.get(Asset, identity.asset_id)
    assert asset is not None
    if identity.status == DeviceStatus.DISABLED.value:
        last = _last_registration(session, identity)
        registration = _new_registration(session, identity, request, status="disabled",
                                         error_message="the device is disabled", last=last)
        if last is None or last.status != "disabled":  # a device that keeps trying is audited once
            audit.append(session, ctx, _entry("device.registration.disabled", identity, group,
                                              transport=request.transport, peer=request.peer))
        return _state(ctx, session, registration, identity)
    if _needs_allocation(identity):
        return _first_assignment(ctx, session, group, identity, asset, request, answer)
    return _existing_allocation(ctx, session, group, identity, asset, request)


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
    return identity.status in _NEEDS_ALLOCATION and group.allocation_policy != AllocationPolicy.WEBHOOK.value


def plan_first_assignment(group: rows.GroupRow, identity: rows.LockedIdentity, request: RegistrationRequest,
                          now: datetime) -> FirstAssignment | None:
    """What the Core first assignment writes and answers; None when the target is unusable (the ORM path then
    records the failure)."""
    target = policies.choose_local(group, identity.sn)
    if policies.problem_of(target, group.name):
        return None
    allocation_id, registration_id = uuid.uuid4(), uuid.uuid4()
    hub = policies.hub_of(target.gateway)
    etag = _etag(allocation_id)
    response_payload = {"productKey": target.product_key, "ou": target.ou, "environment": target.environment,
                        "gateway": target.gateway}
    allocation = {"id": allocation_id, "ou": target.ou, "environment": target.environment,
                  "product_key": target.product_key, "gateway": target.gateway}
    registration = {
        "id": registration_id, "allocation_id": allocation_id, "operation_id": f"{registration_id}",
        "status": "assigned", "substatus": "initialAssignment", "assigned_hub": hub,
        "device_id": identity.asset_code, "etag": etag, "error_code": None, "error_message": "",
        "transport": request.transport[:16], "peer": request.peer[:128], "instance": request.instance[:128],
        "device_payload": _kept_payload(request.payload), "response_payload": response_payload}
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


def _first_assignment_core(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: rows.LockedIdentity,
                           request: RegistrationRequest) -> RegistrationState | None:
    """The common first assignment (static or hashed policy, a usable target) in Core statements
    (registration_rows): the same rows, audit event and answer as `_first_assignment`. None: not this case
    (the target is unusable), nothing written; the ORM path then records the failure."""
    plan = plan_first_assignment(group, identity, request, utcnow())
    if plan is None:
        return None
    device_secret, first = rows.write_first_assignment(session, ctx, identity, plan.allocation, plan.registration,
                                                       plan.now)
    audit.append(session, ctx, plan.entry)
    return plan.answer(device_secret, first)


def _first_assignment(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                      asset: Asset, request: RegistrationRequest,
                      answer: webhook.WebhookAnswer | webhook.WebhookFailed | None) -> RegistrationState:
    extra_payload: dict[str, Any] = {}
    if group.allocation_policy == AllocationPolicy.WEBHOOK.value:
        if isinstance(answer, webhook.WebhookFailed) or answer is None:
            return _failed(ctx, session, group, identity, request, ERROR_WEBHOOK_FAILED,
                           str(answer) if answer else "the allocation webhook was not asked")
        if not answer.allowed:
            message = "the allocation webhook refused the device" + (f": {answer.message}" if answer.message else "")
            return _failed(ctx, session, group, identity, request, ERROR_WEBHOOK_REFUSED, message)
        target = answer.target or policies.static_target(group)
        extra_payload = dict(answer.payload)
    else:
        target = policies.choose_local(group, identity.sn)
    problem = policies.problem_of(target, group.name)
    if problem:
        return _failed(ctx, session, group, identity, request, ERROR_NO_TARGET, problem)
    allocation = _allocate(session, ctx, identity, asset, target.ou, target.environment, target.product_key,
                           target.gateway)
    session.flush()
    identity.status_error = ""
    _set_status(identity, next_state(identity.status, Action.REGISTER))
    registration = _assigned(session, identity, asset, allocation, request, "initialAssignment", extra_payload)
    audit.append(session, ctx, _entry("device.registration", identity, group, substatus="initialAssignment",
                                      asset_id=asset.asset_code, ou=target.ou, environment=target.environment,
                                      hub=registration.assigned_hub, policy=group.allocation_policy,
                                      transport=request.transport, peer=request.peer))
    return _state(ctx, session, registration, identity)


def _existing_allocation(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                         asset: Asset, request: RegistrationRequest) -> RegistrationState:
    """An activated device: a pending reprovision completes, else the allocation it has is answered again."""
    allocation = session.scalars(select(Allocation).where(
        Allocation.identity_id == identity.id, Allocation.state == AllocationState.ACTIVE.value)
        .order_by(Allocation.updated_at.desc())).first()
    if allocation is None:  # activated, yet no live allocation: nothing to answer with
        return _failed(ctx, session, group, identity, request, ERROR_NO_TARGET,
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
    registration = _assigned(session, identity, asset, allocation, request, substatus, extra,
                             first_registered_at=previous.first_registered_at if previous else None)
    if action is not None:
        audit.append(session, ctx, _entry(action, identity, group, substatus=substatus,
                                          asset_id=allocation.asset_code, ou=allocation.ou,
                                          environment=allocation.environment, hub=registration.assigned_hub,
                                          transport=request.transport, peer=request.peer))
    return _state(ctx, session, registration, identity)


_ALLOCATION_KEYS = ("productKey", "ou", "environment", "gateway", "deviceSecret")


def _etag(allocation_id: uuid.UUID) -> str:
    """Opaque, the same for every answer of one allocation (a changed allocation has another)."""
    return base64.urlsafe_b64encode(hashlib.sha256(allocation_id.bytes).digest()[:12]).decode("ascii")


def _last_registration(session: Session, identity: DeviceIdentity) -> Registration | None:
    return session.scalars(select(Registration).where(Registration.identity_id == identity.id)
                           .order_by(Registration.created_at.desc()).limit(1)).first()


def _new_registration(session: Session, identity: DeviceIdentity, request: RegistrationRequest, *, status: str,
                      substatus: str = "", allocation: Allocation | None = None, hub: str = "",
                      device_id: str = "", etag: str = "", error_code: int | None = None, error_message: str = "",
                      response_payload: dict[str, Any] | None = None,
                      first_registered_at: datetime | None = None,
                      last: Registration | None = None) -> Registration:
    """The registration row; `created` of the answer is the identity's first registration (each row carries
    it on from the one before)."""
    now = utcnow()
    if first_registered_at is None:
        last = last or _last_registration(session, identity)
        first_registered_at = last.first_registered_at if last is not None else None
    first = first_registered_at or now
    registration = Registration(
        id=uuid.uuid4(), identity_id=identity.id, allocation_id=allocation.id if allocation else None,
        operation_id="", created_at=now, first_registered_at=first,
        status=status, substatus=substatus, assigned_hub=hub, device_id=device_id, etag=etag or uuid.uuid4().hex[:16],
        error_code=error_code, error_message=error_message, transport=request.transport[:16],
        peer=request.peer[:128], instance=request.instance[:128],
        device_payload=_kept_payload(request.payload), response_payload=response_payload or {})
    registration.operation_id = f"{registration.id}"
    session.add(registration)
    session.flush()
    return registration


MAX_KEPT_PAYLOAD = 16 * 1024


def _kept_payload(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    """The device's payload as kept with its registration (it syncs): a larger one is noted, not kept."""
    if payload is None:
        return None
    size = len(json.dumps(payload, separators=(",", ":"), default=str).encode("utf-8"))
    return payload if size <= MAX_KEPT_PAYLOAD else {"notKept": f"the device's payload had {size} bytes"}


def _assigned(session: Session, identity: DeviceIdentity, asset: Asset, allocation: Allocation,
              request: RegistrationRequest, substatus: str, extra_payload: dict[str, Any], *,
              first_registered_at: datetime | None = None) -> Registration:
    payload = {**extra_payload, "productKey": allocation.product_key, "ou": allocation.ou,
               "environment": allocation.environment, "gateway": allocation.gateway}
    return _new_registration(session, identity, request, status="assigned", substatus=substatus,
                             allocation=allocation, hub=policies.hub_of(allocation.gateway),
                             device_id=allocation.asset_code, etag=_etag(allocation.id), response_payload=payload,
                             first_registered_at=first_registered_at)


def _failed(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
            request: RegistrationRequest, code: int, message: str) -> RegistrationState:
    """No allocation: the device is told "failed" with the reason; the reason stays on the device for people.
    The same failure again (a device retrying) is recorded as a registration but audited once."""
    last = _last_registration(session, identity)
    registration = _new_registration(session, identity, request, status="failed", error_code=code,
                                     error_message=message, last=last)
    if identity.status_error != message:
        identity.status_error = message
    if last is None or (last.status, last.error_message) != ("failed", message):
        audit.append(session, ctx, _entry("device.allocation_failed", identity, group, error=message, code=code,
                                          transport=request.transport, peer=request.peer))
    return _state(ctx, session, registration, identity)


def _state(ctx: ServiceContext, session: Session, registration: Registration,
           identity: DeviceIdentity) -> RegistrationState:
    payload: dict[str, Any] | None = None
    if registration.status == "assigned" and registration.allocation_id is not None:
        payload = dict(registration.response_payload or {})
        allocation = session.get(Allocation, registration.allocation_id)
        if allocation is not None and allocation.state == AllocationState.ACTIVE.value:
            payload["deviceSecret"] = ctx.keyring.require_data_key().decrypt(
                allocation.device_secret_enc, device_secret_purpose(allocation.id)).decode("ascii")
    assigned = registration.status == "assigned"
    return RegistrationState(
        operation_id=registration.operation_id, registration_id=identity.sn, status=registration.status,
        substatus=registration.substatus or None, assigned_hub=registration.assigned_hub if assigned else None,
        device_id=registration.device_id if assigned else None, created=registration.first_registered_at,
        last_updated=registration.created_at, etag=registration.etag, payload=payload,
        error_code=registration.error_code, error_message=registration.error_message)


# ---- polls ---------------------------------------------------------------------------------------------

def operation_status(ctx: ServiceContext, id_scope: str, registration_id: str,
                     operation_id: str) -> RegistrationState | None:
    """The stored answer of an earlier registration of this device (from any instance); None if unknown."""
    ctx.require(Permission.PROVISION)
    if not operation_id or len(operation_id) > 64:
        return None
    with ctx.read() as session:
        group = _provisionable_group(session, id_scope)
        if group is None:
            return None
        found = session.execute(select(Registration, DeviceIdentity).join(
            DeviceIdentity, DeviceIdentity.id == Registration.identity_id).where(
            Registration.operation_id == operation_id, DeviceIdentity.registration_group_id == group.id,
            DeviceIdentity.sn == registration_id)).first()
        if found is None:
            return None
        registration, identity = found
        return _state(ctx, session, registration, identity)


# ---- the service's own status (local tables) -------------------------------------------------------------

def record_heartbeat(ctx: ServiceContext, instance: str, endpoints: dict[str, str], *, stopping: bool = False) -> None:
    from app.services import provisioning_status

    ctx.require(Permission.PROVISION)
    provisioning_status.write_heartbeat(ctx, instance, endpoints, stopping=stopping)


def record_endpoint_error(ctx: ServiceContext, instance: str, peer: str, transport: str, message: str) -> None:
    from app.services import provisioning_status

    ctx.require(Permission.PROVISION)
    provisioning_status.write_error(ctx, instance, peer, transport, message)
