"""Read a device import file (CSV, tab-separated text or XLSX) into a plain table of strings.

No database here: the result is checked against a registration group by
`app.services.importing`. Every problem is an InputError naming the file and,
where there is one, the row and the column. Rows are numbered as a spreadsheet
shows them: the header is row 1.

Every value loses its surrounding spaces and the export's formula guard (`csv_safety.unguard`).
Spreadsheet cells that are not text (numbers, dates) in the identifier columns (sn, batch),
and numbers too large to keep all their digits anywhere, are listed in `ParsedTable.typed_cells`
for the importer to judge against the column's meaning.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.domain.errors import InputError
from app.domain.messages import message, term
from app.domain.messages_import import (
    BAD_CSV,
    BAD_UTF8,
    BAD_UTF16,
    CELL_TOO_LONG,
    FILE_EMPTY,
    FILE_MISSING,
    FILE_TOO_LARGE,
    FILE_UNREADABLE,
    IS_DIRECTORY,
    NO_SHEET,
    NOT_TEXT,
    NOT_XLSX,
    OLD_XLS,
    QUOTE_NOT_CLOSED,
    SHEET_UNREADABLE,
    TAB,
    TOO_FEW_FIELDS,
    TOO_MANY_DEVICES,
    TOO_MANY_FIELDS,
    VALUE_WITHOUT_HEADER,
    WORKBOOK_TOO_LARGE,
    XLSX_DAMAGED,
    ZIP_NOT_CSV,
    ZIP_WITHOUT_WORKBOOK,
)
from app.domain.serials import RANGE_MAX_COUNT
from app.services.csv_safety import unguard
from app.services.xlsx_limits import check_workbook

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_XLSX_BYTES = 1024 * 1024 * 1024
MAX_ROWS = RANGE_MAX_COUNT
MAX_CELL_CHARS = 10_000
BINARY_PROBE_BYTES = 64 * 1024
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # Excel's "Unicode Text" is UTF-16 LE with a BOM, tab-separated
ZIP_MAGIC = b"PK\x03\x04"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
TEXT_ONLY_COLUMNS = ("sn", "batch")  # identifiers: a spreadsheet number or date there may have lost characters
EXACT_DIGITS_LIMIT = 1e15  # from here on a spreadsheet number (a double; Excel shows 15 digits) may have lost digits
SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": TAB}  # TAB is translated where the window shows it


@dataclass(frozen=True)
class TableRow:
    number: int
    values: list[str]


@dataclass(frozen=True)
class TypedCell:
    """A spreadsheet cell that holds a number or a date where text may have been meant."""

    row: int
    column: int  # index into the headers
    kind: str  # "number", "date" or "boolean"
    shown: str  # the value as read, for the message
    large: bool = False  # a number of 10^15 or more: digits beyond the 15th may be lost

    @property
    def reference(self) -> str:
        """The spreadsheet's name of the cell, e.g. B7."""
        return f"{column_letter(self.column)}{self.row}"


@dataclass
class ParsedTable:
    """The header (lower-cased, stripped) and the data rows, each as many values as there are headers.

    Rows with the wrong number of fields are not in `rows`; each has an error in `errors`.
    """

    file: str
    format: str
    headers: list[str]
    rows: list[TableRow] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    typed_cells: list[TypedCell] = field(default_factory=list)


def read_table(path: Path, file: str | None = None) -> ParsedTable:
    """Parse `path`; `file` is the name used in messages (default: the file name)."""
    name = file or path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(message(FILE_MISSING), file=name) from None
    except OSError as exc:
        raise InputError(message(FILE_UNREADABLE, reason=exc.strerror), file=name) from None
    if path.is_dir():
        raise InputError(message(IS_DIRECTORY), file=name)
    if size == 0:
        raise InputError(message(FILE_EMPTY), file=name)
    if size > MAX_FILE_BYTES:
        raise InputError(message(FILE_TOO_LARGE, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)),
                         file=name)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError(message(OLD_XLS), file=name)
    with path.open("rb") as handle:
        head = handle.read(len(ZIP_MAGIC))
    if suffix in XLSX_SUFFIXES or (suffix not in CSV_SUFFIXES and head == ZIP_MAGIC):
        return _read_xlsx(path, name)
    if head == ZIP_MAGIC:
        raise InputError(message(ZIP_NOT_CSV), file=name)
    return _read_csv(path.read_bytes(), name)


# ---- CSV -------------------------------------------------------------------------------------

def _read_csv(data: bytes, name: str) -> ParsedTable:
    if data.startswith(UTF16_BOMS):
        text = _decode_utf16(data, name)
    else:
        if data.startswith(UTF8_BOM):
            data = data[len(UTF8_BOM):]
        probe = data[:BINARY_PROBE_BYTES]
        nul = probe.find(b"\x00")
        if nul >= 0:
            raise InputError(message(NOT_TEXT, offset=nul), file=name, row=probe.count(b"\n", 0, nul) + 1)
        text = _decode_utf8(data, name)
    if not text.strip():
        raise InputError(message(FILE_EMPTY), file=name)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    return _table_from_rows(_csv_rows(reader, name), name, "csv", csv_delimiter=delimiter)


def _decode_utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(message(BAD_UTF8, offset=exc.start, byte=bad), file=name, row=line) from None


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-16")  # the BOM says which byte order, and is removed
    except UnicodeDecodeError as exc:
        raise InputError(message(BAD_UTF16, offset=exc.start), file=name) from None


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most (a comma for a one-column file)."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)  # max keeps the first of equal counts: the comma


def _csv_rows(reader: Iterator[list[str]], name: str) -> Iterator[tuple[int, list[Any]]]:
    number = 0
    while True:
        number += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            hint: str = message(QUOTE_NOT_CLOSED) if "end of data" in str(exc) else str(exc)
            raise InputError(message(BAD_CSV, reason=hint), file=name, row=number) from None
        yield number, values


# ---- XLSX ------------------------------------------------------------------------------------

def _read_xlsx(path: Path, name: str) -> ParsedTable:
    import openpyxl

    if not zipfile.is_zipfile(path):
        raise InputError(message(NOT_XLSX), file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if "xl/workbook.xml" not in archive.namelist():
                raise InputError(message(ZIP_WITHOUT_WORKBOOK), file=name)
            if unpacked > MAX_UNPACKED_XLSX_BYTES:
                raise InputError(message(WORKBOOK_TOO_LARGE, size=unpacked // (1024 * 1024),
                                         limit=MAX_UNPACKED_XLSX_BYTES // (1024 * 1024)), file=name)
            check_workbook(archive, name)  # shared strings, rows, columns, cells, formulas: before openpyxl
    except zipfile.BadZipFile:
        raise InputError(message(NOT_XLSX), file=name) from None
    # openpyxl raises many kinds of exceptions on a damaged workbook (zip, XML, KeyError, ValueError):
    # any of them means the same thing to the user.
    with path.open("rb") as handle:  # a handle, so that openpyxl does not judge the file by its suffix
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001
            raise InputError(message(XLSX_DAMAGED, error=type(exc).__name__), file=name) from None
        return _first_sheet(workbook, name)


def _first_sheet(workbook: Any, name: str) -> ParsedTable:
    try:
        if not workbook.worksheets:
            raise InputError(message(NO_SHEET), file=name)
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong sheet size; read every row there is
        rows = ((number, list(values)) for number, values in enumerate(sheet.iter_rows(values_only=True), start=1))
        try:
            return _table_from_rows(rows, name, "xlsx")
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise InputError(message(SHEET_UNREADABLE, error=type(exc).__name__), file=name) from None
    finally:
        workbook.close()


def _xlsx_text(value: Any) -> str:
    """A cell as the text a user typed: whole numbers without '.0', dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ---- both ------------------------------------------------------------------------------------

def _table_from_rows(rows: Iterable[tuple[int, list[Any]]], name: str, fmt: str, *,
                     csv_delimiter: str | None = None) -> ParsedTable:
    """Skip blank rows; the first non-blank row is the header; check every row's width.

    CSV rows must have exactly as many fields as the header. A spreadsheet row may
    be shorter (empty cells at its end are not stored) but has no value beyond the header.
    """
    table: ParsedTable | None = None
    width = 0
    watched: set[int] = set()
    for number, raw in rows:
        values = [_cell(value, fmt, name, number) for value in raw]
        if not any(values):
            continue
        if table is None:
            while values and values[-1] == "":
                values.pop()  # a spreadsheet's trailing empty header cells
            table = ParsedTable(name, fmt, [value.lower() for value in values])
            width = len(values)
            watched = {index for index, header in enumerate(table.headers) if header in TEXT_ONLY_COLUMNS}
            continue
        if len(table.rows) >= MAX_ROWS:
            raise InputError(message(TOO_MANY_DEVICES, count=MAX_ROWS), file=name, row=number)
        if csv_delimiter is not None and len(values) != width:
            more_or_fewer = TOO_MANY_FIELDS if len(values) > width else TOO_FEW_FIELDS
            table.errors.append(InputError(message(more_or_fewer, count=len(values), width=width,
                                                   separator=term(SEPARATOR_NAMES[csv_delimiter])), file=name, row=number))
            continue
        if len(values) > width:
            extra = [index for index in range(width, len(values)) if values[index]]
            if extra:
                table.errors.append(InputError(message(VALUE_WITHOUT_HEADER, column=column_letter(extra[0])),
                                               file=name, row=number))
                continue
            values = values[:width]
        if fmt == "xlsx":
            table.typed_cells.extend(_typed_cells(raw[:width], number, watched))
        table.rows.append(TableRow(number, values + [""] * (width - len(values))))
    if table is None:
        raise InputError(message(FILE_EMPTY), file=name)
    return table


def _typed_cells(raw: list[Any], number: int, watched: set[int]) -> Iterator[TypedCell]:
    """Numbers, dates and TRUE/FALSE in the identifier columns, and numbers too large to be exact in any column."""
    for index, value in enumerate(raw):
        if value is None:
            continue
        if isinstance(value, bool):
            if index in watched:
                yield TypedCell(number, index, "boolean", "TRUE" if value else "FALSE")
        elif isinstance(value, (int, float)):
            large = abs(value) >= EXACT_DIGITS_LIMIT
            if index in watched or large:
                yield TypedCell(number, index, "number", _xlsx_text(value), large)
        elif isinstance(value, (datetime, date, time)) and index in watched:
            yield TypedCell(number, index, "date", _xlsx_text(value))


def _cell(value: Any, fmt: str, name: str, number: int) -> str:
    text = (_xlsx_text(value) if fmt == "xlsx" else value).strip()
    if len(text) > MAX_CELL_CHARS:
        raise InputError(message(CELL_TOO_LONG, length=len(text), limit=MAX_CELL_CHARS), file=name, row=number)
    return unguard(text)


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
