"""Two stations and one central PostgreSQL: union, edits, same SN, delete against edit, resolution."""

from __future__ import annotations


import pytest
from sqlalchemy import select

from app.db.models import Asset, DeviceIdentity, SyncConflict
from app.services import device_lookup, lifecycle, registering
from app.services.sync_service import list_conflicts, resolve_conflict
from app.sync.engine import run_sync, sync_status
from sync_stations import Station, snapshot

pytestmark = pytest.mark.postgres


def sns(station: Station) -> list[str]:
    with station.db.reader() as session:
        return sorted(session.scalars(select(DeviceIdentity.sn).where(DeviceIdentity.deleted.is_(False))))


def sync_all(*stations: Station) -> None:
    for _round in range(2):
        for station in stations:
            run_sync(station.db)


def test_enrolled_station_has_everything_and_reads_secrets(pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    from app.services.groups import reveal_group_secret

    assert reveal_group_secret(b.ctx, "Line A") == reveal_group_secret(a.ctx, "Line A")
    assert b.ctx.keyring.require_signing_key().key_id == a.ctx.keyring.require_signing_key().key_id


def test_devices_registered_offline_at_two_stations_end_as_the_union(pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    registering.register_range(a.ctx, "Line A", "A-", 1, 30)
    registering.register_range(b.ctx, "Line A", "B-", 1, 20)
    sync_all(a, b)
    expected = sorted([f"A-{i}" for i in range(1, 31)] + [f"B-{i}" for i in range(1, 21)])
    assert sns(a) == expected == sns(b)
    assert snapshot(a.db.url) == snapshot(b.db.url)
    central = snapshot(url)
    assert central["device_identities"] == snapshot(a.db.url, drop=("rev",))["device_identities"]
    assert sync_status(a.db).pending == 0 and sync_status(b.db).pending == 0


def test_same_device_edited_at_both_is_one_conflict_with_both_versions(pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "SN-1")
    sync_all(a, b)
    lifecycle.install(a.ctx, "Line A", "SN-1", {"location": "Hall 1"})
    lifecycle.install(b.ctx, "Line A", "SN-1", {"location": "Roof 7"})
    run_sync(a.db)
    result = run_sync(b.db)
    assert result.new_conflicts >= 1
    conflicts = list_conflicts(b.ctx)
    assets = [c for c in conflicts if c.table == "assets"]
    assert len(assets) == 1
    assert assets[0].local["master_data"]["location"] == "Roof 7"
    assert assets[0].central["master_data"]["location"] == "Hall 1"
    assert list_conflicts(a.ctx) == []
    with b.db.reader() as session:  # nothing overwritten: B still sees its own edit
        asset = session.scalars(select(Asset)).one()
        assert asset.master_data["location"] == "Roof 7"
    for conflict in conflicts:
        resolve_conflict(b.ctx, conflict.id, "local")
    sync_all(b, a)
    for station in (a, b):
        assert device_lookup.get_device(station.ctx, "Line A", "SN-1").master_data["location"] == "Roof 7"
    assert snapshot(a.db.url) == snapshot(b.db.url)
    assert list_conflicts(b.ctx) == []


def test_per_field_merge(pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "SN-2", name="pump")
    sync_all(a, b)
    with a.ctx.write() as session:
        asset = session.scalars(select(Asset)).one()
        asset.name, asset.description = "pump A", "from A"
    with b.ctx.write() as session:
        asset = session.scalars(select(Asset)).one()
        asset.name, asset.description = "pump B", "from B"
    run_sync(a.db)
    run_sync(b.db)
    [conflict] = list_conflicts(b.ctx)
    resolve_conflict(b.ctx, conflict.id, "merge", {"name": "central", "description": "local"})
    sync_all(b, a)
    for station in (a, b):
        record = device_lookup.get_device(station.ctx, "Line A", "SN-2")
        assert (record.name, record.description) == ("pump A", "from B")


def test_same_sn_registered_at_two_stations_is_a_conflict_not_a_duplicate(pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    registering.register_device(a.ctx, "Line A", "DUP-1", name="from A")
    registering.register_device(b.ctx, "Line A", "DUP-1", name="from B")
    run_sync(a.db)
    result = run_sync(b.db)
    assert result.new_conflicts == 1
    [conflict] = list_conflicts(b.ctx)
    assert conflict.kind == "unique" and conflict.table == "device_identities" and "DUP-1" in conflict.label
    central = snapshot(url)["device_identities"]
    assert len(central) == 1
    resolve_conflict(b.ctx, conflict.id, "central")
    sync_all(a, b)
    assert sns(a) == sns(b) == ["DUP-1"]
    assert device_lookup.get_device(b.ctx, "Line A", "DUP-1").name == "from A"
    assert snapshot(a.db.url)["device_identities"] == snapshot(b.db.url)["device_identities"]


def test_delete_on_one_edit_on_the_other_is_a_conflict(pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "DEL-1")
    sync_all(a, b)
    lifecycle.delete(a.ctx, "Line A", "DEL-1")
    lifecycle.disable(b.ctx, "Line A", "DEL-1", "broken")
    run_sync(a.db)
    run_sync(b.db)
    kinds = {c.kind for c in list_conflicts(b.ctx)}
    assert "delete" in kinds
    for conflict in list_conflicts(b.ctx):
        resolve_conflict(b.ctx, conflict.id, "central")
    sync_all(a, b)
    assert sns(a) == sns(b) == []
    assert snapshot(a.db.url)["device_identities"] == snapshot(b.db.url)["device_identities"]


def test_resolution_needs_a_supervisor_and_is_audited(pair: tuple[Station, Station, str]) -> None:
    from app.domain.enums import Role
    from app.domain.errors import PermissionDeniedError
    from app.services.audit import AuditFilter, list_events
    from app.services.context import Actor

    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "P-1", name="x")
    registering.register_device(b.ctx, "Line A", "P-1", name="y")
    run_sync(a.db)
    run_sync(b.db)
    [conflict] = list_conflicts(b.ctx)
    with pytest.raises(PermissionDeniedError):
        resolve_conflict(b.ctx.acting_as(Actor("tom", Role.TECHNICIAN)), conflict.id, "local")
    resolve_conflict(b.ctx, conflict.id, "local")
    events = list_events(b.ctx, AuditFilter(action="sync.conflict.resolve"))
    assert len(events) == 1 and events[0].details["keep"] == "local"
    sync_all(b, a)
    assert device_lookup.get_device(a.ctx, "Line A", "P-1").name == "y"
    with a.db.reader() as session:
        assert session.scalars(select(SyncConflict)).all() == []


def test_a_deletion_propagates_as_a_tombstone(pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    registering.register_range(a.ctx, "Line A", "T-", 1, 3)
    sync_all(a, b)
    lifecycle.delete(a.ctx, "Line A", "T-2")
    sync_all(a, b)
    assert sns(a) == sns(b) == ["T-1", "T-3"]
    with b.db.reader() as session:
        tombstone = session.scalars(select(DeviceIdentity).where(DeviceIdentity.sn == "T-2")).one()
        assert tombstone.deleted and not tombstone.dirty
    assert snapshot(a.db.url) == snapshot(b.db.url)
    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []


def test_an_sn_deleted_and_registered_again_comes_back_at_every_station(pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    registering.register_range(a.ctx, "Line A", "R-", 1, 2)
    sync_all(a, b)
    lifecycle.delete(a.ctx, "Line A", "R-1")
    sync_all(a, b)
    assert sns(b) == ["R-2"]

    again = registering.register_device(b.ctx, "Line A", "R-1", name="second life")
    sync_all(a, b)

    assert sns(a) == sns(b) == ["R-1", "R-2"]
    assert device_lookup.get_device(a.ctx, "Line A", "R-1").name == "second life"
    assert device_lookup.get_device(a.ctx, "Line A", "R-1").asset_id == again.asset_id
    assert snapshot(a.db.url) == snapshot(b.db.url) == snapshot(url)
    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
