"""The open sync conflicts as a table: what, which group and batch, the kind, the fields that differ.

The kind and table names are translated where shown, in the context ConflictListModel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.sync_service import ConflictRecord
from app.ui.locale_format import moment_text
from app.ui.models.record_table import Column, RecordTableModel

# Translated where shown (context ConflictListModel); marked here for lupdate.
KIND_TEXT = {
    "edit": QT_TRANSLATE_NOOP("ConflictListModel", "changed on both sides"),
    "delete": QT_TRANSLATE_NOOP("ConflictListModel", "deleted on one side, changed on the other"),
    "unique": QT_TRANSLATE_NOOP("ConflictListModel", "same key (SN, name) created on both sides"),
}
TABLE_TEXT = {
    "device_identities": QT_TRANSLATE_NOOP("ConflictListModel", "Device"),
    "assets": QT_TRANSLATE_NOOP("ConflictListModel", "Asset"),
    "registration_groups": QT_TRANSLATE_NOOP("ConflictListModel", "Registration group"),
    "masterdata_groups": QT_TRANSLATE_NOOP("ConflictListModel", "Master data group"),
    "batches": QT_TRANSLATE_NOOP("ConflictListModel", "Batch"),
    "users": QT_TRANSLATE_NOOP("ConflictListModel", "User"),
    "attribute_definitions": QT_TRANSLATE_NOOP("ConflictListModel", "Attribute"),
    "allocations": QT_TRANSLATE_NOOP("ConflictListModel", "Allocation"),
    "reprovision_requests": QT_TRANSLATE_NOOP("ConflictListModel", "Reprovision request"),
    "registrations": QT_TRANSLATE_NOOP("ConflictListModel", "Registration"),
    "organisation": QT_TRANSLATE_NOOP("ConflictListModel", "Organisation"),
    "third_party_codes": QT_TRANSLATE_NOOP("ConflictListModel", "Third-party code"),
}
KEEP_SIDES = (  # the Keep column's choices: the value a resolution takes, and what it shows
    ("local", QT_TRANSLATE_NOOP("ConflictListModel", "this station")),
    ("central", QT_TRANSLATE_NOOP("ConflictListModel", "central")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictListModel", text)


def kind_text(kind: str) -> str:
    return _tr(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def table_text(table: str) -> str:
    return _tr(TABLE_TEXT[table]) if table in TABLE_TEXT else table


def _found(record: ConflictRecord) -> str:
    return moment_text(record.created_at)


class ConflictListModel(RecordTableModel):
    TABLE, CONCERNS, GROUP, BATCH, KIND, DIFFERING, CREATED = range(7)
    CONTEXT = "ConflictListModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "What"), lambda r: table_text(r.table)),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Concerns"), lambda r: r.label),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Group"), lambda r: r.group),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Batch"), lambda r: r.batch),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Conflict"), lambda r: kind_text(r.kind)),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Fields that differ"),
               lambda r: ", ".join(r.differing) or QCoreApplication.translate("ConflictListModel", "(bookkeeping only)"),
               tooltip=lambda r: ", ".join(r.differing)),
        Column(QT_TRANSLATE_NOOP("ConflictListModel", "Found"), _found),
    )

    def key(self, record: Any) -> str:
        return str(record.id)
