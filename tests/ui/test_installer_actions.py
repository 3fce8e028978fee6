"""The field workspace's actions as an installer uses them: master data with a wrong value then activate,
replace (what moves over, confirm), reprovision under a direct and an approval policy, disable, the
session summary, and all of it with the central database unreachable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox

from app.domain.enums import ReprovisionState, Role
from app.domain.errors import PermissionDeniedError
from app.services import device_lookup, lifecycle
from app.sync.central import CENTRAL_URL_KEY
from app.ui.main_window import MainWindow
from app.ui.views.installer.field_actions import PAGE_DISABLE, PAGE_REPLACE, PAGE_REPROVISION
from app.ui.views.installer.field_view import FieldView
from app.ui.views.installer.summary_dialog import SummaryDialog
from tests.support.ctx import as_role
from tests.support.ui import wait_until_idle
from tests.ui.installer_support import APPROVAL_GROUP, GROUP, Station, running_field_view

OWNER_DATA = {"owner": "ACME Water", "voltage": "230"}


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def scan(qtbot, view: FieldView, sn: str) -> None:  # type: ignore[no-untyped-def]
    """A USB scanner reads the device's plain SN; the device is shown."""
    rows = view.scans.rowCount()
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, sn)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == rows + 1, timeout=5_000)
    if view.pages.currentIndex() == 0:
        qtbot.waitUntil(lambda: view.current is not None and view.current.device.sn == sn, timeout=5_000)


def type_into(qtbot, view: FieldView, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = view.form.editors[key]
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)


def activated(admin, sn: str, group: str = GROUP) -> None:  # type: ignore[no-untyped-def]
    lifecycle.activate(admin, group, sn, OWNER_DATA)


def close_message_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_wrong_master_data_shows_its_message_then_activate_with_ctrl_enter(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    scan(qtbot, view, "PUMP-0001")
    form = view.form
    assert set(form.editors) == {"voltage", "colour", "outdoor", "owner", "install_date", "location", "timezone"}
    assert isinstance(form.editors["colour"], QComboBox) and isinstance(form.editors["outdoor"], QCheckBox)
    assert type(form.editors["install_date"]).__name__ == "_DateField"
    assert form.editors["timezone"].completer() is not None  # type: ignore[attr-defined]

    type_into(qtbot, view, "voltage", "500")
    assert form.messages["voltage"].isVisible()
    assert form.problem("voltage") == "500 is above the maximum 400"
    type_into(qtbot, view, "location", "95,10")
    assert "outside the globe" in form.problem("location")

    qtbot.keyClick(form.editors["voltage"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.banner.title.text() == "Check the master data"
    # the banner names the fields by their labels, in the form's order, not by their keys
    assert view.banner.message.text() == "Voltage: 500 is above the maximum 400 (and 2 more fields)"
    assert form.problem("owner") == "is required"
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0001").status == "registered"  # nothing was sent

    type_into(qtbot, view, "voltage", "230")
    type_into(qtbot, view, "location", "48.137, 11.575")
    type_into(qtbot, view, "owner", "ACME Water")
    form.editors["colour"].setCurrentIndex(2)  # type: ignore[attr-defined]
    form.editors["outdoor"].setChecked(True)  # type: ignore[attr-defined]
    assert not any(form.problem(key) for key in form.editors)
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        qtbot.keyClick(form.editors["owner"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert finished.args == ["activate", True]
    record = device_lookup.get_device(st.admin, GROUP, "PUMP-0001")
    assert record.status == "allocated"
    assert record.master_data["voltage"] == 230 and record.master_data["owner"] == "ACME Water"
    assert record.master_data["colour"] == "green" and record.master_data["outdoor"] is True
    assert record.master_data["location"] == "48.137000,11.575000"
    assert view.banner.level == "ok" and view.banner.title.text() == "PUMP-0001 activated"
    qtbot.waitUntil(lambda: view.device_panel.status.text().strip() == "ALLOCATED", timeout=5_000)
    assert view.scans.entry(0).done == "activated"
    assert view.scan_input.hasFocus()
    assert view.ledger.summary().line().startswith("1 done, 0 failed, 0 pending")

    # the location was wrong: corrected on the activated device, which stays activated
    assert view.install_button.text().startswith("Save master data") and view.install_button.isEnabled()
    type_into(qtbot, view, "location", "48.2, 11.6")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        qtbot.keyClick(view.scan_input, Qt.Key.Key_F5)
    assert finished.args == ["save", True]
    record = device_lookup.get_device(st.admin, GROUP, "PUMP-0001")
    assert record.status == "allocated" and record.master_data["location"] == "48.200000,11.600000"
    assert record.master_data["owner"] == "ACME Water"
    assert view.ledger.summary().line().startswith("1 done, 0 failed, 0 pending")


def test_install_first_then_a_failed_activation_is_counted_as_failed(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    scan(qtbot, view, "PUMP-0002")
    type_into(qtbot, view, "owner", "ACME Water")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        qtbot.keyClick(view.scan_input, Qt.Key.Key_F5)
    assert finished.args == ["install", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0002").status == "installed"
    assert view.ledger.summary().pending[0].sn == "PUMP-0002"
    qtbot.waitUntil(lambda: view.device_panel.status.text().strip() == "INSTALLED", timeout=5_000)

    # someone disables it meanwhile (another station, synced): the activation is refused and shown
    lifecycle.disable(st.admin, GROUP, "PUMP-0002", "test")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        view.activate()
    assert finished.args == ["activate", False]
    assert view.banner.level == "error" and "disabled" in view.banner.message.text()
    assert any("disabled" in text for text in close_message_boxes())
    summary = view.ledger.summary()
    assert [d.sn for d in summary.failed] == ["PUMP-0002"] and not summary.pending


def test_replace_shows_what_moves_over_and_needs_a_confirmation(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    activated(st.admin, "PUMP-0001")
    scan(qtbot, view, "PUMP-0001")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F7)
    assert view.pages.currentIndex() == PAGE_REPLACE
    assert view.replace_page.old_sn.text() == "PUMP-0001"
    assert "now scan or type the <b>new</b> device" in view.replace_page.title.text()

    # the new device is scanned: it goes to the replacement, and what moves over is shown
    scan(qtbot, view, "PUMP-0004")
    qtbot.waitUntil(lambda: view.replace_page.confirm_button.isEnabled(), timeout=5_000)
    preview = view.replace_page.preview.text()
    assert "<b>PUMP-0004</b> takes over from <b>PUMP-0001</b>" in preview
    assert "owner = ACME Water" in preview and "LOT-1" in preview
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0001").status == "allocated"  # nothing done yet

    # an SN of another group cannot replace it: said on the page, confirm stays off
    view.replace_page.new_sn.setText("APPR-0001")
    view.replace_page.new_sn.textEdited.emit("APPR-0001")
    view.replace_page.preview_button.click()
    qtbot.waitUntil(lambda: "belongs to group" in view.replace_page.preview.text(), timeout=5_000)
    assert not view.replace_page.confirm_button.isEnabled()

    view.replace_page.new_sn.setText("PUMP-0004")
    view.replace_page.new_sn.textEdited.emit("PUMP-0004")
    view.replace_page.preview_button.click()
    qtbot.waitUntil(lambda: view.replace_page.confirm_button.isEnabled(), timeout=5_000)
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        view.replace_page.confirm_button.click()
    assert finished.args == ["replace", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0001").status == "replaced"
    new = device_lookup.get_device(st.admin, GROUP, "PUMP-0004")
    assert new.status == "installed" and new.master_data["owner"] == "ACME Water"
    assert view.banner.title.text() == "PUMP-0001 replaced by PUMP-0004"
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0004", timeout=5_000)
    assert view.pages.currentIndex() == 0
    summary = view.ledger.summary()
    assert {d.sn: d.note for d in summary.done} == {"PUMP-0001": "replaced by PUMP-0004"}
    # PUMP-0004 is not activated yet; APPR-0001, typed into the replace field, was read like any scan
    assert {d.sn: d.note for d in summary.pending} == {"PUMP-0004": "replaces PUMP-0001", "APPR-0001": "scanned"}
    assert "Activate PUMP-0004 when ready" in view.banner.message.text()

    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        qtbot.keyClick(view.scan_input, Qt.Key.Key_F6)
    assert finished.args == ["activate", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0004").status == "allocated"
    assert view.ledger.summary().line().startswith("2 done, 0 failed, 1 pending (4 scans, 0 refused, 0 duplicate)")


def test_reprovision_direct_policy_and_approval_policy_makes_a_pending_request(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    activated(st.admin, "PUMP-0003")
    activated(st.admin, "APPR-0001", APPROVAL_GROUP)

    scan(qtbot, view, "PUMP-0003")
    assert view.reprovision_button.isEnabled() and not view.activate_button.isEnabled()
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F8)
    page = view.reprovision_page
    assert view.pages.currentIndex() == PAGE_REPROVISION
    assert "migrate" in page.policy_label.text() and page.submit.text() == "Reprovision now"
    assert page.ou.findText("ou-a") >= 0  # known OUs offered
    page.ou.setEditText("ou-b")
    page.environment.setEditText("staging")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        page.submit.click()
    assert finished.args == ["reprovision", True]
    direct = lifecycle.list_reprovisions(st.admin, group=GROUP)
    assert [(r.sn, r.state, r.target_ou) for r in direct] == [("PUMP-0003", ReprovisionState.PENDING.value, "ou-b")]
    assert view.banner.title.text() == "PUMP-0003 reprovisioned to ou-b / staging"
    qtbot.waitUntil(lambda: "ou-b / staging" in view.device_panel.allocation.text(), timeout=5_000)

    scan(qtbot, view, "APPR-0001")
    view.begin_reprovision()
    assert "supervisor must approve" in page.policy_label.text() and page.submit.text() == "Send for approval"
    page.ou.setEditText("ou-b")
    page.environment.setEditText("prod")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        page.submit.click()
    requests = lifecycle.list_reprovisions(st.admin, group=APPROVAL_GROUP)
    assert [(r.sn, r.state) for r in requests] == [("APPR-0001", ReprovisionState.AWAITING_APPROVAL.value)]
    assert view.banner.title.text() == "Sent for approval: pending"
    assert "supervisor must approve" in view.banner.message.text()
    qtbot.waitUntil(lambda: "awaiting approval" in view.device_panel.requests.text(), timeout=5_000)
    summary = view.ledger.summary()
    assert [d.sn for d in summary.pending] == ["APPR-0001"] and [d.sn for d in summary.done] == ["PUMP-0003"]

    # an installer cannot approve it: the service says no, whatever a window shows
    with pytest.raises(PermissionDeniedError):
        lifecycle.decide_reprovision(st.env.ctx, requests[0].id, approve=True)
    assert lifecycle.list_reprovisions(st.admin, group=APPROVAL_GROUP)[0].state == "awaiting_approval"
    approved = lifecycle.decide_reprovision(as_role(st.admin, Role.SUPERVISOR), requests[0].id, approve=True)
    assert approved.state == ReprovisionState.PENDING.value


def test_disable_with_a_reason_and_the_session_summary(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, "PUMP-00")  # a half-typed SN: Esc clears it
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Escape)
    assert view.scan_input.text() == "" and view.scan_input.hasFocus()
    scan(qtbot, view, "PUMP-0005")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F9)
    assert view.pages.currentIndex() == PAGE_DISABLE
    qtbot.keyClicks(view.disable_page.reason, "housing cracked")
    assert view.disable_page.reason.text() == "housing cracked"
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        qtbot.keyClick(view.disable_page.reason, Qt.Key.Key_Return)
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0005").status == "disabled"
    qtbot.waitUntil(lambda: view.disable_button.text().startswith("Enable"), timeout=5_000)
    assert not view.install_button.isEnabled() and not view.activate_button.isEnabled()
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:  # a mistake: enabled again at once
        qtbot.keyClick(view.scan_input, Qt.Key.Key_F9)
    assert finished.args == ["enable", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0005").status == "registered"
    qtbot.waitUntil(lambda: view.disable_button.text().startswith("Disable"), timeout=5_000)
    scan(qtbot, view, "PUMP-0006")

    dialog = view.show_summary(ending=False)
    assert isinstance(dialog, SummaryDialog)
    done_label = dialog.findChild(QLabel, "summary_done")
    assert done_label is not None and "<b>1</b>" in done_label.text()
    text = dialog.summary.line()
    assert text.startswith("1 done, 0 failed, 1 pending")
    dialog.close()

    ended = view.show_summary(ending=True)
    assert ended.windowTitle() == "End of session" and len(ended.summary.done) == 1
    ended.close()
    assert view.scans.rowCount() == 0 and view.ledger.summary().scans == 0
    scan(qtbot, view, "PUMP-0006")  # a new session: not a duplicate any more
    assert view.scans.entry(0).result.outcome.value == "unsigned"


def test_offline_central_database_everything_still_works_and_sync_says_offline(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, _bare_view = field
    st.admin.db.set_setting(CENTRAL_URL_KEY, "postgresql+psycopg://127.0.0.1:1/x")
    window = MainWindow(st.env, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    view = window.show_workspace("installer")
    assert isinstance(view, FieldView)
    qtbot.waitUntil(lambda: view.session is not None, timeout=10_000)
    assert window.sync.sync_now()
    scan(qtbot, view, "PUMP-0001")
    type_into(qtbot, view, "owner", "Field Co")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        view.activate()
    assert finished.args == ["activate", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0001").status == "allocated"
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("offline"), timeout=30_000)
    assert "pending change" in window.sync_label.text()
    qtbot.waitUntil(lambda: "camera: none" in window.camera_label.text(), timeout=10_000)
    window.close()



def test_the_ledger_keeps_an_activation_done_after_a_reprovision_request_and_lists_a_typed_replacement(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    scan(qtbot, view, "APPR-0002")  # onboarded in this session ...
    type_into(qtbot, view, "owner", "ACME Water")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        view.activate()
    assert view.ledger.summary().line().startswith("1 done, 0 failed, 0 pending (1 scan, ")
    qtbot.waitUntil(lambda: view.reprovision_button.isEnabled(), timeout=5_000)
    view.begin_reprovision()  # ... then sent for reprovisioning, which a supervisor must approve
    view.reprovision_page.ou.setEditText("ou-b")
    view.reprovision_page.environment.setEditText("prod")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        view.reprovision_page.submit.click()
    summary = view.ledger.summary()
    assert [d.sn for d in summary.done] == ["APPR-0002"] and not summary.pending  # still onboarded
    assert "awaits approval" in summary.done[0].note

    activated(st.admin, "PUMP-0001")
    scan(qtbot, view, "PUMP-0001")
    rows = view.scans.rowCount()
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F7)
    view.replace_page.new_sn.setText("PUMP-0004")  # typed on the Replace page, never scanned
    view.replace_page.new_sn.textEdited.emit("PUMP-0004")
    view.replace_page.preview_button.click()
    qtbot.waitUntil(lambda: view.replace_page.confirm_button.isEnabled(), timeout=5_000)
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        view.replace_page.confirm_button.click()
    # the Replace field reads what it is given like the scan field (issue 12, item 4.1): the new device has its row
    assert view.scans.rowCount() == rows + 1
    row = view.scans.entry(0)
    assert (row.result.sn, row.done) == ("PUMP-0004", "replaces PUMP-0001")
    model = view.scans
    assert [e.done for e in model.entries() if e.result.sn == "PUMP-0001"] == ["replaced by PUMP-0004"]
    summary = view.ledger.summary()
    assert {d.sn for d in summary.done} == {"APPR-0002", "PUMP-0001"}
    assert [d.sn for d in summary.pending] == ["PUMP-0004"]


def test_end_session_asks_before_clearing_the_ledger(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    _st, view = field
    view.end_button.click()  # nothing in the list: nothing to lose, no question
    qtbot.waitUntil(lambda: any(isinstance(w, SummaryDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SummaryDialog):
            widget.close()
    scan(qtbot, view, "PUMP-0006")
    view.end_button.click()
    box = view.end_confirmation
    assert box is not None and box.isVisible() and "list of 1 scan is cleared" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_until_idle(qtbot, view.env.runner)
    assert view.scans.rowCount() == 1 and view.ledger.summary().scans == 1  # kept
    view.end_button.click()
    view.end_confirmation.findChild(type(view.end_button), "confirmEndSessionButton").click()
    qtbot.waitUntil(lambda: view.scans.rowCount() == 0, timeout=5_000)
    assert view.ledger.summary().scans == 0
    close_message_boxes()


def test_a_required_attribute_of_a_device_activated_meanwhile_cannot_be_emptied(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    """The form checks what it knows (the device as it was loaded); the service checks the device as it is."""
    st, view = field
    scan(qtbot, view, "PUMP-0003")
    type_into(qtbot, view, "owner", "someone")
    lifecycle.activate(st.admin, GROUP, "PUMP-0003", {"owner": "ACME Water"})  # at another station, say
    assert view.install_button.text().startswith("Install")  # shown as it was loaded: registered
    type_into(qtbot, view, "owner", "")
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        qtbot.keyClick(view.scan_input, Qt.Key.Key_F5)
    assert finished.args == ["install", False]
    assert view.banner.title.text() == "Check the master data" and view.form.problem("owner") == "is required"
    record = device_lookup.get_device(st.admin, GROUP, "PUMP-0003")
    assert record.status == "allocated" and record.master_data["owner"] == "ACME Water"

    # shown as it is now: saving its master data keeps the required value, and the form says so first
    with qtbot.waitSignal(view.deviceShown, timeout=10_000):
        view.load_device(GROUP, "PUMP-0003")
    assert view.install_button.text().startswith("Save master data")
    type_into(qtbot, view, "owner", "")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F5)
    assert view.banner.title.text() == "Check the master data" and view.form.problem("owner") == "is required"
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0003").master_data["owner"] == "ACME Water"
