"""Matter and Z-Wave codes in the field view: shown as what they are, their own colour and sound, the secret
only behind the audited reveal; a damaged one refused in red."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from app.scan.outcomes import ScanOutcome
from app.services import audit
from app.services.thirdparty_codes import REVEAL_ACTION
from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.installer.field_view import FieldView
from app.ui.views.installer.thirdparty_panel import ThirdPartySecretDialog
from tests.ui.installer_support import Station, running_field_view

# zwave-js packages/core/src/qr/parse.test.ts, "Acme Light Dimmer"; connectedhomeip
# src/setup_payload/tests/run_python_setup_payload_test.py (discriminator 3840, passcode 20202021)
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
MATTER_QR = "MT:00000CQM00KA0648G00"


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        texts.append(widget.toolTip())
    return texts


def enter(qtbot, view: FieldView, text: str, *, delay: int = -1) -> None:  # type: ignore[no-untyped-def]
    count = view.scans.rowCount()
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, text, delay=delay)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == count + 1, timeout=5_000)


def test_zwave_code_from_the_usb_scanner_and_the_audited_reveal(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    enter(qtbot, view, ZWAVE)  # a scanner types it within milliseconds
    result = view.scans.entry(0).result
    assert (result.outcome, result.source) == (ScanOutcome.ZWAVE, "scanner")
    assert view.banner.level == "third_party" and OUTCOME_COLOURS["third_party"] in view.banner.styleSheet()
    assert view.banner.title.text() == "Z-Wave code: third-party device"
    assert view.sounds.played[-1] == "zwave"
    panel = view.third_party_panel
    assert panel.isVisible() and panel.title() == "Z-Wave SmartStart QR code"
    texts = visible_texts(view)
    assert any("0xFFF0" in t for t in texts) and any("2.66" in t for t in texts)
    assert panel.secret.text() == "•••••" and panel.secret_label.text() == "DSK PIN:"
    assert view.device_panel.sn.text() == "Third-party device"
    assert not any("51525" in t for t in texts)
    assert not view.activate_button.isEnabled()

    box = panel.ask_reveal()
    assert box is not None
    box.findChild(QAbstractButton, "confirmThirdPartyReveal").click()
    qtbot.waitUntil(lambda: isinstance(view.secret_dialog, ThirdPartySecretDialog)
                    and view.secret_dialog.isVisible(), timeout=5_000)
    dialog = view.secret_dialog
    assert dialog is not None and dialog.secret.text() == "51525"
    events = audit.list_events(st.admin, audit.AuditFilter(action=REVEAL_ACTION))
    assert len(events) == 1 and events[0].actor == st.env.ctx.actor.name
    assert "51525" not in repr(events[0].details)
    dialog.reject()
    assert dialog.secret.text() == ""


def test_matter_then_a_device_then_a_damaged_code(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    _st, view = field
    enter(qtbot, view, MATTER_QR)
    assert view.scans.entry(0).result.outcome is ScanOutcome.MATTER
    assert view.banner.title.text() == "Matter code: third-party device" and view.sounds.played[-1] == "matter"
    assert any("3840" in t for t in visible_texts(view.third_party_panel))
    assert view.third_party_panel.secret_label.text() == "Passcode:"
    assert not any("20202021" in t or MATTER_QR[3:] in t for t in visible_texts(view))

    enter(qtbot, view, "PUMP-0002")  # one of ours: the third-party panel goes
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0002", timeout=5_000)
    assert not view.third_party_panel.isVisible()

    enter(qtbot, view, "3497-011-2333", delay=40)  # typed from the box, last digit wrong
    result = view.scans.entry(0).result
    assert result.outcome is ScanOutcome.DAMAGED_CODE
    assert view.banner.level == "error" and view.banner.title.text() == "Damaged code: refused"
    assert "wrong check digit" in view.banner.message.text()
    assert not view.third_party_panel.isVisible()
    assert "1 refused" in view.counts.text()


def test_a_third_party_code_typed_on_the_replace_page_does_not_stay_on_screen(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    _st, view = field
    enter(qtbot, view, "PUMP-0001")
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0001", timeout=5_000)
    view.begin_replace()
    page = view.replace_page
    qtbot.waitUntil(lambda: page.new_sn.isVisible(), timeout=5_000)
    count = view.scans.rowCount()
    page.new_sn.setFocus()
    qtbot.keyClicks(page.new_sn, ZWAVE)
    qtbot.keyClick(page.new_sn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == count + 1, timeout=5_000)
    assert view.scans.entry(0).result.outcome is ScanOutcome.ZWAVE
    assert page.new_sn.text() == ""
    assert not any("51525" in t for t in visible_texts(view))


def test_an_installer_registers_a_scanned_zwave_device_into_a_group(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    from app.services.thirdparty_registry import third_party_code
    from app.ui.dialogs.register_thirdparty_dialog import RegisterThirdPartyDialog

    st, view = field
    enter(qtbot, view, ZWAVE)
    panel = view.third_party_panel
    assert panel.register_button.isVisible()
    panel.register_button.click()
    dialog = view.register_dialog
    assert isinstance(dialog, RegisterThirdPartyDialog)
    qtbot.waitUntil(lambda: dialog.group_box.count() > 0, timeout=5_000)
    assert not dialog.sn_edit.isReadOnly() and not dialog.ok_button.isEnabled()  # Z-Wave: no serial number
    assert not any(ZWAVE in t or "51525" in t for t in visible_texts(dialog))
    group = dialog.group_box.currentText()
    qtbot.keyClicks(dialog.sn_edit, "ZW 1")
    assert "space" in dialog.message.text() and not dialog.ok_button.isEnabled()
    dialog.sn_edit.setText("ZW-1")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.registered, timeout=5_000):
        dialog.ok_button.click()
    stored = third_party_code(st.admin, group, "ZW-1")
    assert stored is not None and stored.format == "zwave"
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "ZW-1", timeout=5_000)
    assert not panel.isVisible()

    # the same code again: refused in the dialog, naming the SN it is registered as
    enter(qtbot, view, ZWAVE)
    panel.register_button.click()
    again = view.register_dialog
    assert isinstance(again, RegisterThirdPartyDialog) and again is not dialog
    qtbot.waitUntil(lambda: again.group_box.count() > 0, timeout=5_000)
    again.group_box.setCurrentText(group)
    again.sn_edit.setText("ZW-2")
    again.ok_button.click()
    qtbot.waitUntil(lambda: "already registered" in again.message.text(), timeout=5_000)
    assert "'ZW-1'" in again.message.text()
    again.reject()


def test_a_matter_code_with_a_serial_number_fills_the_sn(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    from app.qr import matter
    from app.qr.matter import CommissioningFlow, MatterPayload

    _st, view = field
    text = matter.encode_qr([MatterPayload(source="qr", version=0, vendor_id=0xFFF1, product_id=0x8001,
                                           flow=CommissioningFlow.STANDARD, discovery=0x02, discriminator=3840,
                                           short_discriminator=False, passcode=20202021,
                                           serial_number="MT-SN-7")])
    enter(qtbot, view, text)
    view.third_party_panel.register_button.click()
    dialog = view.register_dialog
    assert dialog is not None
    assert dialog.sn_edit.text() == "MT-SN-7" and dialog.sn_edit.isReadOnly()
    dialog.reject()


def test_device_details_show_the_stored_code_and_reveal_its_secret_with_an_audit_event(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    from app.services import groups, registering
    from app.services.thirdparty_registry import REVEAL_ACTION as STORED_REVEAL
    from app.services.thirdparty_registry import register_third_party
    from app.ui.dialogs.device_details_dialog import DeviceDetailsDialog
    from app.ui.dialogs.thirdparty_section import ThirdPartySection

    st, _view = field
    name = groups.list_groups(st.admin, with_counts=False)[0].name
    register_third_party(st.env.ctx, name, ZWAVE, sn="ZW-9")  # as the installer
    dialog = DeviceDetailsDialog(st.env, name, "ZW-9")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.section_widget("thirdparty") is not None, timeout=5_000)
    section = dialog.section_widget("thirdparty")
    assert isinstance(section, ThirdPartySection)
    texts = visible_texts(dialog)
    assert any("0xFFF0" in t for t in texts) and not any("51525" in t for t in texts)
    box = section.ask_reveal()
    assert box is not None
    box.findChild(QAbstractButton, "confirmStoredThirdPartyReveal").click()
    qtbot.waitUntil(lambda: section.secret_dialog is not None and section.secret_dialog.isVisible(), timeout=5_000)
    assert section.secret_dialog.secret.text() == "51525"  # type: ignore[attr-defined]
    events = audit.list_events(st.admin, audit.AuditFilter(action=STORED_REVEAL))
    assert [(e.sn, e.actor) for e in events] == [("ZW-9", st.env.ctx.actor.name)]
    section.secret_dialog.reject()  # type: ignore[attr-defined]

    registering.register_device(st.admin, name, "PLAIN-9")
    plain = DeviceDetailsDialog(st.env, name, "PLAIN-9")  # a device without a code has no such tab
    qtbot.addWidget(plain)
    qtbot.waitUntil(lambda: plain.section_widget("device") is not None, timeout=5_000)
    assert plain.section_widget("thirdparty") is None
