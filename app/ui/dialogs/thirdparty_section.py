"""The device details' "Third-party code" tab: the Matter or Z-Wave code kept with the device, its secret behind
the audited reveal (app/services/thirdparty_registry.py)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeNotice, Topic
from app.scan.thirdparty import HIDDEN
from app.services import thirdparty_registry
from app.services.context import ServiceContext
from app.services.thirdparty_registry import ThirdPartyRecord
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.widgets.wrapping import breakable



def load_code(ctx: ServiceContext, group: str, sn: str) -> ThirdPartyRecord | None:
    return thirdparty_registry.third_party_code(ctx, group, sn)


def build_section(record: ThirdPartyRecord | None) -> QWidget | None:
    """The tab, only for a device registered from a third-party code."""
    return ThirdPartySection(record) if record is not None else None


class ThirdPartySection(QWidget):
    """The code's fields; Reveal… (confirmed, recorded in the audit trail) shows the passcode or DSK PIN."""

    def __init__(self, record: ThirdPartyRecord | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thirdPartyCode")
        self.record = record
        self.secret_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        if record is None:
            empty = QLabel(QCoreApplication.translate(
                "ThirdPartySection", "This device was not registered from a Matter or Z-Wave code."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
            self.reveal_button = None
            return
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ThirdPartySection", "Format:"),
                    QLabel(QCoreApplication.translate("message values", _format_name(record))))
        for name, value in _fields(record.fields):
            shown = QLabel(breakable(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{name}:", shown)
        layout.addLayout(form)
        self.reveal_button = QPushButton(QCoreApplication.translate("ThirdPartySection", "Reveal the %1…").replace(
            "%1", QCoreApplication.translate("message values", record.secret_name)))
        self.reveal_button.setObjectName("revealStoredThirdPartySecret")
        self.reveal_button.setToolTip(QCoreApplication.translate(
            "ThirdPartySection", "Shows it after a confirmation; recorded in the audit trail"))
        self.reveal_button.clicked.connect(self.ask_reveal)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _env(self) -> tuple[UiEnvironment, str, str] | None:
        window = self.window()
        env, group, sn = (getattr(window, name, None) for name in ("env", "group", "sn"))
        if isinstance(env, UiEnvironment) and isinstance(group, str) and isinstance(sn, str):
            return env, group, sn
        return None

    def ask_reveal(self) -> QMessageBox | None:
        found = self._env()
        if self.record is None or found is None:
            return None
        env, group, sn = found
        secret = QCoreApplication.translate("message values", self.record.secret_name)
        title = QCoreApplication.translate("ThirdPartySection", "Reveal the %1?").replace("%1", secret)
        text = QCoreApplication.translate(
            "ThirdPartySection", "Reveal the %1 of %2?\n\nThe reveal is recorded in the audit trail with your name.")
        box = QMessageBox(QMessageBox.Icon.Question, title, text.replace("%1", secret).replace("%2", sn),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("storedThirdPartyRevealConfirm")
        reveal = box.addButton(QCoreApplication.translate("ThirdPartySection", "Reveal"),
                               QMessageBox.ButtonRole.AcceptRole)
        reveal.setObjectName("confirmStoredThirdPartyReveal")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._reveal(env, group, sn) if button is reveal else None)
        box.open()
        return box

    def _reveal(self, env: UiEnvironment, group: str, sn: str) -> None:
        from app.ui.views.installer.thirdparty_panel import ThirdPartySecretDialog

        ctx = env.ctx

        def shown(secret: str) -> None:
            title = QCoreApplication.translate("message values", self.record.secret_name if self.record else "")
            dialog = ThirdPartySecretDialog(f"{title} · {sn}", secret, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.secret_dialog = dialog
            dialog.open()

        env.runner.call("reveal a stored third-party code's secret",
                        lambda: thirdparty_registry.reveal_registered_secret(ctx, group, sn),
                        on_done=shown, on_failed=lambda error: show_error(self, error),
                        changes=ChangeNotice.of(Topic.AUDIT, group=group))


def _format_name(record: ThirdPartyRecord) -> str:
    if record.format == "zwave":
        return f"Z-Wave {record.fields.get('version', '')} QR code".replace("  ", " ")
    return "Matter QR code" if record.fields.get("source") == "qr" else "Matter manual pairing code"


_LABELS = {  # field -> label (translated in the ThirdPartyPanel's context, where the scan shows the same fields)
    "vendor_id": "Vendor ID", "product_id": "Product ID", "discriminator": "Discriminator",
    "serial_number": "Serial number", "commissioning_flow": "Commissioning flow", "manufacturer_id": "Manufacturer ID",
    "product_type": "Product type", "application_version": "Application version", "uuid": "UUID",
    "requested_keys": "Requested keys", "supported_protocols": "Protocols",
}


def _fields(fields: dict[str, Any]) -> list[tuple[str, str]]:
    """The public fields worth showing, labelled; never a secret (the stored fields hold none)."""
    source: dict[str, Any] = dict(fields["payloads"][0]) if fields.get("format") == "matter" and fields.get(
        "payloads") else dict(fields)
    rows: list[tuple[str, str]] = []
    for key, label in _LABELS.items():
        value = source.get(key)
        if value is None or value == HIDDEN:
            continue
        if isinstance(value, int) and key.endswith(("_id", "_type")):
            text = f"0x{value:04X} ({value})"
        elif isinstance(value, list):
            text = ", ".join(str(item) for item in value) or "-"
        else:
            text = value if isinstance(value, str) else json.dumps(value)
        rows.append((QCoreApplication.translate("ThirdPartyPanel", label), text))
    return rows
