"""The devices view driven as a technician would: register, filter, import, disable, delete, export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.domain.enums import Role
from app.services import audit, device_listing, device_lookup, registering
from app.services.device_listing import DeviceQuery
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.dialogs.register_device_dialog import RegisterDeviceDialog
from app.ui.dialogs.register_range_dialog import RegisterRangeDialog
from app.ui.environment import UiEnvironment
from app.ui.models.device_table_model import DeviceTableModel
from app.ui.views.devices_view import DevicesView
from tests.support.ctx import STANDARD_GROUP, add_standard_setup
from tests.support.ui import ui_environment, wait_until_idle

TIMEOUT = 20000


@pytest.fixture
def env(tmp_path: Path, qtbot) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    setup = ui_environment(tmp_path, Role.SUPERVISOR)
    add_standard_setup(setup.ctx)
    setup.runner.shutdown()
    environment = ui_environment(tmp_path, Role.TECHNICIAN, name="tina", ctx=setup.ctx)
    yield environment
    settle(environment)


def settle(environment: UiEnvironment) -> None:
    """Stop the runner and let its last signals arrive and its tasks be deleted, before the widgets go."""
    environment.runner.shutdown()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    environment.ctx.db.dispose()


@pytest.fixture
def view(env: UiEnvironment, qtbot) -> DevicesView:  # type: ignore[no-untyped-def]
    widget = DevicesView(env)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    widget.set_group(STANDARD_GROUP)
    qtbot.waitUntil(lambda: widget.model.total >= 0 and not widget.model.loading, timeout=TIMEOUT)
    return widget


def table_sns(view: DevicesView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, DeviceTableModel.SN)) for row in range(model.rowCount())]


def select_rows(view: DevicesView, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model.index(row, 0), flags)


def register_range(view: DevicesView, qtbot, prefix: str, start: int, count: int, batch: str = "") -> None:  # type: ignore[no-untyped-def]
    view.range_button.click()
    dialog = view.dialog
    assert isinstance(dialog, RegisterRangeDialog)
    dialog.prefix_edit.setText(prefix)
    dialog.start_spin.setValue(start)
    dialog.count_spin.setValue(count)
    dialog.width_spin.setValue(4)
    dialog.batch_edit.setText(batch)
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.ok_button.click()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_register_a_range_with_live_preview_and_see_it_in_the_table(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert view.model.rowCount() == 0 and "0 devices" in view.count_label.text()
    view.range_button.click()
    dialog = view.dialog
    assert isinstance(dialog, RegisterRangeDialog)
    dialog.prefix_edit.setText("PUMP-")
    dialog.start_spin.setValue(98)
    dialog.count_spin.setValue(5)
    dialog.width_spin.setValue(2)
    assert dialog.preview.text() == ""
    assert "Digits" in dialog.message.text() and "102" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    dialog.width_spin.setValue(4)
    assert dialog.preview.text() == "PUMP-0098 … PUMP-0102  (5 SNs)" and dialog.message.text() == ""
    dialog.prefix_edit.setText("PUMP -")
    assert "space" in dialog.message.text() and not dialog.ok_button.isEnabled()
    dialog.prefix_edit.setText("PUMP-")
    dialog.batch_edit.setText("LOT-7")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5 and view.model.total == 5, timeout=TIMEOUT)
    assert table_sns(view) == ["PUMP-0098", "PUMP-0099", "PUMP-0100", "PUMP-0101", "PUMP-0102"]
    assert view.model.record(0).batch == "LOT-7"
    assert "5 devices" in view.count_label.text()
    qtbot.waitUntil(lambda: view.batch_combo.findData("LOT-7") > 0, timeout=TIMEOUT)

    view.register_button.click()
    single = view.dialog
    assert isinstance(single, RegisterDeviceDialog)
    single.sn_edit.setText("PUMP-0100")
    single.name_edit.setText("duplicate")
    single.ok_button.click()
    qtbot.waitUntil(lambda: "already registered" in single.message.text(), timeout=TIMEOUT)
    assert single.isVisible()
    single.sn_edit.setText("AAA-1")
    with qtbot.waitSignal(single.accepted, timeout=TIMEOUT):
        single.ok_button.click()
    qtbot.waitUntil(lambda: table_sns(view)[:1] == ["AAA-1"], timeout=TIMEOUT)
    assert view.model.record(0).name == "duplicate"


def test_filter_by_text_batch_and_state(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    register_range(view, qtbot, "PUMP-", 0, 30, batch="B1")
    register_range(view, qtbot, "FAN-", 0, 20, batch="B2")
    qtbot.waitUntil(lambda: view.model.total == 50 and view.batch_combo.count() == 3, timeout=TIMEOUT)
    view.filter_edit.setText("PUMP-001")  # typed: applied ~200 ms after the last key
    assert view.model.query.text == ""
    qtbot.waitUntil(lambda: table_sns(view) == [f"PUMP-{n:04d}" for n in range(10, 20)], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "10 devices" in view.count_label.text(), timeout=TIMEOUT)
    view.filter_edit.clear()
    view.batch_combo.setCurrentIndex(view.batch_combo.findData("B2"))
    qtbot.waitUntil(lambda: table_sns(view) == [f"FAN-{n:04d}" for n in range(20)], timeout=TIMEOUT)
    view.batch_combo.setCurrentIndex(0)
    view.state_combo.setCurrentIndex(view.state_combo.findData("disabled"))
    qtbot.waitUntil(lambda: view.model.query.statuses == ("disabled",) and not view.model.loading, timeout=TIMEOUT)
    assert table_sns(view) == []
    view.state_combo.setCurrentIndex(0)
    view.table.horizontalHeader().setSortIndicator(DeviceTableModel.SN, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: table_sns(view)[:1] == ["PUMP-0029"], timeout=TIMEOUT)


def test_import_with_errors_highlights_cells_then_a_good_file_imports(view: DevicesView, qtbot,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [
        ["sn", "name", "voltage", "colour", "owner"],
        ["IMP-1", "one", "230", "red", "ann"],
        ["IMP 2", "two", "230", "red", "ann"],
        ["IMP-3", "three", "5000", "purple", "ann"],
        ["IMP-1", "again", "230", "green", "ann"],
    ])
    view.import_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.set_path(bad)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=TIMEOUT)
    model = dialog.model
    marked = {(int(model.headerData(row, Qt.Orientation.Vertical)), model.headerData(column, Qt.Orientation.Horizontal))
              for row in range(model.rowCount()) for column in range(model.columnCount())
              if model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is not None}
    assert marked == {(3, "sn"), (4, "voltage"), (4, "colour"), (5, "sn")}
    assert "appears twice" in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(listed) == 4 and all("bad.csv, row" in text for text in listed)
    assert any("row 4, column 'voltage'" in text for text in listed)
    assert not dialog.import_button.isEnabled() and "4 rows, 4 problems" in dialog.summary.text()
    dialog.problems.itemClicked.emit(dialog.problems.item(1))
    assert dialog.table.currentIndex().row() == 2
    assert device_listing.count_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)) == 0  # nothing written

    good = write_csv(tmp_path / "good.csv", [
        ["sn", "name", "voltage", "colour", "owner"],
        *[[f"IMP-{n}", f"meter {n}", "230", "green", "ann"] for n in range(1, 8)],
    ])
    dialog.set_path(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.problems.count() == 0 and "7 devices, no problems" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: view.model.total == 7 and view.model.rowCount() == 7, timeout=TIMEOUT)
    assert table_sns(view) == [f"IMP-{n}" for n in range(1, 8)]
    assert view.model.record(2).name == "meter 3"


def test_bulk_disable_enable_and_delete_with_confirmation(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    register_range(view, qtbot, "D-", 0, 6)
    qtbot.waitUntil(lambda: view.model.rowCount() == 6, timeout=TIMEOUT)
    assert not view.disable_button.isEnabled()
    select_rows(view, [1, 2, 4])
    assert view.disable_button.isEnabled() and "3 selected" in view.selection_label.text()
    view.disable_button.click()
    reason = view.confirmation
    assert isinstance(reason, QInputDialog) and "Disable 3 devices of group" in reason.labelText()
    reason.setTextValue("water damage")
    reason.accept()
    qtbot.waitUntil(lambda: [view.model.record(r).status for r in (1, 2, 4)] == ["disabled"] * 3, timeout=TIMEOUT)
    assert view.model.record(0).status == "registered"
    stored = {d.sn: d.status for d in device_listing.list_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)).devices}
    assert [sn for sn, status in stored.items() if status == "disabled"] == ["D-0001", "D-0002", "D-0004"]
    [event] = audit.list_events(view.env.ctx, audit.AuditFilter(sn="D-0002", action="device.disable"))
    assert "water damage" in json.dumps(event.details)

    select_rows(view, [0, 1])  # D-0000 is not disabled: enabling it is refused by the service, D-0001 works
    view.enable_button.click()
    qtbot.waitUntil(lambda: view.problems_box is not None and view.problems_box.isVisible(), timeout=TIMEOUT)
    assert "D-0000" in view.problems_box.text() and "not disabled" in view.problems_box.text()
    assert view.model.record(1).status == "registered"
    view.problems_box.close()

    select_rows(view, [0, 5])
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.confirmation is not None, timeout=TIMEOUT)
    box = view.confirmation
    assert box is not None and box.objectName() == "confirmDelete" and "Delete 2 devices" in box.text()
    assert "approved" not in box.text().lower()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_until_idle(qtbot, view.env.runner)
    assert view.model.rowCount() == 6
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.confirmation is not None, timeout=TIMEOUT)
    view.confirmation.findChild(type(view.delete_button), "confirmDeleteButton").click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=TIMEOUT)
    assert table_sns(view) == ["D-0001", "D-0002", "D-0003", "D-0004"] and view.model.total == 4
    assert device_listing.count_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)) == 4


def test_export_csv_and_provisioning_with_secrets_needs_confirmation(view: DevicesView, qtbot,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    register_range(view, qtbot, "X-", 1, 4, batch="L1")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=TIMEOUT)
    view.export_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ExportDialog)
    dialog.path_edit.setText(str(tmp_path / "devices.txt"))
    assert not dialog.export_button.isEnabled() and ".csv" in dialog.message.text()
    out = tmp_path / "devices.csv"
    dialog.path_edit.setText(str(out))
    assert dialog.export_button.isEnabled()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.exported == 4, timeout=TIMEOUT)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["sn"] for row in rows] == ["X-0001", "X-0002", "X-0003", "X-0004"]
    assert {row["batch"] for row in rows} == {"L1"} and "device_key" not in rows[0]
    dialog.close()

    select_rows(view, [1, 2])
    view.export_button.click()
    dialog = view.dialog
    dialog.provisioning_radio.setChecked(True)
    assert dialog.scope() == ExportDialog.SELECTION  # provisioning files go to the selected devices
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("one-file"))
    target = tmp_path / "provisioning.json"
    dialog.path_edit.setText(str(target))
    dialog.secrets_check.setChecked(True)
    dialog.export_button.click()
    box = dialog.confirmation
    assert box is not None and box.objectName() == "confirmSecrets" and "audit" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: "not confirmed" in dialog.message.text(), timeout=TIMEOUT)
    wait_until_idle(qtbot, view.env.runner)
    assert not target.exists()
    dialog.export_button.click()
    dialog.confirmation.findChild(type(dialog.export_button), "confirmSecretsButton").click()
    qtbot.waitUntil(lambda: dialog.exported == 2, timeout=TIMEOUT)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [entry["sn"] for entry in data["devices"]] == ["X-0002", "X-0003"]
    assert all(entry["device_key"] for entry in data["devices"])
    exports = [event for event in audit.list_events(view.env.ctx) if event.action == "device.provisioning.export"]
    assert len(exports) == 1 and exports[0].actor == "tina"


def test_an_installer_sees_the_devices_but_cannot_register_or_delete(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    setup = ui_environment(tmp_path, Role.SUPERVISOR)
    add_standard_setup(setup.ctx)
    registering.register_range(setup.ctx, STANDARD_GROUP, "I-", 0, 3)
    setup.runner.shutdown()
    env = ui_environment(tmp_path, Role.INSTALLER, ctx=setup.ctx)
    view = DevicesView(env)
    qtbot.addWidget(view)
    view.set_group(STANDARD_GROUP)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    select_rows(view, [0])
    assert not view.register_button.isEnabled() and not view.import_button.isEnabled()
    assert not view.delete_button.isEnabled() and not view.export_button.isEnabled()
    assert view.disable_button.isEnabled()  # installers may disable a device
    settle(env)


def test_print_labels_opens_the_print_dialog_for_the_selection_or_the_batch(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.print_labels import PrintLabelsDialog

    register_range(view, qtbot, "P-", 0, 5, batch="PB")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5 and view.batch_combo.findData("PB") > 0, timeout=TIMEOUT)
    select_rows(view, [0, 2])
    view.print_button.click()
    dialog = view.dialog
    assert isinstance(dialog, PrintLabelsDialog)
    assert dialog.selection.sns == ("P-0000", "P-0002") and dialog.selection.group == STANDARD_GROUP
    dialog.reject()
    view.table.selectionModel().clearSelection()
    view.batch_combo.setCurrentIndex(view.batch_combo.findData("PB"))
    view.print_button.click()
    assert view.dialog.selection.batch == "PB" and view.dialog.selection.sns == ()
    view.dialog.reject()


def test_cancelling_a_large_range_registers_nothing(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.range_button.click()
    dialog = view.dialog
    assert isinstance(dialog, RegisterRangeDialog)
    dialog.prefix_edit.setText("BIG-")
    dialog.count_spin.setValue(100_000)
    assert dialog.preview.text() == "BIG-000001 … BIG-100000  (100,000 SNs)"
    dialog.ok_button.click()
    assert dialog.progress.isVisible() and not dialog.prefix_edit.isEnabled()
    dialog.cancel_button.click()  # Cancel while it runs stops the registration, the dialog stays
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60000)
    assert dialog.isVisible() and dialog.message.text() == "Cancelled; nothing was registered."
    assert device_listing.count_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)) == 0
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_select_all_matching_acts_on_devices_not_loaded_yet(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.print_labels import PrintLabelsDialog

    registering.register_range(view.env.ctx, STANDARD_GROUP, "M-", 0, 700, width=4)
    registering.register_range(view.env.ctx, STANDARD_GROUP, "OTHER-", 0, 3)
    view.filter_edit.setText("M-")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.model.total == 700 and not view.model.loading, timeout=TIMEOUT)
    assert view.model.rowCount() < 700  # only the first page is loaded
    view.table.selectAll()
    link = view.all_matching_link
    assert link.isVisible() and "Select all 700 matching devices" in link.text()
    link.linkActivated.emit("all")
    assert view.all_matching and "All 700 matching devices selected" in view.selection_label.text()

    view.print_button.click()  # a text filter: the dialog gets every matching SN, not the loaded page
    qtbot.waitUntil(lambda: isinstance(getattr(view, "dialog", None), PrintLabelsDialog), timeout=TIMEOUT)
    assert len(view.dialog.selection.sns) == 700 and "OTHER-0" not in view.dialog.selection.sns
    view.dialog.reject()

    view.disable_button.click()
    reason = view.confirmation
    assert isinstance(reason, QInputDialog) and "Disable 700 devices of group" in reason.labelText()
    reason.accept()
    qtbot.waitUntil(lambda: view.bulk_task is None and not view.model.loading, timeout=60_000)
    stored = {d.sn: d.status for d in device_listing.iter_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP))}
    assert sum(status == "disabled" for status in stored.values()) == 700
    assert {stored[f"OTHER-{n}"] for n in range(3)} == {"registered"}
    assert not view.all_matching and not view.all_matching_link.isVisible()
    assert view.model.record(0).status == "disabled"  # the table was reloaded

    view.table.selectAll()  # a selection changed by hand is no longer "all matching"
    view.select_all_matching()
    select_rows(view, [0])
    assert not view.all_matching and "1 selected" in view.selection_label.text()


def test_register_range_needs_a_prefix_or_the_no_prefix_box(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.range_button.click()
    dialog = view.dialog
    assert isinstance(dialog, RegisterRangeDialog)
    assert dialog.prefix_edit.text() == ""
    assert not dialog.ok_button.isEnabled() and dialog.preview.text() == ""
    assert dialog.message.text().startswith("Prefix: give a prefix such as PUMP-")
    qtbot.keyClick(dialog.prefix_edit, Qt.Key.Key_Return)  # Enter registers nothing
    wait_until_idle(qtbot, view.env.runner)
    assert device_listing.count_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)) == 0
    dialog.count_spin.setValue(3)
    dialog.no_prefix.setChecked(True)
    assert dialog.ok_button.isEnabled() and dialog.preview.text() == "000001 … 000003  (3 SNs)"
    dialog.prefix_edit.setText("P-")
    assert not dialog.no_prefix.isEnabled() and dialog.preview.text() == "P-000001 … P-000003  (3 SNs)"
    dialog.prefix_edit.setText("")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.ok_button.click()
    assert [d.sn for d in device_listing.iter_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP))] == [
        "000001", "000002", "000003"]
    view.filter_edit.setText("000002")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.model.total == 1 and not view.model.loading, timeout=TIMEOUT)
    assert view.count_label.text() == "1 device (1 shown)"  # not "1 devices"


def test_approved_batches_are_named_before_their_devices_change(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import batches
    from tests.support.ctx import as_role

    register_range(view, qtbot, "OK-", 0, 2, batch="DONE")
    register_range(view, qtbot, "NEW-", 0, 1)
    batches.review_batch(as_role(view.env.ctx, Role.SUPERVISOR, "sue"), STANDARD_GROUP, "DONE", approve=True,
                         comment="")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=TIMEOUT)
    select_rows(view, [0, 1, 2])  # NEW-0000, OK-0000, OK-0001
    view.delete_button.click()
    qtbot.waitUntil(lambda: view.confirmation is not None, timeout=TIMEOUT)
    box = view.confirmation
    assert "2 devices of batch DONE (approved by sue)" in box.text()
    button = box.findChild(type(view.delete_button), "confirmDeleteButton")
    assert button.text() == "Delete anyway"
    button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=TIMEOUT)
    [event] = audit.list_events(view.env.ctx, audit.AuditFilter(sn="OK-0001", action="device.delete"))
    assert event.actor == "tina"

    view.register_button.click()  # adding a device to the approved batch asks first
    single = view.dialog
    assert isinstance(single, RegisterDeviceDialog)
    single.sn_edit.setText("OK-0009")
    single.batch_edit.setText("DONE")
    single.ok_button.click()
    qtbot.waitUntil(lambda: single.findChild(QMessageBox, "confirmApprovedBatch") is not None, timeout=TIMEOUT)
    question = single.findChild(QMessageBox, "confirmApprovedBatch")
    assert "Batch DONE of line1 was approved by sue" in question.text()
    assert device_listing.count_devices(view.env.ctx, DeviceQuery(group=STANDARD_GROUP)) == 0
    with qtbot.waitSignal(single.accepted, timeout=TIMEOUT):
        question.findChild(type(view.delete_button), "confirmApprovedBatchButton").click()
    assert device_lookup.get_device(view.env.ctx, STANDARD_GROUP, "OK-0009").batch == "DONE"


def test_enable_disable_and_delete_follow_the_services_rules(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import lifecycle
    from tests.support.ctx import as_role

    register_range(view, qtbot, "E-", 0, 3)
    supervisor = as_role(view.env.ctx, Role.SUPERVISOR, "sue")
    lifecycle.disable(supervisor, STANDARD_GROUP, "E-0001", "test")
    lifecycle.activate(supervisor, STANDARD_GROUP, "E-0002", {"owner": "ops"})
    view.model.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and view.model.record(1).status == "disabled", timeout=TIMEOUT)
    select_rows(view, [0])  # registered: may be disabled and deleted, not enabled
    assert view.disable_button.isEnabled() and view.delete_button.isEnabled()
    assert not view.enable_button.isEnabled() and view.enable_button.toolTip() == "Only disabled devices can be enabled"
    select_rows(view, [1])  # disabled: only Enable (and Delete)
    assert view.enable_button.isEnabled() and not view.disable_button.isEnabled() and view.delete_button.isEnabled()
    select_rows(view, [2])  # activated: no Enable, no Delete
    assert view.disable_button.isEnabled() and not view.enable_button.isEnabled()
    assert not view.delete_button.isEnabled() and "disabled before" in view.delete_button.toolTip()
    select_rows(view, [0, 1])  # a mixed selection: each button that changes at least one
    assert view.enable_button.isEnabled() and view.disable_button.isEnabled()


def test_double_click_or_enter_opens_the_device_details(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QTableWidget

    from app.services import device_registration as reg
    from app.services import groups, lifecycle
    from app.ui.dialogs.device_details_dialog import DeviceDetailsDialog
    from tests.support.ctx import as_role

    register_range(view, qtbot, "DD-", 0, 2, batch="LOT-D")
    supervisor = as_role(view.env.ctx, Role.SUPERVISOR, "sue")
    lifecycle.activate(supervisor, STANDARD_GROUP, "DD-0001", {"owner": "ops", "voltage": "230"})
    ctx = view.env.ctx
    service = reg.service_context(ctx.db, ctx.keyring, ctx.home)
    scope = groups.get_group(supervisor, STANDARD_GROUP).group_id
    reg.register(service, reg.RegistrationRequest(scope, "DD-0001", None, "mqtt", "10.0.0.7:5000", "site:1"))
    view.model.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.record(1).status == "connected", timeout=TIMEOUT)

    rect = view.table.visualRect(view.model.index(1, DeviceTableModel.SN))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(getattr(view, "dialog", None), DeviceDetailsDialog), timeout=TIMEOUT)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.tabs.count() == 6, timeout=TIMEOUT)
    assert [dialog.tabs.tabText(i) for i in range(6)] == ["Device", "Master data", "Allocations", "Reprovisions",
                                                         "Registrations", "Audit history"]
    record = dialog.section_widget("device")
    texts = [label.text() for label in record.findChildren(QLabel)]
    assert "DD-0001" in texts and "connected" in texts and "LOT-D" in texts
    registrations = dialog.section_widget("registrations")
    assert isinstance(registrations, QTableWidget)
    assert [registrations.item(0, c).text() for c in range(1, 4)] == ["mqtt", "assigned", "initialAssignment"]
    master = dialog.section_widget("masterdata")
    assert isinstance(master, QTableWidget)
    values = {master.item(r, 0).text(): master.item(r, 1).text() for r in range(master.rowCount())}
    assert (values["Owner"], values["Voltage"]) == ("ops", "230")  # the labels, not the keys
    allocations = dialog.section_widget("allocations")
    assert isinstance(allocations, QTableWidget)
    assert [allocations.item(0, c).text() for c in range(3)] == ["ou-a", "prod", "active"]
    history = dialog.section_widget("history")
    assert isinstance(history, QTableWidget)
    actions = {history.item(r, 2).text() for r in range(history.rowCount())}
    assert "device.activate" in actions
    dialog.close()

    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, DeviceTableModel.SN))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(view.dialog, DeviceDetailsDialog) and view.dialog.sn == "DD-0000",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.dialog.tabs.count() == 6, timeout=TIMEOUT)
    assert isinstance(view.dialog.section_widget("allocations"), QLabel)  # not allocated yet: said in words
    assert isinstance(view.dialog.section_widget("registrations"), QLabel)
    view.dialog.close()


def test_import_preview_shows_header_and_row_problems_at_once(view: DevicesView, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write_csv(tmp_path / "both.csv", [["sn", "colour", "voltage", "shade"], ["H-1", "red", "lots", "x"]])
    view.import_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ImportDialog)
    dialog.set_path(bad)
    qtbot.waitUntil(lambda: dialog.problems.count() == 2, timeout=TIMEOUT)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "row 1, column 'shade': unknown column" in listed[0]
    assert "row 2, column 'voltage': 'lots' is not a number" in listed[1]  # without pressing Check again
    assert "1 row, 2 problems" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_the_state_column_shows_a_replacement_whole(view: DevicesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import lifecycle
    from tests.support.ctx import as_role

    register_range(view, qtbot, "PUMP-", 123, 2)
    supervisor = as_role(view.env.ctx, Role.SUPERVISOR, "sue")
    lifecycle.activate(supervisor, STANDARD_GROUP, "PUMP-0123", {"owner": "ops"})
    lifecycle.replace(supervisor, STANDARD_GROUP, "PUMP-0123", "PUMP-0124")
    view.model.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.record(0).status == "replaced", timeout=TIMEOUT)
    text = view.model.data(view.model.index(0, DeviceTableModel.STATUS))
    assert text == "replaced by PUMP-0124"  # the state said once
    width = view.table.horizontalHeader().sectionSize(DeviceTableModel.STATUS)
    assert view.table.fontMetrics().horizontalAdvance(text) + 8 <= width  # not cut off
    assert width <= view.table.fontMetrics().horizontalAdvance(text) * 1.6  # and not wasting space
