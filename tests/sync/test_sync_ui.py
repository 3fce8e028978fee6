"""The window's sync parts on their own: the background controller and the conflicts view (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from app.db.models import Asset
from app.domain.enums import Role
from app.services import device_listing, device_lookup, registering
from app.services.context import Actor
from app.services.sync_service import list_conflicts
from app.sync.engine import run_sync
from app.ui.sync_controller import SyncController
from app.ui.views.conflicts_view import ConflictsView
from sync_stations import Station, open_station
from test_sync_scenarios import pair  # noqa: F401  (fixture)

pytestmark = pytest.mark.postgres


@pytest.fixture
def controllers() -> Iterator[list[SyncController]]:
    made: list[SyncController] = []
    yield made
    for controller in made:
        controller.shutdown()


def _controller(made: list[SyncController], station: Station) -> SyncController:
    controller = SyncController(station.ctx, interval_minutes=10)
    made.append(controller)
    return controller


def test_controller_syncs_in_the_background_and_reports_its_state(qtbot, pair, controllers) -> None:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "UI-", 1, 3000)
    controller = _controller(controllers, a)
    with qtbot.waitSignal(controller.stateChanged, timeout=10_000) as state:
        controller.start()
    assert "6,000 pending changes" in state.args[0]  # an asset and an identity per device
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    progress: list[str] = []
    controller.progress.connect(progress.append)
    with qtbot.waitSignal(controller.finished, timeout=60_000) as done:
        assert controller.sync_now()
        assert not controller.sync_now()  # one at a time
    timer.stop()
    assert done.args[0] is not None and done.args[0].pushed >= 6000
    assert ticks, "the GUI thread's event loop stood still during the sync"
    assert any("pushed" in text for text in progress)
    assert controller.state_text.startswith("last sync at") and "0 pending" in controller.state_text
    run_sync(b.db)
    assert device_listing.count_devices(b.ctx, device_listing.DeviceQuery(group="Line A")) == 3000


def test_controller_offline_is_a_state_not_an_error(qtbot, tmp_path: Path, controllers) -> None:  # type: ignore[no-untyped-def]
    station = open_station(tmp_path / "alone")
    controller = _controller(controllers, station)
    with qtbot.waitSignal(controller.stateChanged, timeout=10_000) as state:
        controller.start()
    assert "no central database" in state.args[0]
    station.db.set_setting("central_url", "postgresql+psycopg://nobody@127.0.0.1:1/nowhere")
    with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
        controller.sync_now()
    assert "cannot be reached" in failed.args[0]
    qtbot.waitUntil(lambda: not controller.busy)
    assert controller.state_text.startswith("offline")
    station.close()


def _conflicted(pair) -> Station:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "V-1", name="pump")
    run_sync(a.db)
    run_sync(b.db)
    for station, name, description in ((a, "pump A", "from A"), (b, "pump B", "from B")):
        with station.ctx.write() as session:
            asset = session.scalars(select(Asset)).one()
            asset.name, asset.description = name, description
    run_sync(a.db)
    run_sync(b.db)
    return b


def test_conflicts_view_shows_both_versions_and_merges_field_by_field(qtbot, qtmodeltester, pair) -> None:  # type: ignore[no-untyped-def]
    b = _conflicted(pair)
    view = ConflictsView(b.ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        view.reload()
    assert loaded.args == [1]
    qtmodeltester.check(view.model)
    record = view.selected_record()
    assert record is not None and record.table == "assets"
    assert set(record.differing) >= {"name", "description"}
    shown = {view.fields.item(row, 0).text(): (view.fields.item(row, 1).text(), view.fields.item(row, 2).text())
             for row in range(view.fields.rowCount())}
    assert shown["name"] == ("pump B", "pump A") and shown["description"] == ("from B", "from A")
    assert view.merge.isEnabled()
    view.choose("name", "central")
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.merge.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and "No open conflicts" in view.summary.text())
    assert list_conflicts(b.ctx) == []
    record_after = device_lookup.get_device(b.ctx, "Line A", "V-1")
    assert (record_after.name, record_after.description) == ("pump A", "from B")


def test_conflicts_view_is_read_only_for_a_technician(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    b = _conflicted(pair)
    view = ConflictsView(b.ctx.acting_as(Actor("tom", Role.TECHNICIAN)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    assert view.selected_record() is not None
    assert not view.keep_local.isEnabled() and not view.keep_central.isEnabled() and not view.merge.isEnabled()
    assert "supervisor" in view.keep_local.toolTip()


def test_conflicts_view_renames_a_clashing_batch(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "A-", 1, 2, batch="B-1")
    registering.register_range(b.ctx, "Line A", "B-", 1, 2, batch="B-1")
    run_sync(a.db)
    run_sync(b.db)
    view = ConflictsView(b.ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    record = view.selected_record()
    assert record is not None and record.table == "batches" and record.kind == "unique"
    assert view.rename.isEnabled() and not view.retire.isEnabled()
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.resolve_selected("rename", "B-1-roof")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    run_sync(b.db)
    run_sync(a.db)
    from app.db.models import Batch

    with a.db.reader() as session:
        assert sorted(session.scalars(select(Batch.number))) == ["B-1", "B-1-roof"]
