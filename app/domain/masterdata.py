"""Master data values: parse and validate one value against its attribute definition."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from app.domain.enums import AttributeType
from app.domain.messages import message
from app.domain.messages_import import (
    ABOVE_MAXIMUM,
    BELOW_MINIMUM,
    IS_REQUIRED,
    LOCATION_TOO_LONG,
    NO_CONTROL_CHARACTERS,
    NO_MATCH,
    NONE,
    NOT_A_DATE,
    NOT_A_NUMBER,
    NOT_A_TIME_ZONE,
    NOT_FINITE,
    NOT_OF_GROUP,
    NOT_ONE_OF,
    NOT_YES_NO,
    OUTSIDE_GLOBE,
    PATTERN_UNCHECKABLE,
    TOO_LONG,
    YES_NO_NOT_NUMBER,
)
from app.domain.patterns import PatternError, matches
from app.domain.records import AttributeRecord

TEXT_MAX_LENGTH = 256
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}
_COORDINATES = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class InvalidValue(ValueError):
    """The message says what would be valid; the caller adds where (row, column, field).

    `message` is the Message (template and parameters) the window translates; str() is its English text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def parse_value(attribute: AttributeRecord, raw: Any) -> Any:
    """The stored form of `raw` for this attribute, or InvalidValue. Empty input gives None."""
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return None
    kind = AttributeType(attribute.type)
    if kind is AttributeType.BOOL:
        return _parse_bool(raw)
    if kind is AttributeType.NUMBER:
        return _parse_number(attribute, raw)
    text = str(raw).strip() if not isinstance(raw, date) else raw.isoformat()
    if kind is AttributeType.ENUM:
        if text not in attribute.choices:
            raise InvalidValue(message(NOT_ONE_OF, value=text, choices=", ".join(attribute.choices)))
        return text
    if kind is AttributeType.DATE:
        try:
            return date.fromisoformat(text[:10] if len(text) > 10 and text[10] in "T " else text).isoformat()
        except ValueError:
            raise InvalidValue(message(NOT_A_DATE, value=text)) from None
    if kind is AttributeType.LOCATION:
        return _parse_location(text)
    return _parse_text(attribute, text)


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidValue(message(NOT_YES_NO, value=raw))


def _parse_number(attribute: AttributeRecord, raw: Any) -> int | float:
    if isinstance(raw, bool):
        raise InvalidValue(message(YES_NO_NOT_NUMBER))
    try:
        number = float(str(raw).strip().replace(",", ".")) if not isinstance(raw, (int, float)) else raw
    except ValueError:
        raise InvalidValue(message(NOT_A_NUMBER, value=raw)) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InvalidValue(message(NOT_FINITE, value=raw))
    low, high = attribute.rules.get("min"), attribute.rules.get("max")
    if low is not None and number < low:
        raise InvalidValue(message(BELOW_MINIMUM, value=raw, minimum=low))
    if high is not None and number > high:
        raise InvalidValue(message(ABOVE_MAXIMUM, value=raw, maximum=high))
    return int(number) if float(number).is_integer() else float(number)


def _parse_location(text: str) -> str:
    match = _COORDINATES.match(text)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InvalidValue(message(OUTSIDE_GLOBE, value=text))
        return f"{lat:.6f},{lon:.6f}"
    if len(text) > TEXT_MAX_LENGTH:
        raise InvalidValue(message(LOCATION_TOO_LONG, limit=TEXT_MAX_LENGTH))
    if any(ord(ch) < 32 for ch in text):
        raise InvalidValue(message(NO_CONTROL_CHARACTERS))
    return text


def _parse_text(attribute: AttributeRecord, text: str) -> str:
    limit = int(attribute.rules.get("max_length", TEXT_MAX_LENGTH))
    if len(text) > limit:
        raise InvalidValue(message(TOO_LONG, length=len(text), limit=limit))
    if any(ord(ch) < 32 for ch in text):
        raise InvalidValue(message(NO_CONTROL_CHARACTERS))
    if attribute.rules.get("timezone") and text not in _timezones():
        raise InvalidValue(message(NOT_A_TIME_ZONE, value=text))
    pattern = attribute.rules.get("pattern")
    if pattern:
        try:
            matching = matches(pattern, text)
        except PatternError as error:
            raise InvalidValue(message(PATTERN_UNCHECKABLE, reason=error.message)) from None
        if not matching:
            raise InvalidValue(message(NO_MATCH, value=text, pattern=pattern))
    return text


def validate_master_data(
    attributes: list[AttributeRecord], values: dict[str, Any], *, require_complete: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    """Parse all values; returns (parsed values, {key: problem}). Unknown keys are problems."""
    by_key = {attribute.key: attribute for attribute in attributes}
    parsed: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for key, raw in values.items():
        attribute = by_key.get(key)
        if attribute is None:
            allowed = ", ".join(sorted(by_key)) or NONE
            problems[key] = message(NOT_OF_GROUP, allowed=allowed)
            continue
        try:
            value = parse_value(attribute, raw)
        except InvalidValue as exc:
            problems[key] = exc.message
            continue
        if value is not None:
            parsed[key] = value
    if require_complete:
        for attribute in attributes:
            if attribute.required and parsed.get(attribute.key) is None and attribute.key not in problems:
                problems[attribute.key] = message(IS_REQUIRED)
    return parsed, problems
