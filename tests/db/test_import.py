"""Importing devices from CSV and XLSX files, on SQLite and PostgreSQL: all or nothing, clear messages."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.cli import main
from app.config import resolve_home
from app.db.engine import open_database
from app.db.models import Asset, AuditEvent, Batch, DeviceIdentity
from app.domain.enums import Role
from app.domain.errors import CancelledError, InputError, InputErrors, PermissionDeniedError
from app.services import batches, device_listing, groups, importing, masterdata, registering
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation
from tests.support.ctx import sign_in_cli

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = DATA / "devices-sample.csv"
GROUP = "line3"


@pytest.fixture
def ctx(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ServiceContext:
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(db_url)
    _info, keyring = init_organisation(home, db, "Test org")
    context = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.add_attribute(context, "voltage", "number", rules={"min": 0, "max": 400})
    masterdata.add_attribute(context, "phase", "enum", choices=["L1", "L2", "L3"])
    masterdata.create_group(context, "pumps", "pump", ["firmware_version", "location", "voltage", "phase"])
    groups.create_group(context, GROUP, masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK")
    sign_in_cli(context, monkeypatch)  # the CLI tests sign in as a supervisor
    yield context
    db.dispose()


def counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.db.reader() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Asset, DeviceIdentity, Batch, AuditEvent)}


def listed(ctx: ServiceContext) -> dict[str, dict[str, object]]:
    return {record.sn: record.as_json() for record in device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=GROUP))}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_the_documented_sample_imports(ctx: ServiceContext) -> None:
    assert importing.import_file(ctx, SAMPLE, GROUP) == 3

    found = listed(ctx)
    assert set(found) == {"SN-0001", "SN-0002", "SN-0003"}
    assert found["SN-0001"]["name"] == "Pump north"
    assert found["SN-0001"]["batch"] == "B2026-01"
    assert found["SN-0001"]["description"] == "Line 3"
    assert found["SN-0001"]["master_data"] == {"firmware_version": "1.4.2", "location": "48.137154,11.576124"}
    assert found["SN-0002"]["master_data"] == {"firmware_version": "1.4.2", "location": "Munich plant"}
    assert found["SN-0003"]["batch"] is None and found["SN-0003"]["status"] == "registered"
    with ctx.db.reader() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "device.register")).one()
    assert event.details["source"] == "import devices-sample.csv" and event.details["count"] == 3


def test_an_xlsx_with_the_same_rows_imports_the_same(ctx: ServiceContext, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in csv.reader(SAMPLE.read_text(encoding="utf-8").splitlines()):
        sheet.append(row)
    workbook.save(tmp_path / "sample.xlsx")

    assert importing.import_file(ctx, tmp_path / "sample.xlsx", GROUP) == 3
    assert listed(ctx)["SN-0001"]["master_data"] == {"firmware_version": "1.4.2", "location": "48.137154,11.576124"}


def test_semicolons_bom_crlf_and_a_default_batch(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffSN;Name;Batch;Voltage;Phase\r\nA-1;Één;;230;L1\r\nA-2;Two;LOT-7;12,5;\r\n".encode())

    assert importing.import_file(ctx, path, GROUP, default_batch="LOT-1") == 2

    found = listed(ctx)
    assert found["A-1"]["batch"] == "LOT-1" and found["A-1"]["name"] == "Één"
    assert found["A-1"]["master_data"] == {"voltage": 230, "phase": "L1"}
    assert found["A-2"]["batch"] == "LOT-7" and found["A-2"]["master_data"] == {"voltage": 12.5}


BAD_FILES = [
    pytest.param("name\nPump\n", 1, None, "the header has no column 'sn'", id="missing-sn-column"),
    pytest.param("sn,colour\nA,red\n", 1, "colour",
                 "unknown column; valid columns: sn, name, batch, description, firmware_version, location, voltage, "
                 "phase", id="unknown-column"),
    pytest.param("sn,name,sn\nA,a,B\n", 1, "sn", "appears twice in the header", id="duplicate-column"),
    pytest.param("sn,name\nA,a\n,b\n", 3, "sn", "the SN is empty", id="empty-sn"),
    pytest.param("sn\n" + "X" * 65 + "\n", 2, "sn", "65 characters long; at most 64", id="sn-too-long"),
    pytest.param("sn\nAB\x07C\n", 2, "sn", "control character (code 7)", id="sn-control-character"),
    pytest.param("sn\nA\nB\nA\n", 4, "sn", "SN 'A' appears twice (first at row 2)", id="duplicate-in-file"),
    pytest.param("sn,voltage\nA,high\n", 2, "voltage", "'high' is not a number", id="not-a-number"),
    pytest.param("sn,voltage\nA,500\n", 2, "voltage", "above the maximum 400", id="number-too-big"),
    pytest.param("sn,phase\nA,L4\n", 2, "phase", "'L4' is not one of: L1, L2, L3", id="not-a-choice"),
    pytest.param("sn,batch\nA,lot 1\n", 2, "batch", "printable ASCII characters without spaces", id="bad-batch"),
    pytest.param("sn,name\nA,a\nB,b,extra\n", 3, None, "too many fields: 3 instead of 2", id="too-many-fields"),
    pytest.param("sn,name,batch\nA,a,1\nB\n", 3, None, "too few fields: 1 instead of 3", id="too-few-fields"),
    pytest.param("sn,name\n", None, None, "the file has a header but no devices", id="header-only"),
    pytest.param("", None, None, "the file is empty", id="empty-file"),
]


@pytest.mark.parametrize(("content", "row", "column", "reason"), BAD_FILES)
def test_a_bad_file_is_one_clear_error_and_changes_nothing(ctx: ServiceContext, tmp_path: Path, content: str,
                                                           row: int | None, column: str | None, reason: str) -> None:
    path = write(tmp_path, "devices.csv", content)
    before = counts(ctx)

    with pytest.raises(InputError) as caught:
        importing.import_file(ctx, path, GROUP)

    error = caught.value
    message = str(error)
    assert message.startswith("devices.csv")
    assert "\n" not in message
    assert reason in message
    assert (error.row, error.column) == (row, column)
    if row is not None:
        assert f"row {row}" in message
    if column is not None:
        assert f"column '{column}'" in message
    assert counts(ctx) == before


def test_an_sn_already_in_the_database_names_the_row_and_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    registering.register_device(ctx, GROUP, "TAKEN-1")
    path = write(tmp_path, "more.csv", "sn\nNEW-1\nTAKEN-1\nNEW-2\n")
    before = counts(ctx)

    with pytest.raises(InputError, match=r"^more\.csv, row 3, column 'sn': SN 'TAKEN-1' is already registered"):
        importing.import_file(ctx, path, GROUP)

    assert counts(ctx) == before
    assert set(listed(ctx)) == {"TAKEN-1"}


def test_a_required_attribute_given_empty_is_refused_and_one_left_for_the_site_is_not(ctx: ServiceContext,
                                                                                    tmp_path: Path) -> None:
    masterdata.update_attribute(ctx, "voltage", required=True)
    empty = write(tmp_path, "voltages.csv", "sn,voltage\nV-1,230\nV-2,\n")
    before = counts(ctx)

    with pytest.raises(InputError, match=r"^voltages\.csv, row 3, column 'voltage': is required; fill it in, or "
                                         r"leave the column out"):
        importing.import_file(ctx, empty, GROUP)
    assert counts(ctx) == before

    on_site = write(tmp_path, "no-voltage.csv", "sn,phase\nV-1,L1\n")  # no column: the installer fills it in
    assert importing.import_file(ctx, on_site, GROUP) == 1
    assert listed(ctx)["V-1"]["master_data"] == {"phase": "L1"}


def test_invalid_utf8_names_the_row_and_byte_offset(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("sn,name\nA,Müller\n".encode("latin-1"))
    before = counts(ctx)

    with pytest.raises(InputError, match=r"^latin1\.csv, row 2: invalid UTF-8 at byte offset 11 \(byte 0xfc\)"):
        importing.import_file(ctx, path, GROUP)

    assert counts(ctx) == before


@pytest.mark.parametrize("name", ["devices.xlsx", "devices.csv"])
def test_random_bytes_fail_fast_and_change_nothing(ctx: ServiceContext, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(os.urandom(20 * 1024 * 1024))
    before = counts(ctx)

    with pytest.raises(InputError) as caught:
        importing.import_file(ctx, path, GROUP)

    assert str(caught.value).startswith(name) and "\n" not in str(caught.value)
    assert counts(ctx) == before


def test_every_problem_is_reported_at_once(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write(tmp_path, "many.csv", "sn,voltage,phase\nA,1,L1\n,x,L9\nA,2,L2\n")

    with pytest.raises(InputErrors) as caught:
        importing.import_file(ctx, path, GROUP)

    places = [(error.row, error.column) for error in caught.value.errors]
    assert places == [(3, "sn"), (3, "voltage"), (3, "phase"), (4, "sn")]
    assert str(caught.value).startswith("4 problem(s): many.csv, row 3, column 'sn': the SN is empty")


def test_preview_marks_every_bad_cell_and_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    registering.register_device(ctx, GROUP, "OLD-1")
    path = write(tmp_path, "check.csv", "sn,name,voltage,phase\nOK-1,fine,230,L1\nOLD-1,dup,1,L2\nBAD 2,,-5,L7\n"
                                        "OK-3,too,many,fields,here\n")
    before = counts(ctx)

    preview = importing.preview_file(ctx, path, GROUP)

    assert counts(ctx) == before
    assert not preview.valid
    assert preview.headers == ["sn", "name", "voltage", "phase"]
    assert [row.number for row in preview.rows] == [2, 3, 4]
    assert preview.rows[0].values == ["OK-1", "fine", "230", "L1"]
    cells = preview.cell_errors
    assert set(cells) == {(3, "sn"), (4, "sn"), (4, "voltage"), (4, "phase"), (5, None)}
    assert "already registered" in cells[(3, "sn")]
    assert "contains a space" in cells[(4, "sn")]
    assert "below the minimum 0" in cells[(4, "voltage")]
    assert "too many fields" in cells[(5, None)]
    with pytest.raises(InputErrors):
        importing.import_preview(ctx, preview)
    assert counts(ctx) == before


def test_preview_of_a_bad_header_marks_the_header_cells_and_the_rows_problems_at_once(
        ctx: ServiceContext, tmp_path: Path) -> None:
    registering.register_device(ctx, GROUP, "OLD-1")
    path = write(tmp_path, "header.csv", "sn,colour,phase,voltage\nA,red,L1,high\nOLD-1,blue,L2,1\n")
    before = counts(ctx)

    preview = importing.preview_file(ctx, path, GROUP)

    assert set(preview.cell_errors) == {(1, "colour"), (2, "voltage"), (3, "sn")}
    assert "valid columns: sn, name, batch" in preview.cell_errors[(1, "colour")]
    assert "'high' is not a number" in preview.cell_errors[(2, "voltage")]
    assert "already registered" in preview.cell_errors[(3, "sn")]
    assert not preview.valid
    with pytest.raises(InputErrors):
        importing.import_preview(ctx, preview)
    assert counts(ctx) == before


def test_a_valid_preview_imports_with_progress(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write(tmp_path, "ok.csv", "sn,batch\n" + "".join(f"P-{i:04d},LOT-{i % 2}\n" for i in range(1200)))
    preview = importing.preview_file(ctx, path, GROUP)
    assert preview.valid and preview.errors == [] and preview.cell_errors == {}
    seen: list[tuple[int, int]] = []

    assert importing.import_preview(ctx, preview, progress=lambda done, total: seen.append((done, total))) == 1200

    assert seen[-1] == (1200, 1200)
    assert len(listed(ctx)) == 1200
    assert {batch.number for batch in batches.list_batches(ctx, GROUP)} == {"LOT-0", "LOT-1"}


def test_a_cancelled_import_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write(tmp_path, "ok.csv", "sn,batch\nC-1,LOT-9\nC-2,LOT-9\n")
    before = counts(ctx)

    with pytest.raises(CancelledError):
        importing.import_file(ctx, path, GROUP, cancelled=lambda: True)

    assert counts(ctx) == before


def test_an_installer_may_not_import(ctx: ServiceContext) -> None:
    installer = ctx.acting_as(Actor("ines", Role.INSTALLER))
    before = counts(ctx)

    with pytest.raises(PermissionDeniedError):
        importing.import_file(installer, SAMPLE, GROUP)

    assert counts(ctx) == before


def test_an_unknown_group_is_named(ctx: ServiceContext) -> None:
    with pytest.raises(Exception, match="no registration group named 'nope'"):
        importing.import_file(ctx, SAMPLE, "nope")


# ---- the command line ------------------------------------------------------------------------

def cli(ctx: ServiceContext, db_url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    assert ctx.home is not None
    monkeypatch.setenv("DPS_HOME", str(ctx.home.path))
    sign_in_cli(ctx, monkeypatch)
    return main(["--db", db_url, *args])


def test_cli_import_prints_the_count(ctx: ServiceContext, db_url: str, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(ctx, db_url, monkeypatch, "device", "import", str(SAMPLE), "--group", GROUP) == 0

    assert "imported 3 devices" in capsys.readouterr().out
    assert len(listed(ctx)) == 3


def test_cli_import_of_a_bad_file_is_one_line_on_stderr(ctx: ServiceContext, db_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "bad.csv", "sn,colour\nA,red\n")
    before = counts(ctx)

    code = cli(ctx, db_url, monkeypatch, "device", "import", str(path), "--group", GROUP)

    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("dps-station: bad.csv, row 1, column 'colour': unknown column")
    assert "Traceback" not in captured.err
    assert counts(ctx) == before
