"""The service's heartbeats and errors (local), the device's registrations, and registrations syncing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.db.base import utcnow
from app.db.models import DeviceIdentity, Registration, ServiceError, ServiceHeartbeat
from app.services import device_registration as reg
from app.services import device_lookup, provisioning_status, registering
from app.services.context import ServiceContext
from app.sync.central import enroll, init_central, unwrap_from_central
from app.sync.engine import run_sync
from app.sync.tables import SYNCED_TABLES
from tests.provisioning_service.prov_support import GROUP, request, service
from tests.support.ctx import add_standard_setup, build_service_context
from tests.sync.sync_stations import open_station

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, GROUP, "SN-", 1, 3)
    yield context
    context.db.dispose()


def test_heartbeats_say_which_instances_run_and_stopping_ends_it(ctx: ServiceContext) -> None:
    svc = service(ctx)
    reg.record_heartbeat(svc, "here:100", {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"})
    reg.record_heartbeat(svc, "elsewhere:200", {"mqtt": "0.0.0.0:8883"})
    reg.record_heartbeat(svc, "here:100", {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"})
    with ctx.write() as session:  # the other instance went silent 40 s ago (no clean stop)
        session.execute(update(ServiceHeartbeat).where(ServiceHeartbeat.instance == "elsewhere:200")
                        .values(last_seen=utcnow() - timedelta(seconds=40)))
    view = provisioning_status.overview(ctx)
    assert [(i.instance, i.running) for i in view.instances] == [("here:100", True), ("elsewhere:200", False)]
    assert view.running[0].endpoints == {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"}
    reg.record_heartbeat(svc, "here:100", {}, stopping=True)
    assert provisioning_status.overview(ctx).running == []


def test_errors_are_kept_newest_first_and_a_flood_is_trimmed(ctx: ServiceContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(provisioning_status, "_throttle", provisioning_status._ErrorThrottle(10_000))
    svc = service(ctx)
    for number in range(provisioning_status.KEEP_ERRORS + 30):
        reg.record_endpoint_error(svc, "here:1", f"10.0.0.{number % 250}:4000", "mqtt", f"bad token {number}")
    with ctx.read() as session:
        assert session.scalar(select(func.count()).select_from(ServiceError)) == provisioning_status.KEEP_ERRORS
    view = provisioning_status.overview(ctx, errors=3)
    assert [e.message for e in view.errors] == [f"bad token {n}" for n in (229, 228, 227)]


def test_a_flood_of_errors_is_written_at_most_20_a_second_and_the_next_row_counts_the_rest(
        ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(provisioning_status.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(provisioning_status, "_throttle", provisioning_status._ErrorThrottle(20))
    svc = service(ctx)
    for number in range(50):
        reg.record_endpoint_error(svc, "here:1", "10.0.0.1:4000", "mqtt", f"garbage {number}")
    clock[0] += 1
    reg.record_endpoint_error(svc, "here:1", "10.0.0.1:4000", "mqtt", "garbage 50")
    view = provisioning_status.overview(ctx, errors=100)
    assert len(view.errors) == 21
    assert view.errors[0].message == "garbage 50 (and 30 more refusals not listed)"
    assert view.errors[1].message == "garbage 19"


def test_registrations_in_the_last_hour_and_a_devices_registrations(ctx: ServiceContext) -> None:
    svc = service(ctx)
    reg.register(svc, request(ctx, "SN-1"))
    reg.register(svc, request(ctx, "SN-1", transport="https"))
    reg.register(svc, request(ctx, "SN-2"))
    with ctx.write() as session:  # one of them happened two hours ago
        identity = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn == "SN-2")).one()
        session.execute(update(Registration).where(Registration.identity_id == identity.id)
                        .values(created_at=utcnow() - timedelta(hours=2)))
    view = provisioning_status.overview(ctx)
    assert (view.registrations_last_hour, view.failed_last_hour) == (2, 0)
    listed = provisioning_status.device_registrations(ctx, GROUP, "SN-1")
    assert [(r.transport, r.status, r.substatus, r.hub) for r in listed] == [
        ("https", "assigned", "initialAssignment", "gw.example.com"),
        ("mqtt", "assigned", "initialAssignment", "gw.example.com")]
    last = provisioning_status.last_registrations(ctx, GROUP, ["SN-1", "SN-2", "SN-3"])
    assert set(last) == {"SN-1", "SN-2"} and last["SN-1"].transport == "https"


def test_registrations_at_a_site_local_service_sync_to_central_and_other_stations(tmp_path: Path,
                                                                                  pg_url: str) -> None:
    assert "registrations" in {table.name for table in SYNCED_TABLES}
    a = open_station(tmp_path / "a")
    try:
        add_standard_setup(a.ctx)
        registering.register_device(a.ctx, GROUP, "SN-1")
        init_central(a.db, a.ctx.keyring, pg_url, PASSPHRASE)
        state = reg.register(service(a.ctx), request(a.ctx, "SN-1"))  # offline, on the installer's laptop
        run_sync(a.db)
        b = open_station(tmp_path / "b", create_org=False)
        enroll(b.home, b.db, pg_url, unwrap_from_central(pg_url, PASSPHRASE))
        b.close()
        b = open_station(tmp_path / "b")
        try:
            run_sync(b.db)
            device = device_lookup.get_device(b.ctx, GROUP, "SN-1")
            assert (device.status, device.asset_id) == ("connected", state.device_id)
            listed = provisioning_status.device_registrations(b.ctx, GROUP, "SN-1")
            assert [(r.operation_id, r.hub) for r in listed] == [(state.operation_id, "gw.example.com")]
            # any instance on station B answers the poll, with the device secret it decrypts with the shared key
            assert reg.operation_status(service(b.ctx), state_scope(b.ctx), "SN-1", state.operation_id) == state
        finally:
            b.close()
    finally:
        a.close()


def state_scope(ctx: ServiceContext) -> str:
    from app.services import groups

    return groups.get_group(ctx, GROUP).group_id
