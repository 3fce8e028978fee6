"""Finding one device (or the few with one SN or manual code), as plain records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.models import Asset, Batch, DeviceIdentity, RegistrationGroup
from app.domain.errors import NotFoundError
from app.domain.messages import NO_DEVICE, message
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.services.context import ServiceContext
from app.services.groups import group_row


def device_select() -> Select[*tuple[Any, ...]]:
    return (select(DeviceIdentity, Asset, RegistrationGroup.name, RegistrationGroup.group_id, Batch.number)
            .join(Asset, Asset.id == DeviceIdentity.asset_id)
            .join(RegistrationGroup, RegistrationGroup.id == DeviceIdentity.registration_group_id)
            .outerjoin(Batch, Batch.id == Asset.batch_id))


def to_record(identity: DeviceIdentity, asset: Asset, group_name: str, group_id: str, batch: str | None) -> DeviceRecord:
    return DeviceRecord(identity.id, asset.id, group_name, group_id, identity.sn, asset.name, batch, identity.status,
                        asset.asset_code, identity.manual_code, asset.description, dict(asset.master_data or {}),
                        identity.status_error, identity.updated_at, identity.labels_printed,
                        identity.registration)


def device_row(session: Session, group: RegistrationGroup, sn: str, *, include_deleted: bool = False) -> DeviceIdentity:
    query = select(DeviceIdentity).where(DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn)
    identity = session.scalars(query).first()
    if identity is None or (identity.deleted and not include_deleted):
        raise NotFoundError(message(NO_DEVICE, sn=sn, group=group.name))
    return identity


def get_device(ctx: ServiceContext, group: str, sn: str) -> DeviceRecord:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        identity = device_row(session, group_row_, sn)
        return record_of(session, identity)


def record_of(session: Session, identity: DeviceIdentity) -> DeviceRecord:
    row = session.execute(device_select().where(DeviceIdentity.id == identity.id)).one()
    return to_record(*row)


def find_devices(ctx: ServiceContext, sn: str, group_id: str | None = None) -> list[DeviceRecord]:
    """Every live device with this SN (in one group, by public Group ID, or in all)."""
    ctx.require(Permission.VIEW)
    query = device_select().where(DeviceIdentity.sn == sn, DeviceIdentity.deleted.is_(False))
    if group_id is not None:
        query = query.where(RegistrationGroup.group_id == group_id)
    with ctx.read() as session:
        return [to_record(*row) for row in session.execute(query)]


def find_by_manual_code(ctx: ServiceContext, code: str) -> list[DeviceRecord]:
    ctx.require(Permission.VIEW)
    query = device_select().where(DeviceIdentity.manual_code == code, DeviceIdentity.deleted.is_(False))
    with ctx.read() as session:
        return [to_record(*row) for row in session.execute(query)]
