"""Serial numbers: what is valid, and serial ranges with and without zero padding."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.serials import SN_MAX_LENGTH, check_sn, serial_range, sn_problem


@pytest.mark.parametrize("sn", ["A", "SN-0001", "a/b:c_d.e", "x" * SN_MAX_LENGTH])
def test_valid_sns(sn: str) -> None:
    assert sn_problem(sn) is None
    assert check_sn(sn) == sn


@pytest.mark.parametrize(("sn", "message"), [
    ("", "empty"), ("x" * (SN_MAX_LENGTH + 1), f"{SN_MAX_LENGTH + 1} characters long; at most {SN_MAX_LENGTH}"),
    ("A\x00B", "control character (code 0)"), ("A\tB", "control character (code 9)"), ("A\x7fB", "code 127"),
    ("A B", "space"), ("SNé", "ASCII"),
])
def test_invalid_sns(sn: str, message: str) -> None:
    problem = sn_problem(sn)
    assert problem is not None and message in problem
    with pytest.raises(InputError, match="field 'sn'"):
        check_sn(sn, field="sn")


def test_range_without_width_has_no_padding() -> None:
    assert serial_range("P-", 8, 4) == ["P-8", "P-9", "P-10", "P-11"]


def test_range_with_width_pads_with_zeros() -> None:
    assert serial_range("P-", 98, 3, 4) == ["P-0098", "P-0099", "P-0100"]


@pytest.mark.parametrize(("args", "field"), [
    (("P", 0, 0, None), "count"), (("P", -1, 5, None), "start"), (("P", 0, 5, 0), "width"),
    (("P", 995, 10, 3), "width"), (("P ", 0, 2, None), "prefix"), (("x" * 64, 1, 2, None), "prefix"),
])
def test_bad_ranges_name_the_field(args: tuple[str, int, int, int | None], field: str) -> None:
    with pytest.raises(InputError, match=f"field '{field}'"):
        serial_range(*args)
