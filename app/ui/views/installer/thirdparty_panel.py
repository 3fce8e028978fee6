"""A scanned Matter or Z-Wave code shown as what it is, its secret hidden behind an audited reveal.

The panel never holds the secret in a widget: it shows a mask, and the reveal (confirmed, then recorded in
the audit trail by the service) opens a dialog that forgets the secret, and the clipboard's copy, on close.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.qr.matter import MatterCode
from app.qr.onboarding import ThirdPartyCode, format_name
from app.qr.zwave import ZWaveCode
from app.scan.thirdparty import HIDDEN, secret_name
from app.ui.dialogs.reveal_secret_dialog import RevealSecretDialog
from app.ui.messages import translate_label
from app.ui.widgets.wrapping import breakable, make_wrapping

CONTEXT = "ThirdPartyPanel"


def _hex(value: int | None) -> str:
    return "-" if value is None else f"0x{value:04X} ({value})"


def code_rows(code: ThirdPartyCode) -> list[tuple[str, object, str]]:
    """(prefix, label, value) rows describing the code, without its secret. The labels are translated when
    shown (QT_TRANSLATE_NOOP marks them for lupdate); the prefix numbers the devices of a joined code."""
    if isinstance(code, ZWaveCode):
        rows: list[tuple[str, object, str]] = [
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Manufacturer ID"), _hex(code.manufacturer_id)),
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Product type"), _hex(code.product_type)),
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Product ID"), _hex(code.product_id)),
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Application version"), code.application_version),
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Device class"),
                 f"0x{code.generic_device_class:02X} / 0x{code.specific_device_class:02X}"),
                ("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Requested keys"), ", ".join(code.key_names) or "-")]
        if code.supported_protocols is not None:
            rows.append(("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "Protocols"), " + ".join(code.protocol_names) or "-"))
        if code.uuid is not None:
            rows.append(("", QT_TRANSLATE_NOOP("ThirdPartyPanel", "UUID"), code.uuid))
        return rows
    assert isinstance(code, MatterCode)
    rows = []
    for number, payload in enumerate(code.payloads, start=1):
        prefix = f"#{number} " if len(code.payloads) > 1 else ""
        rows += [(prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Vendor ID"), _hex(payload.vendor_id)),
                 (prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Product ID"), _hex(payload.product_id)),
                 (prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Discriminator"),
                  f"{payload.discriminator}" + (" (4 bits)" if payload.short_discriminator else ""))]
        if payload.discovery is not None:
            rows.append((prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Discovery"),
                         " + ".join(payload.discovery_names) or "-"))
        rows.append((prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Commissioning flow"), payload.flow.label))
        if payload.serial_number:
            rows.append((prefix, QT_TRANSLATE_NOOP("ThirdPartyPanel", "Serial number"), payload.serial_number))
    return rows


class ThirdPartyPanel(QGroupBox):
    """Shown instead of a device when the last scan was a valid third-party code."""

    revealRequested = Signal(object)  # ThirdPartyCode, after the user confirmed
    registerRequested = Signal(object, str)  # ThirdPartyCode and its text as scanned

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thirdPartyPanel")
        self.code: ThirdPartyCode | None = None
        self._text = ""  # the code as scanned, for a registration; never shown
        self.confirm: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setObjectName("thirdPartyNote")
        make_wrapping(self.note)
        layout.addWidget(self.note)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(2)
        layout.addLayout(self.form)
        secret_row = QHBoxLayout()
        self.secret_label = QLabel()
        self.secret = QLabel(HIDDEN)
        self.secret.setObjectName("thirdPartySecret")
        self.reveal_button = QPushButton(self.tr("Reveal…"))
        self.reveal_button.setObjectName("revealThirdPartySecret")
        self.reveal_button.setToolTip(self.tr("Shows it after a confirmation; recorded in the audit trail"))
        self.reveal_button.clicked.connect(self.ask_reveal)
        secret_row.addWidget(self.secret_label)
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.reveal_button)
        layout.addLayout(secret_row)
        self.register_button = QPushButton(self.tr("Register in a group…"))
        self.register_button.setObjectName("registerThirdParty")
        self.register_button.setToolTip(self.tr("Registers the device in a registration group; the code is kept "
                                                "with it, its secret encrypted"))
        self.register_button.clicked.connect(self.ask_register)
        register_row = QHBoxLayout()
        register_row.addStretch(1)
        register_row.addWidget(self.register_button)
        layout.addLayout(register_row)
        self.setVisible(False)

    def show_code(self, code: ThirdPartyCode, *, can_reveal: bool, text: str = "", can_register: bool = False) -> None:
        self.code = code
        self._text = text
        self.register_button.setVisible(can_register and bool(text))
        self.setTitle(translate_label("ThirdPartyPanel", format_name(code)))
        self.note.setText(self.tr("A third-party device, not a label of this organisation: add it with its own "
                                  "controller or app."))
        while self.form.rowCount():
            self.form.removeRow(0)
        for prefix, label, value in code_rows(code):
            shown = QLabel(breakable(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(prefix + QCoreApplication.translate(CONTEXT, str(label)) + ":", shown)
        self.secret_label.setText(self.tr("DSK PIN:") if isinstance(code, ZWaveCode) else self.tr("Passcode:"))
        self.reveal_button.setEnabled(can_reveal)
        self.setVisible(True)

    def clear(self) -> None:
        self.code = None
        self._text = ""
        self.setVisible(False)

    def ask_register(self) -> None:
        if self.code is not None and self._text:
            self.registerRequested.emit(self.code, self._text)

    def ask_reveal(self) -> QMessageBox | None:
        code = self.code
        if code is None or not self.reveal_button.isEnabled():
            return None
        secret, what = (translate_label("ThirdPartyPanel", secret_name(code)),
                        translate_label("ThirdPartyPanel", format_name(code)))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reveal the %s?") % secret,
                          self.tr("Reveal the %s of this %s?\n\nThe reveal is recorded in the audit trail with "
                                  "your name.") % (secret, what),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("thirdPartyRevealConfirm")
        reveal = box.addButton(self.tr("Reveal"), QMessageBox.ButtonRole.AcceptRole)
        reveal.setObjectName("confirmThirdPartyReveal")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.revealRequested.emit(code) if button is reveal else None)
        self.confirm = box
        box.open()
        return box


class ThirdPartySecretDialog(RevealSecretDialog):
    """The revealed passcode or DSK PIN, cleared (and the clipboard with it) when the dialog closes."""

    def __init__(self, title: str, secret: str, parent: QWidget | None = None) -> None:
        super().__init__("", secret, parent, title=title, warning=QCoreApplication.translate(
            "ThirdPartySecretDialog", "Type it into the device's controller; do not write it down or send it. "
            "This reveal was recorded in the audit trail."))
        self.setObjectName("thirdPartySecretDialog")
