"""The open sync conflicts as a table: what, which group and batch, the kind, the fields that differ.

The kind and table names are translated where shown, in the context ConflictListModel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.sync_service import ConflictRecord
from app.ui.models.record_table import Column, RecordTableModel

KIND_TEXT = {"edit": "changed on both sides", "delete": "deleted on one side, changed on the other",
             "unique": "same key (SN, name) created on both sides"}
TABLE_TEXT = {"device_identities": "Device", "assets": "Asset", "registration_groups": "Registration group",
              "masterdata_groups": "Master data group", "batches": "Batch", "users": "User",
              "attribute_definitions": "Attribute", "allocations": "Allocation",
              "reprovision_requests": "Reprovision request", "registrations": "Registration",
              "organisation": "Organisation", "third_party_codes": "Third-party code"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictListModel", text)


def kind_text(kind: str) -> str:
    return _tr(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def table_text(table: str) -> str:
    return _tr(TABLE_TEXT[table]) if table in TABLE_TEXT else table


def _found(record: ConflictRecord) -> str:
    return record.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


class ConflictListModel(RecordTableModel):
    TABLE, CONCERNS, GROUP, BATCH, KIND, DIFFERING, CREATED = range(7)
    CONTEXT = "ConflictListModel"
    COLUMNS = (
        Column("What", lambda r: table_text(r.table)),
        Column("Concerns", lambda r: r.label),
        Column("Group", lambda r: r.group),
        Column("Batch", lambda r: r.batch),
        Column("Conflict", lambda r: kind_text(r.kind)),
        Column("Fields that differ", lambda r: ", ".join(r.differing) or _tr("(bookkeeping only)"),
               tooltip=lambda r: ", ".join(r.differing)),
        Column("Found", _found),
    )

    def key(self, record: Any) -> str:
        return str(record.id)
