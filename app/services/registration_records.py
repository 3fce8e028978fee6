"""The registration rows of the ORM path (device_registration): each answer a device gets is kept as a row, and
the answer is read back from it (`state`). A failure is also noted on the device, for people, and audited once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, DeviceIdentity, Registration
from app.domain.enums import AllocationState
from app.services import allocation as policies
from app.services import audit
from app.services import registration_rows as rows
from app.services.context import ServiceContext
from app.services.lifecycle_common import device_secret_purpose
from app.services.lifecycle_common import entry as _entry
from app.services.registration_contract import RegistrationRequest, RegistrationState

MAX_KEPT_PAYLOAD = 16 * 1024


def etag(allocation_id: uuid.UUID) -> str:
    """Opaque, the same for every answer of one allocation (a changed allocation has another)."""
    return base64.urlsafe_b64encode(hashlib.sha256(allocation_id.bytes).digest()[:12]).decode("ascii")


def last_registration(session: Session, identity: DeviceIdentity) -> Registration | None:
    return session.scalars(select(Registration).where(Registration.identity_id == identity.id)
                           .order_by(Registration.created_at.desc()).limit(1)).first()


def new_registration(session: Session, identity: DeviceIdentity, request: RegistrationRequest, *, status: str,
                     substatus: str = "", allocation: Allocation | None = None, hub: str = "",
                     device_id: str = "", etag: str = "", error_code: int | None = None, error_message: str = "",
                     response_payload: dict[str, Any] | None = None,
                     first_registered_at: datetime | None = None,
                     last: Registration | None = None) -> Registration:
    """The registration row; `created` of the answer is the identity's first registration (each row carries
    it on from the one before)."""
    now = utcnow()
    if first_registered_at is None:
        last = last or last_registration(session, identity)
        first_registered_at = last.first_registered_at if last is not None else None
    first = first_registered_at or now
    registration = Registration(
        id=uuid.uuid4(), identity_id=identity.id, allocation_id=allocation.id if allocation else None,
        operation_id="", created_at=now, first_registered_at=first,
        status=status, substatus=substatus, assigned_hub=hub, device_id=device_id, etag=etag or uuid.uuid4().hex[:16],
        error_code=error_code, error_message=error_message, transport=request.transport[:16],
        peer=request.peer[:128], instance=request.instance[:128],
        device_payload=kept_payload(request.payload), response_payload=response_payload or {})
    registration.operation_id = f"{registration.id}"
    session.add(registration)
    session.flush()
    return registration


def kept_payload(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    """The device's payload as kept with its registration (it syncs): a larger one is noted, not kept."""
    if payload is None:
        return None
    size = len(json.dumps(payload, separators=(",", ":"), default=str).encode("utf-8"))
    return payload if size <= MAX_KEPT_PAYLOAD else {"notKept": f"the device's payload had {size} bytes"}


def assigned(session: Session, identity: DeviceIdentity, asset: Asset, allocation: Allocation,
             request: RegistrationRequest, substatus: str, extra_payload: dict[str, Any], *,
             first_registered_at: datetime | None = None) -> Registration:
    payload = {**extra_payload, "productKey": allocation.product_key, "ou": allocation.ou,
               "environment": allocation.environment, "gateway": allocation.gateway}
    return new_registration(session, identity, request, status="assigned", substatus=substatus,
                            allocation=allocation, hub=policies.hub_of(allocation.gateway),
                            device_id=allocation.asset_code, etag=etag(allocation.id), response_payload=payload,
                            first_registered_at=first_registered_at)


def failed(ctx: ServiceContext, session: Session, group: rows.GroupRow, identity: DeviceIdentity,
           request: RegistrationRequest, code: int, message: str) -> RegistrationState:
    """No allocation: the device is told "failed" with the reason; the reason stays on the device for people.
    The same failure again (a device retrying) is recorded as a registration but audited once."""
    last = last_registration(session, identity)
    registration = new_registration(session, identity, request, status="failed", error_code=code,
                                    error_message=message, last=last)
    if identity.status_error != message:
        identity.status_error = message
    if last is None or (last.status, last.error_message) != ("failed", message):
        audit.append(session, ctx, _entry("device.allocation_failed", identity, group, error=message, code=code,
                                          transport=request.transport, peer=request.peer))
    return state(ctx, session, registration, identity)


def state(ctx: ServiceContext, session: Session, registration: Registration,
          identity: DeviceIdentity) -> RegistrationState:
    """The answer a registration row stands for (with the device secret while its allocation is active)."""
    payload: dict[str, Any] | None = None
    if registration.status == "assigned" and registration.allocation_id is not None:
        payload = dict(registration.response_payload or {})
        allocation = session.get(Allocation, registration.allocation_id)
        if allocation is not None and allocation.state == AllocationState.ACTIVE.value:
            payload["deviceSecret"] = ctx.keyring.require_data_key().decrypt(
                allocation.device_secret_enc, device_secret_purpose(allocation.id)).decode("ascii")
    is_assigned = registration.status == "assigned"
    return RegistrationState(
        operation_id=registration.operation_id, registration_id=identity.sn, status=registration.status,
        substatus=registration.substatus or None, assigned_hub=registration.assigned_hub if is_assigned else None,
        device_id=registration.device_id if is_assigned else None, created=registration.first_registered_at,
        last_updated=registration.created_at, etag=registration.etag, payload=payload,
        error_code=registration.error_code, error_message=registration.error_message)
