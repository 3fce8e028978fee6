"""The same batch number created offline at two stations (issue 16, item 1): merge the batches or rename one,
with every reference whole afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import Asset, Batch
from app.services import device_lookup, registering
from app.services.sync_service import ConflictRecord, list_conflicts, resolve_conflict
from app.sync.engine import run_sync, sync_status
from sync_stations import Station, snapshot
from test_sync_scenarios import sync_all

pytestmark = pytest.mark.postgres


def clash(a: Station, b: Station) -> None:
    registering.register_range(a.ctx, "Line A", "A-", 1, 3, batch="B-1")
    registering.register_range(b.ctx, "Line A", "B-", 1, 3, batch="B-1")
    run_sync(a.db)
    result = run_sync(b.db)
    assert result.new_conflicts == 1 and result.waiting >= 3


def batches_of(station: Station) -> dict[str, list[str]]:
    """Batch number -> asset ids' batch checks: every asset's batch exists (no broken reference)."""
    with station.db.reader() as session:
        numbers = {row.id: row.number for row in session.scalars(select(Batch).where(Batch.deleted.is_(False)))}
        out: dict[str, list[str]] = {number: [] for number in numbers.values()}
        for asset in session.scalars(select(Asset).where(Asset.deleted.is_(False))):
            assert asset.batch_id in numbers, f"asset {asset.asset_code} points at a batch that is not here"
            out[numbers[asset.batch_id]].append(asset.id.hex)
    return {number: sorted(ids) for number, ids in out.items()}


def test_while_the_clash_is_open_every_reference_stays_whole(pair: tuple[Station, Station, str]) -> None:
    """The other station's devices of its B-1 wait with their batch; nothing here points at a missing batch."""
    a, b, _url = pair
    clash(a, b)
    run_sync(b.db)  # pulls again: the other station's rows keep waiting, whatever arrives
    assert batches_of(b) == {"B-1": batches_of(b)["B-1"]} and len(batches_of(b)["B-1"]) == 3
    status = sync_status(b.db)
    assert status.waiting_pulled >= 3  # the other station's assets (and their devices) wait for the batch

    [conflict] = list_conflicts(b.ctx)
    resolve_conflict(b.ctx, conflict.id, "rename", new_name="B-1-roof")
    assert {number: len(ids) for number, ids in batches_of(b).items()} == {"B-1": 3, "B-1-roof": 3}
    assert sync_status(b.db).waiting_pulled == 0
    with b.db.reader() as session:
        from app.db.models import DeviceIdentity

        sns = sorted(row.sn for row in session.scalars(select(DeviceIdentity)))
    assert sns == ["A-1", "A-2", "A-3", "B-1", "B-2", "B-3"]


@pytest.mark.parametrize("keep", ["central", "local"])
def test_keeping_one_batch_merges_the_two(pair: tuple[Station, Station, str], keep: str) -> None:
    a, b, url = pair
    clash(a, b)
    [conflict] = list_conflicts(b.ctx)
    assert conflict.table == "batches" and conflict.kind == "unique" and conflict.batch == "B-1"
    assert (conflict.local["devices"], conflict.central["devices"]) == (3, 3)

    resolve_conflict(b.ctx, conflict.id, keep)
    sync_all(b, a)

    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
    for station in (a, b):
        assert {number: len(ids) for number, ids in batches_of(station).items()} == {"B-1": 6}
        assert sync_status(station.db).pending == 0
    assert snapshot(a.db.url) == snapshot(b.db.url)
    assert snapshot(url)["assets"] == snapshot(a.db.url)["assets"]


def test_renaming_one_batch_keeps_both(pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    clash(a, b)
    [conflict] = list_conflicts(b.ctx)

    resolve_conflict(b.ctx, conflict.id, "rename", new_name="B-1-roof")
    sync_all(b, a)

    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
    for station in (a, b):
        assert {number: len(ids) for number, ids in batches_of(station).items()} == {"B-1": 3, "B-1-roof": 3}
        assert sync_status(station.db).pending == 0
    assert batches_of(a) == batches_of(b)
    assert snapshot(a.db.url) == snapshot(b.db.url)


def sn_activated_at_both(a: Station, b: Station) -> ConflictRecord:
    """SN-X registered and activated at both stations (Hall at a, Roof at b); b's unique conflict."""
    from app.db.models import RegistrationGroup
    from app.services import lifecycle

    with a.ctx.write() as session:
        session.scalars(select(RegistrationGroup)).one().product_key = "PK-1"
    sync_all(a, b)
    for station, place in ((a, "Hall"), (b, "Roof")):
        registering.register_device(station.ctx, "Line A", "SN-X")
        lifecycle.activate(station.ctx, "Line A", "SN-X", {"location": place})
    run_sync(a.db)
    run_sync(b.db)
    [conflict] = [record for record in list_conflicts(b.ctx) if record.table == "device_identities"]
    assert conflict.kind == "unique"
    return conflict


def test_an_sn_activated_at_both_stations_keeps_one_device_and_retires_the_other(
        pair: tuple[Station, Station, str]) -> None:
    from app.db.models import Allocation, DeviceIdentity

    a, b, url = pair
    conflict = sn_activated_at_both(a, b)
    from app.domain.errors import LifecycleError

    with pytest.raises(LifecycleError, match="--retire"):
        resolve_conflict(b.ctx, conflict.id, "central")

    resolve_conflict(b.ctx, conflict.id, "retire")
    sync_all(b, a)

    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
    for station in (a, b):
        shown = device_lookup.get_device(station.ctx, "Line A", "SN-X")
        assert shown.master_data["location"] == "Hall"
        with station.db.reader() as session:
            identities = {row.id for row in session.scalars(select(DeviceIdentity))}
            for allocation in session.scalars(select(Allocation)):
                assert allocation.identity_id in identities  # every reference whole
            retired = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn.like("SN-X~dup-%"))).one()
            assert retired.status == "discarded"
        assert sync_status(station.db).pending == 0
    assert snapshot(a.db.url) == snapshot(b.db.url)
    assert len(snapshot(url)["device_identities"]) == 2


def test_an_sn_activated_at_both_stations_can_keep_this_stations_device_and_retire_the_central_copy(
        pair: tuple[Station, Station, str]) -> None:
    from app.db.models import Allocation, DeviceIdentity

    a, b, url = pair
    conflict = sn_activated_at_both(a, b)

    resolve_conflict(b.ctx, conflict.id, "retire-central")
    sync_all(b, a)

    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
    for station in (a, b):
        shown = device_lookup.get_device(station.ctx, "Line A", "SN-X")
        assert shown.master_data["location"] == "Roof"  # this station's device is the device now
        with station.db.reader() as session:
            identities = {row.id: row for row in session.scalars(select(DeviceIdentity))}
            retired = next(row for row in identities.values() if row.sn.startswith("SN-X~dup-"))
            assert retired.status == "discarded"
            for allocation in session.scalars(select(Allocation)):
                assert allocation.identity_id in identities  # every reference whole
                if allocation.identity_id == retired.id:
                    assert allocation.state == "revoked"
        assert sync_status(station.db).pending == 0
    assert snapshot(a.db.url) == snapshot(b.db.url)
    assert len(snapshot(url)["device_identities"]) == 2
