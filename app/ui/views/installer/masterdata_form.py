"""The on-site master data form of a device's master data group: one editor per attribute type.

Values are checked as they are typed with the domain's own rules (app.domain.masterdata), the
same ones the services apply; a problem is shown under its field, and the services' answer
(InputError naming the field) lands in the same place.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app.domain.enums import AttributeType
from app.domain.errors import InputError, InputErrors
from app.domain.masterdata import validate_master_data
from app.domain.records import AttributeRecord
from app.ui.messages import translate_message
from app.ui.palette import OUTCOME_COLOURS

NO_DATE = QDate(1900, 1, 1)


@cache
def _timezone_names() -> list[str]:
    return sorted(available_timezones())


def warm_up() -> None:
    """Read the time zone database once, off the GUI thread (it takes ~80 ms the first time)."""
    _timezone_names()
    probe = AttributeRecord("tz", "tz", AttributeType.TEXT.value, False, None, (), {"timezone": True}, False)
    validate_master_data([probe], {"tz": "UTC"}, require_complete=False)


class _DateField(QWidget):
    """A date editor that can also be empty ("not set"), with a Today button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDate(NO_DATE)
        self.today = QPushButton(self.tr("Today"))
        self.today.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.today.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.today)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> str:
        current = self.edit.date()
        return "" if current == NO_DATE else current.toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        parsed = QDate.fromString(str(value)[:10], "yyyy-MM-dd") if value else QDate()
        self.edit.setDate(parsed if parsed.isValid() else NO_DATE)


class MasterDataForm(QWidget):
    """set_attributes(definitions, current values); values() for the services; problems shown per field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("masterDataForm")
        self.attributes: list[AttributeRecord] = []
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Scan a device to fill in its master data."))
        self.empty.setObjectName("masterDataEmpty")
        self.empty.setEnabled(False)
        self._outer.addWidget(self.empty)
        self._form_host: QWidget | None = None

    # -- building --------------------------------------------------------------------------------------
    def set_attributes(self, attributes: list[AttributeRecord], values: dict[str, Any]) -> None:
        if self._form_host is not None:
            self._form_host.deleteLater()
        self.attributes = list(attributes)
        self.editors.clear()
        self.messages.clear()
        host = QWidget()
        form = QFormLayout(host)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for attribute in attributes:
            editor = self._editor(attribute)
            editor.setObjectName(f"field_{attribute.key}")
            self._set_value(attribute, editor, values.get(attribute.key))
            message = QLabel()
            message.setObjectName(f"error_{attribute.key}")
            message.setWordWrap(True)
            message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}; font-weight: bold;")
            message.setVisible(False)
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(message)
            label = attribute.label + (" *" if attribute.required else "")
            form.addRow(label + ":", column)
            self.editors[attribute.key] = editor
            self.messages[attribute.key] = message
        self._form_host = host
        self._outer.addWidget(host)
        host.show()  # a layout shows a new child of a visible parent only later (queued); show it now
        self.empty.setVisible(not attributes)
        if not attributes:
            self.empty.setText(self.tr("This device's master data group has no attributes."))

    def clear(self) -> None:
        if self._form_host is not None:
            self._form_host.deleteLater()
            self._form_host = None
        self.attributes = []
        self.editors.clear()
        self.messages.clear()
        self.empty.setText(self.tr("Scan a device to fill in its master data."))
        self.empty.setVisible(True)

    def _editor(self, attribute: AttributeRecord) -> QWidget:
        kind = AttributeType(attribute.type)
        if kind is AttributeType.BOOL:
            box = QCheckBox(self.tr("yes"))
            box.toggled.connect(lambda _on, key=attribute.key: self._changed(key))
            return box
        if kind is AttributeType.ENUM:
            combo = QComboBox()
            combo.addItem(self.tr("(not set)"), "")
            for choice in attribute.choices:
                combo.addItem(choice, choice)
            combo.currentIndexChanged.connect(lambda _i, key=attribute.key: self._changed(key))
            return combo
        if kind is AttributeType.DATE:
            field = _DateField()
            field.changed.connect(lambda key=attribute.key: self._changed(key))
            return field
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        if kind is AttributeType.NUMBER:
            low, high = attribute.rules.get("min"), attribute.rules.get("max")
            if low is not None and high is not None:
                edit.setPlaceholderText(self.tr("a number from %s to %s") % (low, high))
            else:
                edit.setPlaceholderText(self.tr("a number"))
        elif kind is AttributeType.LOCATION:
            edit.setPlaceholderText(self.tr("latitude,longitude (e.g. 48.137,11.575) or a place name"))
        elif attribute.rules.get("timezone"):
            edit.setPlaceholderText(self.tr("an IANA time zone, e.g. Europe/Berlin"))
            completer = QCompleter(_timezone_names(), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        edit.textEdited.connect(lambda _t, key=attribute.key: self._changed(key))
        return edit

    @staticmethod
    def _set_value(attribute: AttributeRecord, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData("" if value is None else str(value))
            editor.setCurrentIndex(max(0, index))
        elif isinstance(editor, _DateField):
            editor.set_value(value.isoformat() if isinstance(value, date) else value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    # -- values and problems ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The raw values of every field, as the services take them ("" clears a value)."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData() or ""
            elif isinstance(editor, _DateField):
                out[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text()
        return out

    def check(self, *, require_complete: bool) -> dict[str, str]:
        """Problems by key, also shown under their fields (an empty dict: all valid)."""
        _parsed, problems = validate_master_data(self.attributes, self.values(), require_complete=require_complete)
        for key in self.messages:
            self._show(key, problems.get(key, ""))
        first = next((key for key in self.editors if key in problems), None)
        if first is not None:
            self.editors[first].setFocus()
        return problems

    def show_error(self, error: InputError) -> bool:
        """Put a service's InputError(s) under their fields; False when none names a field of this form."""
        errors = error.errors if isinstance(error, InputErrors) else [error]
        shown = False
        for item in errors:
            if item.field in self.messages:
                self._show(item.field, item.reason)
                shown = True
        return shown

    def label_of(self, key: str) -> str:
        """The attribute's label as the form shows it (the key only for an attribute the form does not know)."""
        return next((a.label for a in self.attributes if a.key == key and a.label), key)

    def problems_text(self, problems: dict[str, str]) -> str:
        """For a banner: the first problem in form order by its label, and how many more there are."""
        ordered = [key for key in self.editors if key in problems] + [key for key in problems
                                                                      if key not in self.editors]
        if not ordered:
            return ""
        first = f"{self.label_of(ordered[0])}: {translate_message(problems[ordered[0]])}"
        more = len(ordered) - 1
        if not more:
            return first
        return (self.tr("%s (and 1 more field)") % first if more == 1 else
                self.tr("%s (and %d more fields)") % (first, more))

    def errors_by_field(self, error: InputError) -> dict[str, str]:
        """A service's InputError(s) that name a field of this form, by key."""
        errors = error.errors if isinstance(error, InputErrors) else [error]
        return {item.field: item.reason for item in errors if item.field in self.messages}

    def problem(self, key: str) -> str:
        label = self.messages.get(key)
        return label.text() if label is not None else ""

    def _changed(self, key: str) -> None:
        if key not in self.editors:
            return  # the form is being built: values are being set, nobody edited yet
        attribute = next((a for a in self.attributes if a.key == key), None)
        if attribute is not None:
            _parsed, problems = validate_master_data([attribute], {key: self.values()[key]}, require_complete=False)
            self._show(key, problems.get(key, ""))
        self.edited.emit()

    def _show(self, key: str, text: str) -> None:
        label = self.messages.get(key)
        if label is None:
            return
        label.setText(translate_message(text))  # a service's Message in the window's language
        label.setVisible(bool(text))
