"""Replacement: a spare of the same group takes over a faulty device's asset (master data, batch, description,
history); the faulty device is retired and its credentials revoked. The table (app/domain/lifecycle.py) says
which faulty device may be replaced (Action.REPLACE), which spare may take over (Action.TAKE_OVER) and the
state the spare is left in (replacement_state)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Asset, Batch, DeviceIdentity, RegistrationGroup
from app.domain.errors import InputError, LifecycleError, NotFoundError
from app.domain.lifecycle import Action, check, device_named, replacement_state
from app.domain.messages import message
from app.domain.messages_devices import NEW_SN_IS_OWN, NO_SPARE, SPARE_IN_OTHER_GROUP
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import record_of
from app.services.lifecycle_common import (
    allowed_move,
    entry,
    load,
    move,
    revoke_allocations,
    set_status,
)


@dataclass(frozen=True)
class Replacement:
    old: DeviceRecord
    new: DeviceRecord
    moved: dict[str, Any]


def replacement_preview(ctx: ServiceContext, group: str, old_sn: str, new_sn: str) -> dict[str, Any]:
    """What would move from the faulty device to the new one (for the confirmation); `new_status` is the state
    the new device will be in, by the same rule replace() applies."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_, old, asset = load(session, group, old_sn)
        new = _replacement_target(session, group_row_, old, new_sn)
        return _moved(session, asset, old, new)


def _moved(session: Session, asset: Asset, old: DeviceIdentity, new: DeviceIdentity) -> dict[str, Any]:
    batch = session.get(Batch, asset.batch_id) if asset.batch_id else None
    return {"asset_id": asset.asset_code, "name": asset.name, "description": asset.description,
            "batch": batch.number if batch else None, "master_data": dict(asset.master_data or {}),
            "status": old.status, "new_status": replacement_state(old.status, new.status).value,
            "from_sn": old.sn, "to_sn": new.sn}


def _replacement_target(session: Session, group: RegistrationGroup, old: DeviceIdentity, new_sn: str) -> DeviceIdentity:
    allowed_move(old, Action.REPLACE)
    if new_sn == old.sn:
        raise InputError(message(NEW_SN_IS_OWN), field="new-sn")
    candidate = session.scalars(select(DeviceIdentity).where(DeviceIdentity.registration_group_id == group.id,
                                                             DeviceIdentity.sn == new_sn,
                                                             DeviceIdentity.deleted.is_(False))).first()
    if candidate is None:
        elsewhere = session.execute(select(RegistrationGroup.name).join(
            DeviceIdentity, DeviceIdentity.registration_group_id == RegistrationGroup.id).where(
            DeviceIdentity.sn == new_sn, DeviceIdentity.deleted.is_(False))).scalars().first()
        if elsewhere:
            raise LifecycleError(message(SPARE_IN_OTHER_GROUP, sn=new_sn, elsewhere=elsewhere, group=group.name))
        raise NotFoundError(message(NO_SPARE, sn=new_sn, group=group.name))
    check(candidate.status, Action.TAKE_OVER, device_named(new_sn))
    return candidate


def replace(ctx: ServiceContext, group: str, old_sn: str, new_sn: str) -> Replacement:
    """The new SN takes over the asset (master data, batch, description, history); the old one is retired."""
    ctx.require(Permission.REPLACE)
    with ctx.write() as session:
        group_row_, old, asset = load(session, group, old_sn)
        new = _replacement_target(session, group_row_, old, new_sn)
        moved = _moved(session, asset, old, new)
        spare_asset = session.get(Asset, new.asset_id)
        if spare_asset is not None and spare_asset.id != asset.id:
            spare_asset.deleted = True
        new.asset_id = asset.id
        set_status(new, replacement_state(old.status, new.status))
        revoke_allocations(session, old)
        move(old, allowed_move(old, Action.REPLACE))
        old.status_error = f"replaced by {new_sn}"
        session.flush()
        audit.append(session, ctx,
                     entry("device.replace", old, group_row_, new_sn=new_sn, moved=moved),
                     entry("device.replacement", new, group_row_, old_sn=old_sn))
        return Replacement(record_of(session, old), record_of(session, new), moved)
