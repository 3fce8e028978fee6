"""Register a scanned Matter or Z-Wave device into a registration group, its code kept with it (encrypted).

The SN is the code's serial number when the code has one (shown, not editable), else typed. The code text is
held only to hand it to the service; no widget shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import AlreadyExistsError, InputError
from app.domain.records import DeviceRecord, RegistrationGroupRecord
from app.domain.serials import SN_MAX_LENGTH, sn_problem
from app.qr.onboarding import ThirdPartyCode, format_name
from app.services import groups
from app.services.thirdparty_registry import register_third_party
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_label, translate_message, translated_error
from app.ui.widgets.form_parts import accept_buttons, message_line, text_field


class RegisterThirdPartyDialog(QDialog):
    registered = Signal(object)  # DeviceRecord

    def __init__(self, env: UiEnvironment, code: ThirdPartyCode, text: str, *, group: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerThirdPartyDialog")
        self.setWindowTitle(self.tr("Register a third-party device"))
        self.env = env
        self._text = text
        self._preferred_group = group
        self.record: DeviceRecord | None = None
        self.what = QLabel(self.tr("%s: the code is kept with the device, its secret encrypted.")
                           % translate_label("RegisterThirdPartyDialog", format_name(code)))
        self.what.setObjectName("what")
        self.what.setWordWrap(True)
        self.group_box = QComboBox()
        self.group_box.setObjectName("group")
        self.sn_edit = text_field("sn", max_length=SN_MAX_LENGTH + 1)
        serial = code.serial_number
        if serial:
            self.sn_edit.setText(serial)
            self.sn_edit.setReadOnly(True)
            self.sn_edit.setToolTip(self.tr("The serial number the code holds"))
        else:
            self.sn_edit.setPlaceholderText(self.tr("the SN printed on the device"))
        self.name_edit = text_field("name", self.tr("optional"))
        self.message = message_line()
        form = QFormLayout()
        form.addRow(self.tr("Group:"), self.group_box)
        form.addRow(self.tr("SN:"), self.sn_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.buttons, self.ok_button = accept_buttons(self, self.tr("Register"), self.register, "registerButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.sn_edit.textChanged.connect(self._validate)
        self.group_box.currentIndexChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(440)
        ctx = env.ctx
        env.runner.call("list groups for a third-party device", lambda: groups.list_groups(ctx, with_counts=False),
                        on_done=self._groups_loaded, on_failed=self._failed)

    def _groups_loaded(self, records: list[RegistrationGroupRecord]) -> None:
        self.group_box.clear()
        for record in records:
            self.group_box.addItem(record.name)
        if self._preferred_group:
            index = self.group_box.findText(self._preferred_group)
            if index >= 0:
                self.group_box.setCurrentIndex(index)
        self._validate()

    def _problem(self) -> str | None:
        if self.group_box.currentIndex() < 0:
            return ""
        sn = self.sn_edit.text()
        if not sn:
            return ""
        problem = sn_problem(sn)
        return self.tr("SN: %s") % translate_message(problem) if problem else None

    def _validate(self) -> None:
        problem = self._problem()
        self.message.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def register(self) -> None:
        if self._problem() is not None:
            return
        ctx, group, text = self.env.ctx, self.group_box.currentText(), self._text
        sn, name = self.sn_edit.text(), self.name_edit.text()
        self.ok_button.setEnabled(False)
        self.env.runner.call("register a third-party device",
                             lambda: register_third_party(ctx, group, text, sn=sn, name=name),
                             on_done=self._registered, on_failed=self._failed,
                             changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT, group=group))

    def _registered(self, record: DeviceRecord) -> None:
        self.record = record
        self._text = ""
        self.env.status.show_message(self.tr("Registered %s in %s") % (record.sn, record.group), 5000)
        self.registered.emit(record)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._validate()
        if isinstance(error, (InputError, AlreadyExistsError)):
            self.message.setText(translated_error(error))
        else:
            show_error(self, error)

    def done(self, result: int) -> None:
        self._text = ""
        super().done(result)
