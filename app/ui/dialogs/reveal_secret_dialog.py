"""Shows a secret the user asked to see (the service has audited the reveal), and forgets it on close:
a Group Secret, or a third-party device's passcode or DSK PIN.

The secret lives only in the read-only field: it is not kept on the dialog, not logged, and when
the dialog closes the field is cleared, and so is the clipboard if it still holds the secret.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.palette import OUTCOME_COLOURS


class RevealSecretDialog(QDialog):
    def __init__(self, group_name: str, secret: str, parent: QWidget | None = None, *, title: str | None = None,
                 warning: str | None = None) -> None:
        """A group's secret by default; `title` and `warning` (rich text) for any other secret."""
        super().__init__(parent)
        self.setObjectName("revealSecretDialog")
        self.setWindowTitle(title or self.tr("Group Secret of %s") % group_name)
        warning_label = QLabel(warning or self.tr(
            "Anyone with this secret can register devices in <b>%s</b>. Do not send it by e-mail or chat. This reveal "
            "was recorded in the audit trail.") % html.escape(group_name))
        warning_label.setWordWrap(True)
        warning_label.setStyleSheet(f"color: {OUTCOME_COLOURS['warning']};")
        self.secret = QLineEdit(secret)
        self.secret.setObjectName("secretText")
        self.secret.setReadOnly(True)
        self.secret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret.setMinimumWidth(max(400, self.secret.fontMetrics().horizontalAdvance(secret) + 24))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copySecret")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning_label)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.secret.text())

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.secret.text() and clipboard.text() == self.secret.text():
            clipboard.clear()
        self.secret.clear()
        super().done(result)
