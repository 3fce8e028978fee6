"""The scanned device: SN, state, group, batch, where it is allocated, its last error, open requests, and its
registrations with the provisioning service (when the device provisioned itself, and where to)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.domain.enums import AllocationState, DeviceStatus, ReprovisionState
from app.domain.records import RegistrationGroupRecord, RegistrationRecord
from app.services.lifecycle import DeviceDetails
from app.ui.locale_format import moment_text
from app.ui.messages import translate_label
from app.ui.palette import OUTCOME_COLOURS
from app.ui.widgets.wrapping import breakable, make_wrapping

STATUS_LEVELS = {
    DeviceStatus.REGISTERED.value: "info",
    DeviceStatus.LABELLED.value: "info",
    DeviceStatus.INSTALLED.value: "warning",
    DeviceStatus.ALLOCATED.value: "ok",
    DeviceStatus.CONNECTED.value: "ok",
    DeviceStatus.DISABLED.value: "error",
    DeviceStatus.REPLACED.value: "error",
    DeviceStatus.DISCARDED.value: "error",
}
OPEN_REQUESTS = (ReprovisionState.AWAITING_APPROVAL.value, ReprovisionState.PENDING.value,
                 ReprovisionState.FAILED.value)
REGISTRATIONS_SHOWN = 5


def registration_line(record: RegistrationRecord) -> str:
    """'2026-12-06 16:03 UTC over mqtt: gw.example.com (initialAssignment)' or the failure."""
    when = moment_text(record.at, utc=True) + " UTC"
    if record.status == "assigned":
        return f"{when} over {record.transport}: {record.hub} ({record.substatus})"
    return f"{when} over {record.transport}: {record.status}" + (f" – {record.error}" if record.error else "")


class DevicePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.sn = QLabel(self.tr("No device"))
        self.sn.setObjectName("deviceSn")
        font = self.sn.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.sn.setFont(font)
        self.sn.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("deviceStatus")
        status_font = self.status.font()
        status_font.setBold(True)
        status_font.setPointSizeF(status_font.pointSizeF() * 1.2)
        self.status.setFont(status_font)
        self.status.setVisible(False)
        head.addWidget(self.sn, 1)
        head.addWidget(self.status)
        layout.addLayout(head)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        self.group = self._value("deviceGroup")
        self.batch = self._value("deviceBatch")
        self.allocation = self._value("deviceAllocation")
        self.asset = self._value("deviceAsset")
        self.requests = self._value("deviceRequests")
        self.registered = self._value("deviceRegistered")
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Batch:"), self.batch)
        form.addRow(self.tr("Allocated in:"), self.allocation)
        form.addRow(self.tr("Asset ID:"), self.asset)
        form.addRow(self.tr("Reprovision:"), self.requests)
        form.addRow(self.tr("Registered:"), self.registered)
        layout.addLayout(form)
        self.registrations = QTableWidget(0, 4)
        self.registrations.setObjectName("deviceRegistrations")
        self.registrations.setHorizontalHeaderLabels([self.tr("Time (UTC)"), self.tr("Hub"), self.tr("Substatus"),
                                                      self.tr("Error")])
        self.registrations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registrations.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.registrations.verticalHeader().setVisible(False)
        self.registrations.horizontalHeader().setStretchLastSection(True)
        self.registrations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.registrations.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.registrations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.registrations.setMaximumHeight(self.fontMetrics().height() * (REGISTRATIONS_SHOWN + 2) + 16)
        self.registrations.setVisible(False)
        layout.addWidget(self.registrations)
        self.error = QLabel()
        self.error.setObjectName("deviceError")
        make_wrapping(self.error)
        self.error.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}; font-weight: bold;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.note = QLabel()
        self.note.setObjectName("deviceNote")
        make_wrapping(self.note)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.details: DeviceDetails | None = None

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel("-")
        label.setObjectName(name)
        make_wrapping(label)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_device(self, details: DeviceDetails, group: RegistrationGroupRecord) -> None:
        self.details = details
        device = details.device
        self.sn.setText(device.sn)
        level = STATUS_LEVELS.get(device.status, "info")
        self.status.setText(f" {translate_label('DevicePanel', device.status).upper()} ")
        self.status.setStyleSheet(f"background: {OUTCOME_COLOURS[level]}; color: white; border-radius: 4px; "
                                  f"padding: 2px 8px;")
        self.status.setVisible(True)
        self.group.setText(self.tr("%s (policy for reprovisioning: %s)")
                           % (group.name, translate_label("DevicePanel", group.reprovision_policy)))
        self.batch.setText(device.batch or "-")
        active = [a for a in details.allocations if a.state == AllocationState.ACTIVE.value]
        if device.retired:
            self.allocation.setText(self.tr("none (retired; its allocation was revoked)"))
        elif active:
            self.allocation.setText(f"{active[-1].ou} / {active[-1].environment}")
        else:
            self.allocation.setText(self.tr("not allocated (group target: %s / %s)") % (group.ou, group.environment))
        self.asset.setText(device.asset_id or "-")
        open_requests = [r for r in details.reprovisions if r.state in OPEN_REQUESTS]
        self.requests.setText("; ".join(f"{r.target_ou} / {r.target_environment}: {r.state.replace('_', ' ')}"
                                        for r in open_requests) or "-")
        self.error.setText(self.tr("Last error: %s") % breakable(device.last_error) if device.last_error else "")
        self.error.setVisible(bool(device.last_error))
        note = self.tr("replaced by %s") % device.replaced_by if device.replaced_by else device.note
        self.note.setText(self.tr("Retired: %s") % note if note else "")
        self.note.setVisible(bool(device.note))
        self.show_registrations(details.registrations)

    def show_registrations(self, records: list[RegistrationRecord]) -> None:
        """The newest first; the line above the table says whether the device has provisioned itself."""
        assigned = [r for r in records if r.status == "assigned"]
        if assigned:
            self.registered.setText(self.tr("yes, %s") % registration_line(assigned[0]))
        elif records:
            self.registered.setText(self.tr("refused: %s") % registration_line(records[0]))
        else:
            self.registered.setText(self.tr("not yet (the device has not reached the provisioning service)"))
        self.registrations.setRowCount(min(len(records), REGISTRATIONS_SHOWN))
        for row, record in enumerate(records[:REGISTRATIONS_SHOWN]):
            cells = (moment_text(record.at, seconds=True, utc=True), record.hub or "-",
                     record.substatus if record.status == "assigned" else record.status, record.error)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long error is cut off in its cell
                self.registrations.setItem(row, column, item)
        self.registrations.setVisible(bool(records))

    def clear(self, text: str = "") -> None:
        self.details = None
        self.sn.setText(text or self.tr("No device"))
        self.status.setVisible(False)
        for label in (self.group, self.batch, self.allocation, self.asset, self.requests, self.registered):
            label.setText("-")
        self.error.setVisible(False)
        self.note.setVisible(False)
        self.registrations.setRowCount(0)
        self.registrations.setVisible(False)
