"""Master data groups in a table: name, asset type and the attributes a device of the group carries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import MasterDataGroupRecord
from app.ui.models.record_table import Column, RecordTableModel


def _attributes(group: MasterDataGroupRecord) -> str:
    return ", ".join(group.attribute_keys) or QCoreApplication.translate("MasterdataGroupModel", "(none)")


class MasterdataGroupModel(RecordTableModel):
    NAME, ASSET_TYPE, COUNT, ATTRIBUTES, DESCRIPTION = range(5)
    CONTEXT = "MasterdataGroupModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MasterdataGroupModel", "Name"), lambda g: g.name),
        Column(QT_TRANSLATE_NOOP("MasterdataGroupModel", "Asset type"), lambda g: g.asset_type),
        Column(QT_TRANSLATE_NOOP("MasterdataGroupModel", "Attributes"), lambda g: len(g.attribute_keys), numeric=True),
        Column(QT_TRANSLATE_NOOP("MasterdataGroupModel", "Attribute keys"), _attributes, tooltip=_attributes),
        Column(QT_TRANSLATE_NOOP("MasterdataGroupModel", "Description"), lambda g: g.description),
    )
