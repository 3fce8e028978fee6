"""Attribute definitions in a table; built-in ones are shown as such (italic, 'Built-in', read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import AttributeRecord
from app.ui.models.record_table import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttributeModel", text)


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def describe_rules(attribute: AttributeRecord) -> str:
    """The attribute's rules as a user reads them: '0 – 400', 'red | green', 'matches ^A\\d+$'."""
    rules = attribute.rules
    parts: list[str] = []
    if attribute.choices:
        parts.append(" | ".join(attribute.choices))
    low, high = rules.get("min"), rules.get("max")
    if low is not None and high is not None:
        parts.append(f"{_number(low)} – {_number(high)}")
    elif low is not None:
        parts.append(f"≥ {_number(low)}")
    elif high is not None:
        parts.append(f"≤ {_number(high)}")
    if rules.get("pattern"):
        parts.append(QCoreApplication.translate("AttributeModel", "matches %s") % rules["pattern"])
    if rules.get("timezone"):
        parts.append(QCoreApplication.translate("AttributeModel", "IANA time zone"))
    if rules.get("max_length"):
        parts.append(QCoreApplication.translate("AttributeModel", "at most %s characters") % rules["max_length"])
    return "; ".join(parts)


class AttributeModel(RecordTableModel):
    KEY, LABEL, TYPE, ORIGIN, REQUIRED, DEFAULT, RULES = range(7)
    CONTEXT = "AttributeModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Key"), lambda a: a.key),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Label"), lambda a: a.label),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Type"), lambda a: a.type),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Origin"),
               lambda a: QCoreApplication.translate("AttributeModel", "Built-in") if a.builtin
               else QCoreApplication.translate("AttributeModel", "Custom")),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Required"),
               lambda a: QCoreApplication.translate("AttributeModel", "required") if a.required else ""),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Default"), lambda a: a.default or ""),
        Column(QT_TRANSLATE_NOOP("AttributeModel", "Rules"), describe_rules),
    )

    def key(self, record: AttributeRecord) -> str:
        return record.key

    def tooltip(self, record: AttributeRecord, column: Column) -> str | None:
        if record.builtin:
            return QCoreApplication.translate("AttributeModel",
                                              "Built-in attribute: part of every installation, read-only.")
        return None

    def extra_data(self, record: AttributeRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.builtin:
            font = QFont()
            font.setItalic(True)
            return font
        return None
