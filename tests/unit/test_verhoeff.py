"""The manual code's check digit is Verhoeff's: published examples, and the errors it is chosen to catch."""

from __future__ import annotations

import pytest

from app.qr.verhoeff import check_digit, is_valid


@pytest.mark.parametrize(("digits", "check"), [
    ("236", "3"),  # Wikipedia, "Verhoeff algorithm": 236 -> 2363
    ("142857", "0"),  # Wikipedia's worked example validates 1428570
    ("1456789", "4"),  # Perl Algorithm::CheckDigits (MXX_006, Verhoeff): complete('1456789') is '14567894'
])
def test_published_check_digits(digits: str, check: str) -> None:
    assert check_digit(digits) == check
    assert is_valid(digits + check)


def test_every_single_digit_error_and_adjacent_transposition_is_caught() -> None:
    code = "12345678901" + check_digit("12345678901")
    for index, digit in enumerate(code):
        for other in "0123456789":
            if other != digit:
                assert not is_valid(code[:index] + other + code[index + 1:])
    for index in range(len(code) - 1):
        if code[index] != code[index + 1]:
            assert not is_valid(code[:index] + code[index + 1] + code[index] + code[index + 2:])


@pytest.mark.parametrize("text", ["", "12a4", "-123"])
def test_only_ascii_digits(text: str) -> None:
    with pytest.raises(ValueError):
        check_digit(text)
    assert not is_valid(text)
