"""The window's sync parts on their own: the background controller and the conflicts view (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from app.db.models import Asset
from app.domain.enums import Role
from app.services import device_listing, device_lookup, registering
from app.services.context import Actor
from app.services.sync_service import list_conflicts
from app.sync.engine import run_sync
from app.ui.environment import build_environment
from app.ui.environment import UiEnvironment
from app.ui.sync_controller import SyncController
from app.ui.views.conflicts_view import ConflictsView
from sync_stations import Station, open_station

pytestmark = pytest.mark.postgres


@pytest.fixture
def envs() -> Iterator[list[UiEnvironment]]:
    made: list[UiEnvironment] = []
    yield made
    for env in made:
        env.runner.shutdown()


@pytest.fixture
def controllers(envs: list[UiEnvironment]) -> Iterator[list[SyncController]]:
    made: list[SyncController] = []
    yield made
    for controller in made:
        controller.shutdown()


def _env(made: list[UiEnvironment], station: Station, ctx=None) -> UiEnvironment:  # type: ignore[no-untyped-def]
    env = build_environment(ctx or station.ctx, station.home)
    made.append(env)
    return env


def _controller(made: list[SyncController], station: Station, env: UiEnvironment) -> SyncController:
    controller = SyncController(env.ctx, env.runner, interval_minutes=10)
    made.append(controller)
    return controller


def test_controller_syncs_in_the_background_and_reports_its_state(qtbot, pair, envs, controllers) -> None:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "UI-", 1, 3000)
    controller = _controller(controllers, a, _env(envs, a))
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


def test_controller_offline_is_a_state_not_an_error(qtbot, tmp_path: Path, envs, controllers) -> None:  # type: ignore[no-untyped-def]
    station = open_station(tmp_path / "alone")
    controller = _controller(controllers, station, _env(envs, station))
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


def test_conflicts_view_shows_both_versions_and_merges_field_by_field(qtbot, qtmodeltester, pair, envs) -> None:  # type: ignore[no-untyped-def]
    b = _conflicted(pair)
    view = ConflictsView(_env(envs, b))
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


def test_conflicts_view_is_read_only_for_a_technician(qtbot, pair, envs) -> None:  # type: ignore[no-untyped-def]
    b = _conflicted(pair)
    view = ConflictsView(_env(envs, b, b.ctx.acting_as(Actor("tom", Role.TECHNICIAN))))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    assert view.selected_record() is not None
    assert not view.keep_local.isEnabled() and not view.keep_central.isEnabled() and not view.merge.isEnabled()
    assert not view.retire.isEnabled() and not view.rename.isEnabled()
    assert "supervisor" in view.keep_local.toolTip()


def test_conflicts_view_renames_a_clashing_batch(qtbot, pair, envs) -> None:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "A-", 1, 2, batch="B-1")
    registering.register_range(b.ctx, "Line A", "B-", 1, 2, batch="B-1")
    run_sync(a.db)
    run_sync(b.db)
    view = ConflictsView(_env(envs, b))
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


def test_a_background_sync_refreshes_the_factory_field_and_office_without_the_user(qtbot, pair, envs, controllers) -> None:  # type: ignore[no-untyped-def]
    """Devices registered and changed at station A appear at B after B's own background sync: its Factory
    device list, its Field view of a device and its Office batch table reload from the sync's change notice."""
    from app.services import lifecycle, users
    from app.ui.views.devices_view import DevicesView
    from app.ui.workspaces.installer import create_workspace as create_field
    from tests.support.ui import open_office

    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "V-", 1, 3, batch="L-1")
    run_sync(a.db)
    run_sync(b.db)
    env = _env(envs, b)
    factory = DevicesView(env)
    qtbot.addWidget(factory)
    factory.show()
    factory.set_group("Line A")
    qtbot.waitUntil(lambda: factory.model.rowCount() == 3, timeout=10_000)
    field = create_field(env, None)
    qtbot.addWidget(field)
    field.show()
    field.load_device("Line A", "V-1")
    qtbot.waitUntil(lambda: field.current is not None and field.current.device.status == "registered", timeout=10_000)
    office = open_office(qtbot, env)
    qtbot.waitUntil(lambda: [r.counts.total for r in office.batches.model.records()] == [3], timeout=10_000)
    with qtbot.waitSignal(office.users.loaded, timeout=10_000):
        office.show_page(office.users)
    users_before = office.users.model.rowCount()
    loads: list[str] = []
    env.runner.changed.connect(lambda notice: loads.append(",".join(sorted(notice.topics))))

    registering.register_range(a.ctx, "Line A", "V-", 4, 2, batch="L-1")
    lifecycle.disable(a.ctx, "Line A", "V-1", "cracked housing")
    users.add_user(a.ctx, "ivan", "a long enough password 1", "installer")
    run_sync(a.db)
    controller = _controller(controllers, b, env)
    with qtbot.waitSignal(controller.finished, timeout=60_000) as done:
        controller.sync_now(by_hand=False)  # as the timer does
    assert done.args[0] is not None and done.args[0].pulled > 0
    assert loads and "devices" in loads[0] and "batches" in loads[0]
    qtbot.waitUntil(lambda: factory.model.rowCount() == 5, timeout=10_000)
    qtbot.waitUntil(lambda: field.current is not None and field.current.device.status == "disabled", timeout=10_000)
    qtbot.waitUntil(lambda: [(r.counts.total, r.counts.disabled) for r in office.batches.model.records()]
                    == [(5, 1)], timeout=10_000)
    qtbot.waitUntil(lambda: office.users.model.rowCount() == users_before + 1, timeout=10_000)
    field.shutdown()


def test_a_sync_that_finds_conflicts_reloads_the_conflicts_page(qtbot, pair, envs, controllers) -> None:  # type: ignore[no-untyped-def]
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "V-1", name="pump")
    run_sync(a.db)
    run_sync(b.db)
    env = _env(envs, b)
    view = ConflictsView(env)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000) as first:
        view.reload()
    assert first.args == [0]
    for station, name in ((a, "pump A"), (b, "pump B")):
        with station.ctx.write() as session:
            session.scalars(select(Asset)).one().name = name
    run_sync(a.db)
    controller = _controller(controllers, b, env)
    with qtbot.waitSignal(view.loaded, timeout=60_000) as reloaded:  # nobody pressed Refresh
        controller.sync_now(by_hand=False)
    assert reloaded.args == [1]
    assert view.model.record(0).table == "assets"


def test_conflicts_view_resolves_several_at_once_after_a_question(qtbot, pair, envs) -> None:  # type: ignore[no-untyped-def]
    """The same SNs registered offline at two stations: select them all, keep the central devices and retire
    this station's copies together; a batch clash in the list is left alone."""
    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "D-", 1, 3, batch="B-1")
    registering.register_range(b.ctx, "Line A", "D-", 1, 3, batch="B-2")
    registering.register_device(a.ctx, "Line A", "X-1", batch="B-9")
    registering.register_device(b.ctx, "Line A", "Y-1", batch="B-9")
    run_sync(a.db)
    run_sync(b.db)
    env = _env(envs, b)
    view = ConflictsView(env)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    kinds = sorted((r.table, r.kind) for r in view.model.records())
    assert kinds.count(("device_identities", "unique")) == 3 and ("batches", "unique") in kinds
    view.set_filter(kind="unique", batch="B-2")
    assert {r.label for r in view.model.records()} == {"sn D-1", "sn D-2", "sn D-3"}
    view.select_all.click()
    assert len(view.selected_records()) == 3
    assert view.retire.isEnabled() and view.keep_central.isEnabled() and view.keep_local.isEnabled()
    assert not view.merge.isEnabled() and not view.rename.isEnabled()
    assert view.retire.text().endswith("(3)")
    view.retire.click()
    box = view.confirm_box
    assert box is not None and "3 selected conflicts" in box.text()
    with qtbot.waitSignal(view.resolved, timeout=10_000) as resolved:
        box.findChild(QPushButton, "confirmResolve").click()
    assert resolved.args == [3]
    qtbot.waitUntil(lambda: all(r.table == "batches" for r in list_conflicts(b.ctx)), timeout=10_000)
    qtbot.waitUntil(lambda: {r.table for r in view.model.records()} <= {"batches"}, timeout=10_000)
    retired = device_lookup.find_devices(b.ctx, "D-1")
    assert len(retired) == 1 and retired[0].batch == "B-1"  # the central device, from station A
    run_sync(b.db)
    run_sync(a.db)
    assert sorted(d.sn for d in device_lookup.find_devices(a.ctx, "D-2")) == ["D-2"]


def test_resolving_several_is_all_or_none(qtbot, pair, envs) -> None:  # type: ignore[no-untyped-def]
    """A conflict resolved elsewhere meanwhile: the bulk resolution names it and resolves none."""
    from app.services import sync_service

    a, b, _url = pair
    registering.register_range(a.ctx, "Line A", "D-", 1, 2)
    registering.register_range(b.ctx, "Line A", "D-", 1, 2)
    run_sync(a.db)
    run_sync(b.db)
    env = _env(envs, b)
    view = ConflictsView(env)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    view.select_all.click()
    first = view.selected_records()[0]
    sync_service.resolve_conflict(b.ctx, first.id, "retire")
    with qtbot.waitSignal(view.failed, timeout=10_000) as failed:
        view.resolve_selected("central", confirmed=True)
    assert "resolved meanwhile" in failed.args[0] and str(first.id) in failed.args[0]
    assert len(list_conflicts(b.ctx)) == 1  # the other one is still open
    box = view.findChild(QMessageBox, "expectedErrorBox")
    assert box is not None and box.isVisible()  # the one error path: the message box of an expected error
    box.close()


def test_conflicts_view_keeps_this_stations_device_and_retires_the_central_copy(  # type: ignore[no-untyped-def]
        qtbot, pair, envs) -> None:
    """The same SN at two stations: the supervisor keeps this station's device; after a sync both stations have
    it as the device of that SN and the other station's copy retired (issue #16: keep either device)."""
    a, b, _url = pair
    registering.register_device(a.ctx, "Line A", "D-7", batch="B-A")
    registering.register_device(b.ctx, "Line A", "D-7", batch="B-B")
    run_sync(a.db)
    run_sync(b.db)
    view = ConflictsView(_env(envs, b))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
    view.set_filter(kind="unique")
    row = next(i for i, r in enumerate(view.model.records()) if r.table == "device_identities")
    view.table.selectRow(row)
    assert view.retire_central.isEnabled() and view.retire.isEnabled()
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        view.retire_central.click()
    run_sync(b.db)
    run_sync(a.db)
    from sqlalchemy import select

    from app.db.models import DeviceIdentity

    for station in (a, b):
        assert device_lookup.get_device(station.ctx, "Line A", "D-7").batch == "B-B"  # B's device, everywhere
        with station.db.reader() as session:
            copies = {row.sn: row.status for row in session.scalars(
                select(DeviceIdentity).where(DeviceIdentity.sn.like("D-7~dup-%")))}
        assert list(copies.values()) == ["discarded"]  # the other station's copy, retired
