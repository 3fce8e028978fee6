"""A form dialog validated as you type whose OK runs one service call on the runner.

Subclasses build the form, say what is wrong with it (`problem()`: usually the InputError of the
same check the service runs) and which call OK makes (`service_call()`). While something is wrong
the message under the form names the field and OK is disabled. A refusal by the service itself
(a DpsError: permission, name taken, ...) is shown the same way and nothing is closed; anything
unexpected goes to the report dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import DpsError, InputError
from app.ui.dialogs.form_focus import make_ok_default, settle_focus
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_message, translated_error
from app.ui.palette import OUTCOME_COLOURS

INVALID_STYLE = f"border: 1px solid {OUTCOME_COLOURS['error']};"


class ServiceFormDialog(QDialog):
    saved = Signal(object)  # the record the service returned

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.result_record: Any = None
        self._busy = False
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']};")
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttons")
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        make_ok_default(self.buttons)
        self._settled = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._settled:  # the first time only: later the user's place is kept
            self._settled = True
            settle_focus(self.form, self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # --- for subclasses -----------------------------------------------------------------------------
    def add_field(self, label: str, widget: QWidget, field: str | None = None) -> QWidget:
        """A form row whose widget is revalidated on every edit; `field` is the name InputErrors use for it."""
        self.form.addRow(label, widget)
        if field is not None:
            self._fields[field] = widget
        self.watch(widget)
        return widget

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.revalidate)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.revalidate)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(self.revalidate)

    def problem(self) -> InputError | str | None:
        """What is wrong with the form now (None when it can be saved)."""
        return None

    def service_call(self) -> Callable[[], Any]:
        """The call OK makes, built from the form on the GUI thread and run on the runner."""
        raise NotImplementedError

    def task_name(self) -> str:
        return self.windowTitle()

    def data_key(self) -> Topic:
        """What changed when the call succeeds (published by the runner, with the audit trail)."""
        raise NotImplementedError

    # --- validation and submission ------------------------------------------------------------------
    def revalidate(self) -> bool:
        problem = self.problem()
        self._mark(problem.field if isinstance(problem, InputError) else None)
        shown = translated_error(problem) if isinstance(problem, InputError) else translate_message(problem or "")
        self.message.setText(shown)
        self.ok_button.setEnabled(not problem and not self._busy)
        return not problem

    def _mark(self, field: str | None) -> None:
        for name, widget in self._fields.items():
            widget.setStyleSheet(INVALID_STYLE if name == field else "")

    def _submit(self) -> None:
        if self._busy or not self.revalidate():
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.env.runner.call(self.task_name(), self.service_call(), on_done=self._succeeded, on_failed=self._failed,
                             changes=ChangeNotice.of(self.data_key(), Topic.AUDIT))

    def _succeeded(self, record: object) -> None:
        self._busy = False
        self.result_record = record
        self.saved.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(error, DpsError):
            self._mark(error.field if isinstance(error, InputError) else None)
            self.message.setText(translated_error(error))
        else:
            show_error(self, error)
