"""The parts every small form dialog is built from: named text fields, the red message line, OK and Cancel.

Texts come translated from the dialog (its own tr() context); the parts only set them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from app.ui.palette import OUTCOME_COLOURS


def text_field(name: str, placeholder: str = "", *, text: str = "", max_length: int | None = None) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if max_length is not None:
        edit.setMaxLength(max_length)
    return edit


def message_line(name: str = "message") -> QLabel:
    """The line under a form that says what is wrong (in the error colour), empty while all is well."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
    return label


def accept_buttons(dialog: QDialog, accept_text: str, on_accept: Callable[[], None],
                   name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and an accept button named `name` that calls `on_accept` (which decides whether to close)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setObjectName(name)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept
