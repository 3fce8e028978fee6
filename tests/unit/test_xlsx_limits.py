"""Workbook bombs are refused before openpyxl reads them, in seconds and little memory, naming the limit;
formula cells without a saved value are refused, naming the cell."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import InputError
from app.services import xlsx_limits
from app.services.import_parsing import read_table

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SECONDS = 30  # generous for a loaded 2-core machine; the reading they replace took minutes

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>')
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Devices" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    f'relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')


def bomb(path: Path, sheet: Iterable[str], shared: Iterable[str] | None = None) -> Path:
    """A small ZIP whose parts unpack to a lot: each part written chunk by chunk, never whole in memory."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if shared is not None:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                for chunk in shared:
                    part.write(chunk.encode())
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for chunk in sheet:
                part.write(chunk.encode())
    return path


def sheet(rows: Iterable[str], dimension: str = "A1:B2") -> Iterable[str]:
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/><sheetData>'
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>sn</t></is></c></row>'
    yield from rows
    yield "</sheetData></worksheet>"


def chunks(make: Callable[[int], str], count: int, per_chunk: int = 10_000) -> Iterable[str]:
    for start in range(0, count, per_chunk):
        yield "".join(make(i) for i in range(start, min(start + per_chunk, count)))


def refused(path: Path, *words: str) -> str:
    started = time.monotonic()
    with pytest.raises(InputError) as error:
        read_table(path)
    assert time.monotonic() - started < SECONDS
    message = str(error.value)
    assert message.startswith(f"{path.name}: ")
    for word in words:
        assert word in message, message
    return message


def test_fifty_million_shared_strings_are_refused_by_their_count(tmp_path: Path) -> None:
    count = xlsx_limits.MAX_SHARED_STRINGS + 1
    shared = [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">',
              *chunks(lambda _i: "<si><t>x</t></si>", count, 100_000), "</sst>"]
    path = bomb(tmp_path / "strings.xlsx", sheet([]), shared)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, f"more than {xlsx_limits.MAX_SHARED_STRINGS:,} shared strings")


def test_millions_of_blank_rows_are_refused_by_the_row_limit(tmp_path: Path) -> None:
    rows = chunks(lambda i: f'<row r="{i + 2}"/>', xlsx_limits.MAX_ROWS_IN_SHEET + 10, 100_000)
    path = bomb(tmp_path / "rows.xlsx", sheet(rows))
    refused(path, f"at most {xlsx_limits.MAX_ROWS_IN_SHEET:,} rows")


def test_one_far_row_or_column_is_refused(tmp_path: Path) -> None:
    far_row = bomb(tmp_path / "far-row.xlsx", sheet(['<row r="1048576"><c r="A1048576"><v>1</v></c></row>']))
    refused(far_row, "row 1,048,576", f"at most {xlsx_limits.MAX_ROWS_IN_SHEET:,} rows")
    far_column = bomb(tmp_path / "far-column.xlsx", sheet(['<row r="2"><c r="XFD2"><v>1</v></c></row>']))
    refused(far_column, "column XFD (cell XFD2)", f"at most {xlsx_limits.MAX_COLUMNS} columns")
    claimed = bomb(tmp_path / "claimed.xlsx", sheet([], dimension="A1:XFD1048576"))
    refused(claimed, "spans A1:XFD1048576")


def test_cells_are_counted_up_to_each_rows_last_one(tmp_path: Path) -> None:
    last = xlsx_limits.MAX_COLUMNS
    letters = "SR"  # column 512
    assert xlsx_limits._letters(last) == letters
    rows = chunks(lambda i: f'<row r="{i + 2}"><c r="{letters}{i + 2}"><v>1</v></c></row>',
                  xlsx_limits.MAX_CELLS // last + 10)
    path = bomb(tmp_path / "cells.xlsx", sheet(rows))
    refused(path, f"more than {xlsx_limits.MAX_CELLS:,} cells")


def test_the_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    count = xlsx_limits.MAX_SHARED_STRINGS + 1
    shared = [f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">',
              *chunks(lambda i: f"<si><t>device name {i}</t></si>", count, 100_000), "</sst>"]
    path = bomb(tmp_path / "strings.xlsx", sheet([]), shared)
    # The child reports its own peak (VmHWM of its own memory): getrusage's maxrss would include the test
    # process's size, which a forked child inherits before it runs Python anew.
    script = ("import resource, sys\nresource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
              "from app.cli import main\ntry:\n    code = main(sys.argv[1:])\nfinally:\n"
              "    peak = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
              "    print('peak-rss-kib', peak, file=sys.stderr)\n"
              "sys.exit(code)")
    home = tmp_path / "home"
    init = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "init", "--supervisor", "chief"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
                          env={"PATH": "/usr/bin:/bin", "DPS_PASSWORD": "chief-password-1"})
    assert init.returncode == 0, init.stderr
    done = subprocess.run([sys.executable, "-c", script, "--home", str(home), "--user", "chief", "device", "import",
                           str(path), "--group", "nope"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          check=False, env={"PATH": "/usr/bin:/bin", "DPS_PASSWORD": "chief-password-1",
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert "shared strings" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    [peak] = [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak-rss-kib ")]
    assert peak < 1_000_000  # KiB


def test_a_formula_without_a_saved_value_is_refused_naming_the_cell(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet_ = workbook.active
    assert sheet_ is not None
    sheet_.append(["sn", "name"])
    sheet_.append(["SN-1", "Pump 1"])
    sheet_.append(["SN-2", "=A3&\" pump\""])  # openpyxl stores the formula, never a value
    sheet_.append(["SN-3", "Pump 3"])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    refused(path, "cell B3 holds a formula (=A3&\" pump\") without a saved value", "save it")


def test_a_formula_with_its_saved_value_is_read(tmp_path: Path) -> None:
    rows = ['<row r="2"><c r="A2" t="inlineStr"><is><t>SN-1</t></is></c></row>',
            '<row r="3"><c r="A3" t="str"><f>"SN-"&amp;2</f><v>SN-2</v></c></row>']
    table = read_table(bomb(tmp_path / "saved.xlsx", sheet(rows)))
    assert [row.values for row in table.rows] == [["SN-1"], ["SN-2"]]
