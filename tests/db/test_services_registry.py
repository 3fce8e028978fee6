"""Master data, registration groups, batches, registration and listing, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.enums import DeviceStatus, Role
from app.domain.errors import AlreadyExistsError, InputError, LifecycleError, NotFoundError, PermissionDeniedError
from app.domain.records import DeviceRecord
from app.services import batches, device_listing, device_lookup, groups, lifecycle, masterdata, registering
from app.services.context import ServiceContext
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, as_role, build_service_context, table_dump

G = STANDARD_GROUP


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    yield context
    context.db.dispose()


# ---- master data --------------------------------------------------------------------------------

def test_attributes_of_every_type_are_stored_and_listed(ctx: ServiceContext) -> None:
    masterdata.add_attribute(ctx, "installed_on", "date", label="Installed on")
    masterdata.add_attribute(ctx, "site", "location")
    by_key = {a.key: a for a in masterdata.list_attributes(ctx)}
    assert by_key["voltage"].type == "number" and by_key["voltage"].rules == {"min": 0, "max": 400}
    assert by_key["colour"].choices == ("red", "green") and by_key["colour"].default == "red"
    assert by_key["owner"].required and not by_key["owner"].builtin
    assert by_key["installed_on"].label == "Installed on"
    assert by_key["site"].type == "location"
    assert {"location", "install_date", "timezone", "firmware_version", "device_name"} <= {
        key for key, a in by_key.items() if a.builtin}


BAD_ATTRIBUTES = [
    ({"key": "Bad Key", "type_": "text"}, "key"),
    ({"key": "k", "type_": "colour"}, "type"),
    ({"key": "k", "type_": "enum"}, "choices"),
    ({"key": "k", "type_": "text", "choices": ["a"]}, "choices"),
    ({"key": "k", "type_": "number", "default": "lots"}, "default"),
    ({"key": "k", "type_": "enum", "choices": ["a", "b"], "default": "c"}, "default"),
    ({"key": "k", "type_": "text", "rules": {"pattern": "("}}, "pattern"),
]


def test_bad_attribute_definitions_name_the_field_and_change_nothing(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    for kwargs, field in BAD_ATTRIBUTES:
        with pytest.raises(InputError, match=f"field '{field}'"):
            masterdata.add_attribute(ctx, **kwargs)  # type: ignore[arg-type]
    assert table_dump(ctx.db.engine) == before


def test_duplicate_attribute_and_groups(ctx: ServiceContext) -> None:
    with pytest.raises(AlreadyExistsError, match="voltage"):
        masterdata.add_attribute(ctx, "voltage", "text")
    with pytest.raises(AlreadyExistsError, match="pumps"):
        masterdata.create_group(ctx, "pumps", "pump", [])
    with pytest.raises(InputError, match="'nope' is not a defined attribute"):
        masterdata.create_group(ctx, "fans", "fan", ["voltage", "nope"])
    record = masterdata.create_group(ctx, "fans", "fan", ["voltage", "voltage", "location"])
    assert record.attribute_keys == ("voltage", "location")
    assert [g.name for g in masterdata.list_groups(ctx)] == ["fans", "pumps"]
    assert [a.key for a in masterdata.group_attributes(ctx, "fans")] == ["voltage", "location"]


def test_built_in_attributes_cannot_be_changed(ctx: ServiceContext) -> None:
    with pytest.raises(LifecycleError, match="built-in"):
        masterdata.update_attribute(ctx, "location", label="Where")
    updated = masterdata.update_attribute(ctx, "colour", choices=["red", "green", "blue"])
    assert updated.choices == ("red", "green", "blue")


# ---- registration groups ------------------------------------------------------------------------

def test_group_gets_a_generated_group_id_and_keeps_its_settings(ctx: ServiceContext) -> None:
    other = groups.create_group(ctx, "line2", masterdata_group="pumps", ou="ou-b", environment="test",
                                reprovision_policy="approval")
    first = groups.get_group(ctx, G)
    assert re.fullmatch(r"G[A-Z2-9]{11}", first.group_id) and re.fullmatch(r"G[A-Z2-9]{11}", other.group_id)
    assert first.group_id != other.group_id
    assert (other.masterdata_group, other.ou, other.environment, other.reprovision_policy) == (
        "pumps", "ou-b", "test", "approval")
    assert [g.name for g in groups.list_groups(ctx)] == [G, "line2"]
    secret = groups.reveal_group_secret(ctx, G)
    assert secret != groups.reveal_group_secret(ctx, "line2")
    changed = groups.update_group(ctx, "line2", groups.GroupChanges(reprovision_policy="never", product_key="PK-9"))
    assert (changed.reprovision_policy, changed.product_key, changed.group_id) == ("never", "PK-9", other.group_id)


BAD_GROUPS: list[tuple[dict[str, str], type[Exception], str]] = [
    ({"reprovision_policy": "sometimes"}, InputError, "field 'reprovision'.*migrate, initialize, never, approval"),
    ({"gateway": "ftp://x"}, InputError, "field 'gateway'"),
    ({"ou": " "}, InputError, "field 'ou'"),
    ({"masterdata_group": "nope"}, NotFoundError, "no master data group named 'nope'"),
]


def test_bad_groups_are_refused_and_change_nothing(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    for kwargs, error, message in BAD_GROUPS:
        arguments = {"masterdata_group": "pumps", "ou": "o", "environment": "e", **kwargs}
        with pytest.raises(error, match=message):
            groups.create_group(ctx, "line9", **arguments)
    assert table_dump(ctx.db.engine) == before


def test_duplicate_group_name(ctx: ServiceContext) -> None:
    with pytest.raises(AlreadyExistsError, match=G):
        groups.create_group(ctx, G, masterdata_group="pumps", ou="o", environment="e")


# ---- batches ------------------------------------------------------------------------------------

def test_batch_create_rename_and_progress_per_state(ctx: ServiceContext) -> None:
    batches.create_batch(ctx, G, "LOT-1", "first lot")
    with pytest.raises(AlreadyExistsError):
        batches.create_batch(ctx, G, "LOT-1")
    registering.register_range(ctx, G, "B-", 1, 5, batch="LOT-1")
    lifecycle.install(ctx, G, "B-1", {"owner": "ops"})
    lifecycle.activate(ctx, G, "B-2", {"owner": "ops"})
    lifecycle.disable(ctx, G, "B-3")
    record = batches.get_batch(ctx, G, "LOT-1")
    # the batch states every view shows (app/domain/batch_states.py): they add up to the batch's devices
    assert record.counts == {"registered": 2, "labelled": 0, "installed": 1, "activated": 1, "failed": 0,
                             "disabled": 1, "retired": 0}
    assert record.total == 5 and record.description == "first lot"
    renamed = batches.rename_batch(ctx, G, "LOT-1", "LOT-1A")
    assert renamed.number == "LOT-1A" and renamed.total == 5
    assert {d.batch for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G))} == {"LOT-1A"}
    with pytest.raises(NotFoundError):
        batches.get_batch(ctx, G, "LOT-1")
    with pytest.raises(InputError, match="field 'batch'"):
        batches.create_batch(ctx, G, "has space")


def test_batch_review_by_a_supervisor_only(ctx: ServiceContext) -> None:
    batches.create_batch(ctx, G, "LOT-A")
    batches.create_batch(ctx, G, "LOT-R")
    for role in (Role.TECHNICIAN, Role.INSTALLER):
        with pytest.raises(PermissionDeniedError, match="approve"):
            batches.review_batch(as_role(ctx, role), G, "LOT-A", approve=True, comment="ok")
    with pytest.raises(InputError, match="field 'comment'"):
        batches.review_batch(ctx, G, "LOT-R", approve=False, comment="  ")
    approved = batches.review_batch(ctx, G, "LOT-A", approve=True, comment="looks good")
    rejected = batches.review_batch(ctx, G, "LOT-R", approve=False, comment="labels smeared")
    assert (approved.review, approved.review_comment, approved.reviewed_by) == ("approved", "looks good", "tester")
    assert approved.reviewed_at is not None
    assert (rejected.review, rejected.review_comment) == ("rejected", "labels smeared")
    with pytest.raises(LifecycleError, match="already approved"):
        batches.review_batch(ctx, G, "LOT-A", approve=False, comment="changed my mind")
    assert [b.review for b in batches.list_batches(ctx, G)] == ["approved", "rejected"]


# ---- registration -------------------------------------------------------------------------------

def test_register_one_device(ctx: ServiceContext) -> None:
    record = registering.register_device(ctx, G, "SN-1", batch="LOT-1", name="Pump 1", description="d",
                                     master_data={"voltage": "230", "colour": "green"})
    assert (record.sn, record.name, record.batch, record.status, record.description) == (
        "SN-1", "Pump 1", "LOT-1", "registered", "d")
    assert record.master_data == {"voltage": 230, "colour": "green"}
    assert len(record.asset_id) == 10 and record.manual_code.isdigit()
    assert device_lookup.get_device(ctx, G, "SN-1") == record
    assert [d.sn for d in device_lookup.find_devices(ctx, "SN-1")] == ["SN-1"]
    assert [d.sn for d in device_lookup.find_by_manual_code(ctx, record.manual_code)] == ["SN-1"]


def test_serial_range_with_and_without_width(ctx: ServiceContext) -> None:
    assert registering.register_range(ctx, G, "P-", 9, 3) == 3
    assert registering.register_range(ctx, G, "W-", 9, 3, width=4, batch="LOT-W") == 3
    sns = [d.sn for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G))]
    assert sns == ["P-10", "P-11", "P-9", "W-0009", "W-0010", "W-0011"]
    assert batches.get_batch(ctx, G, "LOT-W").total == 3


# ---- listing with keyset paging -----------------------------------------------------------------

STATUSES = ["registered", "installed", "allocated", "disabled"]


@pytest.fixture
def many(ctx: ServiceContext) -> list[DeviceRecord]:
    """A few hundred devices with mixed names, batches (some none) and states."""
    rng = random.Random(7)
    new = [registering.NewDevice(f"D{rng.randrange(10**6):06d}-{i}", name=rng.choice(["alpha", "beta", "", "gamma"]),
                             batch=rng.choice([None, "L1", "L2", "L3"])) for i in range(300)]
    registering.register_devices(ctx, G, new, source="test")
    for device in new[:40]:
        lifecycle.install(ctx, G, device.sn, {"owner": "x"})
    for device in new[40:50]:
        lifecycle.activate(ctx, G, device.sn, {"owner": "x"})
    for device in new[50:60]:
        lifecycle.disable(ctx, G, device.sn)
    return list(device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G), page_size=1000))


def _python_key(record: DeviceRecord, sort: str) -> tuple[Any, ...]:
    value = {"sn": record.sn, "status": record.status, "name": record.name, "batch": record.batch or "",
             "updated": record.updated_at, "asset_id": record.asset_id, "manual_code": record.manual_code}[sort]
    # equal values: by asset ID for the asset columns (name, batch), then by SN (unique within the group)
    return (value, record.asset_id if sort in ("name", "batch") else "", record.sn)


def test_keyset_pages_never_overlap_or_skip(ctx: ServiceContext, many: list[DeviceRecord]) -> None:
    for sort in device_listing.SORT_COLUMNS:
        for descending in (False, True):
            _check_paging(ctx, many, sort, descending)


def _check_paging(ctx: ServiceContext, many: list[DeviceRecord], sort: str, descending: bool) -> None:
    spec = device_listing.DeviceQuery(group=G, sort=sort, descending=descending)
    paged: list[DeviceRecord] = []
    after = None
    pages = 0
    while True:
        page = device_listing.list_devices(ctx, spec, after=after, limit=37)
        paged.extend(page.devices)
        pages += 1
        if page.next_key is None:
            break
        after = page.next_key
    expected = sorted(many, key=lambda r: _python_key(r, sort), reverse=descending)
    assert [r.id for r in paged] == [r.id for r in expected], (sort, descending)
    assert pages == len(many) // 37 + 1


def test_filters_by_batch_status_and_text(ctx: ServiceContext, many: list[DeviceRecord]) -> None:
    def listed(**kwargs: Any) -> set[str]:
        return {d.sn for d in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=G, **kwargs), page_size=50)}

    assert listed(batch="L2") == {d.sn for d in many if d.batch == "L2"}
    assert listed(statuses=("installed", "disabled")) == {d.sn for d in many if d.status in ("installed", "disabled")}
    assert len(listed(statuses=("allocated",))) == 10
    prefix = many[0].sn[:3]
    assert listed(text=prefix) == {d.sn for d in many if d.sn.startswith(prefix) or d.name.startswith(prefix)}
    assert listed(text=many[5].asset_id) == {many[5].sn}
    assert listed(text="gamma") == {d.sn for d in many if d.name == "gamma"}
    assert listed(batch="L1", statuses=("registered",)) == {
        d.sn for d in many if d.batch == "L1" and d.status == "registered"}
    assert device_listing.count_devices(ctx, device_listing.DeviceQuery(group=G, batch="L3")) == sum(d.batch == "L3" for d in many)
    with pytest.raises(InputError, match="field 'sort'"):
        device_listing.list_devices(ctx, device_listing.DeviceQuery(group=G, sort="colour"))
    assert DeviceStatus.REGISTERED.value in {d.status for d in many}


def test_paging_by_time_on_a_server_outside_utc(pg_url: str, tmp_path: Path) -> None:
    """A central server whose time zone is not UTC: the keyset by update time must neither loop nor skip."""
    context = build_service_context(pg_url + "?options=-c%20timezone%3DAmerica/New_York", tmp_path)
    try:
        add_standard_setup(context)
        for index in range(7):
            registering.register_device(context, G, f"T{index}")
        full = list(device_listing.iter_devices(context, device_listing.DeviceQuery(group=G), page_size=100))
        for descending in (False, True):
            spec = device_listing.DeviceQuery(group=G, sort="updated", descending=descending)
            paged: list[DeviceRecord] = []
            after = None
            for _page in range(10):
                page = device_listing.list_devices(context, spec, after=after, limit=2)
                paged.extend(page.devices)
                if page.next_key is None:
                    break
                after = page.next_key
            expected = sorted(full, key=lambda r: _python_key(r, "updated"), reverse=descending)
            assert [r.sn for r in paged] == [r.sn for r in expected]
    finally:
        context.db.dispose()
