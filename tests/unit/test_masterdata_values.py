"""Master data values: every type parsed and validated, messages that say what is valid."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.masterdata import InvalidValue, parse_value, validate_master_data
from app.domain.records import AttributeRecord


def attribute(key: str, type_: str, *, required: bool = False, choices: tuple[str, ...] = (),
              rules: dict[str, Any] | None = None) -> AttributeRecord:
    return AttributeRecord(key, key, type_, required, None, choices, rules or {}, False)


NUMBER = attribute("voltage", "number", rules={"min": 0, "max": 400})
ENUM = attribute("colour", "enum", choices=("red", "green"))
BOOL = attribute("outdoor", "bool")
DATE = attribute("install_date", "date")
LOCATION = attribute("location", "location")
TIMEZONE = attribute("timezone", "text", rules={"timezone": True})
TEXT = attribute("note", "text", rules={"max_length": 10})
PATTERN = attribute("fw", "text", rules={"pattern": r"\d+\.\d+"})


@pytest.mark.parametrize(("attr", "raw", "expected"), [
    (NUMBER, "230", 230), (NUMBER, "12,5", 12.5), (NUMBER, 400, 400), (NUMBER, "0", 0),
    (ENUM, "red", "red"), (BOOL, "yes", True), (BOOL, "0", False), (BOOL, True, True),
    (DATE, "2024-02-29", "2024-02-29"), (DATE, "2024-02-29T10:00:00", "2024-02-29"),
    (LOCATION, "52.5, 13.4", "52.500000,13.400000"), (LOCATION, "Hall 3", "Hall 3"),
    (TIMEZONE, "Europe/Berlin", "Europe/Berlin"), (TEXT, "short", "short"), (PATTERN, "1.2", "1.2"),
    (NUMBER, "", None), (TEXT, "  ", None),
])
def test_valid_values(attr: AttributeRecord, raw: Any, expected: Any) -> None:
    assert parse_value(attr, raw) == expected


@pytest.mark.parametrize(("attr", "raw", "message"), [
    (NUMBER, "abc", "not a number"), (NUMBER, "-1", "below the minimum 0"), (NUMBER, "401", "above the maximum 400"),
    (NUMBER, "nan", "finite"), (NUMBER, True, "not a number"),
    (ENUM, "blue", "not one of: red, green"), (BOOL, "maybe", "true or false"),
    (DATE, "2023-02-30", "YYYY-MM-DD"), (DATE, "yesterday", "YYYY-MM-DD"),
    (LOCATION, "91,0", "latitude is -90..90"), (LOCATION, "0,181", "longitude -180..180"),
    (LOCATION, "a\x07b", "control characters"),
    (TIMEZONE, "Mars/Olympus", "IANA time zone"), (TEXT, "x" * 11, "at most 10"),
    (TEXT, "a\nb", "control characters"), (PATTERN, "v1", "pattern"),
])
def test_invalid_values_say_what_is_valid(attr: AttributeRecord, raw: Any, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        parse_value(attr, raw)


def test_validate_reports_unknown_wrong_and_missing_by_key() -> None:
    required = attribute("serial_owner", "text", required=True)
    parsed, problems = validate_master_data([NUMBER, ENUM, required], {"voltage": "x", "colour": "red", "bogus": "1"},
                                            require_complete=True)
    assert parsed == {"colour": "red"}
    assert set(problems) == {"voltage", "bogus", "serial_owner"}
    assert "not a number" in problems["voltage"]
    assert "allowed: colour, serial_owner, voltage" in problems["bogus"]
    assert problems["serial_owner"] == "is required"


def test_incomplete_is_fine_until_completeness_is_required() -> None:
    required = attribute("serial_owner", "text", required=True)
    assert validate_master_data([required], {}, require_complete=False) == ({}, {})
