"""Numbers and dates in a workbook's SN column are refused in the preview, naming the cell and the way out."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.domain.errors import InputErrors
from app.services import device_listing, device_lookup, importing
from app.services.context import Actor, ServiceContext
from app.services.device_listing import DeviceQuery
from app.services.organisation import init_organisation
from tests.support.ctx import STANDARD_GROUP, add_standard_setup


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Any:
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(db_url)
    _info, keyring = init_organisation(home, db, "Cells org")
    context = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    add_standard_setup(context)
    yield context
    db.dispose()


def workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def count(ctx: ServiceContext) -> int:
    return device_listing.count_devices(ctx, DeviceQuery(group=STANDARD_GROUP))


def test_numeric_and_date_sn_cells_are_refused_naming_the_cell(ctx: ServiceContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "devices.xlsx", [
        ["owner", "sn", "name"],
        ["ann", "SN-1", "ok"],
        ["ann", 12345678901234567890.0, "twenty digits"],
        ["ann", 123, "was 000123"],
        ["ann", datetime.datetime(2026, 1, 2), "was 1-2"],
        ["ann", "000123", "text: fine"],
        ["ann", "SN-7", 42],  # a number in the name is read as it shows: 42
        ["ann", True, "was true"],
    ])
    preview = importing.preview_file(ctx, path, STANDARD_GROUP)
    assert not preview.valid
    messages = {error.row: str(error) for error in preview.errors}
    assert set(messages) == {3, 4, 5, 8}
    assert messages[3].startswith("devices.xlsx, row 3, column 'sn': cell B3: the SN is a number in the "
                                  "spreadsheet (1.23456789012345")
    assert "format the column as Text before typing or pasting" in messages[3] and "leading '" in messages[3]
    assert "cell B4: the SN is a number in the spreadsheet (123)" in messages[4] and "000123" in messages[4]
    assert "cell B5: the SN is a date in the spreadsheet (2026-01-02)" in messages[5]
    assert "cell B8: the SN is a yes/no value in the spreadsheet (TRUE)" in messages[8]
    assert preview.cell_errors[(3, "sn")] == preview.errors[0].reason
    with pytest.raises(InputErrors):
        importing.import_file(ctx, path, STANDARD_GROUP)
    assert count(ctx) == 0


def test_numeric_batch_cells_and_long_numbers_in_text_columns_are_refused(ctx: ServiceContext,
                                                                         tmp_path: Path) -> None:
    path = workbook(tmp_path / "devices.xlsx", [
        ["sn", "batch", "owner", "description", "voltage"],
        ["SN-1", 7, "ann", "", 230],
        ["SN-2", "B1", 1234567890123456789, "", 230],
        ["SN-3", "B1", "ann", 2.5, 230.5],
    ])
    preview = importing.preview_file(ctx, path, STANDARD_GROUP)
    assert [(error.row, error.column) for error in preview.errors] == [(2, "batch"), (3, "owner")]
    assert "cell B2: the batch number is a number in the spreadsheet (7)" in str(preview.errors[0])
    assert "cell C3: the value is a number in the spreadsheet" in str(preview.errors[1])
    assert "more digits than a spreadsheet keeps" in str(preview.errors[1])


def test_numbers_in_text_columns_import_as_they_show(ctx: ServiceContext, tmp_path: Path) -> None:
    path = workbook(tmp_path / "devices.xlsx", [
        ["sn", "owner", "description", "voltage"],
        ["SN-1", 4711, 2.5, 230],
    ])
    assert importing.import_file(ctx, path, STANDARD_GROUP) == 1
    device = device_lookup.get_device(ctx, STANDARD_GROUP, "SN-1")
    assert (device.master_data["owner"], device.description) == ("4711", "2.5")
