"""Attribute patterns run in linear time: a catastrophic pattern is harmless, unusable ones are refused."""

from __future__ import annotations

import time

import pytest

from app.domain.errors import InputError
from app.domain.masterdata import InvalidValue, parse_value
from app.domain.patterns import PatternError, compile_pattern, matches
from app.domain.records import AttributeRecord
from app.services.masterdata import check_attribute


def _text(pattern: str) -> AttributeRecord:
    return AttributeRecord("serial_code", "Serial code", "text", False, None, (), {"pattern": pattern}, False)


def test_a_nested_quantifier_checks_a_crafted_cell_at_once() -> None:
    # Python's re needs over a minute for 40 'a' and a '!' against ^(a+)+$, doubling with each character.
    started = time.process_time()
    with pytest.raises(InvalidValue, match="does not match"):
        parse_value(_text(r"^(a+)+$"), "a" * 60 + "!")
    assert time.process_time() - started < 2


def test_the_usual_patterns_keep_working() -> None:
    assert matches(r"[A-Z]{2}-\d{4}", "AB-1234")
    assert not matches(r"[A-Z]{2}-\d{4}", "AB-1234x")  # the whole value must match
    assert parse_value(_text(r"\d+\.\d+(\.\d+)?"), "1.2.3") == "1.2.3"


@pytest.mark.parametrize("pattern", [r"(a)\1", r"foo(?=bar)", r"(?!x)y", "(", "a" * 501])
def test_patterns_that_cannot_be_checked_safely_are_refused_when_defined(pattern: str) -> None:
    with pytest.raises(PatternError):
        compile_pattern(pattern)
    with pytest.raises(InputError, match="pattern") as refused:
        check_attribute("serial_code", "text", rules={"pattern": pattern})
    assert refused.value.field == "pattern"


def test_a_stored_pattern_that_cannot_be_checked_refuses_the_value_with_a_reason() -> None:
    with pytest.raises(InvalidValue, match="cannot be checked"):
        parse_value(_text(r"(a)\1"), "aa")
