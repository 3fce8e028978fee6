"""Register a serial range: prefix + counter, with a live preview of the first and last SN and the count.

The preview uses the domain's own `serial_range` rules on the first and the last
number only, so it is instant even for a million SNs; the registration runs on the
runner with a progress bar and Cancel (nothing is written when cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QProgressBar,
                               QSpinBox, QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import ApprovedBatchError, CancelledError, InputError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.serials import RANGE_MAX_COUNT, SN_MAX_LENGTH, serial_range
from app.services import registering
from app.services.batches import check_batch_number
from app.ui.dialogs.approved_batch import confirm_approved_batch
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translate_message, translated_error
from app.ui.palette import OUTCOME_COLOURS
from app.ui.tasks import Task, TaskControl

FIELD_NAMES = {"prefix": QT_TRANSLATE_NOOP("RegisterRangeDialog", "Prefix"),
               "start": QT_TRANSLATE_NOOP("RegisterRangeDialog", "Start"),
               "count": QT_TRANSLATE_NOOP("RegisterRangeDialog", "Count"),
               "width": QT_TRANSLATE_NOOP("RegisterRangeDialog", "Digits"),
               "batch": QT_TRANSLATE_NOOP("RegisterRangeDialog", "Batch")}
INT_MAX = 2_147_483_647


class RegisterRangeDialog(QDialog):
    registered = Signal(int)

    def __init__(self, env: UiEnvironment, group: str, *, default_batch: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerRangeDialog")
        self.setWindowTitle(self.tr("Register a serial range in %s") % group)
        self.env = env
        self.group = group
        self.task: Task | None = None
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setObjectName("prefix")
        self.prefix_edit.setPlaceholderText(self.tr("e.g. PUMP-"))
        self.no_prefix = QCheckBox(self.tr("&No prefix: the SNs are only the counter"))
        self.no_prefix.setObjectName("noPrefix")
        self.no_prefix.setToolTip(self.tr("Tick only when the devices' SNs really are bare numbers such as 000001"))
        self.start_spin = QSpinBox()
        self.start_spin.setObjectName("start")
        self.start_spin.setRange(0, INT_MAX)
        self.start_spin.setValue(1)
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("count")
        self.count_spin.setRange(1, RANGE_MAX_COUNT)
        self.count_spin.setValue(100)
        self.count_spin.setGroupSeparatorShown(True)
        self.width_spin = QSpinBox()
        self.width_spin.setObjectName("width")
        self.width_spin.setRange(0, SN_MAX_LENGTH)
        self.width_spin.setValue(6)
        self.width_spin.setSpecialValueText(self.tr("no padding"))
        self.batch_edit = QLineEdit(default_batch or "")
        self.batch_edit.setObjectName("batch")
        self.batch_edit.setPlaceholderText(self.tr("optional; created if new"))
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Prefix:"), self.prefix_edit)
        form.addRow("", self.no_prefix)
        form.addRow(self.tr("Start:"), self.start_spin)
        form.addRow(self.tr("Count:"), self.count_spin)
        form.addRow(self.tr("Digits:"), self.width_spin)
        form.addRow(self.tr("Batch:"), self.batch_edit)
        form.addRow(self.tr("Preview:"), self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("registerButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.prefix_edit.textChanged.connect(self._update_preview)
        self.no_prefix.toggled.connect(self._update_preview)
        self.batch_edit.textChanged.connect(self._update_preview)
        for spin in (self.start_spin, self.count_spin, self.width_spin):
            spin.valueChanged.connect(self._update_preview)
        self._update_preview()
        self.setMinimumWidth(460)

    def _width(self) -> int | None:
        return self.width_spin.value() or None

    def first_and_last(self) -> tuple[str, str]:
        """The first and last SN, checked by the same rules as the registration (raises InputError)."""
        prefix, start, count, width = self.prefix_edit.text(), self.start_spin.value(), self.count_spin.value(), \
            self._width()
        self.no_prefix.setEnabled(not prefix)
        if not prefix and not self.no_prefix.isChecked():
            raise InputError(self.tr("give a prefix such as PUMP-, or tick \"No prefix\" if the SNs are only "
                                     "numbers"), field="prefix")
        first = serial_range(prefix, start, 1, width)[0]
        last = serial_range(prefix, start + count - 1, 1, width)[0]
        if self.batch_edit.text().strip():
            check_batch_number(self.batch_edit.text())
        return first, last

    def _update_preview(self) -> None:
        try:
            first, last = self.first_and_last()
        except InputError as error:
            name = FIELD_NAMES.get(error.field or "", error.field or "")
            self.preview.setText("")
            reason = translate_message(error.reason)
            self.message.setText(f"{self.tr(name)}: {reason}" if name else reason)
            self.ok_button.setEnabled(False)
            return
        count = self.count_spin.value()
        self.preview.setText(f"{first}" if count == 1 else
                             self.tr("%s … %s  (%s SNs)") % (first, last, f"{count:,}"))
        self.message.setText("")
        self.ok_button.setEnabled(self.task is None)

    def register(self, *, approved_batch_ok: bool = False) -> None:
        try:
            self.first_and_last()
        except InputError:
            return
        ctx, group = self.env.ctx, self.group
        prefix, start, count, width = self.prefix_edit.text(), self.start_spin.value(), self.count_spin.value(), \
            self._width()
        batch = self.batch_edit.text().strip() or None

        def work(control: TaskControl) -> int:
            return registering.register_range(ctx, group, prefix, start, count, width=width, batch=batch,
                                          progress=lambda done, total: control.report(done, total),
                                          cancelled=control.cancelled, no_prefix=not prefix,
                                          approved_batch_ok=approved_batch_ok)

        self.ok_button.setEnabled(False)
        for edit in (self.prefix_edit, self.no_prefix, self.start_spin, self.count_spin, self.width_spin,
                     self.batch_edit):
            edit.setEnabled(False)
        self.progress.setRange(0, count)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.task = self.env.runner.run("register range", work, on_done=self._registered, on_failed=self._failed,
                                        on_progress=lambda done, _total, _text: self.progress.setValue(done),
                                        changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT,
                                                                group=self.group))

    def reject(self) -> None:
        """Cancel (or Esc) stops a running registration first; nothing is written then."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def _registered(self, count: int) -> None:
        self.task = None
        self.env.status.show_message(self.tr("Registered %s in %s") % (count_text(count, "device"), self.group), 5000)
        self.registered.emit(count)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(True)
        for edit in (self.prefix_edit, self.no_prefix, self.start_spin, self.count_spin, self.width_spin,
                     self.batch_edit):
            edit.setEnabled(True)
        self._update_preview()
        if isinstance(error, CancelledError):
            self.message.setText(self.tr("Cancelled; nothing was registered."))
        elif isinstance(error, ApprovedBatchError):
            confirm_approved_batch(self, error, self.tr("Register anyway"),
                                   lambda: self.register(approved_batch_ok=True))
        elif isinstance(error, InputError):
            self.message.setText(translated_error(error))
        else:
            show_error(self, error)
