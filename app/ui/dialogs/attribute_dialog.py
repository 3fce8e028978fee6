"""Add or edit an attribute definition, checked as you type by the same function the service runs.

Only the rules that apply to the chosen type are shown (min/max for numbers, a pattern for text,
choices for enums). Once an attribute exists its key, type and rules stay (devices may already
carry values under them); label, required, choices and default can change.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.domain.changes import Topic
from app.domain.enums import AttributeType
from app.domain.errors import InputError
from app.domain.masterdata import InvalidValue, parse_value
from app.domain.messages import message
from app.domain.messages_import import ATTRIBUTE_EXISTS
from app.domain.records import AttributeRecord
from app.services import masterdata
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.environment import UiEnvironment

_NUMBER = AttributeRecord("rule", "rule", AttributeType.NUMBER.value, False, None, (), {}, False)


def _rule_number(text: str, field: str) -> float | int | None:
    """A min/max typed into the form, read as the services read a number value."""
    try:
        value = parse_value(_NUMBER, text)
    except InvalidValue as exc:
        raise InputError(exc.message, field=field) from None
    return value


class AttributeDialog(ServiceFormDialog):
    def __init__(self, env: UiEnvironment, *, existing: AttributeRecord | None = None,
                 taken_keys: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("attributeDialog")
        self.existing = existing
        self._taken = set(taken_keys) - ({existing.key} if existing else set())
        self.setWindowTitle(self.tr("Edit attribute %s") % existing.key if existing else self.tr("Add attribute"))

        self.key = QLineEdit()
        self.key.setObjectName("attributeKey")
        self.key.setPlaceholderText(self.tr("e.g. rated_voltage"))
        self.label = QLineEdit()
        self.label.setObjectName("attributeLabel")
        self.type = QComboBox()
        self.type.setObjectName("attributeType")
        for kind, text in ((AttributeType.TEXT, self.tr("Text")), (AttributeType.NUMBER, self.tr("Number")),
                           (AttributeType.BOOL, self.tr("Yes / no")), (AttributeType.ENUM, self.tr("Choice (enum)")),
                           (AttributeType.DATE, self.tr("Date")), (AttributeType.LOCATION, self.tr("Location"))):
            self.type.addItem(text, kind.value)
        self.required = QCheckBox(self.tr("A device must have a value"))
        self.required.setObjectName("attributeRequired")
        self.choices = QLineEdit()
        self.choices.setObjectName("attributeChoices")
        self.choices.setPlaceholderText(self.tr("comma-separated, e.g. red, green, blue"))
        self.minimum = QLineEdit()
        self.minimum.setObjectName("attributeMin")
        self.minimum.setPlaceholderText(self.tr("no minimum"))
        self.maximum = QLineEdit()
        self.maximum.setObjectName("attributeMax")
        self.maximum.setPlaceholderText(self.tr("no maximum"))
        self.pattern = QLineEdit()
        self.pattern.setObjectName("attributePattern")
        self.pattern.setPlaceholderText(self.tr("regular expression the whole value must match"))
        self.default = QLineEdit()
        self.default.setObjectName("attributeDefault")

        self.add_field(self.tr("&Key"), self.key, "key")
        self.add_field(self.tr("&Label"), self.label, "label")
        self.add_field(self.tr("&Type"), self.type, "type")
        self.add_field(self.tr("&Required"), self.required)
        self.add_field(self.tr("&Choices"), self.choices, "choices")
        self.add_field(self.tr("M&inimum"), self.minimum, "min")
        self.add_field(self.tr("M&aximum"), self.maximum, "max")
        self.add_field(self.tr("&Pattern"), self.pattern, "pattern")
        self.add_field(self.tr("&Default"), self.default, "default")
        self.key.textChanged.connect(self._suggest_label)
        self._suggest_label("")
        self.type.currentIndexChanged.connect(self._show_rules_of_type)
        if existing is not None:
            self._fill(existing)
        self._show_rules_of_type()
        self.revalidate()

    def _fill(self, attribute: AttributeRecord) -> None:
        self.key.setText(attribute.key)
        self.label.setText(attribute.label)
        self.type.setCurrentIndex(max(0, self.type.findData(attribute.type)))
        self.required.setChecked(attribute.required)
        self.choices.setText(", ".join(attribute.choices))
        for widget, rule in ((self.minimum, "min"), (self.maximum, "max"), (self.pattern, "pattern")):
            value = attribute.rules.get(rule)
            widget.setText("" if value is None else str(value))
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Rules stay as they were defined: devices may already have values."))
        self.default.setText(attribute.default or "")
        self.key.setEnabled(False)
        self.type.setEnabled(False)

    # --- form behaviour -----------------------------------------------------------------------------
    def kind(self) -> AttributeType:
        return AttributeType(self.type.currentData())

    def _suggest_label(self, key: str) -> None:
        self.label.setPlaceholderText(key.replace("_", " ").capitalize() if key else self.tr("shown to users"))

    def _show_rules_of_type(self) -> None:
        kind = self.kind()
        self.form.setRowVisible(self.choices, kind is AttributeType.ENUM)
        self.form.setRowVisible(self.minimum, kind is AttributeType.NUMBER)
        self.form.setRowVisible(self.maximum, kind is AttributeType.NUMBER)
        self.form.setRowVisible(self.pattern, kind is AttributeType.TEXT)
        hints = {AttributeType.NUMBER: self.tr("e.g. 230"), AttributeType.BOOL: self.tr("true or false"),
                 AttributeType.ENUM: self.tr("one of the choices"), AttributeType.DATE: self.tr("YYYY-MM-DD"),
                 AttributeType.LOCATION: self.tr("latitude,longitude or a place name")}
        self.default.setPlaceholderText(hints.get(kind, self.tr("none")))
        self.adjustSize()

    # --- what the form says -------------------------------------------------------------------------
    def rules(self) -> dict[str, Any]:
        if self.existing is not None:
            return dict(self.existing.rules)
        kind = self.kind()
        rules: dict[str, Any] = {}
        if kind is AttributeType.NUMBER:
            for rule, widget in (("min", self.minimum), ("max", self.maximum)):
                value = _rule_number(widget.text(), rule)
                if value is not None:
                    rules[rule] = value
        if kind is AttributeType.TEXT and self.pattern.text():
            rules["pattern"] = self.pattern.text()
        return rules

    def choice_list(self) -> list[str]:
        return self.choices.text().split(",") if self.kind() is AttributeType.ENUM else []

    def definition(self) -> AttributeRecord:
        """The attribute the form describes, checked by the service's own check (InputError if not valid)."""
        key = self.key.text().strip()
        if key in self._taken:
            raise InputError(message(ATTRIBUTE_EXISTS, key=key), field="key")
        return masterdata.check_attribute(key, self.kind().value, label=self.label.text().strip() or None,
                                          required=self.required.isChecked(), choices=self.choice_list(),
                                          default=self.default.text().strip() or None, rules=self.rules())

    def problem(self) -> InputError | None:
        try:
            self.definition()
        except InputError as error:
            return error
        return None

    def service_call(self) -> Callable[[], Any]:
        record = self.definition()
        ctx = self.env.ctx
        if self.existing is None:
            return lambda: masterdata.add_attribute(ctx, record.key, record.type, label=record.label,
                                                    required=record.required, choices=list(record.choices),
                                                    default=record.default, rules=record.rules)
        choices = list(record.choices) if record.type == AttributeType.ENUM.value else None
        return lambda: masterdata.update_attribute(ctx, record.key, label=record.label, required=record.required,
                                                   choices=choices, default=record.default or "")

    def data_key(self) -> Topic:
        return Topic.MASTERDATA
