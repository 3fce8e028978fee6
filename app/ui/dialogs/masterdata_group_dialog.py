"""Create or edit a master data group: name, asset type and the attributes picked from the definitions."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.domain.changes import Topic
from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_import import MASTERDATA_GROUP_EXISTS
from app.domain.records import AttributeRecord, MasterDataGroupRecord
from app.services import masterdata
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.environment import UiEnvironment
from app.ui.messages import translate_label

KeyRole = Qt.ItemDataRole.UserRole + 1


class MasterdataGroupDialog(ServiceFormDialog):
    def __init__(self, env: UiEnvironment, attributes: Sequence[AttributeRecord], *,
                 existing: MasterDataGroupRecord | None = None, taken_names: Collection[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("masterdataGroupDialog")
        self.existing = existing
        self._taken = set(taken_names) - ({existing.name} if existing else set())
        self.setWindowTitle(self.tr("Edit master data group %s") % existing.name if existing
                            else self.tr("New master data group"))
        self.name = QLineEdit()
        self.name.setObjectName("mdGroupName")
        self.asset_type = QLineEdit()
        self.asset_type.setObjectName("mdGroupAssetType")
        self.asset_type.setPlaceholderText(self.tr("e.g. pump, meter, gateway"))
        self.description = QLineEdit()
        self.description.setObjectName("mdGroupDescription")
        self.attributes = QListWidget()
        self.attributes.setObjectName("mdGroupAttributes")
        self.attributes.setMinimumHeight(200)
        self.attributes.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.attributes.setToolTip(self.tr("Tick the attributes of this group; drag them into the order forms show."))
        self.add_field(self.tr("&Name"), self.name, "name")
        self.add_field(self.tr("&Asset type"), self.asset_type, "asset type")
        self.add_field(self.tr("&Description"), self.description)
        self.add_field(self.tr("A&ttributes"), self.attributes, "attribute")
        chosen = list(existing.attribute_keys) if existing else []
        by_key = {attribute.key: attribute for attribute in attributes}
        ordered = [by_key[key] for key in chosen if key in by_key] + [a for a in attributes if a.key not in chosen]
        for attribute in ordered:
            self._add_item(attribute, attribute.key in chosen)
        if existing is not None:
            self.name.setText(existing.name)
            self.asset_type.setText(existing.asset_type)
            self.description.setText(existing.description)
        self.revalidate()

    def _add_item(self, attribute: AttributeRecord, checked: bool) -> None:
        text = f"{attribute.label} ({attribute.key}, {translate_label('MasterdataGroupDialog', attribute.type)})"
        if attribute.builtin:
            text += self.tr(" · built-in")
        if attribute.required:
            text += self.tr(" · required")
        item = QListWidgetItem(text)
        item.setData(KeyRole, attribute.key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.attributes.addItem(item)

    def set_checked(self, keys: Collection[str]) -> None:
        for row in range(self.attributes.count()):
            item = self.attributes.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KeyRole) in keys else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> list[str]:
        return [self.attributes.item(row).data(KeyRole) for row in range(self.attributes.count())
                if self.attributes.item(row).checkState() == Qt.CheckState.Checked]

    def problem(self) -> InputError | None:
        try:
            name = masterdata.check_name(self.name.text(), "name")
            if name in self._taken:
                raise InputError(message(MASTERDATA_GROUP_EXISTS, name=name), field="name")
            masterdata.check_name(self.asset_type.text(), "asset type")
        except InputError as error:
            return error
        return None

    def service_call(self) -> Callable[[], Any]:
        ctx, keys = self.env.ctx, self.chosen_keys()
        name, asset_type, description = self.name.text().strip(), self.asset_type.text(), self.description.text()
        if self.existing is None:
            return lambda: masterdata.create_group(ctx, name, asset_type, keys, description)
        old = self.existing.name
        return lambda: masterdata.update_group(ctx, old, new_name=name, asset_type=asset_type, attribute_keys=keys,
                                               description=description)

    def data_key(self) -> Topic:
        return Topic.MASTERDATA
