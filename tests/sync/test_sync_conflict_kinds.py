"""Only real clashes are conflicts; unique conflicts say what differs; many resolved at once (issue 16, item 6)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import SyncConflict
from app.services import device_lookup, lifecycle, registering
from app.services.audit import verify
from app.services.sync_service import list_conflicts
from app.sync.engine import run_sync
from sync_stations import Station, snapshot
from test_sync_scenarios import sync_all

pytestmark = pytest.mark.postgres


def test_the_same_change_at_two_stations_is_not_a_conflict(pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    registering.register_range(a.ctx, "Line A", "S-", 1, 3)
    sync_all(a, b)
    for station in (a, b):  # the same installation made at both, at different moments
        for number in (1, 2, 3):
            lifecycle.install(station.ctx, "Line A", f"S-{number}", {"location": f"Hall {number}"})
    first = run_sync(a.db)
    second = run_sync(b.db)
    assert first.new_conflicts == 0 and second.new_conflicts == 0
    sync_all(a, b)
    assert list_conflicts(a.ctx) == list_conflicts(b.ctx) == []
    assert snapshot(a.db.url) == snapshot(b.db.url)
    central = snapshot(url)
    assert central["assets"] == snapshot(a.db.url)["assets"]
    assert central["device_identities"] == snapshot(b.db.url)["device_identities"]
    for station in (a, b):
        assert device_lookup.get_device(station.ctx, "Line A", "S-2").master_data["location"] == "Hall 2"


def test_the_same_change_pulled_over_a_local_one_is_not_a_conflict(pair: tuple[Station, Station, str]) -> None:
    """B pushes first, A's sync then meets B's identical change on the pull side and on the push side."""
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "S-9")
    sync_all(a, b)
    lifecycle.install(b.ctx, "Line A", "S-9", {"location": "Roof"})
    run_sync(b.db)
    lifecycle.install(a.ctx, "Line A", "S-9", {"location": "Roof"})
    assert run_sync(a.db).new_conflicts == 0
    sync_all(a, b)
    with a.db.reader() as session:
        assert session.scalars(select(SyncConflict)).all() == []
    assert snapshot(a.db.url) == snapshot(b.db.url)


def test_unique_conflicts_show_what_differs_and_resolve_many_at_once(pair: tuple[Station, Station, str],
                                                                      tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from test_sync_identity import cli

    a, b, _url = pair
    for number in (1, 2, 3):
        registering.register_device(a.ctx, "Line A", f"DUP-{number}", batch="A-7", name=f"pump {number}",
                                master_data={"location": "Hall 1"})
        registering.register_device(b.ctx, "Line A", f"DUP-{number}", batch="B-2", name=f"pump {number}",
                                master_data={"location": "Roof"})
    registering.register_device(b.ctx, "Line A", "OTHER-1", batch="C-1", name="x")
    registering.register_device(a.ctx, "Line A", "OTHER-1", batch="C-9", name="y")
    run_sync(a.db)
    assert run_sync(b.db).new_conflicts == 4
    found = list_conflicts(b.ctx)
    dups = [record for record in found if record.label.startswith("sn DUP-")]
    assert len(dups) == 3
    for record in dups:
        assert record.kind == "unique" and record.group == "Line A" and record.batch == "B-2"
        assert record.differing == ["batch", "location"]  # not the ids, asset ids or times
        assert (record.local["batch"], record.central["batch"]) == ("B-2", "A-7")
        assert (record.local["location"], record.central["location"]) == ("Roof", "Hall 1")
    table = cli(b.home.path, "sync", "conflicts").stdout
    assert "Hall 1" in table and "Roof" in table and "A-7" in table

    unconfirmed = cli(b.home.path, "sync", "resolve", "--batch", "B-2", "--kind", "unique", "--keep", "central")
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert len(list_conflicts(b.ctx)) == 4
    done = cli(b.home.path, "sync", "resolve", "--batch", "B-2", "--kind", "unique", "--keep", "central", "--yes")
    assert done.returncode == 0, done.stderr
    assert "3 conflict(s) resolved" in done.stdout
    [left] = list_conflicts(b.ctx)
    assert left.label == "sn OTHER-1"

    events = json.loads(cli(b.home.path, "audit", "list", "--action", "sync.conflict.resolve", "--format",
                            "json").stdout)
    assert len(events) == 3
    for event in events:
        assert event["group"] == "Line A" and event["details"]["keep"] == "central"
        assert event["details"]["batch"] == "B-2"
        discarded = event["details"]["discarded"]
        assert discarded["batch"] == "B-2" and discarded["location"] == "Roof"
    sync_all(b, a)
    for station in (a, b):  # resolved, pushed and pulled rows keep integrity values that verify (issue #15)
        assert verify(station.ctx).problems == []
    for station in (a, b):
        for number in (1, 2, 3):
            shown = device_lookup.get_device(station.ctx, "Line A", f"DUP-{number}")
            assert shown.master_data["location"] == "Hall 1"
