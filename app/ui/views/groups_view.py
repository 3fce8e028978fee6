"""Registration groups: the list with device counts, create and edit, the Group ID to copy and the Group
Secret behind an audited, confirmed reveal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.permissions import Permission
from app.domain.records import RegistrationGroupRecord
from app.labels.templates import LabelTemplate, list_templates
from app.services import groups, masterdata
from app.ui.dialogs.registration_group_dialog import GroupFormChoices, RegistrationGroupDialog, policy_text
from app.ui.dialogs.reveal_secret_dialog import RevealSecretDialog
from app.ui.environment import UiEnvironment
from app.ui.models.registration_group_model import RegistrationGroupModel
from app.ui.settings import LABEL_TEMPLATE
from app.ui.views.setup_parts import DataPage, RecordTable, hint, section_title

HIDDEN_SECRET = "•" * 16


class GroupsView(DataPage):
    RELOAD_ON = (Topic.GROUPS, Topic.DEVICES, Topic.MASTERDATA)
    groupRenamed = Signal(str, str)  # old name, new name

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("groupsView")
        self.dialog: QDialog | None = None
        self.reveal_confirm: QMessageBox | None = None
        self.model = RegistrationGroupModel(self)
        self.table = RecordTable(self.model, "registrationGroupTable")
        for column in (RegistrationGroupModel.POLICY, RegistrationGroupModel.TEMPLATE):
            self.table.setColumnHidden(column, True)  # shown in the details beside the table
        self.new_button = self._button(self.tr("&New registration group…"), "newRegistrationGroup", self.new_group)
        self.edit_button = self._button(self.tr("&Edit…"), "editRegistrationGroup", self.edit_group)
        self.new_button.setEnabled(env.can(Permission.MANAGE_GROUPS))

        header = QHBoxLayout()
        header.addWidget(section_title(self.tr("Registration groups")))
        header.addStretch(1)
        header.addWidget(self.new_button)
        header.addWidget(self.edit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(hint(self.tr("Onboarding templates: devices are registered in a group and go to its "
                                           "OU and environment.")))
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_group())
        self._show_selected()

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_details(self) -> QWidget:
        box = QGroupBox(self.tr("Selected group"))
        box.setObjectName("groupDetails")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.group_id = QLineEdit()
        self.group_id.setObjectName("groupIdText")
        self.group_id.setReadOnly(True)
        self.group_id.setFont(fixed)
        self.copy_id_button = self._button(self.tr("Cop&y"), "copyGroupId", self.copy_group_id)
        id_row = QHBoxLayout()
        id_row.addWidget(self.group_id, 1)
        id_row.addWidget(self.copy_id_button)
        form.addRow(self.tr("Group ID"), id_row)
        self.secret_label = QLabel(HIDDEN_SECRET)
        self.secret_label.setObjectName("groupSecretHidden")
        self.secret_label.setFont(fixed)
        self.reveal_button = self._button(self.tr("&Reveal…"), "revealSecret", self.ask_reveal)
        self.reveal_button.setToolTip(self.tr("Shows the Group Secret after a confirmation; recorded in the "
                                              "audit trail."))
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_label, 1)
        secret_row.addWidget(self.reveal_button)
        form.addRow(self.tr("Group Secret"), secret_row)
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (("device_count", self.tr("Devices")), ("masterdata_group", self.tr("Master data group")),
                           ("ou", self.tr("OU")), ("environment", self.tr("Environment")),
                           ("product_key", self.tr("Product key")), ("gateway", self.tr("Gateway")),
                           ("reprovision_policy", self.tr("Reprovisioning")),
                           ("label_template", self.tr("Label template")), ("description", self.tr("Description"))):
            label = QLabel()
            label.setObjectName(f"detail_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(title, label)
            self.detail_labels[key] = label
        return box

    # --- loading ------------------------------------------------------------------------------------
    def load_call(self) -> Callable[[], Any]:
        ctx = self.env.ctx
        return lambda: groups.list_groups(ctx, with_counts=True)

    def show_loaded(self, result: list[RegistrationGroupRecord]) -> None:
        selected = self.selected_group()
        first_load = not self.model.rowCount()
        self.model.set_records(result)
        if selected is not None:
            self.table.select_key(selected.name)
        elif result:
            self.table.select_key(result[0].name)
        if first_load:
            self.table.fit_columns()
        self._show_selected()

    def selected_group(self) -> RegistrationGroupRecord | None:
        record: RegistrationGroupRecord | None = self.table.selected_record()
        return record

    def _show_selected(self) -> None:
        group = self.selected_group()
        self.group_id.setText(group.group_id if group else "")
        for key, label in self.detail_labels.items():
            value = getattr(group, key) if group else ""
            label.setText(policy_text(value) if key == "reprovision_policy" and value else str(value))
        self.copy_id_button.setEnabled(group is not None)
        self.reveal_button.setEnabled(group is not None and self.env.can(Permission.REVEAL_SECRETS))
        self.edit_button.setEnabled(group is not None and self.env.can(Permission.MANAGE_GROUPS))

    # --- Group ID and Secret ------------------------------------------------------------------------
    def copy_group_id(self) -> None:
        if self.group_id.text():
            QGuiApplication.clipboard().setText(self.group_id.text())
            self.env.status.show_message(self.tr("Group ID copied."), 3000)

    def ask_reveal(self) -> QMessageBox | None:
        group = self.selected_group()
        if group is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reveal the Group Secret?"),
                          self.tr("Reveal the Group Secret of %s?\n\nThe reveal is recorded in the audit trail "
                                  "with your name. Make sure nobody is looking at your screen.") % group.name,
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("revealConfirm")
        reveal = box.addButton(self.tr("Reveal"), QMessageBox.ButtonRole.AcceptRole)
        reveal.setObjectName("confirmReveal")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._reveal(group.name) if button is reveal else None)
        self.reveal_confirm = box
        box.open()
        return box

    def _reveal(self, name: str) -> None:
        ctx = self.env.ctx
        self.call("reveal group secret", lambda: groups.reveal_group_secret(ctx, name),
                  lambda secret: self._show_secret(name, secret), changes=ChangeNotice.of(Topic.AUDIT, group=name))

    def _show_secret(self, name: str, secret: str) -> None:
        dialog = RevealSecretDialog(name, secret, self)
        self._open(dialog)

    # --- create and edit ----------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _form_choices_call(self) -> Callable[[], GroupFormChoices]:
        ctx, user_templates = self.env.ctx, self.env.home.templates_dir
        taken = [record.name for record in self.model.records()]

        def load() -> GroupFormChoices:
            names = [group.name for group in masterdata.list_groups(ctx)]
            templates = [(t.name, t.description) for t in list_templates(user_templates)
                         if isinstance(t, LabelTemplate)]
            return GroupFormChoices(names, templates, taken)

        return load

    def new_group(self) -> None:
        default_template = self.env.settings.get(LABEL_TEMPLATE) or groups.DEFAULT_TEMPLATE
        self.call("load group form", self._form_choices_call(),
                  lambda choices: self._open(RegistrationGroupDialog(self.env, choices,
                                                                     default_template=default_template, parent=self)))

    def edit_group(self) -> None:
        group = self.selected_group()
        if group is None or not self.edit_button.isEnabled():
            return
        self.call("load group form", self._form_choices_call(), lambda choices: self._open_edit(group, choices))

    def _open_edit(self, group: RegistrationGroupRecord, choices: GroupFormChoices) -> None:
        dialog = RegistrationGroupDialog(self.env, choices, existing=group, parent=self)
        dialog.saved.connect(lambda record: self._saved_edit(group.name, record))
        self._open(dialog)

    def _saved_edit(self, old_name: str, record: RegistrationGroupRecord) -> None:
        if record.name != old_name:
            self.groupRenamed.emit(old_name, record.name)
