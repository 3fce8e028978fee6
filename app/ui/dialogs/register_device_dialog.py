"""Register one device: SN, optional batch and name, checked as you type with the services' own rules."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import ApprovedBatchError, InputError
from app.domain.records import DeviceRecord
from app.domain.serials import SN_MAX_LENGTH, sn_problem
from app.services import registering
from app.services.batches import check_batch_number
from app.ui.dialogs.approved_batch import confirm_approved_batch
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_message, translated_error
from app.ui.widgets.form_parts import accept_buttons, message_line, text_field

NAME_MAX = 128


class RegisterDeviceDialog(QDialog):
    registered = Signal(int)  # how many devices were registered (1)

    def __init__(self, env: UiEnvironment, group: str, *, default_batch: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerDeviceDialog")
        self.setWindowTitle(self.tr("Register a device in %s") % group)
        self.env = env
        self.group = group
        self.record: DeviceRecord | None = None
        self.sn_edit = text_field("sn", self.tr("serial number, e.g. PUMP-000123"), max_length=SN_MAX_LENGTH + 1)
        self.batch_edit = text_field("batch", self.tr("optional; created if new"), text=default_batch or "")
        self.name_edit = text_field("name", self.tr("optional"))
        self.message = message_line()
        form = QFormLayout()
        form.addRow(self.tr("SN:"), self.sn_edit)
        form.addRow(self.tr("Batch:"), self.batch_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.buttons, self.ok_button = accept_buttons(self, self.tr("Register"), self.register, "registerButton")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.sn_edit, self.batch_edit, self.name_edit):
            edit.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(420)

    def _problem(self) -> str | None:
        sn = self.sn_edit.text()
        if not sn:
            return ""
        problem = sn_problem(sn)
        if problem:
            return self.tr("SN: %s") % translate_message(problem)
        if self.batch_edit.text().strip():
            try:
                check_batch_number(self.batch_edit.text())
            except InputError as error:
                return self.tr("Batch: %s") % translate_message(error.reason)
        if len(self.name_edit.text()) > NAME_MAX:
            return self.tr("Name: at most %d characters") % NAME_MAX
        return None

    def _validate(self) -> None:
        problem = self._problem()
        self.message.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def register(self, *, approved_batch_ok: bool = False) -> None:
        if self._problem() is not None:
            return
        ctx, group = self.env.ctx, self.group
        sn, name = self.sn_edit.text(), self.name_edit.text()
        batch = self.batch_edit.text().strip() or None
        self.ok_button.setEnabled(False)
        self.env.runner.call("register device",
                             lambda: registering.register_device(ctx, group, sn, batch=batch, name=name,
                                                             approved_batch_ok=approved_batch_ok),
                             on_done=self._registered, on_failed=self._failed,
                             changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT, group=group))

    def _registered(self, record: DeviceRecord) -> None:
        self.record = record
        self.env.status.show_message(self.tr("Registered %s in %s") % (record.sn, self.group), 5000)
        self.registered.emit(1)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._validate()
        if isinstance(error, ApprovedBatchError):
            confirm_approved_batch(self, error, self.tr("Register anyway"),
                                   lambda: self.register(approved_batch_ok=True))
        elif isinstance(error, InputError):
            self.message.setText(translated_error(error))
        else:
            show_error(self, error)
