"""Reprovisioning on registration, devices not registered in advance, hashed allocation (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import InputError, RegistrationRefused
from app.services import audit, device_lookup, groups, lifecycle, registering
from app.services import device_registration as reg
from app.services.allocation import Target, parse_target, rendezvous_pick
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import (
    GROUP,
    allocation_count,
    request,
    service,
)
from tests.support.ctx import add_standard_setup, build_service_context, table_dump

OWNER = {"owner": "ops"}


def _station(db_url: str, tmp_path: Path, policy: str = "migrate") -> ServiceContext:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context, policy=policy)
    registering.register_range(context, GROUP, "SN-", 1, 3)
    registering.register_device(context, GROUP, "SN-9", master_data={"colour": "green"})
    return context


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = _station(db_url, tmp_path)
    yield context
    context.db.dispose()


@pytest.mark.parametrize(("policy", "substatus"), [("migrate", "deviceDataMigrated"),
                                                   ("initialize", "deviceDataReset")])
def test_a_pending_reprovision_completes_on_the_next_registration(db_url: str, tmp_path: Path, policy: str,
                                                                  substatus: str) -> None:
    ctx = _station(db_url, tmp_path, policy)
    try:
        svc = service(ctx)
        first = reg.register(svc, request(ctx, "SN-9"))
        request_record = lifecycle.reprovision(ctx, GROUP, "SN-9", "ou-b", "test", product_key="PK-B")
        assert request_record.state == "pending"
        moved = reg.register(svc, request(ctx, "SN-9"))
        assert (moved.status, moved.substatus) == ("assigned", substatus)
        assert moved.device_id != first.device_id and moved.etag != first.etag
        assert moved.payload is not None
        assert (moved.payload["ou"], moved.payload["environment"], moved.payload["productKey"]) == ("ou-b", "test", "PK-B")
        assert [r.state for r in lifecycle.list_reprovisions(ctx)] == ["done"]
        device = device_lookup.get_device(ctx, GROUP, "SN-9")
        assert device.status == "connected" and device.asset_id == moved.device_id
        assert device.master_data.get("colour") == ("green" if policy == "migrate" else "red")
        again = reg.register(svc, request(ctx, "SN-9"))  # nothing pending any more: the same answer
        assert (again.substatus, again.etag, again.device_id) == (substatus, moved.etag, moved.device_id)
        assert "device.registration.reprovisioned" in {e.action for e in audit.list_events(ctx)}
    finally:
        ctx.db.dispose()


def test_a_reprovision_awaiting_approval_keeps_the_old_allocation(db_url: str, tmp_path: Path) -> None:
    ctx = _station(db_url, tmp_path, "approval")
    try:
        svc = service(ctx)
        first = reg.register(svc, request(ctx, "SN-1"))
        asked = lifecycle.reprovision(ctx, GROUP, "SN-1", "ou-b", "test")
        waiting = reg.register(svc, request(ctx, "SN-1"))
        assert (waiting.device_id, waiting.etag, waiting.substatus) == (first.device_id, first.etag, "initialAssignment")
        lifecycle.decide_reprovision(ctx, asked.id, approve=True, comment="ok")
        approved = reg.register(svc, request(ctx, "SN-1"))
        assert approved.substatus == "deviceDataMigrated" and approved.device_id != first.device_id
    finally:
        ctx.db.dispose()


def test_a_group_that_never_reprovisions_keeps_answering_the_first_allocation(db_url: str, tmp_path: Path) -> None:
    ctx = _station(db_url, tmp_path, "never")
    try:
        svc = service(ctx)
        first = reg.register(svc, request(ctx, "SN-1"))
        with pytest.raises(Exception, match="does not allow reprovisioning"):
            lifecycle.reprovision(ctx, GROUP, "SN-1", "ou-b", "test")
        again = reg.register(svc, request(ctx, "SN-1"))
        assert (again.substatus, again.device_id, again.etag) == ("initialAssignment", first.device_id, first.etag)
    finally:
        ctx.db.dispose()


def test_an_unregistered_sn_is_registered_on_the_spot_in_a_group_that_allows_it(ctx: ServiceContext) -> None:
    groups.update_group(ctx, GROUP, groups.GroupChanges(allow_unregistered=True))
    state = reg.register(service(ctx), request(ctx, "NEW-1", payload={"model": "x"}))
    device = device_lookup.get_device(ctx, GROUP, "NEW-1")
    assert (state.status, state.substatus, state.device_id) == ("assigned", "initialAssignment", device.asset_id)
    assert device.status == "connected"
    registered = [e for e in audit.list_events(ctx, audit.AuditFilter(sn="NEW-1")) if e.action == "device.register"]
    assert len(registered) == 1 and registered[0].actor == "provisioning-service"
    assert "self-registration over mqtt" in registered[0].details["source"]


def test_an_unregistered_sn_is_refused_in_a_group_that_does_not_allow_it(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(RegistrationRefused):
        reg.register(service(ctx), request(ctx, "NEW-1"))
    assert table_dump(ctx.db.engine) == before


def test_a_deleted_sn_does_not_come_back_by_itself_even_where_unregistered_devices_are_welcome(
        ctx: ServiceContext) -> None:
    groups.update_group(ctx, GROUP, groups.GroupChanges(allow_unregistered=True))
    lifecycle.delete(ctx, GROUP, "SN-2")
    with pytest.raises(RegistrationRefused):
        reg.register(service(ctx), request(ctx, "SN-2"))


def test_a_group_devices_do_not_provision_from_is_unknown_to_the_service(ctx: ServiceContext) -> None:
    groups.update_group(ctx, GROUP, groups.GroupChanges(device_provisioning=False))
    svc = service(ctx)
    assert reg.device_key(svc, groups.get_group(ctx, GROUP).group_id, "SN-1") is None
    with pytest.raises(RegistrationRefused):
        reg.register(svc, request(ctx, "SN-1"))


def test_hashed_allocation_spreads_devices_by_weight_and_keeps_each_on_its_target(ctx: ServiceContext) -> None:
    targets = [parse_target("https://gw-a.example.com,ou-a,prod,PK-A,1"),
               parse_target("https://gw-b.example.com,ou-b,prod,PK-B,3")]
    groups.update_group(ctx, GROUP, groups.GroupChanges(allocation_policy="hashed", targets=targets,
                                                        allow_unregistered=True))
    svc = service(ctx)
    hubs = Counter()
    answers = {}
    for number in range(120):
        state = reg.register(svc, request(ctx, f"H-{number}"))
        hubs[state.assigned_hub] += 1
        answers[f"H-{number}"] = state
        assert state.payload is not None and state.payload["productKey"] == {
            "gw-a.example.com": "PK-A", "gw-b.example.com": "PK-B"}[state.assigned_hub]
    assert hubs["gw-a.example.com"] + hubs["gw-b.example.com"] == 120
    assert 15 <= hubs["gw-a.example.com"] <= 45  # expected 30 of 120 (weight 1 of 4)
    for sn in ("H-1", "H-50", "H-119"):  # stable: again the same target
        assert reg.register(svc, request(ctx, sn)).assigned_hub == answers[sn].assigned_hub
    assert allocation_count(ctx) == 120


def test_rendezvous_hashing_is_proportional_and_moves_only_the_new_targets_share() -> None:
    a, b = Target("https://a.example", "ou", "e", "PK", 1), Target("https://b.example", "ou", "e", "PK", 2)
    c = Target("https://c.example", "ou", "e", "PK", 1)
    sns = [f"SN-{n}" for n in range(6000)]
    before = {sn: rendezvous_pick([a, b], sn) for sn in sns}
    counts = Counter(target.gateway for target in before.values())
    assert abs(counts[b.gateway] / len(sns) - 2 / 3) < 0.03
    after = {sn: rendezvous_pick([a, b, c], sn) for sn in sns}
    moved = [sn for sn in sns if after[sn] != before[sn]]
    assert all(after[sn] == c for sn in moved)  # a device only ever moves to the new target
    assert abs(len(moved) / len(sns) - 1 / 4) < 0.03


@pytest.mark.parametrize(("text", "field"), [("https://gw,ou,env", "target"), ("ftp://gw,ou,env,PK,1", "gateway"),
                                             ("https://gw,ou,env,PK,0", "weight"), ("https://gw,ou,env,,1", "product key"),
                                             ("https://gw,,env,PK,1", "ou")])
def test_bad_targets_are_refused_naming_the_field(text: str, field: str) -> None:
    with pytest.raises(InputError, match=field):
        parse_target(text)


def test_a_policy_without_what_it_needs_is_refused_and_nothing_changes(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="targets"):
        groups.update_group(ctx, GROUP, groups.GroupChanges(allocation_policy="hashed"))
    with pytest.raises(InputError, match="webhook url"):
        groups.update_group(ctx, GROUP, groups.GroupChanges(allocation_policy="webhook"))
    with pytest.raises(InputError, match="webhook url"):
        groups.update_group(ctx, GROUP, groups.GroupChanges(webhook_url="http://plain.example.com/hook"))
    with pytest.raises(InputError, match="allocation"):
        groups.update_group(ctx, GROUP, groups.GroupChanges(allocation_policy="geoLatency"))
    with pytest.raises(InputError, match="webhook ca"):
        groups.update_group(ctx, GROUP, groups.GroupChanges(webhook_ca_pem="not a pem"))
    assert table_dump(ctx.db.engine) == before
