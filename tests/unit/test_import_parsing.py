"""Reading import files (CSV and XLSX) into a table, and every way a file can be unreadable."""

from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import InputError
from app.services import import_parsing
from app.services.import_parsing import read_table

ROWS = [["SN-1", "Pump north", "48.1,11.5"], ["SN-2", "", "Munich"]]


def write_csv(path: Path, text: str, *, bom: bool = False, newline: str = "\n") -> Path:
    data = text.replace("\n", newline).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xlsx(path: Path, rows: list[list[object]], extra_sheet: list[list[object]] | None = None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    if extra_sheet is not None:
        other = workbook.create_sheet("other")
        for row in extra_sheet:
            other.append(row)
    workbook.save(path)
    return path


def values(table: import_parsing.ParsedTable) -> list[list[str]]:
    return [row.values for row in table.rows]


@pytest.mark.parametrize("separator", [",", ";"])
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_csv_with_either_separator_bom_and_line_ending_reads_the_same(tmp_path: Path, separator: str, bom: bool,
                                                                      newline: str) -> None:
    lines = [separator.join(["sn", "name", "location"])]
    for sn, name, location in ROWS:
        quoted = f'"{location}"' if separator in location else location
        lines.append(separator.join([sn, name, quoted]))
    path = write_csv(tmp_path / "devices.csv", "\n".join(lines) + "\n", bom=bom, newline=newline)

    table = read_table(path)

    assert table.headers == ["sn", "name", "location"]
    assert values(table) == ROWS
    assert [row.number for row in table.rows] == [2, 3]
    assert table.errors == []


def test_headers_are_case_insensitive_and_cells_trimmed_blank_lines_skipped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", "\n SN , Name \n\n  A-1 ,  first  \n,\n B-2,second\n")

    table = read_table(path)

    assert table.headers == ["sn", "name"]
    assert values(table) == [["A-1", "first"], ["B-2", "second"]]
    assert [row.number for row in table.rows] == [4, 6]  # line numbers of the file, blank ones included


def test_quoted_values_may_hold_separators_quotes_and_newlines(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", 'sn,description\nA,"one, two"\nB,"say ""hi"""\nC,"line 1\nline 2"\n')

    assert values(read_table(path)) == [["A", "one, two"], ["B", 'say "hi"'], ["C", "line 1\nline 2"]]


def test_an_unclosed_quote_is_an_error_naming_its_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", 'sn,name\nA,ok\nB,"never closed\nC,x\n')

    with pytest.raises(InputError) as caught:
        read_table(path)

    assert caught.value.row == 3
    assert "d.csv, row 3" in str(caught.value) and "never closed" in str(caught.value)


def test_rows_with_too_many_or_too_few_fields_are_reported_by_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", "sn,name,batch\nA,a,1\nB,b\nC,c,3,extra\nD,d,4\n")

    table = read_table(path)

    assert values(table) == [["A", "a", "1"], ["D", "d", "4"]]
    assert [(error.row, error.file) for error in table.errors] == [(3, "d.csv"), (4, "d.csv")]
    assert "too few fields: 2 instead of 3" in str(table.errors[0])
    assert "too many fields: 4 instead of 3" in str(table.errors[1])


def test_invalid_utf8_names_row_and_byte_offset(tmp_path: Path) -> None:
    good = b"sn,name\nA,ok\nB,"
    data = good + b"M\xfcller\nC,x\n"  # Latin-1 u-umlaut
    path = tmp_path / "latin1.csv"
    path.write_bytes(data)

    with pytest.raises(InputError) as caught:
        read_table(path)

    message = str(caught.value)
    assert caught.value.row == 3
    assert f"byte offset {len(good) + 1}" in message
    assert "0xfc" in message and "UTF-8" in message and "latin1.csv" in message


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n", b";;;\r\n;;;\r\n"])
def test_an_empty_file_is_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)

    with pytest.raises(InputError, match=r"^empty\.csv: the file is empty; expected a header row"):
        read_table(path)


def test_a_binary_file_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "firmware.csv"
    path.write_bytes(b"sn\nA\n\x00\x01\x02binary")

    with pytest.raises(InputError, match="not a text file") as caught:
        read_table(path)
    assert caught.value.row == 3


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".dat"])
def test_twenty_megabytes_of_random_bytes_fail_fast_and_small(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(os.urandom(20 * 1024 * 1024))

    tracemalloc.start()
    started = time.process_time()  # the work done, which a busy machine does not lengthen
    with pytest.raises(InputError) as caught:
        read_table(path)
    elapsed = time.process_time() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert elapsed < 3.0
    assert peak < 60 * 1024 * 1024
    message = str(caught.value)
    assert message.startswith(f"random{suffix}")
    assert "\n" not in message
    assert ("not a text file" in message or "not an Excel workbook" in message or "UTF-8" in message)


def test_xlsx_first_sheet_with_numbers_dates_and_short_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [
        ["SN", "name", "install_date", "count", "flag"],
        [123456, "Meter", date(2026, 3, 1), 2.5, True],
        ["B-2", None, datetime(2026, 3, 2, 0, 0), 7.0],  # trailing cell missing
        [None, None, None],
        ["C-3", "x", "2026-03-03", None, False],
    ], extra_sheet=[["sn"], ["FROM-OTHER-SHEET"]])

    table = read_table(path)

    assert table.format == "xlsx"
    assert table.headers == ["sn", "name", "install_date", "count", "flag"]
    assert values(table) == [
        ["123456", "Meter", "2026-03-01", "2.5", "true"],
        ["B-2", "", "2026-03-02", "7", ""],
        ["C-3", "x", "2026-03-03", "", "false"],
    ]
    assert [row.number for row in table.rows] == [2, 3, 5]


def test_xlsx_value_beyond_the_header_is_an_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["sn", "name"], ["A", "a"], ["B", "b", None, "stray"]])

    table = read_table(path)

    assert values(table) == [["A", "a"]]
    assert len(table.errors) == 1
    assert str(table.errors[0]) == "d.xlsx, row 3: has a value in column D, which has no header"


def test_a_text_file_named_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "devices.xlsx", "sn\nA\n")

    with pytest.raises(InputError, match=r"^devices\.xlsx: is not an Excel workbook \(\.xlsx\)"):
        read_table(path)


def test_a_zip_without_a_workbook_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")

    with pytest.raises(InputError, match="without a workbook"):
        read_table(path)


def test_a_workbook_named_csv_is_recognised(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "really.xlsx", [["sn"], ["A"]])
    renamed = path.rename(tmp_path / "really.csv")

    with pytest.raises(InputError, match="ZIP archive .*name it .xlsx"):
        read_table(renamed)


def test_a_workbook_without_a_known_suffix_is_read_as_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", [["sn"], ["A"]]).rename(tmp_path / "export.dat")

    assert values(read_table(path)) == [["A"]]


def test_old_excel_files_are_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)

    with pytest.raises(InputError, match=r"\.xls\) is not supported; save it as CSV"):
        read_table(path)


def test_a_missing_file_and_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_table(tmp_path / "dir.csv")


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_parsing, "MAX_FILE_BYTES", 1024)
    path = write_csv(tmp_path / "big.csv", "sn\n" + "".join(f"SN-{i}\n" for i in range(500)))

    with pytest.raises(InputError, match="split it into several files"):
        read_table(path)


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_parsing, "MAX_ROWS", 3)
    path = write_csv(tmp_path / "rows.csv", "sn\nA\nB\nC\nD\n")

    with pytest.raises(InputError, match="more than 3 devices") as caught:
        read_table(path)
    assert caught.value.row == 5
