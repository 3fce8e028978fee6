"""The device table model over a real SQLite station: paging, sorting and filtering in the database, late pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt

from app.domain.enums import Role
from app.services import importing, lifecycle, registering
from app.services.device_listing import DeviceQuery
from app.ui.environment import UiEnvironment
from app.ui.models.device_table_model import DeviceTableModel, RecordRole
from app.ui.models.import_preview_model import ImportPreviewModel, PreviewTable
from tests.support.ctx import STANDARD_GROUP, add_standard_setup
from tests.support.ui import ui_environment, wait_until_idle

DEVICES = 3000


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One station with 3,000 devices in two batches (built once for the module)."""
    root = tmp_path_factory.mktemp("devices")
    env = ui_environment(root, Role.SUPERVISOR)
    add_standard_setup(env.ctx)
    registering.register_range(env.ctx, STANDARD_GROUP, "PUMP-", 0, 2000, width=5, batch="B1")
    registering.register_range(env.ctx, STANDARD_GROUP, "VALVE-", 0, 1000, width=5, batch="B2")
    lifecycle.disable(env.ctx, STANDARD_GROUP, "VALVE-00007")
    env.runner.shutdown()
    env.ctx.db.dispose()
    yield root


@pytest.fixture
def env(station: Path, qtbot) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    environment = ui_environment(station, Role.TECHNICIAN)
    yield environment
    settle(environment)


def settle(environment: UiEnvironment) -> None:
    """Stop the runner, let its last signals arrive and its tasks be deleted, before the models go."""
    environment.runner.shutdown()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    environment.ctx.db.dispose()


@pytest.fixture
def owner(env: UiEnvironment) -> Iterator[QObject]:
    """The parent of the test's models: they live as long as in a view, and go after the runner stopped."""
    parent = QObject()
    yield parent
    settle(env)


def loaded(model: DeviceTableModel, qtbot, rows: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: model.rowCount() >= rows and not model.loading, timeout=20000)


def sns(model: DeviceTableModel) -> list[str]:
    return [model.data(model.index(row, DeviceTableModel.SN)) for row in range(model.rowCount())]


def test_model_passes_the_model_tester_and_pages_in(env: UiEnvironment, owner: QObject, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DeviceTableModel(env, owner, page_size=500)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP))
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.total == DEVICES, timeout=20000)
    qtmodeltester.check(model)  # it asks for more pages while it checks

    model = DeviceTableModel(env, owner, page_size=500)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP))
    while model.canFetchMore(QModelIndex()):
        rows = model.rowCount()
        with qtbot.waitSignal(model.pageLoaded, timeout=20000) as arrived:
            model.fetchMore(QModelIndex())
            model.fetchMore(QModelIndex())  # a second call while one page is on its way loads nothing more
        assert model.rowCount() - rows == arrived.args[0] <= 500
    assert model.rowCount() == DEVICES
    listed = sns(model)
    assert listed == sorted(listed) and len(set(listed)) == DEVICES
    record = model.data(model.index(0, DeviceTableModel.STATUS), RecordRole)
    assert record.sn == "PUMP-00000" and record.batch == "B1"
    assert model.headerData(DeviceTableModel.SN, Qt.Orientation.Horizontal) == "SN"
    qtmodeltester.check(model)


def test_filter_by_text_batch_and_state_is_done_in_the_database(env: UiEnvironment, owner: QObject, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = DeviceTableModel(env, owner, page_size=500)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP, text="VALVE-009"))
    qtbot.waitUntil(lambda: model.total >= 0, timeout=20000)
    assert sns(model) == [f"VALVE-{n:05d}" for n in range(900, 1000)]
    assert model.total == 100 and not model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP, batch="B2"))
    qtbot.waitUntil(lambda: model.total >= 0, timeout=20000)
    assert model.total == 1000 and sns(model)[0] == "VALVE-00000" and model.rowCount() == 500

    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP, statuses=("disabled",)))
    assert sns(model) == ["VALVE-00007"]


def test_sort_by_column_queries_the_database_in_both_directions(env: UiEnvironment, owner: QObject, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = DeviceTableModel(env, owner, page_size=500)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP))
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.sort(DeviceTableModel.SN, Qt.SortOrder.DescendingOrder)
    assert model.query.descending and sns(model)[:2] == ["VALVE-00999", "VALVE-00998"]
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.sort(DeviceTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [model.record(row).status for row in range(model.rowCount())]
    assert statuses[0] == "disabled" and statuses == sorted(statuses)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.sort(DeviceTableModel.MANUAL_CODE, Qt.SortOrder.AscendingOrder)
    codes = [model.record(row).manual_code for row in range(model.rowCount())]
    assert codes == sorted(codes)
    model.fetchMore(QModelIndex())
    loaded(model, qtbot, 1000)
    codes = [model.record(row).manual_code for row in range(model.rowCount())]
    assert codes == sorted(codes) and len(set(codes)) == 1000


def test_a_late_page_of_an_older_query_is_dropped(env: UiEnvironment, owner: QObject, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = DeviceTableModel(env, owner, page_size=500)
    model.set_query(DeviceQuery(group=STANDARD_GROUP))  # its page is on the way ...
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP, text="PUMP-0000"))  # ... and arrives late
    wait_until_idle(qtbot, env.runner)  # both pages are in
    assert sns(model) == [f"PUMP-{n:05d}" for n in range(10)]
    qtbot.waitUntil(lambda: model.total == 10, timeout=20000)


def test_changed_and_deleted_rows_update_in_place(env: UiEnvironment, owner: QObject, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DeviceTableModel(env, owner, page_size=500)
    with qtbot.waitSignal(model.pageLoaded, timeout=20000):
        model.set_query(DeviceQuery(group=STANDARD_GROUP, text="PUMP-0001"))
    qtbot.waitUntil(lambda: model.total == 10, timeout=20000)
    qtmodeltester.check(model)
    changed = model.record(3)
    changed = type(changed)(**{**changed.__dict__, "status": "disabled"})
    with qtbot.waitSignal(model.dataChanged):
        model.update_records([changed])
    assert model.data(model.index(3, DeviceTableModel.STATUS)) == "disabled"
    model.remove_ids([model.record(0).id, model.record(1).id, model.record(5).id])
    assert sns(model) == ["PUMP-00012", "PUMP-00013", "PUMP-00014", "PUMP-00016", "PUMP-00017", "PUMP-00018",
                          "PUMP-00019"]
    assert model.total == 7


def test_import_preview_model_marks_invalid_cells(env: UiEnvironment, owner: QObject, tmp_path: Path, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.csv"
    path.write_text("sn,name,voltage,colour,owner\n"
                    "NEW-1,first,230,red,ann\n"
                    "NEW 2,second,230,red,bob\n"
                    "NEW-3,third,9999,blue,cy\n"
                    "PUMP-00001,taken,230,red,dan\n", encoding="utf-8")
    preview = importing.preview_file(env.ctx, path, STANDARD_GROUP)
    model = ImportPreviewModel(owner)
    model.set_table(PreviewTable.of(preview))
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 5
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # file rows, the header is row 1
    bad = {(row, model.headerData(column, Qt.Orientation.Horizontal))
           for row in range(model.rowCount()) for column in range(model.columnCount())
           if model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is not None}
    assert bad == {(1, "sn"), (2, "voltage"), (2, "colour"), (3, "sn")}
    assert "space" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "already registered" in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(2, 2)) == "9999"
