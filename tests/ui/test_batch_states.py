"""One set of batch states for every view of a batch: the Factory's Batches page, the Office's batch table and the
report count the same devices in the same states, every one of them adds up to the batch's size (disabled and
replaced devices included), and each state has the same colour everywhere."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from app.domain.batch_states import BATCH_STATES, STATE_COLOURS, StateCounts, state_of
from app.domain.enums import Role
from app.domain.errors import DpsError
from app.reports.csv_report import write_csv
from app.services import batches, device_listing, device_lookup, groups, lifecycle, registering, reporting, supervision
from app.services.context import ServiceContext
from app.ui.environment import UiEnvironment
from app.ui.models.batch_model import BatchModel, CountsRole
from app.ui.views.batches_view import BatchesView
from app.ui.views.supervisor.models import BatchProgressModel
from app.ui.widgets.state_bar import StateBarDelegate
from tests.support.ctx import add_standard_setup, build_service_context
from tests.support.ui import ui_environment

G, LOT = "line1", "LOT-1"
OWNER = {"owner": "ops"}


@pytest.fixture
def station(qtbot, tmp_path: Path) -> Iterator[tuple[ServiceContext, UiEnvironment]]:  # type: ignore[no-untyped-def]
    """A batch with a device in every state: registered, labelled, installed, activated (allocated and
    connected), failed, disabled, replaced (and its replacement)."""
    admin = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(admin, group=G)
    registering.register_range(admin, G, "SN-", 1, 10, width=2, batch=LOT)
    lifecycle.record_labels_printed(admin, [device_lookup.get_device(admin, G, "SN-02").id], copies=1, template="t", output="test")
    lifecycle.install(admin, G, "SN-03", OWNER)
    lifecycle.activate(admin, G, "SN-04", OWNER)
    lifecycle.activate(admin, G, "SN-05", OWNER)
    lifecycle.mark_connected(admin, G, "SN-05")
    lifecycle.disable(admin, G, "SN-06", "broken")
    lifecycle.activate(admin, G, "SN-07", OWNER)
    lifecycle.replace(admin, G, "SN-07", "SN-08")  # SN-07 replaced, SN-08 installed in its place
    groups.update_group(admin, G, groups.GroupChanges(product_key=""))
    with pytest.raises(DpsError):
        lifecycle.activate(admin, G, "SN-09", OWNER)  # no product key: the error stays on the device
    groups.update_group(admin, G, groups.GroupChanges(product_key="PK-1"))
    env = ui_environment(tmp_path, Role.SUPERVISOR, name="sue", ctx=admin)
    yield admin, env
    env.runner.shutdown()
    admin.db.dispose()


def expected_counts(admin: ServiceContext, group: str) -> StateCounts:
    """Counted one device at a time, by the rule, over the devices the device list shows for the batch."""
    values = dict.fromkeys(BATCH_STATES, 0)
    for device in device_listing.iter_devices(admin, device_listing.DeviceQuery(group=group, batch=LOT)):
        values[state_of(device.status, device.status_error)] += 1
    return StateCounts(**values)


def test_every_view_of_a_batch_adds_up_with_the_same_states(
        qtbot, tmp_path: Path, station: tuple[ServiceContext, UiEnvironment]) -> None:  # type: ignore[no-untyped-def]
    admin, env = station
    expected = expected_counts(admin, G)
    size = sum(1 for _ in device_listing.iter_devices(admin, device_listing.DeviceQuery(group=G, batch=LOT)))
    assert size == 10 and expected.total == size
    assert all(expected.as_dict().values()), f"the batch must have a device in every state: {expected}"

    # the Factory's Batches page: a column per state, and they add up to Devices
    page = BatchesView(env)
    qtbot.addWidget(page)
    page.set_group(G)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    model = page.model
    columns = {model.state_of_column(c): c for c in range(model.columnCount()) if model.state_of_column(c)}
    assert tuple(columns) == BATCH_STATES
    factory = {state: model.index(0, column).data() for state, column in columns.items()}
    assert factory == expected.as_dict()
    assert all(not page.table.isColumnHidden(column) for column in columns.values())
    assert sum(factory.values()) == model.index(0, BatchModel.TOTAL).data() == size
    assert model.index(0, BatchModel.PROGRESS).data() == f"2 of {size} activated"

    # the Office's batch table: the same states, the same counts, a column for disabled and for replaced too
    progress = supervision.group_progress(env.ctx, G)
    office_model = BatchProgressModel()
    office_model.set_records(progress.batches)
    headers = [office_model.headerData(c, Qt.Orientation.Horizontal) for c in office_model.STATE_COLUMNS]
    assert headers == [model.headerData(c, Qt.Orientation.Horizontal) for c in columns.values()]
    assert "Disabled" in headers and "Replaced or discarded" in headers
    office = {office_model.state_of_column(c): int(office_model.index(0, c).data()) for c in office_model.STATE_COLUMNS}
    assert office == factory
    assert sum(office.values()) == int(office_model.index(0, BatchProgressModel.DEVICES).data()) == size

    # the report: its table and its CSV
    report = reporting.gather_batch_report(env.ctx, G, LOT)
    assert {key: count for key, _title, count in report.state_rows()} == factory
    assert sum(count for _key, _title, count in report.state_rows()) == size
    out = tmp_path / "report.csv"
    write_csv(report, out)
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    states = rows[rows.index(["state", "devices"]) + 1:rows.index(["total", str(size)])]
    assert {key: int(count) for key, count in states} == factory


def paint_bar(delegate: object, index: QModelIndex, table: QTableView) -> set[int]:
    """The colours a state bar delegate paints for one cell."""
    image = QImage(600, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 600, 30)
    option.widget = table
    option.palette = table.palette()
    option.fontMetrics = table.fontMetrics()
    painter = QPainter(image)
    try:
        delegate.paint(painter, option, index)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return {image.pixel(x, 15) & 0xFFFFFF for x in range(image.width())}


def test_a_state_has_the_same_colour_in_the_factory_and_the_office(
        qtbot, station: tuple[ServiceContext, UiEnvironment]) -> None:  # type: ignore[no-untyped-def]
    admin, env = station
    factory_model = BatchModel()
    factory_model.set_records(batches.list_batches(admin, G))
    office_model = BatchProgressModel()
    office_model.set_records(supervision.group_progress(admin, G).batches)
    tables = []
    for model in (factory_model, office_model):
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(model)
        tables.append(table)
    # one delegate, one StateCounts from both models: the same buckets, in the same order
    assert factory_model.index(0, BatchModel.PROGRESS).data(CountsRole) \
        == office_model.index(0, BatchProgressModel.PROGRESS).data(CountsRole)
    assert list(factory_model.index(0, BatchModel.PROGRESS).data(CountsRole).as_dict()) == list(BATCH_STATES)
    factory = paint_bar(StateBarDelegate(tables[0]), factory_model.index(0, BatchModel.PROGRESS), tables[0])
    office = paint_bar(StateBarDelegate(tables[1]), office_model.index(0, BatchProgressModel.PROGRESS), tables[1])
    wanted = {QColor(STATE_COLOURS[state]).rgb() & 0xFFFFFF for state in BATCH_STATES}
    assert wanted <= factory, "the Factory's bar paints every state in its one colour"
    assert wanted <= office, "the Office's bar paints every state in the same colour"
