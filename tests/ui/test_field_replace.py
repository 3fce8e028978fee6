"""Replace in the Field view as an installer does it: the new device's label read by a USB scanner, a typed
manual code, a forged label; the preview's state is the one the device ends in; the retired device is shown as
retired; long messages wrap and never push the action buttons off the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.qr.manual_code import format_manual_code
from app.scan.outcomes import ScanOutcome
from app.services import device_lookup, lifecycle
from app.ui.views.installer.field_actions import PAGE_REPLACE
from app.ui.views.installer.field_view import FieldView
from tests.ui.installer_support import GROUP, Station, forged_label, label_data, running_field_view

OWNER_DATA = {"owner": "ACME Water", "voltage": "230"}


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def show_device(qtbot, view: FieldView, sn: str) -> None:  # type: ignore[no-untyped-def]
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, sn)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.current is not None and view.current.device.sn == sn, timeout=5_000)


def begin_replace(qtbot, view: FieldView) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view.scan_input, Qt.Key.Key_F7)
    assert view.pages.currentIndex() == PAGE_REPLACE


def test_a_usb_scanner_reads_the_new_devices_label_into_the_replace_field(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    lifecycle.activate(st.admin, GROUP, "PUMP-0001", OWNER_DATA)
    show_device(qtbot, view, "PUMP-0001")
    begin_replace(qtbot, view)
    page = view.replace_page
    assert page.new_sn.hasFocus()
    label = label_data(st.admin, GROUP, "PUMP-0004")
    qtbot.keyClicks(page.new_sn, label.payload)  # the scanner types the QR code's text within milliseconds
    qtbot.keyClick(page.new_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(page.confirm_button.isEnabled, timeout=5_000)
    assert page.new_sn.text() == "PUMP-0004"
    assert "<b>PUMP-0004</b> takes over from <b>PUMP-0001</b>" in page.preview.text()
    read = view.scans.entry(0).result
    assert (read.outcome, read.source, read.verified) == (ScanOutcome.OK, "scanner", True)
    # the preview says the state the new device will really be in: installed (activate it next), not allocated
    assert "State afterwards:</td><td><b>installed</b>" in page.preview.text()
    with qtbot.waitSignal(view.actionFinished, timeout=10_000) as finished:
        page.confirm_button.click()
    assert finished.args == ["replace", True]
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0004").status == "installed"

    # the retired device: retired, who replaced it as a note, no allocation, no "last error"
    lifecycle.activate(st.admin, GROUP, "PUMP-0004")  # the asset is allocated again, for the new device
    with qtbot.waitSignal(view.deviceShown, timeout=5_000,
                          check_params_cb=lambda details: details.device.sn == "PUMP-0001"):
        view.load_device(GROUP, "PUMP-0001")
    panel = view.device_panel
    assert panel.status.text().strip() == "REPLACED"
    assert panel.note.isVisibleTo(view) and panel.note.text() == "Retired: replaced by PUMP-0004"
    assert not panel.error.isVisibleTo(view)
    assert panel.allocation.text().startswith("none (retired")


def test_typed_manual_codes_in_both_replace_fields(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    lifecycle.install(st.admin, GROUP, "PUMP-0002", OWNER_DATA)
    begin_replace(qtbot, view)  # no device shown: the faulty one first
    page = view.replace_page
    assert page.old_sn.hasFocus()
    old_code = format_manual_code(device_lookup.get_device(st.admin, GROUP, "PUMP-0002").manual_code)
    qtbot.keyClicks(page.old_sn, old_code, delay=120)  # a person types the 12 digits from the label
    qtbot.keyClick(page.old_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.old_sn.text() == "PUMP-0002", timeout=5_000)
    assert page.new_sn.hasFocus() and page.group == GROUP
    new_code = format_manual_code(device_lookup.get_device(st.admin, GROUP, "PUMP-0005").manual_code)
    qtbot.keyClicks(page.new_sn, new_code, delay=120)
    qtbot.keyClick(page.new_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(page.confirm_button.isEnabled, timeout=5_000)
    assert page.new_sn.text() == "PUMP-0005"
    assert [view.scans.entry(row).result.outcome for row in (1, 0)] == [ScanOutcome.MANUAL, ScanOutcome.MANUAL]
    assert "State afterwards:</td><td><b>installed</b>" in page.preview.text()


def test_a_forged_label_or_wrong_manual_code_in_the_replace_field_is_refused_there(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    show_device(qtbot, view, "PUMP-0001")
    begin_replace(qtbot, view)
    page = view.replace_page
    forged = forged_label(label_data(st.admin, GROUP, "PUMP-0004"), "PUMP-0005")
    qtbot.keyClicks(page.new_sn, forged.payload)
    qtbot.keyClick(page.new_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "New device:" in page.preview.text(), timeout=5_000)
    assert "altered or forged" in page.preview.text() and not page.confirm_button.isEnabled()
    assert view.banner.level == "error" and view.scans.entry(0).result.outcome is ScanOutcome.FORGED
    assert view.pages.currentIndex() == PAGE_REPLACE and page.old_sn.text() == "PUMP-0001"

    qtbot.keyClicks(page.new_sn, "1234-5678-9012", delay=120)  # the selection is replaced by what is typed
    qtbot.keyClick(page.new_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "wrong" in page.preview.text(), timeout=5_000)
    assert view.scans.entry(0).result.outcome is ScanOutcome.BAD_MANUAL_CODE
    assert not page.confirm_button.isEnabled()


def test_a_very_long_message_wraps_and_keeps_the_window_and_its_buttons_in_place(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    _st, view = field
    show_device(qtbot, view, "PUMP-0001")
    begin_replace(qtbot, view)
    QApplication.processEvents()
    width, minimum = view.width(), view.minimumSizeHint().width()
    long_code = "DPS1*" + "A7" * 600  # one unbroken run, as a scanned payload or a path in a message
    view.replace_page.show_problem(f"no device with SN {long_code!r}; register it first " + "word " * 200)
    view.banner.show_text("error", "Replace failed " + long_code, "device " + long_code + " is unknown")
    view.device_panel.error.setText(long_code)
    view.device_panel.error.setVisible(True)
    for _round in range(3):  # the layouts settle (each activation may post another)
        view.layout().activate()
        QApplication.processEvents()
    assert view.minimumSizeHint().width() <= minimum
    assert view.width() == width  # not stretched past the 1,280 px it was given
    for button in view.action_buttons.findChildren(type(view.install_button)):
        corner = button.mapTo(view, QPoint(button.width(), button.height()))
        assert 0 < corner.x() <= view.width() and 0 < corner.y() <= view.height(), button.text()
    preview = view.replace_page.preview
    assert preview.height() > 3 * preview.fontMetrics().height()  # wrapped, and scrolls rather than clipped
    assert preview.height() >= preview.heightForWidth(preview.width())
    assert view.banner.height() < view.height() / 3  # the banner stays a banner
