"""Ask for the comment of an approval or a rejection (a rejection needs one, as the services insist)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.palette import OUTCOME_COLOURS


class CommentDialog(QDialog):
    def __init__(self, title: str, prompt: str, *, approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(title)
        self.approve = approve
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Comment (optional)") if approve else
                                        self.tr("Why is it rejected? (required)"))
        self.message = QLabel()
        self.message.setObjectName("commentMessage")
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmButton")
        self.ok_button.setText(self.tr("Approve") if approve else self.tr("Reject"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.comment.textChanged.connect(self._check)
        self._check()
        self.resize(440, 240)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _check(self) -> None:
        missing = not self.approve and not self.text()
        self.ok_button.setEnabled(not missing)
        self.message.setText(self.tr("A rejection needs a comment saying why.") if missing else "")
