"""What a registration does to the station's data, on SQLite and PostgreSQL (the endpoint calls these)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, RegistrationRefused
from app.services import audit, device_lookup, groups, lifecycle, registering
from app.services import device_registration as reg
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import (
    GROUP,
    allocation_count,
    expected_key,
    group_id,
    registration_count,
    request,
    service,
)
from tests.support.ctx import (
    add_standard_setup,
    as_role,
    build_service_context,
    table_dump,
)

OWNER = {"owner": "ops"}


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, GROUP, "SN-", 1, 5)
    yield context
    context.db.dispose()


def test_device_key_is_the_azure_derived_key_and_exists_for_any_sn(ctx: ServiceContext) -> None:
    svc = service(ctx)
    scope = group_id(ctx)
    assert reg.device_key(svc, scope, "SN-1") == expected_key(ctx, "SN-1")
    assert reg.device_key(svc, scope, "SN-1") != reg.device_key(svc, scope, "SN-2")  # another SN's key is wrong
    # an SN that does not exist still has a key: a wrong key and an unknown SN cannot be told apart
    assert reg.device_key(svc, scope, "NOPE") == expected_key(ctx, "NOPE")
    assert reg.device_key(svc, "GUNKNOWN0000", "SN-1") is None
    assert reg.device_key(svc, "", "SN-1") is None


def test_first_assignment_allocates_and_the_device_is_connected(ctx: ServiceContext) -> None:
    state = reg.register(service(ctx), request(ctx, "SN-1", payload={"fw": "1.2"}))
    device = device_lookup.get_device(ctx, GROUP, "SN-1")
    assert (state.status, state.substatus) == ("assigned", "initialAssignment")
    assert state.assigned_hub == "gw.example.com"
    assert state.device_id == device.asset_id
    assert device.status == "connected"
    assert state.payload is not None
    assert {key: state.payload[key] for key in ("productKey", "ou", "environment")} == {
        "productKey": "PK-1", "ou": "ou-a", "environment": "prod"}
    assert state.payload["deviceSecret"] == _active_secret(ctx, "SN-1")
    assert state.created == state.last_updated and state.created.tzinfo is not None
    details = lifecycle.device_details(ctx, GROUP, "SN-1")
    assert [(a.asset_id, a.state) for a in details.allocations] == [(device.asset_id, "active")]
    events = audit.list_events(ctx, audit.AuditFilter(sn="SN-1"))
    registration_event = next(e for e in events if e.action == "device.registration")
    assert registration_event.actor == "provisioning-service"
    assert registration_event.details["substatus"] == "initialAssignment"
    assert "deviceSecret" not in str(registration_event.details)


def _active_secret(ctx: ServiceContext, sn: str) -> str:
    with ctx.read() as session:
        group = groups.group_row(session, GROUP)
        identity = device_lookup.device_row(session, group, sn)
        secret = lifecycle.active_device_secret(ctx, session, identity)
    assert secret
    return secret


def test_registering_again_returns_the_same_allocation(ctx: ServiceContext) -> None:
    svc = service(ctx)
    first = reg.register(svc, request(ctx, "SN-2"))
    events = len(audit.list_events(ctx, limit=1000))
    device_before = device_lookup.get_device(ctx, GROUP, "SN-2")
    again = reg.register(svc, request(ctx, "SN-2", transport="https"))
    # the same answer changes nothing on the device and writes no audit event (the registrations table has it)
    assert len(audit.list_events(ctx, limit=1000)) == events
    assert device_lookup.get_device(ctx, GROUP, "SN-2").updated_at == device_before.updated_at
    assert (again.device_id, again.etag, again.assigned_hub, again.substatus) == (
        first.device_id, first.etag, first.assigned_hub, "initialAssignment")
    assert again.payload == first.payload
    assert again.created == first.created and again.last_updated >= first.last_updated
    assert again.operation_id != first.operation_id
    assert allocation_count(ctx) == 1


def test_operation_status_answers_a_stored_registration_only_for_its_device(ctx: ServiceContext) -> None:
    svc = service(ctx)
    state = reg.register(svc, request(ctx, "SN-1"))
    scope = group_id(ctx)
    assert reg.operation_status(svc, scope, "SN-1", state.operation_id) == state
    assert reg.operation_status(svc, scope, "SN-2", state.operation_id) is None
    assert reg.operation_status(svc, "GOTHER000000", "SN-1", state.operation_id) is None
    assert reg.operation_status(svc, scope, "SN-1", "no-such-operation") is None


@pytest.mark.parametrize("case", ["unknown sn", "unknown group", "deleted", "replaced"])
def test_unknown_deleted_and_replaced_devices_are_refused_alike_and_nothing_is_written(ctx: ServiceContext,
                                                                                        case: str) -> None:
    sn, scope = "SN-3", None
    if case == "unknown sn":
        sn = "SN-999"
    elif case == "unknown group":
        scope = "GUNKNOWN0000"
    elif case == "deleted":
        lifecycle.delete(ctx, GROUP, "SN-3")
    else:
        lifecycle.activate(ctx, GROUP, "SN-3", OWNER)
        lifecycle.replace(ctx, GROUP, "SN-3", "SN-4")
    before = table_dump(ctx.db.engine)
    with pytest.raises(RegistrationRefused) as info:
        reg.register(service(ctx), request(ctx, sn, scope=scope))
    assert (info.value.http_status, info.value.error_code, info.value.message) == (401, 401002, "unauthorized")
    assert table_dump(ctx.db.engine) == before


def test_the_replacement_gets_the_assets_device_id(ctx: ServiceContext) -> None:
    svc = service(ctx)
    old = reg.register(svc, request(ctx, "SN-1"))
    lifecycle.replace(ctx, GROUP, "SN-1", "SN-5")
    with pytest.raises(RegistrationRefused):
        reg.register(svc, request(ctx, "SN-1"))
    new = reg.register(svc, request(ctx, "SN-5"))
    assert (new.status, new.substatus, new.device_id) == ("assigned", "initialAssignment", old.device_id)
    assert new.etag != old.etag
    assert new.payload is not None and old.payload is not None
    assert new.payload["deviceSecret"] != old.payload["deviceSecret"]
    assert device_lookup.get_device(ctx, GROUP, "SN-5").status == "connected"
    assert device_lookup.get_device(ctx, GROUP, "SN-1").status == "replaced"


def test_a_disabled_device_gets_status_disabled_and_no_allocation(ctx: ServiceContext) -> None:
    lifecycle.disable(ctx, GROUP, "SN-2", "stolen")
    state = reg.register(service(ctx), request(ctx, "SN-2"))
    assert (state.status, state.assigned_hub, state.device_id, state.payload) == ("disabled", None, None, None)
    assert allocation_count(ctx) == 0
    assert device_lookup.get_device(ctx, GROUP, "SN-2").status == "disabled"


def test_an_activated_device_registering_gets_its_allocation(ctx: ServiceContext) -> None:
    activated = lifecycle.activate(ctx, GROUP, "SN-1", OWNER)
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    assert (state.status, state.substatus, state.device_id) == ("assigned", "initialAssignment", activated.asset_id)
    assert allocation_count(ctx) == 1
    assert device_lookup.get_device(ctx, GROUP, "SN-1").status == "connected"


def test_a_group_without_product_key_fails_the_registration_with_its_reason(ctx: ServiceContext) -> None:
    groups.update_group(ctx, GROUP, groups.GroupChanges(product_key=""))
    state = reg.register(service(ctx), request(ctx, "SN-1"))
    assert (state.status, state.error_code, state.device_id) == ("failed", reg.ERROR_NO_TARGET, None)
    assert "product key" in state.error_message
    device = device_lookup.get_device(ctx, GROUP, "SN-1")
    assert device.status == "registered" and "product key" in device.status_error
    assert allocation_count(ctx) == 0 and registration_count(ctx) == 1


@pytest.mark.parametrize("role", [Role.TECHNICIAN, Role.INSTALLER, Role.SUPERVISOR])
def test_only_the_service_role_may_provision(ctx: ServiceContext, role: Role) -> None:
    person = as_role(ctx, role, "someone")
    for call in (lambda: reg.register(person, request(ctx, "SN-1")),
                 lambda: reg.device_key(person, group_id(ctx), "SN-1"),
                 lambda: reg.operation_status(person, group_id(ctx), "SN-1", "x"),
                 lambda: reg.record_heartbeat(person, "h:1", {}),
                 lambda: reg.record_endpoint_error(person, "h:1", "1.2.3.4:5", "mqtt", "bad")):
        with pytest.raises(PermissionDeniedError):
            call()
    assert registration_count(ctx) == 0


def test_a_device_that_keeps_failing_or_knocking_while_disabled_is_audited_once(ctx: ServiceContext) -> None:
    svc = service(ctx)
    groups.update_group(ctx, GROUP, groups.GroupChanges(product_key=""))
    lifecycle.disable(ctx, GROUP, "SN-2")
    before = {e.action for e in audit.list_events(ctx, limit=1000)}
    assert "device.allocation_failed" not in before
    states = [reg.register(svc, request(ctx, sn)) for sn in ("SN-1", "SN-1", "SN-1", "SN-2", "SN-2")]
    assert [s.status for s in states] == ["failed"] * 3 + ["disabled"] * 2
    assert len({s.operation_id for s in states}) == 5 and registration_count(ctx) == 5
    assert states[2].created == states[0].created and states[4].created == states[3].created
    actions = [e.action for e in audit.list_events(ctx, limit=1000)]
    assert actions.count("device.allocation_failed") == 1 and actions.count("device.registration.disabled") == 1


def test_no_user_account_can_have_the_service_role(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main
    from app.domain.errors import InputError
    from app.services import users

    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="'service' is not a role; use one of: technician, installer, supervisor"):
        users.add_user(ctx, "robot", "password123", "service")
    assert ctx.home is not None
    monkeypatch.setenv("DPS_HOME", str(ctx.home.path))
    with pytest.raises(SystemExit):  # argparse refuses the choice
        main(["--db", str(ctx.db.url), "user", "add", "robot", "--role", "service"])
    assert "invalid choice: 'service'" in capsys.readouterr().err
    assert table_dump(ctx.db.engine) == before


def test_the_devices_payload_is_kept_with_its_registration_unless_it_is_large(ctx: ServiceContext) -> None:
    from sqlalchemy import select

    from app.db.models import Registration

    svc = service(ctx)
    small = reg.register(svc, request(ctx, "SN-1", payload={"model": "P-20", "fw": [1, 2]}))
    large = reg.register(svc, request(ctx, "SN-2", payload={"blob": "x" * 20000}))
    with ctx.read() as session:
        kept = {r.operation_id: r.device_payload for r in session.scalars(select(Registration))}
    assert kept[small.operation_id] == {"model": "P-20", "fw": [1, 2]}
    assert kept[large.operation_id] == {"notKept": "the device's payload had 20011 bytes"}
