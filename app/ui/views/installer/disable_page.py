"""Disable a device, with a reason for the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class DisablePage(QWidget):
    submitted = Signal(str)  # reason
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disablePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("disableTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.reason = QLineEdit()
        self.reason.setObjectName("disableReason")
        self.reason.setPlaceholderText(self.tr("why (for the audit trail), e.g. damaged on delivery"))
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.confirm = QPushButton(self.tr("Disable device"))
        self.confirm.setObjectName("disableConfirm")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("disableCancel")
        for button in (self.confirm, self.cancel):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.confirm.clicked.connect(lambda: self.submitted.emit(self.reason.text().strip()))
        self.reason.returnPressed.connect(self.confirm.click)
        self.cancel.clicked.connect(self.cancelled)

    def begin(self, sn: str) -> None:
        self.title.setText(self.tr("<b>Disable %s</b>: it cannot be activated until it is enabled again.") % sn)
        self.reason.clear()
        self.reason.setFocus()
