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

This module is the contract and the order of the steps; registration_assignment decides the allocation,
registration_records keeps each answer as a registration row, registration_contract holds the records exchanged.
"""

from __future__ import annotations

import base64

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.config import Home
from app.db.engine import Database
from app.db.models import Asset, DeviceIdentity, Registration
from app.domain.enums import AllocationPolicy, DeviceStatus, Role
from app.domain.errors import DpsError, RegistrationRefused
from app.domain.lifecycle import Action, allowed
from app.domain.permissions import Permission
from app.security.derivation import derive_device_key
from app.security.keyring import Keyring
from app.services import audit
from app.services import registration_records as records
from app.services import registration_rows as rows
from app.services.context import Actor, ServiceContext
from app.services.lifecycle_common import entry as _entry
from app.services.registering import NewDevice, register_devices
from app.services.registration_assignment import (
    FirstAssignment,
    WebhookOutcome,
    core_first_assignment_applies,
    plan_first_assignment,
)
from app.services.registration_assignment import ask_webhook as _ask_webhook
from app.services.registration_assignment import existing_allocation as _existing_allocation
from app.services.registration_assignment import first_assignment as _first_assignment
from app.services.registration_assignment import first_assignment_core as _first_assignment_core
from app.services.registration_assignment import needs_allocation as _needs_allocation
from app.services.registration_assignment import webhook_request as _webhook_request
from app.services.registration_contract import (
    ERROR_NO_TARGET,
    ERROR_WEBHOOK_FAILED,
    ERROR_WEBHOOK_REFUSED,
    REFUSED_MESSAGE,
    SERVICE_ACTOR,
    RegistrationRequest,
    RegistrationState,
)

__all__ = ["ERROR_NO_TARGET", "ERROR_WEBHOOK_FAILED", "ERROR_WEBHOOK_REFUSED", "REFUSED_MESSAGE", "SERVICE_ACTOR",
           "FirstAssignment", "RegistrationRefused", "RegistrationRequest", "RegistrationState",
           "core_first_assignment_applies", "device_key", "operation_status", "plan_first_assignment",
           "recent_device_key", "record_endpoint_error", "record_heartbeat", "register", "service_context"]


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
    answer: WebhookOutcome = None
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


def _register_locked(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
                     request: RegistrationRequest, answer: WebhookOutcome) -> RegistrationState:
    asset = session.get(Asset, identity.asset_id)
    assert asset is not None
    if identity.status == DeviceStatus.DISABLED.value:
        last = records.last_registration(session, identity)
        registration = records.new_registration(session, identity, request, status="disabled",
                                                error_message="the device is disabled", last=last)
        if last is None or last.status != "disabled":  # a device that keeps trying is audited once
            audit.append(session, ctx, _entry("device.registration.disabled", identity, group,
                                              transport=request.transport, peer=request.peer))
        return records.state(ctx, session, registration, identity)
    if _needs_allocation(identity):
        return _first_assignment(ctx, session, group, identity, asset, request, answer)
    return _existing_allocation(ctx, session, group, identity, asset, request)


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
        return records.state(ctx, session, registration, identity)


# ---- the service's own status (local tables) -------------------------------------------------------------

def record_heartbeat(ctx: ServiceContext, instance: str, endpoints: dict[str, str], *, stopping: bool = False) -> None:
    from app.services import provisioning_status

    ctx.require(Permission.PROVISION)
    provisioning_status.write_heartbeat(ctx, instance, endpoints, stopping=stopping)


def record_endpoint_error(ctx: ServiceContext, instance: str, peer: str, transport: str, message: str) -> None:
    from app.services import provisioning_status

    ctx.require(Permission.PROVISION)
    provisioning_status.write_error(ctx, instance, peer, transport, message)
