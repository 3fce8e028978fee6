"""Ask for the comment of an approval, a rejection or a reopened review (a rejection and a reopening need one,
as the services insist). An approval with warnings lists them and needs a tick before Approve is enabled."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.messages import translate_message
from app.ui.palette import OUTCOME_COLOURS


class CommentDialog(QDialog):
    def __init__(self, title: str, prompt: str, *, approve: bool, parent: QWidget | None = None,
                 warnings: Sequence[str] = (), ok_text: str | None = None,
                 comment_required: bool | None = None, missing_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(title)
        self.approve = approve
        self.comment_required = (not approve) if comment_required is None else comment_required
        self._missing_text = missing_text or self.tr("A rejection needs a comment saying why.")
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.warnings = QLabel("\n".join(f"• {translate_message(line)}" for line in warnings))
        self.warnings.setObjectName("reviewWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {OUTCOME_COLOURS['warning']}")
        self.warnings.setVisible(bool(warnings))
        self.acknowledge = QCheckBox(self.tr("I have seen these warnings and approve anyway"))
        self.acknowledge.setObjectName("acknowledgeWarnings")
        self.acknowledge.setVisible(bool(warnings))
        self._needs_acknowledgement = bool(warnings)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Why? (required)") if self.comment_required else
                                        self.tr("Comment (optional)"))
        self.message = QLabel()
        self.message.setObjectName("commentMessage")
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmButton")
        self.ok_button.setText(ok_text or (self.tr("Approve") if approve else self.tr("Reject")))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.acknowledge)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.comment.textChanged.connect(self._check)
        self.acknowledge.toggled.connect(self._check)
        self._check()
        self.comment.setFocus()
        self.resize(480, 300 if warnings else 240)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _check(self) -> None:
        missing = self.comment_required and not self.text()
        unacknowledged = self._needs_acknowledgement and not self.acknowledge.isChecked()
        self.ok_button.setEnabled(not missing and not unacknowledged)
        if missing:
            self.message.setText(self._missing_text)
        elif unacknowledged:
            self.message.setText(self.tr("Tick the box to approve despite the warnings."))
        else:
            self.message.setText("")
