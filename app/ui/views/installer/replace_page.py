"""Replace a faulty device: its SN, then the new device's SN (scanned or typed), what moves over, confirm."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

MOVED_LABELS = (("asset_id", "Asset ID"), ("name", "Name"), ("description", "Description"), ("batch", "Batch"),
                ("status", "State"))


def _escape(value: object) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReplacePage(QWidget):
    previewRequested = Signal(str, str, str)  # group, faulty SN, new SN
    confirmed = Signal(str, str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replacePage")
        self.group = ""
        self._previewed: tuple[str, str, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("replaceTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        form = QFormLayout()
        self.old_sn = QLineEdit()
        self.old_sn.setObjectName("replaceOldSn")
        self.old_sn.setPlaceholderText(self.tr("scan or type the faulty device"))
        self.new_sn = QLineEdit()
        self.new_sn.setObjectName("replaceNewSn")
        self.new_sn.setPlaceholderText(self.tr("scan or type the new device"))
        form.addRow(self.tr("Faulty device:"), self.old_sn)
        form.addRow(self.tr("New device:"), self.new_sn)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("replacePreview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Show what moves over"))
        self.preview_button.setObjectName("replacePreviewButton")
        self.confirm_button = QPushButton(self.tr("Confirm replacement"))
        self.confirm_button.setObjectName("replaceConfirm")
        self.confirm_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("replaceCancel")
        for button in (self.preview_button, self.confirm_button, self.cancel_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self._request_preview)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.cancelled)
        self.old_sn.textEdited.connect(self._invalidate)
        self.new_sn.textEdited.connect(self._invalidate)
        self.new_sn.returnPressed.connect(self._request_preview)
        self.old_sn.returnPressed.connect(self.new_sn.setFocus)

    def begin(self, group: str, faulty_sn: str) -> None:
        self.group = group
        self.old_sn.setText(faulty_sn)
        self.new_sn.clear()
        self._invalidate()
        self._update_title()
        (self.new_sn if faulty_sn else self.old_sn).setFocus()

    def _update_title(self) -> None:
        if not self.old_sn.text().strip():
            self.title.setText(self.tr("<b>Replace</b>: scan or type the <b>faulty</b> device first."))
        else:
            self.title.setText(self.tr("<b>Replace %s</b> (group %s): now scan or type the <b>new</b> device.")
                               % (_escape(self.old_sn.text().strip()), _escape(self.group or "?")))

    def accept_scan(self, sn: str, group: str | None) -> None:
        """A scan while replacing: the faulty device if none yet, else the new one (then the preview)."""
        if not self.old_sn.text().strip():
            self.group = group or self.group
            self.old_sn.setText(sn)
            self._invalidate()
            self._update_title()
            self.new_sn.setFocus()
            return
        self.new_sn.setText(sn)
        self._invalidate()
        self._request_preview()

    def show_preview(self, moved: dict[str, Any]) -> None:
        rows = [f"<tr><td>{self.tr(label)}:</td><td><b>{_escape(moved.get(key) or '-')}</b></td></tr>"
                for key, label in MOVED_LABELS]
        master = moved.get("master_data") or {}
        data = ", ".join(f"{_escape(k)} = {_escape(v)}" for k, v in master.items()) or "-"
        rows.append(f"<tr><td>{self.tr('Master data')}:</td><td><b>{data}</b></td></tr>")
        self.preview.setText(
            self.tr("<b>%s</b> takes over from <b>%s</b>; %s is retired and its credentials revoked:")
            % (_escape(moved.get("to_sn")), _escape(moved.get("from_sn")), _escape(moved.get("from_sn")))
            + "<table>" + "".join(rows) + "</table>")
        self._previewed = self.current()
        self.confirm_button.setEnabled(True)
        self.confirm_button.setFocus()

    def show_problem(self, text: str) -> None:
        self.preview.setText(f"<span style='color:#c62828'><b>{_escape(text)}</b></span>")
        self.confirm_button.setEnabled(False)

    def current(self) -> tuple[str, str, str]:
        return self.group, self.old_sn.text().strip(), self.new_sn.text().strip()

    def _invalidate(self, _text: str = "") -> None:
        self._previewed = None
        self.confirm_button.setEnabled(False)
        self.preview.clear()
        self._update_title()

    def _request_preview(self) -> None:
        group, old, new = self.current()
        if not old:
            self.show_problem(self.tr("Scan or type the faulty device first."))
            return
        if not new:
            self.show_problem(self.tr("Scan or type the new device."))
            return
        self.previewRequested.emit(group, old, new)

    def _confirm(self) -> None:
        if self._previewed is not None and self._previewed == self.current():
            self.confirmed.emit(*self.current())
