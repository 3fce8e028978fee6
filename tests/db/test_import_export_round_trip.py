"""An export of a group imports into another group unchanged, as CSV and as XLSX (issue 12).

The export's own columns (status, asset_id, manual_code, device_key) are read past, and the CSV
formula guard (a leading ' before =, +, -, @, tab, CR) is removed exactly where the export added
it; a value that really starts with ' comes back as it was.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.services import device_listing, exporting, groups, importing, lifecycle, registering
from app.services.context import Actor, ServiceContext
from app.services.device_listing import DeviceQuery
from app.services.organisation import init_organisation
from tests.support.ctx import STANDARD_MASTERDATA_GROUP, add_standard_setup

SOURCE = "source"
TRICKY = [
    # sn, name, batch, description, owner (a required text attribute)
    ("+49-170", "=HYPERLINK(\"http://x\")", "LOT-1", "Grüße aus München, 東京 😀", "-Ann"),
    ("=1+1", "+plus", "+LOT", "=SUM(A1:A2)", "@team"),
    ("-5", "-5", "LOT-1", "-", "x"),
    ("@x", "@x", "", "\"quoted\", with separators; and\ttab", "ünïcødé"),
    ("000123", "0042", "000007", "leading zeros", "0"),
    ("'+49", "'=genuine quote", "LOT-1", "'-1", "'@a"),
    ("'abc", "'plain", "LOT-1", "''", "'"),
    ("''=x", "''+two", "LOT-1", "'''-three", "o"),
    ("12345678901234567890", "20 digits", "LOT-1", "", "o"),
    ("A*B%C/'\"", "ascii punctuation", "LOT-1", "line\nbreak", "o"),
]


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Any:
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(db_url)
    _info, keyring = init_organisation(home, db, "Round trip org")
    context = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    add_standard_setup(context, group=SOURCE)
    for sn, name, batch, description, owner in TRICKY:
        registering.register_device(context, SOURCE, sn, batch=batch or None, name=name, description=description,
                                master_data={"owner": owner, "voltage": "230", "colour": "green",
                                             "location": "48.137154,11.576124"})
    lifecycle.activate(context, SOURCE, "+49-170")  # a status the target must not take over
    yield context
    db.dispose()


def snapshot(ctx: ServiceContext, group: str) -> dict[str, tuple[Any, ...]]:
    return {d.sn: (d.name, d.batch, d.description, dict(d.master_data))
            for d in device_listing.iter_devices(ctx, DeviceQuery(group=group))}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_into_another_group_unchanged(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"source{suffix}"
    assert exporting.export_devices(ctx, SOURCE, out) == len(TRICKY)
    target = f"target{suffix.replace('.', '-')}"
    groups.create_group(ctx, target, masterdata_group=STANDARD_MASTERDATA_GROUP, ou="ou-a", environment="prod",
                        product_key="PK-2", gateway="https://gw.example.com")
    preview = importing.preview_file(ctx, out, target)
    assert preview.errors == [] and preview.valid
    assert importing.import_preview(ctx, preview) == len(TRICKY)
    assert snapshot(ctx, target) == snapshot(ctx, SOURCE)
    assert {d.status for d in device_listing.iter_devices(ctx, DeviceQuery(group=target))} == {"registered"}


def test_the_csv_export_guards_formulas_and_quotes_that_look_like_a_guard(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "source.csv"
    exporting.export_devices(ctx, SOURCE, out)
    with out.open(encoding="utf-8", newline="") as handle:
        sns = [row[0] for row in csv.reader(handle)][1:]
    assert sorted(sns) == sorted(["'+49-170", "'=1+1", "'-5", "'@x", "000123", "''+49", "'abc", "'''=x",
                                  "12345678901234567890", "A*B%C/'\""])


def test_the_xlsx_export_keeps_text_cells_and_marks_only_guard_lookalikes(ctx: ServiceContext,
                                                                        tmp_path: Path) -> None:
    out = tmp_path / "source.xlsx"
    exporting.export_devices(ctx, SOURCE, out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    sns = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(sn, str) for sn in sns)
    assert sorted(sns) == sorted(["+49-170", "=1+1", "-5", "@x", "000123", "''+49", "'abc", "'''=x",
                                  "12345678901234567890", "A*B%C/'\""])


def test_a_csv_export_resaved_by_a_spreadsheet_as_xlsx_still_imports(ctx: ServiceContext, tmp_path: Path) -> None:
    """A spreadsheet that shows the CSV's guard as text keeps it in a workbook saved from it."""
    exported = tmp_path / "source.csv"
    exporting.export_devices(ctx, SOURCE, exported)
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.data_type = "s"  # text, as the spreadsheet read them (openpyxl would take "=1+1" for a formula)
    resaved = tmp_path / "resaved.xlsx"
    workbook.save(resaved)
    groups.create_group(ctx, "resaved", masterdata_group=STANDARD_MASTERDATA_GROUP, ou="ou-a", environment="prod",
                        product_key="PK-3", gateway="https://gw.example.com")
    assert importing.import_file(ctx, resaved, "resaved") == len(TRICKY)
    assert snapshot(ctx, "resaved") == snapshot(ctx, SOURCE)


def test_an_import_into_the_same_group_names_every_sn_already_registered(ctx: ServiceContext,
                                                                         tmp_path: Path) -> None:
    """The guard is removed: '+49-170 is the device +49-170, not a new one."""
    out = tmp_path / "source.csv"
    exporting.export_devices(ctx, SOURCE, out)
    preview = importing.preview_file(ctx, out, SOURCE)
    already = [error for error in preview.errors if "already registered" in error.reason]
    assert len(already) == len(TRICKY) == len(preview.errors)
    assert any("SN '+49-170' is already registered" in str(error) for error in already)


def test_an_export_with_secrets_imports_and_its_keys_are_not_taken_over(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "secrets.csv"
    exporting.export_devices(ctx, SOURCE, out, with_secrets=True)
    assert "device_key" in out.read_text(encoding="utf-8").splitlines()[0]
    groups.create_group(ctx, "keys", masterdata_group=STANDARD_MASTERDATA_GROUP, ou="ou-a", environment="prod",
                        product_key="PK-4", gateway="https://gw.example.com")
    assert importing.import_file(ctx, out, "keys") == len(TRICKY)
    assert snapshot(ctx, "keys") == snapshot(ctx, SOURCE)
