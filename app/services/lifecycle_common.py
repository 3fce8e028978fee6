"""What the lifecycle use cases share: loading a device, moving it through the table, allocating, audit entries.

The rules themselves are app/domain/lifecycle.py; `move` applies one (or refuses with its message).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Allocation, Asset, DeviceIdentity, RegistrationGroup
from app.domain.enums import AllocationState, DeviceStatus
from app.domain.errors import InputError, InputErrors
from app.domain.lifecycle import Action, Move, device_named, move_of
from app.domain.masterdata import parse_value, validate_master_data
from app.security.derivation import new_device_secret
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import device_row
from app.services.groups import group_row
from app.services.masterdata import attributes_of_group


def entry(action: str, identity: DeviceIdentity, group: RegistrationGroup, **details: Any) -> audit.AuditEntry:
    """The audit event of a device's lifecycle step."""
    return audit.AuditEntry(action, "device", str(identity.asset_id), group_name=group.name, sn=identity.sn,
                            details=details)


def set_status(identity: DeviceIdentity, status: DeviceStatus) -> None:
    identity.status = status.value
    identity.status_changed_at = utcnow()


def allowed_move(identity: DeviceIdentity, action: Action) -> Move:
    """The table's move for `action` from the device's state; LifecycleError (its refusal) when not allowed."""
    return move_of(identity.status, action, device_named(identity.sn))


def move(identity: DeviceIdentity, chosen: Move) -> None:
    """Put the device where `chosen` (from allowed_move) leads; a move that stays leaves status and time alone."""
    if chosen.restores:
        set_status(identity, DeviceStatus(identity.status_before_disable or DeviceStatus.REGISTERED.value))
        identity.status_before_disable = ""
    elif chosen.to is not None:
        set_status(identity, chosen.to)


def load(session: Session, group: str, sn: str) -> tuple[RegistrationGroup, DeviceIdentity, Asset]:
    group_row_ = group_row(session, group)
    identity = device_row(session, group_row_, sn)
    asset = session.get(Asset, identity.asset_id)
    assert asset is not None
    return group_row_, identity, asset


def merged_master_data(session: Session, group: RegistrationGroup, asset: Asset, values: dict[str, Any],
                       require_complete: bool) -> dict[str, Any]:
    """The asset's master data with `values` applied (an empty value removes one); InputError(s) naming the
    fields when a value is invalid or, with require_complete, a required attribute is left without a value."""
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


def group_defaults(session: Session, group: RegistrationGroup) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for attribute in attributes_of_group(session, group.masterdata_group_id):
        if attribute.default is not None:
            defaults[attribute.key] = parse_value(attribute, attribute.default)  # stored form, as a user's value is
    return defaults


# ---- allocations ------------------------------------------------------------------------------------

def allocate(session: Session, ctx: ServiceContext, identity: DeviceIdentity, asset: Asset, ou: str,
             environment: str, product_key: str, gateway: str) -> Allocation:
    """A new active allocation of the asset (the one before is superseded), with a new device secret."""
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


def revoke_allocations(session: Session, identity: DeviceIdentity) -> None:
    for allocation in session.scalars(select(Allocation).where(Allocation.identity_id == identity.id,
                                                               Allocation.state == AllocationState.ACTIVE.value)):
        allocation.state = AllocationState.REVOKED.value


def device_secret_purpose(allocation_id: uuid.UUID) -> str:
    return f"device-secret:{allocation_id}"


def active_device_secret(ctx: ServiceContext, session: Session, identity: DeviceIdentity) -> str | None:
    allocation = session.scalars(select(Allocation).where(Allocation.identity_id == identity.id,
                                                          Allocation.state == AllocationState.ACTIVE.value)).first()
    if allocation is None:
        return None
    return ctx.keyring.require_data_key().decrypt(allocation.device_secret_enc,
                                                  device_secret_purpose(allocation.id)).decode("ascii")
