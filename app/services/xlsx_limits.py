"""Limits a workbook must keep before openpyxl reads it: a decompression bomb is refused in seconds and little memory.

openpyxl loads every shared string at once and yields an empty row for every missing row number and an empty
cell for every missing column before a row's last cell, so a 2 MB file can ask for gigabytes and many minutes.
Before it runs, this module streams the parts of the ZIP that matter (never holding more than one row) and
stops at the first limit passed, naming it:

- `xl/sharedStrings.xml`: at most MAX_SHARED_STRINGS_BYTES unpacked and MAX_SHARED_STRINGS strings;
- the first sheet: its stored dimension, the highest row number (MAX_ROWS_IN_SHEET), the highest column
  (MAX_COLUMNS) and the cells a reader walks, counted up to each row's last cell (MAX_CELLS);
- a formula cell without a saved value (a workbook written by a program, never opened and saved in a
  spreadsheet application) is refused, naming the cell: its value would otherwise come in empty.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_import import (
    FORMULA_TEXT_WITHOUT_VALUE,
    FORMULA_WITHOUT_VALUE,
    SHARED_STRINGS_TOO_LARGE,
    SHARED_STRINGS_TOO_MANY,
    SHEET_COLUMN_BEYOND,
    SHEET_ROW_BEYOND,
    SHEET_SPANS_TOO_MUCH,
    SHEET_TOO_MANY_CELLS,
    XLSX_UNREADABLE,
)
from app.domain.serials import RANGE_MAX_COUNT

MAX_ROWS_IN_SHEET = RANGE_MAX_COUNT + 10_000  # the devices, a header and some blank rows
MAX_COLUMNS = 512
MAX_CELLS = 16_000_000
MAX_SHARED_STRINGS = 5_000_000
MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024
MAX_PART_BYTES = 16 * 1024 * 1024  # workbook.xml and its relationships
SHARED_STRINGS = "xl/sharedStrings.xml"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def check_workbook(archive: zipfile.ZipFile, name: str) -> None:
    """Raise InputError (naming the file, the limit and where it was passed) unless the workbook keeps the limits."""
    try:
        _check_shared_strings(archive, name)
        for sheet in _first_sheet_parts(archive):
            _check_sheet(archive, sheet, name)
    except (ParseError, zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise InputError(message(XLSX_UNREADABLE, error=type(exc).__name__), file=name) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_shared_strings(archive: zipfile.ZipFile, name: str) -> None:
    try:
        info = archive.getinfo(SHARED_STRINGS)
    except KeyError:
        return
    if info.file_size > MAX_SHARED_STRINGS_BYTES:
        raise InputError(message(SHARED_STRINGS_TOO_LARGE, size=info.file_size // (1024 * 1024),
                                 limit=MAX_SHARED_STRINGS_BYTES // (1024 * 1024)), file=name)
    count = 0
    with archive.open(info) as stream:
        for _item in _tags(stream, _STRING_ITEM):
            count += 1
            if count > MAX_SHARED_STRINGS:
                raise InputError(message(SHARED_STRINGS_TOO_MANY, limit=MAX_SHARED_STRINGS), file=name)


_PREFIX = rb"(?:[A-Za-z_][\w.-]{0,31}:)?"
_STRING_ITEM = re.compile(rb"<" + _PREFIX + rb"si[\s/>]")
# The sheet's tags that matter, opening and closing; attributes are read from group 3.
_SHEET_TAG = re.compile(rb"<(/?)" + _PREFIX + rb"(row|c|f|v|is|dimension)\b([^>]{0,4096}?)(/?)>")
_R_ATTR = re.compile(rb"""\br\s*=\s*["']([^"']{1,32})["']""")
_REF_ATTR = re.compile(rb"""\bref\s*=\s*["']([^"']{1,64})["']""")
_CHUNK = 1 << 20
_TAIL = 8192  # longer than any tag the patterns match


def _tags(stream: IO[bytes], pattern: re.Pattern[bytes]) -> Iterator[re.Match[bytes]]:
    """Every match of `pattern` in a stream, read a chunk at a time (a match may span two chunks)."""
    buffer = b""
    while True:
        chunk = stream.read(_CHUNK)
        buffer += chunk
        # the last _TAIL bytes wait for the next chunk, unless this is the end
        limit = len(buffer) if not chunk else max(len(buffer) - _TAIL, 0)
        position = 0
        for match in pattern.finditer(buffer):
            if match.start() >= limit:
                break
            position = match.end()
            yield match
        if not chunk:
            return
        buffer = buffer[max(position, limit):]


def _first_sheet_parts(archive: zipfile.ZipFile) -> list[str]:
    """The part of the workbook's first sheet (what the import reads); every sheet when that cannot be told."""
    sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    try:
        workbook = _small_part(archive, "xl/workbook.xml")
        rels = _small_part(archive, "xl/_rels/workbook.xml.rels")
    except KeyError:
        return sheets
    first = next((e for e in workbook.iter() if _local(e.tag) == "sheet"), None)
    rel_id = first.get(_R_ID) if first is not None else None
    for relation in rels.iter():
        if _local(relation.tag) == "Relationship" and relation.get("Id") == rel_id:
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if path in archive.namelist():
                return [path]
    return sheets


def _small_part(archive: zipfile.ZipFile, part: str) -> Element:
    info = archive.getinfo(part)
    if info.file_size > MAX_PART_BYTES:
        raise ParseError(f"{part} is {info.file_size} bytes")
    with archive.open(info) as stream:
        return _parse_whole(stream)


def _parse_whole(stream: IO[bytes]) -> Element:
    root: Element | None = None
    for _event, element in iterparse(stream, events=("end",)):
        root = element
    if root is None:
        raise ParseError("empty part")
    return root


def _check_sheet(archive: zipfile.ZipFile, part: str, name: str) -> None:
    """One pass over the sheet's XML as bytes (a tokenizer for the few tags that matter, not a parser):
    far faster than building elements, and its memory is one chunk."""
    rows = cells = row_number = 0
    row_last_column = column = in_row = 0
    reference = ""
    formula: str | None = None
    has_value = False
    with archive.open(part) as stream:
        for match in _tags(stream, _SHEET_TAG):
            closing, tag, attributes, self_closing = match.group(1), match.group(2), match.group(3), match.group(4)
            if tag == b"c":
                if closing:
                    _check_formula(formula, has_value, reference, name)
                    formula = None
                    continue
                r = _R_ATTR.search(attributes)
                reference = r.group(1).decode("ascii", "replace") if r else ""
                parsed = _parse_ref(reference) if reference else None
                column = parsed[0] if parsed else column + 1
                reference = reference or f"{_letters(column)}{row_number}"
                in_row += 1
                if column > MAX_COLUMNS or in_row > MAX_COLUMNS:
                    column = max(column, in_row)
                    raise InputError(message(SHEET_COLUMN_BEYOND, column=_letters(column), cell=reference,
                                             limit=MAX_COLUMNS, last=_letters(MAX_COLUMNS)), file=name)
                row_last_column = max(row_last_column, column)
                formula, has_value = None, False
            elif tag == b"f" and not closing:
                formula = _formula_text(match) if not self_closing else ""
            elif tag in (b"v", b"is") and not closing:
                has_value = has_value or not self_closing
            elif tag == b"row":
                if closing or self_closing:
                    if not closing:  # <row .../>: opened and closed at once
                        row_number, rows = _open_row(attributes, row_number, rows, name)
                        row_last_column = column = in_row = 0
                    cells += max(row_last_column, 1)
                    if cells > MAX_CELLS:
                        raise InputError(message(SHEET_TOO_MANY_CELLS, limit=MAX_CELLS, row=row_number),
                                         file=name)
                    continue
                row_number, rows = _open_row(attributes, row_number, rows, name)
                row_last_column = column = in_row = 0
            elif tag == b"dimension" and not closing:
                ref = _REF_ATTR.search(attributes)
                _check_dimension(ref.group(1).decode("ascii", "replace") if ref else "", name)


def _open_row(attributes: bytes, row_number: int, rows: int, name: str) -> tuple[int, int]:
    rows += 1
    r = _R_ATTR.search(attributes)
    row_number = _int(r.group(1).decode("ascii", "replace") if r else None) or row_number + 1
    if row_number > MAX_ROWS_IN_SHEET or rows > MAX_ROWS_IN_SHEET:
        raise InputError(message(SHEET_ROW_BEYOND, row=max(row_number, rows), limit=MAX_ROWS_IN_SHEET), file=name)
    return row_number, rows


def _formula_text(match: re.Match[bytes]) -> str:
    """The formula's text for the message (what follows <f> in the same chunk, up to 40 characters)."""
    text = match.string[match.end():match.end() + 200].split(b"<", 1)[0]
    return text.decode("utf-8", "replace").replace("&quot;", '"').replace("&amp;", "&").replace(
        "&lt;", "<").replace("&gt;", ">").strip()


def _check_formula(formula: str | None, has_value: bool, reference: str, name: str) -> None:
    if formula is None or has_value:
        return
    if not formula:
        raise InputError(message(FORMULA_WITHOUT_VALUE, cell=reference), file=name)
    shown = f"{formula[:40]}{'…' if len(formula) > 40 else ''}"
    raise InputError(message(FORMULA_TEXT_WITHOUT_VALUE, cell=reference, formula=shown), file=name)


def _check_dimension(ref: str, name: str) -> None:
    last = ref.split(":")[-1].strip().upper() if ref else ""
    parsed = _parse_ref(last) if last else None
    if parsed is None:
        return  # no or an odd dimension: the streaming counts below decide
    column, row = parsed
    if row > MAX_ROWS_IN_SHEET or column > MAX_COLUMNS:
        raise InputError(message(SHEET_SPANS_TOO_MUCH, ref=ref, rows=row, columns=column, max_rows=MAX_ROWS_IN_SHEET,
                                 max_columns=MAX_COLUMNS), file=name)


def _parse_ref(reference: str) -> tuple[int, int] | None:
    match = _REF.match(reference.upper())
    if match is None:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + (ord(letter) - ord("A") + 1)
    return column, int(match.group(2))


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _int(text: str | None) -> int:
    try:
        return int(text) if text else 0
    except ValueError:
        return 0
