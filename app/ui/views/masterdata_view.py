"""Master data: the attribute definitions (built-in ones read-only) and the master data groups built from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.domain.changes import Topic
from app.domain.permissions import Permission
from app.domain.records import AttributeRecord, MasterDataGroupRecord
from app.services import masterdata
from app.ui.dialogs.attribute_dialog import AttributeDialog
from app.ui.dialogs.masterdata_group_dialog import MasterdataGroupDialog
from app.ui.environment import UiEnvironment
from app.ui.models.attribute_model import AttributeModel
from app.ui.models.masterdata_group_model import MasterdataGroupModel
from app.ui.views.setup_parts import DataPage, RecordTable, hint, section_title


class MasterdataView(DataPage):
    RELOAD_ON = (Topic.MASTERDATA,)

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("masterdataView")
        self.dialog: QDialog | None = None
        self.attribute_model = AttributeModel(self)
        self.group_model = MasterdataGroupModel(self)
        self.attributes = RecordTable(self.attribute_model, "attributeTable")
        self.groups = RecordTable(self.group_model, "masterdataGroupTable")
        may_edit = env.can(Permission.MANAGE_MASTERDATA)

        self.add_attribute_button = self._button(self.tr("&Add attribute…"), "addAttribute", self.add_attribute)
        self.edit_attribute_button = self._button(self.tr("&Edit attribute…"), "editAttribute", self.edit_attribute)
        self.new_group_button = self._button(self.tr("&New master data group…"), "newMasterdataGroup", self.new_group)
        self.edit_group_button = self._button(self.tr("Edit &group…"), "editMasterdataGroup", self.edit_group)
        self.add_attribute_button.setEnabled(may_edit)
        self.new_group_button.setEnabled(may_edit)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self._header(self.tr("Attribute definitions"), self.add_attribute_button,
                                          self.edit_attribute_button))
        top_layout.addWidget(hint(self.tr("What a device can carry as master data. Built-in attributes (in italics) "
                                          "exist in every installation and are read-only.")))
        top_layout.addWidget(self.attributes)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(self._header(self.tr("Master data groups"), self.new_group_button,
                                             self.edit_group_button))
        bottom_layout.addWidget(hint(self.tr("An asset type and the attributes its devices carry; registration "
                                             "groups link one.")))
        bottom_layout.addWidget(self.groups)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.attributes.selectionModel().selectionChanged.connect(self._update_buttons)
        self.groups.selectionModel().selectionChanged.connect(self._update_buttons)
        self.attributes.doubleClicked.connect(lambda _index: self.edit_attribute())
        self.groups.doubleClicked.connect(lambda _index: self.edit_group())
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _header(title: str, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(section_title(title))
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    # --- loading ------------------------------------------------------------------------------------
    def load_call(self) -> Callable[[], Any]:
        ctx = self.env.ctx
        return lambda: (masterdata.list_attributes(ctx), masterdata.list_groups(ctx))

    def show_loaded(self, result: tuple[list[AttributeRecord], list[MasterDataGroupRecord]]) -> None:
        attributes, groups = result
        selected_attribute = self.attributes.selected_record()
        selected_group = self.groups.selected_record()
        first_load = not self.attribute_model.rowCount()
        self.attribute_model.set_records(attributes)
        self.group_model.set_records(groups)
        self.attributes.select_key(selected_attribute.key if selected_attribute else None)
        self.groups.select_key(selected_group.name if selected_group else None)
        if first_load:
            self.attributes.fit_columns()
            self.groups.fit_columns()
        self._update_buttons()

    def _update_buttons(self) -> None:
        may_edit = self.env.can(Permission.MANAGE_MASTERDATA)
        attribute: AttributeRecord | None = self.attributes.selected_record()
        self.edit_attribute_button.setEnabled(may_edit and attribute is not None and not attribute.builtin)
        self.edit_attribute_button.setToolTip(
            self.tr("Built-in attributes are read-only.") if attribute is not None and attribute.builtin else "")
        self.edit_group_button.setEnabled(may_edit and self.groups.selected_record() is not None)

    # --- actions ------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_attribute(self) -> QDialog:
        taken = [attribute.key for attribute in self.attribute_model.records()]
        return self._open(AttributeDialog(self.env, taken_keys=taken, parent=self))

    def edit_attribute(self) -> QDialog | None:
        attribute: AttributeRecord | None = self.attributes.selected_record()
        if attribute is None or attribute.builtin or not self.edit_attribute_button.isEnabled():
            return None
        taken = [record.key for record in self.attribute_model.records()]
        return self._open(AttributeDialog(self.env, existing=attribute, taken_keys=taken, parent=self))

    def new_group(self) -> QDialog:
        taken = [group.name for group in self.group_model.records()]
        return self._open(MasterdataGroupDialog(self.env, self.attribute_model.records(), taken_names=taken,
                                                parent=self))

    def edit_group(self) -> QDialog | None:
        group: MasterDataGroupRecord | None = self.groups.selected_record()
        if group is None or not self.edit_group_button.isEnabled():
            return None
        taken = [record.name for record in self.group_model.records()]
        return self._open(MasterdataGroupDialog(self.env, self.attribute_model.records(), existing=group,
                                                taken_names=taken, parent=self))
