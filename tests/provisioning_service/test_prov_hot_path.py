"""The first assignment's Core hot path (app/services/registration_rows.py) writes exactly what the ORM path writes;
the authentication step's key cache follows a changed group within 2 s and the registration at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.db.base import utcnow
from app.db.models import (
    Allocation,
    AuditEvent,
    DeviceIdentity,
    Registration,
    RegistrationGroup,
)
from app.domain.errors import RegistrationRefused
from app.security.derivation import new_group_secret
from app.services import audit, groups, registering, registration_rows
from app.services import device_registration as reg
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import (
    GROUP,
    expected_key,
    group_id,
    request,
    service,
)
from tests.support.ctx import add_standard_setup, build_service_context

# Columns that differ between two devices' registrations by nature (ids, times, the asset).
PER_DEVICE = {"id", "identity_id", "asset_id", "allocation_id", "operation_id", "created_at", "first_registered_at",
              "updated_at", "status_changed_at", "device_id", "asset_code", "etag", "device_secret_enc", "sn",
              "manual_code", "entity_id", "seq", "at", "hash", "prev_hash", "integrity"}


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, GROUP, "SN-", 1, 4)
    yield context
    context.db.dispose()


def _rows(ctx: ServiceContext, sn: str) -> dict[str, dict[str, Any]]:
    """Every row a registration of `sn` wrote or changed, minus what differs per device."""
    with ctx.read() as session:
        identity = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn == sn)).one()
        allocation = session.scalars(select(Allocation).where(Allocation.identity_id == identity.id)).one()
        registration = session.scalars(select(Registration).where(Registration.identity_id == identity.id)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.sn == sn,
                                                         AuditEvent.action == "device.registration")).one()
        found = {"identity": identity, "allocation": allocation, "registration": registration, "event": event}
        rows = {name: {column.key: getattr(row, column.key) for column in row.__table__.columns
                       if column.key not in PER_DEVICE}
                for name, row in found.items()}
    rows["event"]["details"] = {k: v for k, v in rows["event"]["details"].items() if k != "asset_id"}
    return rows


def test_the_core_first_assignment_writes_what_the_orm_path_writes(ctx: ServiceContext,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    started = utcnow() - timedelta(seconds=1)
    svc = service(ctx)
    core = reg.register(svc, request(ctx, "SN-1", payload={"fw": "1"}))
    monkeypatch.setattr(reg, "_first_assignment_core", lambda *args: None)  # the ORM path (_first_assignment)
    orm = reg.register(svc, request(ctx, "SN-2", payload={"fw": "1"}))
    assert _rows(ctx, "SN-1") == _rows(ctx, "SN-2")
    assert audit.verify(ctx).problems == []  # both paths give the connected identity its integrity value (issue #15)
    core_rows = _rows(ctx, "SN-1")
    # the sync columns the writer session's before_flush hook stamps on ORM objects are stamped by Core as well
    for name in ("identity", "allocation", "registration"):
        assert core_rows[name]["dirty"] is True and core_rows[name]["station"] == ctx.db.station_id
    with ctx.read() as session:
        stamps = session.execute(select(DeviceIdentity.updated_at, DeviceIdentity.status_changed_at)
                                 .where(DeviceIdentity.sn == "SN-1")).one()
    assert stamps[0] >= started and stamps[1] >= started
    same = ("status", "substatus", "assigned_hub", "error_code", "error_message")
    assert [getattr(core, f) for f in same] == [getattr(orm, f) for f in same]
    assert core.payload is not None and orm.payload is not None
    assert core.payload.keys() == orm.payload.keys()
    assert core.created == core.last_updated
    assert audit.verify(ctx).problems == []  # the chain holds across Core and ORM appends


def test_a_second_first_assignment_supersedes_the_assets_active_allocation(ctx: ServiceContext) -> None:
    """A device back at `registered` with a live allocation (e.g. put back by hand): the new one replaces it."""
    svc = service(ctx)
    first = reg.register(svc, request(ctx, "SN-3"))
    with ctx.write() as session:
        session.execute(update(DeviceIdentity).where(DeviceIdentity.sn == "SN-3").values(status="registered"))
    second = reg.register(svc, request(ctx, "SN-3"))
    assert second.etag != first.etag and second.created == first.created  # first registration time carried on
    with ctx.read() as session:
        states = sorted(session.scalars(select(Allocation.state)))
    assert states == ["active", "superseded"]


def test_the_key_cache_follows_a_changed_group_within_two_seconds(ctx: ServiceContext,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(registration_rows, "clock", lambda: now[0])
    svc = service(ctx)
    scope = group_id(ctx)
    assert reg.device_key(svc, scope, "SN-1") == expected_key(ctx, "SN-1")
    with ctx.write() as session:  # another instance (or a repair) gives the group a new secret
        row = session.scalars(select(RegistrationGroup).where(RegistrationGroup.name == GROUP)).one()
        row.group_secret_enc = ctx.keyring.require_data_key().encrypt(new_group_secret().encode("ascii"),
                                                                     groups.secret_purpose(row.id))
    now[0] += registration_rows.SCOPE_SECONDS + 0.1
    assert reg.device_key(svc, scope, "SN-1") == expected_key(ctx, "SN-1")  # the new secret's key
    with ctx.write() as session:  # devices no longer provision from it
        session.execute(update(RegistrationGroup).where(RegistrationGroup.name == GROUP)
                        .values(device_provisioning=False))
    with pytest.raises(RegistrationRefused):  # the registration reads the group itself: refused at once
        reg.register(svc, request(ctx, "SN-1"))
    now[0] += registration_rows.SCOPE_SECONDS + 0.1
    assert reg.device_key(svc, scope, "SN-1") is None  # and the key is gone after at most 2 s
    assert reg.recent_device_key(svc, scope, "SN-1") is None  # an unknown Group ID is never kept


def test_a_group_id_is_known_at_once_when_it_becomes_provisionable(ctx: ServiceContext) -> None:
    svc = service(ctx)
    scope = group_id(ctx)
    groups.update_group(ctx, GROUP, groups.GroupChanges(device_provisioning=False))
    assert reg.device_key(svc, scope, "SN-1") is None
    groups.update_group(ctx, GROUP, groups.GroupChanges(device_provisioning=True))
    assert reg.device_key(svc, scope, "SN-1") == expected_key(ctx, "SN-1")


def test_events_removed_from_the_end_stay_visible_after_the_next_append(ctx: ServiceContext) -> None:
    reg.register(service(ctx), request(ctx, "SN-1"))
    with ctx.write() as session:  # someone removes the newest event (the registration's) ...
        newest = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        session.delete(newest)
    reg.register(service(ctx), request(ctx, "SN-2"))  # ... and the service appends the next one
    assert audit.verify(ctx).problems  # the new event links to the removed one's place: the gap shows
