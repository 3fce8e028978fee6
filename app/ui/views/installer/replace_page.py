"""Replace a faulty device: its SN, then the new device's SN (scanned or typed), what moves over, confirm.

Both fields take what the main scan field takes (a USB scanner's label, a typed manual code or SN): what is
entered goes to the scan session's classifier (codeEntered), and its result comes back to accept_scan,
which puts the device's SN in the field the code was entered in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.scan.outcomes import ScanResult
from app.ui.messages import translate_message
from app.ui.widgets.wrapping import breakable, make_wrapping
from app.scan.wedge import EntryKind, WedgeEntry
from app.ui.views.installer.scan_input import ScanInput

MOVED_LABELS = (("asset_id", "Asset ID"), ("name", "Name"), ("description", "Description"), ("batch", "Batch"))


def _escape(value: object) -> str:
    """For rich text; long runs may break (a wrapped label never widens the window)."""
    return breakable(str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReplacePage(QWidget):
    previewRequested = Signal(str, str, str)  # group, faulty SN, new SN
    confirmed = Signal(str, str, str)
    cancelled = Signal()
    codeEntered = Signal(object)  # WedgeEntry: classify it like the scan field; the result comes to accept_scan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replacePage")
        self.group = ""
        self._previewed: tuple[str, str, str] | None = None
        self._pending: dict[str, ScanInput] = {}  # code text sent to the classifier -> the field it came from
        self._resolved: dict[ScanInput, str] = {}  # field -> the SN a classified code gave it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("replaceTitle")
        make_wrapping(self.title)
        layout.addWidget(self.title)
        form = QFormLayout()
        self.old_sn = ScanInput(keep_text=True)
        self.old_sn.setObjectName("replaceOldSn")
        self.old_sn.setPlaceholderText(self.tr("scan, or type the faulty device's SN or manual code"))
        self.new_sn = ScanInput(keep_text=True)
        self.new_sn.setObjectName("replaceNewSn")
        self.new_sn.setPlaceholderText(self.tr("scan, or type the new device's SN or manual code"))
        form.addRow(self.tr("Faulty device:"), self.old_sn)
        form.addRow(self.tr("New device:"), self.new_sn)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("replacePreview")
        make_wrapping(self.preview)
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
        self.old_sn.entered.connect(lambda entry: self._entered(self.old_sn, entry))
        self.new_sn.entered.connect(lambda entry: self._entered(self.new_sn, entry))

    def begin(self, group: str, faulty_sn: str) -> None:
        self.group = group
        self.old_sn.setText(faulty_sn)
        self.new_sn.clear()
        self._pending.clear()
        self._resolved = {self.old_sn: faulty_sn} if faulty_sn else {}
        self._invalidate()
        self._update_title()
        (self.new_sn if faulty_sn else self.old_sn).setFocus()

    def _update_title(self) -> None:
        if not self.old_sn.text().strip():
            self.title.setText(self.tr("<b>Replace</b>: scan or type the <b>faulty</b> device first."))
        else:
            self.title.setText(self.tr("<b>Replace %s</b> (group %s): now scan or type the <b>new</b> device.")
                               % (_escape(self.old_sn.text().strip()), _escape(self.group or "?")))

    def accept_scan(self, result: ScanResult, usable: bool) -> bool:
        """A classified code while replacing. One entered in a field goes to that field; a camera or scan
        field read is the faulty device if none yet, else the new one. `usable`: it names a device. Returns
        whether the page took it."""
        field = self._pending.pop(result.text.strip(), None)
        if field is None:
            if not usable:
                return False
            field = self.new_sn if self.old_sn.text().strip() else self.old_sn
        if not usable or not result.sn:
            self.show_problem(self.tr("%s: %s") % (self.tr("Faulty device") if field is self.old_sn
                                                   else self.tr("New device"), translate_message(result.message)))
            field.setFocus()
            if result.masked_text is not None:
                field.clear()  # a Matter or Z-Wave code holds a secret: it does not stay on screen
            else:
                field.selectAll()
            return True
        field.setText(result.sn)
        self._resolved[field] = result.sn
        if field is self.old_sn:
            self.group = result.group or self.group
        self._invalidate()
        if field is self.old_sn and not self.new_sn.text().strip():
            self.new_sn.setFocus()
            return True
        self._request_preview()
        return True

    def _is_resolved(self, field: ScanInput) -> bool:
        text = field.text().strip()
        return bool(text) and self._resolved.get(field) == text

    def _entered(self, field: ScanInput, entry: WedgeEntry) -> None:
        """Enter in a field: a code not read yet goes to the classifier; an SN already read moves on."""
        if self._is_resolved(field):
            if field is self.old_sn:
                self.new_sn.setFocus()
            else:
                self._request_preview()
            return
        self._classify(field, entry)

    def _classify(self, field: ScanInput, entry: WedgeEntry) -> None:
        self._pending[entry.text.strip()] = field
        self.codeEntered.emit(entry)

    def show_preview(self, moved: dict[str, Any]) -> None:
        rows = [f"<tr><td>{self.tr(label)}:</td><td><b>{_escape(moved.get(key) or '-')}</b></td></tr>"
                for key, label in MOVED_LABELS]
        master = moved.get("master_data") or {}
        data = ", ".join(f"{_escape(k)} = {_escape(v)}" for k, v in master.items()) or "-"
        rows.append(f"<tr><td>{self.tr('Master data')}:</td><td><b>{data}</b></td></tr>")
        # the state the new device will really be in (the service's rule), and the faulty one's before
        rows.append(f"<tr><td>{self.tr('State afterwards')}:</td><td><b>{_escape(moved.get('new_status') or '-')}</b> "
                    + self.tr("(%s was %s)") % (_escape(moved.get("from_sn")), _escape(moved.get("status")))
                    + "</td></tr>")
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
        for field in (self.old_sn, self.new_sn):
            if not self._is_resolved(field):  # typed or pasted, not read yet: read it first, then the preview
                self._classify(field, WedgeEntry(field.text().strip(), EntryKind.TYPED))
                return
        self.previewRequested.emit(group, old, new)

    def _confirm(self) -> None:
        if self._previewed is not None and self._previewed == self.current():
            self.confirmed.emit(*self.current())
