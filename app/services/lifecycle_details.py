"""A device with its allocations, reprovisions, attributes and registrations (the Field view's and the details
dialog's one read)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.db.models import Allocation, ReprovisionRequest
from app.domain.lifecycle import Phase, phase_of
from app.domain.permissions import Permission
from app.domain.records import (
    AllocationRecord,
    DeviceRecord,
    RegistrationRecord,
    ReprovisionRecord,
)
from app.services.context import ServiceContext
from app.services.device_lookup import record_of
from app.services.lifecycle_common import load
from app.services.lifecycle_reprovision import reprovision_record
from app.services.masterdata import attributes_of_group


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
        group_row_, identity, asset = load(session, group, sn)
        # the asset's allocations (a replacement's history comes with it); a retired device has handed its
        # asset on: only its own allocations, all revoked, are its history
        whose = (Allocation.identity_id == identity.id if phase_of(identity.status) is Phase.RETIRED
                 else Allocation.asset_id == asset.id)
        allocations = [AllocationRecord(a.asset_code, a.ou, a.environment, a.product_key, a.gateway, a.state, a.updated_at)
                       for a in session.scalars(select(Allocation).where(whose).order_by(Allocation.updated_at))]
        requests = [reprovision_record(session, r) for r in session.scalars(
            select(ReprovisionRequest).where(ReprovisionRequest.identity_id == identity.id)
            .order_by(ReprovisionRequest.updated_at))]
        from app.services.provisioning_status import registrations_of

        return DeviceDetails(record_of(session, identity), allocations, requests,
                             attributes_of_group(session, group_row_.masterdata_group_id),
                             registrations_of(session, identity.id, limit=20))
