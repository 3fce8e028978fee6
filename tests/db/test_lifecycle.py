"""Device lifecycle on SQLite and PostgreSQL: every transition, every refusal, nothing changed on a refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Allocation
from app.domain.enums import Role
from app.domain.errors import DpsError, InputError, InputErrors, LifecycleError, NotFoundError
from app.services import audit, device_listing, device_lookup, groups, lifecycle, registering
from app.services.context import ServiceContext
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role, build_service_context, table_dump

G = STANDARD_GROUP
OWNER = {"owner": "ops"}


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    yield context
    context.db.dispose()


def allocations(ctx: ServiceContext, asset_uuid: object) -> list[Allocation]:
    with ctx.read() as session:
        return list(session.scalars(select(Allocation).where(Allocation.asset_id == asset_uuid)
                                    .order_by(Allocation.updated_at)))


def assert_refused(ctx: ServiceContext, error: type[DpsError], message: str, action, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    before = table_dump(ctx.db.engine)
    with pytest.raises(error, match=message) as info:
        action(*args, **kwargs)
    assert "\n" not in str(info.value)
    assert table_dump(ctx.db.engine) == before


def test_label_install_activate_connect(ctx: ServiceContext) -> None:
    registered = registering.register_device(ctx, G, "SN-1")
    installer = as_role(ctx, Role.INSTALLER, "ina")
    assert lifecycle.record_labels_printed(ctx, [registered.id], copies=2, template="avery-l7160", output="x.pdf") == 1
    labelled = device_lookup.get_device(ctx, G, "SN-1")
    assert (labelled.status, labelled.labels_printed) == ("labelled", 2)
    installed = lifecycle.install(installer, G, "SN-1", {"voltage": "230", "outdoor": "yes", "owner": "ops",
                                                         "location": "52.5,13.4", "timezone": "Europe/Berlin",
                                                         "install_date": "2024-05-01"})
    assert installed.status == "installed"
    assert installed.master_data == {"voltage": 230, "outdoor": True, "owner": "ops", "location": "52.500000,13.400000",
                                     "timezone": "Europe/Berlin", "install_date": "2024-05-01"}
    activated = lifecycle.activate(installer, G, "SN-1")
    assert activated.status == "allocated" and activated.status_error == ""
    [allocation] = allocations(ctx, activated.asset_uuid)
    assert (allocation.ou, allocation.environment, allocation.product_key, allocation.state) == (
        "ou-a", "prod", "PK-1", "active")
    assert lifecycle.mark_connected(installer, G, "SN-1").status == "connected"
    actions = [e.action for e in audit.list_events(ctx, audit.AuditFilter(sn="SN-1"))]
    assert actions[:4] == ["device.connect", "device.activate", "device.install", "device.label"]


def test_install_validates_master_data_against_the_group(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "SN-1")
    assert_refused(ctx, InputError, "field 'voltage': 'high' is not a number", lifecycle.install, ctx, G, "SN-1",
                   {"voltage": "high"})
    assert_refused(ctx, InputError, "field 'colour': 'blue' is not one of: red, green", lifecycle.install, ctx, G,
                   "SN-1", {"colour": "blue"})
    assert_refused(ctx, InputError, "field 'firmware_version'.*not an attribute of this master data group",
                   lifecycle.install, ctx, G, "SN-1", {"firmware_version": "1.0"})
    assert_refused(ctx, InputErrors, "2 problem.*field 'voltage'.*field 'location'", lifecycle.install, ctx, G,
                   "SN-1", {"voltage": "999", "location": "95,0"})
    assert device_lookup.get_device(ctx, G, "SN-1").status == "registered"


def test_activation_needs_required_master_data(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "SN-1")
    assert_refused(ctx, InputError, "field 'owner': is required", lifecycle.activate, ctx, G, "SN-1")
    assert lifecycle.activate(ctx, G, "SN-1", OWNER).status == "allocated"
    with pytest.raises(LifecycleError, match="already activated"):
        lifecycle.activate(ctx, G, "SN-1", OWNER)


def test_allocation_failure_is_kept_on_the_device(ctx: ServiceContext) -> None:
    groups.create_group(ctx, "nokey", masterdata_group="pumps", ou="o", environment="e")
    registering.register_device(ctx, "nokey", "SN-9", master_data=OWNER)
    with pytest.raises(LifecycleError, match="allocation of SN-9 failed: .*no product key"):
        lifecycle.activate(ctx, "nokey", "SN-9")
    failed = device_lookup.get_device(ctx, "nokey", "SN-9")
    assert failed.status == "registered" and "no product key" in failed.status_error
    assert allocations(ctx, failed.asset_uuid) == []
    assert audit.list_events(ctx, limit=1)[0].action == "device.allocation_failed"
    groups.update_group(ctx, "nokey", groups.GroupChanges(product_key="PK-2"))
    assert lifecycle.activate(ctx, "nokey", "SN-9").status_error == ""


def test_disable_enable_and_no_activation_while_disabled(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "SN-1", master_data=OWNER)
    lifecycle.install(ctx, G, "SN-1")
    assert lifecycle.disable(ctx, G, "SN-1").status == "disabled"
    assert_refused(ctx, LifecycleError, "disabled; enable it first", lifecycle.activate, ctx, G, "SN-1")
    assert_refused(ctx, LifecycleError, "already disabled", lifecycle.disable, ctx, G, "SN-1")
    assert lifecycle.enable(ctx, G, "SN-1").status == "installed"
    assert_refused(ctx, LifecycleError, "not disabled", lifecycle.enable, ctx, G, "SN-1")
    assert lifecycle.activate(ctx, G, "SN-1").status == "allocated"


def test_replace_moves_the_asset_to_the_new_sn(ctx: ServiceContext) -> None:
    old = registering.register_device(ctx, G, "OLD", batch="LOT-1", name="Pump", description="north wall",
                                  master_data={"voltage": "12", "owner": "ops"})
    registering.register_device(ctx, G, "NEW", batch="LOT-2")
    lifecycle.activate(ctx, G, "OLD")
    result = lifecycle.replace(as_role(ctx, Role.INSTALLER), G, "OLD", "NEW")
    new = device_lookup.get_device(ctx, G, "NEW")
    retired = device_lookup.get_device(ctx, G, "OLD")
    assert (new.asset_id, new.asset_uuid, new.master_data, new.batch, new.description, new.name) == (
        old.asset_id, old.asset_uuid, {"voltage": 12, "owner": "ops"}, "LOT-1", "north wall", "Pump")
    assert new.status == "installed" and result.new == new
    assert retired.status == "replaced" and "NEW" in retired.status_error
    assert [a.state for a in allocations(ctx, old.asset_uuid)] == ["revoked"]
    history = [e.action for e in audit.list_events(ctx, audit.AuditFilter(entity_id=str(old.asset_uuid)))]
    assert {"device.register", "device.activate", "device.replace", "device.replacement"} <= set(history)
    assert lifecycle.activate(ctx, G, "NEW").asset_id == old.asset_id
    assert_refused(ctx, LifecycleError, "replaced; nothing can be done", lifecycle.activate, ctx, G, "OLD")


@pytest.mark.parametrize("old_state", ["registered", "installed", "allocated"])
def test_replacement_preview_says_the_state_replace_really_leaves(ctx: ServiceContext, old_state: str) -> None:
    registering.register_device(ctx, G, "OLD", master_data=OWNER)
    registering.register_device(ctx, G, "NEW")
    if old_state == "installed":
        lifecycle.install(ctx, G, "OLD")
    elif old_state == "allocated":
        lifecycle.activate(ctx, G, "OLD")
    preview = lifecycle.replacement_preview(ctx, G, "OLD", "NEW")
    assert preview["status"] == old_state
    lifecycle.replace(ctx, G, "OLD", "NEW")
    assert preview["new_status"] == device_lookup.get_device(ctx, G, "NEW").status
    assert preview["new_status"] == ("registered" if old_state == "registered" else "installed")


def test_a_retired_device_shows_no_allocation_and_no_error(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "OLD", master_data=OWNER)
    registering.register_device(ctx, G, "NEW")
    lifecycle.activate(ctx, G, "OLD")
    lifecycle.replace(ctx, G, "OLD", "NEW")
    lifecycle.activate(ctx, G, "NEW")  # the asset is allocated again, now for NEW
    retired = lifecycle.device_details(ctx, G, "OLD")
    assert [a.state for a in retired.allocations] == ["revoked"]
    assert (retired.device.retired, retired.device.last_error, retired.device.note) == (True, "", "replaced by NEW")
    live = lifecycle.device_details(ctx, G, "NEW")
    assert [a.state for a in live.allocations] == ["revoked", "active"]  # the asset's history comes along
    assert (live.device.retired, live.device.note) == (False, "")


def test_replacement_refusals_change_nothing(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "OLD", master_data=OWNER)
    registering.register_device(ctx, G, "LIVE", master_data=OWNER)
    lifecycle.activate(ctx, G, "LIVE")
    add_standard_setup(ctx, group="line2")
    registering.register_device(ctx, "line2", "FOREIGN")
    assert_refused(ctx, LifecycleError, "LIVE is already allocated", lifecycle.replace, ctx, G, "OLD", "LIVE")
    assert_refused(ctx, LifecycleError, "belongs to group 'line2'", lifecycle.replace, ctx, G, "OLD", "FOREIGN")
    assert_refused(ctx, NotFoundError, "no device with SN 'GHOST'", lifecycle.replace, ctx, G, "OLD", "GHOST")
    assert_refused(ctx, InputError, "field 'new-sn'", lifecycle.replace, ctx, G, "OLD", "OLD")


def _activated(ctx: ServiceContext, group: str, sn: str) -> None:
    registering.register_device(ctx, group, sn, master_data={"owner": "ops", "colour": "green", "outdoor": "yes"})
    lifecycle.activate(ctx, group, sn)


def test_reprovision_migrate_keeps_master_data_and_is_pending_until_connected(ctx: ServiceContext) -> None:
    _activated(ctx, G, "SN-1")
    before = device_lookup.get_device(ctx, G, "SN-1")
    request = lifecycle.reprovision(as_role(ctx, Role.INSTALLER), G, "SN-1", "ou-b", "test")
    assert (request.state, request.policy, request.from_ou, request.target_ou) == ("pending", "migrate", "ou-a", "ou-b")
    after = device_lookup.get_device(ctx, G, "SN-1")
    assert after.master_data == before.master_data and after.asset_id != before.asset_id
    assert after.sn == before.sn and after.group_id == before.group_id
    states = [(a.ou, a.state) for a in allocations(ctx, before.asset_uuid)]
    assert sorted(states) == [("ou-a", "superseded"), ("ou-b", "active")]
    assert [r.state for r in lifecycle.list_reprovisions(ctx, ["pending"])] == ["pending"]
    lifecycle.mark_connected(ctx, G, "SN-1")
    assert [r.state for r in lifecycle.list_reprovisions(ctx, group=G)] == ["done"]
    assert_refused(ctx, InputError, "already allocated in ou-b/test", lifecycle.reprovision, ctx, G, "SN-1", "ou-b",
                   "test")


def test_reprovision_initialize_resets_master_data_to_defaults(ctx: ServiceContext) -> None:
    add_standard_setup(ctx, group="init", policy="initialize")
    _activated(ctx, "init", "SN-1")
    lifecycle.reprovision(ctx, "init", "SN-1", "ou-b", "test")
    assert device_lookup.get_device(ctx, "init", "SN-1").master_data == {"colour": "red", "outdoor": False}


def test_reprovision_never_is_refused(ctx: ServiceContext) -> None:
    add_standard_setup(ctx, group="fixed", policy="never")
    _activated(ctx, "fixed", "SN-1")
    assert_refused(ctx, LifecycleError, "does not allow reprovisioning", lifecycle.reprovision, ctx, "fixed", "SN-1",
                   "ou-b", "test")


def test_reprovision_with_approval(ctx: ServiceContext) -> None:
    add_standard_setup(ctx, group="ask", policy="approval")
    _activated(ctx, "ask", "SN-1")
    _activated(ctx, "ask", "SN-2")
    installer = as_role(ctx, Role.INSTALLER)
    first = lifecycle.reprovision(installer, "ask", "SN-1", "ou-b", "test")
    second = lifecycle.reprovision(installer, "ask", "SN-2", "ou-b", "test")
    assert first.state == second.state == "awaiting_approval"
    assert device_lookup.get_device(ctx, "ask", "SN-1").status == "allocated"
    assert_refused(ctx, LifecycleError, "already has a reprovision that is awaiting approval", lifecycle.reprovision,
                   installer, "ask", "SN-1", "ou-c", "test")
    for role in (Role.INSTALLER, Role.TECHNICIAN):
        assert_refused(ctx, DpsError, "may not approve", lifecycle.decide_reprovision, as_role(ctx, role), first.id,
                       approve=True)
    before = device_lookup.get_device(ctx, "ask", "SN-1")
    approved = lifecycle.decide_reprovision(ctx, first.id, approve=True, comment="ok")
    assert (approved.state, approved.decided_by) == ("pending", "tester")
    after = device_lookup.get_device(ctx, "ask", "SN-1")
    assert after.master_data == before.master_data and after.asset_id != before.asset_id
    assert_refused(ctx, InputError, "field 'comment'", lifecycle.decide_reprovision, ctx, second.id, approve=False)
    rejected = lifecycle.decide_reprovision(ctx, second.id, approve=False, comment="wrong site")
    assert rejected.state == "rejected"
    assert_refused(ctx, LifecycleError, "not awaiting approval", lifecycle.decide_reprovision, ctx, second.id,
                   approve=True)
    lifecycle.mark_connected(ctx, "ask", "SN-1")
    assert {r.sn: r.state for r in lifecycle.list_reprovisions(ctx, group="ask")} == {"SN-1": "done", "SN-2": "rejected"}


def test_delete_is_a_tombstone_and_twice_is_an_error(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "SN-1", master_data=OWNER)
    _activated(ctx, G, "SN-2")
    lifecycle.delete(ctx, G, "SN-1")
    with pytest.raises(NotFoundError):
        device_lookup.get_device(ctx, G, "SN-1")
    assert [d.sn for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G))] == ["SN-2"]
    assert_refused(ctx, NotFoundError, "already deleted", lifecycle.delete, ctx, G, "SN-1")
    assert_refused(ctx, LifecycleError, "disable it before deleting", lifecycle.delete, ctx, G, "SN-2")
    assert_refused(ctx, NotFoundError, "no device with SN 'SN-3'", lifecycle.delete, ctx, G, "SN-3")
    assert audit.list_events(ctx, audit.AuditFilter(sn="SN-1"), limit=1)[0].action == "device.delete"


def test_a_deleted_sn_can_be_registered_again_as_a_new_device(ctx: ServiceContext) -> None:
    first = registering.register_device(ctx, G, "SN-1", name="wrong one", master_data=OWNER)
    lifecycle.install(ctx, G, "SN-1", OWNER)
    lifecycle.delete(ctx, G, "SN-1")

    again = registering.register_device(ctx, G, "SN-1", name="right one")

    assert (again.status, again.name, again.master_data) == ("registered", "right one", {})
    assert again.asset_id != first.asset_id and again.manual_code == first.manual_code
    assert [d.sn for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G))] == ["SN-1"]
    [event] = audit.list_events(ctx, audit.AuditFilter(sn="SN-1"), limit=1)
    assert event.action == "device.register" and event.details["registered_again"] == ["SN-1"]
    assert_refused(ctx, InputError, "already registered", registering.register_device, ctx, G, "SN-1")


def test_reprovision_without_a_product_key_fails_visibly(ctx: ServiceContext) -> None:
    _activated(ctx, G, "SN-1")
    before = device_lookup.get_device(ctx, G, "SN-1")
    with pytest.raises(LifecycleError, match="reprovisioning of SN-1 failed: no product key for ou-b/test"):
        lifecycle.reprovision(ctx, G, "SN-1", "ou-b", "test", product_key="")
    after = device_lookup.get_device(ctx, G, "SN-1")
    assert (after.status, after.asset_id) == ("allocated", before.asset_id) and "no product key" in after.status_error
    [failed] = lifecycle.list_reprovisions(ctx, ["failed"])
    assert (failed.sn, failed.target_ou) == ("SN-1", "ou-b") and "no product key" in failed.error
    assert [a.state for a in allocations(ctx, before.asset_uuid)] == ["active"]
    assert audit.list_events(ctx, limit=1)[0].action == "device.reprovision.failed"
    done = lifecycle.reprovision(ctx, G, "SN-1", "ou-b", "test")
    assert done.state == "pending" and device_lookup.get_device(ctx, G, "SN-1").status_error == ""


def test_approved_reprovision_without_a_product_key_fails_visibly(ctx: ServiceContext) -> None:
    add_standard_setup(ctx, group="ask", policy="approval")
    _activated(ctx, "ask", "SN-1")
    groups.update_group(ctx, "ask", groups.GroupChanges(product_key=""))
    request = lifecycle.reprovision(ctx, "ask", "SN-1", "ou-b", "test")
    with pytest.raises(LifecycleError, match="no product key"):
        lifecycle.decide_reprovision(ctx, request.id, approve=True)
    assert [r.state for r in lifecycle.list_reprovisions(ctx, group="ask")] == ["failed"]
    assert "no product key" in device_lookup.get_device(ctx, "ask", "SN-1").status_error


def test_saving_master_data_of_an_activated_device_keeps_the_required_values(ctx: ServiceContext) -> None:
    registering.register_device(ctx, G, "SN-1")
    lifecycle.activate(ctx, G, "SN-1", OWNER)
    assert_refused(ctx, InputError, "field 'owner': is required", lifecycle.install, ctx, G, "SN-1", {"owner": ""})
    saved = lifecycle.install(ctx, G, "SN-1", {"owner": "ACME"})
    assert (saved.status, saved.master_data["owner"]) == ("allocated", "ACME")
    registering.register_device(ctx, G, "SN-2", master_data=OWNER)  # not activated yet: may still be left open
    assert lifecycle.install(ctx, G, "SN-2", {"owner": ""}).status == "installed"
