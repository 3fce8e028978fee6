"""Tab-separated files as Excel writes them (UTF-8 or UTF-16 "Unicode Text"), and the reversible formula guard."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import InputError
from app.services.csv_safety import quote_guarded_text, safe_cell, unguard
from app.services.import_parsing import read_table

ROWS = [["SN", "Name", "batch"], ["SN-1", "Pumpe Süd", "B1"], ["SN-2", 'say "hi", ok; fine', ""]]


def tab_text(rows: list[list[str]]) -> str:
    def field(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in '"\t\n') else value
    return "".join("\t".join(field(v) for v in row) + "\r\n" for row in rows)


@pytest.mark.parametrize("name, encoding", [
    ("devices.txt", "utf-16"),  # Excel "Unicode Text": UTF-16 LE with a BOM
    ("devices.txt", "utf-16-be"),
    ("devices.tsv", "utf-8"),
    ("devices.txt", "utf-8-sig"),
    ("devices.csv", "utf-8"),  # a tab-separated file named .csv is still read by its header
])
def test_tab_separated_files_are_read(tmp_path: Path, name: str, encoding: str) -> None:
    data = tab_text(ROWS).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / name
    path.write_bytes(data)
    table = read_table(path)
    assert table.headers == ["sn", "name", "batch"]
    assert [row.values for row in table.rows] == list(ROWS[1:])
    assert [row.number for row in table.rows] == [2, 3]
    assert not table.errors


def test_a_tab_file_with_a_short_row_names_the_tab_separator(tmp_path: Path) -> None:
    path = tmp_path / "devices.txt"
    path.write_bytes("sn\tname\r\nSN-1\r\n".encode("utf-16"))
    table = read_table(path)
    assert "too few fields: 1 instead of 2" in str(table.errors[0]) and "separator tab" in str(table.errors[0])


def test_utf16_that_is_not_utf16_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "devices.txt"
    path.write_bytes(b"\xff\xfes\x00n\x00\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError, match="invalid UTF-16 .* 'Unicode Text'"):
        read_table(path)


def test_a_latin1_tab_file_says_how_to_save_it(tmp_path: Path) -> None:
    path = tmp_path / "devices.txt"
    path.write_bytes("sn\tname\r\nSN-1\tSüd\r\n".encode("latin-1"))
    with pytest.raises(InputError, match="row 2: invalid UTF-8 .*'Unicode Text'"):
        read_table(path)


VALUES = ["", "'", "''", "+49", "'+49", "''+49", "=1+1", "-5", "@x", "\tx", "\rx", "'\tx", "'abc", "a'+b", "'''-3",
          "+", "'=", "ünï", "'ü"]


@pytest.mark.parametrize("value", VALUES)
def test_the_guard_is_reversible(value: str) -> None:
    assert unguard(safe_cell(value)) == value
    assert unguard(quote_guarded_text(value)) == value
    assert not safe_cell(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_guard_is_removed_only_where_the_export_adds_one() -> None:
    assert unguard("'+49-170") == "+49-170"
    assert unguard("'abc") == "'abc" and unguard("'") == "'" and unguard("a'+b") == "a'+b"
    assert safe_cell("'abc") == "'abc" and quote_guarded_text("+49") == "+49"


def test_csv_cells_lose_the_guard_after_their_spaces(tmp_path: Path) -> None:
    path = tmp_path / "devices.csv"
    path.write_text("sn,name\n '+49-170 ,'=x\n'abc,''-1\n", encoding="utf-8")
    assert [row.values for row in read_table(path).rows] == [["+49-170", "=x"], ["'abc", "'-1"]]


def test_spreadsheet_numbers_and_dates_in_sn_and_batch_are_listed(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["name", "sn", "batch", "voltage", "description"])
    sheet.append(["a", 1.2345678901234567e19, "B1", 230, 12345678901234567890])
    sheet.append(["b", "000123", 7, 230.5, "text"])
    sheet.append(["c", 123, datetime.date(2026, 1, 2), None, 42])
    sheet.append(["d", datetime.datetime(2026, 1, 2, 0, 0), "B1", 1e16, True])
    path = tmp_path / "devices.xlsx"
    workbook.save(path)
    table = read_table(path)
    typed = {(cell.reference, cell.kind, cell.large) for cell in table.typed_cells}
    assert typed == {("B2", "number", True), ("E2", "number", True), ("C3", "number", False),
                     ("B4", "number", False), ("C4", "date", False), ("B5", "date", False), ("D5", "number", True)}
    shown = {cell.reference: cell.shown for cell in table.typed_cells}
    assert shown["B2"].startswith("1.23456789012345") and shown["B2"].endswith("e+19")  # as the workbook stores it
    assert (shown["C3"], shown["B4"], shown["C4"], shown["D5"]) == ("7", "123", "2026-01-02", "1e+16")
    assert [row.values[1] for row in table.rows][1:] == ["000123", "123", "2026-01-02"]
