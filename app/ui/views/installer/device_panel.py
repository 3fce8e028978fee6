"""The scanned device: SN, state, group, batch, where it is allocated, its last error, open requests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.enums import AllocationState, DeviceStatus, ReprovisionState
from app.domain.records import RegistrationGroupRecord
from app.services.lifecycle import DeviceDetails
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
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(self.tr("Batch:"), self.batch)
        form.addRow(self.tr("Allocated in:"), self.allocation)
        form.addRow(self.tr("Asset ID:"), self.asset)
        form.addRow(self.tr("Reprovision:"), self.requests)
        layout.addLayout(form)
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
        self.status.setText(f" {device.status.upper()} ")
        self.status.setStyleSheet(f"background: {OUTCOME_COLOURS[level]}; color: white; border-radius: 4px; "
                                  f"padding: 2px 8px;")
        self.status.setVisible(True)
        self.group.setText(self.tr("%s (policy for reprovisioning: %s)") % (group.name, group.reprovision_policy))
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
        self.note.setText(self.tr("Retired: %s") % device.note if device.note else "")
        self.note.setVisible(bool(device.note))

    def clear(self, text: str = "") -> None:
        self.details = None
        self.sn.setText(text or self.tr("No device"))
        self.status.setVisible(False)
        for label in (self.group, self.batch, self.allocation, self.asset, self.requests):
            label.setText("-")
        self.error.setVisible(False)
        self.note.setVisible(False)
