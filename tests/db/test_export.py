"""Exporting devices (CSV, XLSX, JSON) and provisioning files, on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import json
import stat
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.config import resolve_home
from app.db.engine import open_database
from app.db.models import AuditEvent
from app.domain.enums import Role
from app.domain.errors import InputError, LifecycleError, NotFoundError, PermissionDeniedError
from app.services import device_listing, device_lookup, exporting, groups, lifecycle, masterdata, provisioning, registering
from app.services.context import Actor, ServiceContext
from app.services.csv_safety import safe_cell
from app.services.organisation import init_organisation
from tests.support.ctx import sign_in_cli

GROUP = "line3"
FORMULAS = ["=1+2", "+SUM(A1)", "-3+4", "@cmd", "\tTAB", "\rCR"]


@pytest.fixture
def ctx(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ServiceContext:
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(db_url)
    _info, keyring = init_organisation(home, db, "Test org")
    context = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.add_attribute(context, "voltage", "number")
    masterdata.create_group(context, "pumps", "pump", ["firmware_version", "voltage"])
    groups.create_group(context, GROUP, masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK-1",
                        gateway="https://gw.example.com")
    registering.register_device(context, GROUP, "SN-1", batch="LOT-1", name="Pump",
                            master_data={"firmware_version": "1.0", "voltage": "230"})
    registering.register_device(context, GROUP, "SN-2", batch="LOT-1", name=FORMULAS[0], description=FORMULAS[1])
    registering.register_device(context, GROUP, "SN/3", batch="LOT-2", master_data={"voltage": "-5"})
    lifecycle.activate(context, GROUP, "SN-1")
    sign_in_cli(context, monkeypatch)  # the CLI tests sign in as a supervisor
    yield context
    db.dispose()


def group_secret(ctx: ServiceContext) -> str:
    return groups.reveal_group_secret(ctx, GROUP)


def expected_key(secret: str, sn: str) -> str:
    """Azure DPS symmetric-key derivation, computed here independently of the application."""
    return base64.b64encode(hmac.new(base64.b64decode(secret), sn.encode(), hashlib.sha256).digest()).decode()


def device_secret(ctx: ServiceContext, sn: str) -> str:
    with ctx.db.reader() as session:
        identity = device_lookup.device_row(session, groups.group_row(session, GROUP), sn)
        secret = lifecycle.active_device_secret(ctx, session, identity)
    assert secret
    return secret


def secrets_of(ctx: ServiceContext) -> list[str]:
    secret = group_secret(ctx)
    return [secret, device_secret(ctx, "SN-1")] + [expected_key(secret, sn) for sn in ("SN-1", "SN-2", "SN/3")]


def audit_events(ctx: ServiceContext, action: str) -> list[AuditEvent]:
    with ctx.db.reader() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def all_bytes(path: Path) -> bytes:
    if path.is_dir():
        return b"".join(child.read_bytes() for child in sorted(path.iterdir()))
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return b"".join(archive.read(name) for name in archive.namelist())
    return path.read_bytes()


def test_safe_cell_neutralises_formula_starts() -> None:
    for text in FORMULAS:
        assert safe_cell(text) == "'" + text
    for text in ("plain", "1.5", "a=b", "", "'quoted"):
        assert safe_cell(text) == text


def test_csv_columns_rows_and_neutralised_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "devices.csv"

    assert exporting.export_devices(ctx, GROUP, out) == 3

    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["sn", "name", "batch", "status", "asset_id", "manual_code", "description", "firmware_version",
                       "voltage"]
    by_sn = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert set(by_sn) == {"SN-1", "SN-2", "SN/3"}
    assert by_sn["SN-1"]["status"] == "allocated" and by_sn["SN-1"]["voltage"] == "230"
    assert by_sn["SN-1"]["firmware_version"] == "1.0" and by_sn["SN-1"]["batch"] == "LOT-1"
    assert by_sn["SN-2"]["name"] == "'=1+2"
    assert by_sn["SN-2"]["description"] == "'+SUM(A1)"
    assert by_sn["SN/3"]["voltage"] == "'-5"
    record = device_lookup.get_device(ctx, GROUP, "SN-1")
    assert by_sn["SN-1"]["asset_id"] == record.asset_id and by_sn["SN-1"]["manual_code"] == record.manual_code
    assert "device_key" not in rows[0]
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize("formula", FORMULAS)
def test_every_formula_start_is_neutralised_in_csv(ctx: ServiceContext, tmp_path: Path, formula: str) -> None:
    registering.register_device(ctx, GROUP, "F-1", batch="LOT-F", description=formula)
    out = tmp_path / "f.csv"

    exporting.export_devices(ctx, GROUP, out, batch="LOT-F")

    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][rows[0].index("description")] == "'" + formula


def test_xlsx_stores_formula_like_text_as_text(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "devices.xlsx"

    assert exporting.export_devices(ctx, GROUP, out) == 3

    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    by_sn = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_sn["SN-2"]["name"] == "=1+2" and by_sn["SN-2"]["description"] == "+SUM(A1)"
    assert by_sn["SN-1"]["voltage"] == 230
    formula_cells = [cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    assert formula_cells == []
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_json_is_the_device_records(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "devices.json"

    assert exporting.export_devices(ctx, GROUP, out, batch="LOT-1") == 2

    spec = device_listing.DeviceQuery(group=GROUP, batch="LOT-1")
    expected = [record.as_json() for record in device_listing.iter_devices(ctx, spec)]
    assert json.loads(out.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_without_secrets_no_secret_is_in_the_file(ctx: ServiceContext, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"devices{suffix}"
    exporting.export_devices(ctx, GROUP, out)

    data = all_bytes(out)
    for secret in secrets_of(ctx):
        assert secret.encode() not in data
    assert audit_events(ctx, "device.export.secrets") == []
    [event] = audit_events(ctx, "device.export")
    assert event.actor == "tester" and event.group_name == GROUP
    assert event.details == {"file": str(out), "format": suffix[1:], "count": 3, "batch": None, "secrets": []}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".json"])
def test_with_secrets_device_keys_are_derived_audited_and_private(ctx: ServiceContext, tmp_path: Path,
                                                                   suffix: str) -> None:
    out = tmp_path / f"keys{suffix}"

    assert exporting.export_devices(ctx, GROUP, out, with_secrets=True) == 3

    secret = group_secret(ctx)
    if suffix == ".json":
        keys = {item["sn"]: item["device_key"] for item in json.loads(out.read_text(encoding="utf-8"))}
    elif suffix == ".csv":
        rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
        keys = {row["sn"]: row["device_key"] for row in rows}
    else:
        sheet = openpyxl.load_workbook(out).worksheets[0]
        rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
        keys = {row[0]: row[rows[0].index("device_key")] for row in rows[1:]}
    assert keys == {sn: expected_key(secret, sn) for sn in ("SN-1", "SN-2", "SN/3")}
    assert secret.encode() not in all_bytes(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    [event] = audit_events(ctx, "device.export.secrets")
    assert event.actor == "tester" and event.details["count"] == 3 and event.details["file"] == str(out)


def test_csv_writes_a_key_that_starts_like_a_formula_as_it_is(ctx: ServiceContext, tmp_path: Path) -> None:
    secret = group_secret(ctx)
    sn = next(f"PLUS-{n}" for n in range(10_000) if expected_key(secret, f"PLUS-{n}").startswith(("+", "/")))
    registering.register_device(ctx, GROUP, sn)
    out = tmp_path / "keys.csv"

    exporting.export_devices(ctx, GROUP, out, with_secrets=True)

    rows = {row["sn"]: row for row in csv.DictReader(out.read_text(encoding="utf-8").splitlines())}
    assert rows[sn]["device_key"] == expected_key(secret, sn)
    assert rows["SN-2"]["name"] == "'" + FORMULAS[0]


def test_an_installer_may_not_export(ctx: ServiceContext, tmp_path: Path) -> None:
    installer = ctx.acting_as(Actor("ines", Role.INSTALLER))

    with pytest.raises(PermissionDeniedError):
        exporting.export_devices(installer, GROUP, tmp_path / "x.csv")
    with pytest.raises(PermissionDeniedError):
        provisioning.export_provisioning(installer, GROUP, tmp_path / "prov")
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "prov").exists()


def test_a_failed_export_leaves_no_file_and_says_so_in_the_trail(ctx: ServiceContext, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_secret: str, sn: str) -> str:
        if sn == "SN/3":
            raise OSError("disk full")
        return "key"

    monkeypatch.setattr(exporting, "derive_device_key", broken)
    out = tmp_path / "out" / "keys.csv"
    out.parent.mkdir()

    with pytest.raises(OSError):
        exporting.export_devices(ctx, GROUP, out, with_secrets=True)

    assert list(out.parent.iterdir()) == []
    [started] = audit_events(ctx, "device.export.secrets")  # audited before the first key was written
    assert started.details["count"] == 3 and started.details["file"] == str(out)
    [failed] = audit_events(ctx, "device.export.secrets.failed")
    assert failed.details == {"file": str(out), "error": "OSError"} and failed.seq == started.seq + 1


def test_bad_targets_are_clear(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"end the file name in \.csv, \.xlsx, \.json"):
        exporting.export_devices(ctx, GROUP, tmp_path / "devices.txt")
    with pytest.raises(InputError, match="does not exist"):
        exporting.export_devices(ctx, GROUP, tmp_path / "missing" / "devices.csv")
    with pytest.raises(NotFoundError, match="no batch 'LOT-9'"):
        exporting.export_devices(ctx, GROUP, tmp_path / "devices.csv", batch="LOT-9")
    assert not (tmp_path / "devices.csv").exists()
    assert audit_events(ctx, "device.export") == []


def test_a_failed_plain_export_leaves_no_file_and_no_audit_event(ctx: ServiceContext, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real_values = exporting._values

    def broken(record, columns, key_of):  # type: ignore[no-untyped-def]
        if record.sn == "SN/3":
            raise OSError("disk full")
        return real_values(record, columns, key_of)

    monkeypatch.setattr(exporting, "_values", broken)
    out = tmp_path / "out" / "devices.csv"
    out.parent.mkdir()

    with pytest.raises(OSError):
        exporting.export_devices(ctx, GROUP, out)

    assert list(out.parent.iterdir()) == []
    assert audit_events(ctx, "device.export") == []


def test_a_large_export_is_streamed_in_pages_and_complete(ctx: ServiceContext, tmp_path: Path) -> None:
    registering.register_range(ctx, GROUP, "BULK-", 0, 4500, width=4, batch="BULK")
    out = tmp_path / "bulk.csv"

    assert exporting.export_devices(ctx, GROUP, out, batch="BULK") == 4500

    sns = [row[0] for row in csv.reader(out.read_text(encoding="utf-8").splitlines()[1:])]
    assert sns == [f"BULK-{number:04d}" for number in range(4500)]


# ---- provisioning ------------------------------------------------------------------------------

def test_file_names_are_safe_and_one_to_one() -> None:
    sns = ["A/1", "A%2F1", "A_1", "..", ".hidden", "CON", "con.1", "a:b*c?", "x\\y", "NUL"]
    names = [provisioning.file_name_for(sn) for sn in sns]

    assert len(set(names)) == len(sns)
    for name in names:
        assert name.endswith(".json") and not name.startswith(".")
        assert not set(name) & set('/\\:*?"<>|')
        assert name.split(".")[0].upper() not in provisioning.WINDOWS_RESERVED
    assert provisioning.file_name_for("SN-0001") == "SN-0001.json"


def test_provisioning_one_file_per_device_without_secrets(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "flash"

    assert provisioning.export_provisioning(ctx, GROUP, out) == 3

    assert sorted(path.name for path in out.iterdir()) == ["SN%2F3.json", "SN-1.json", "SN-2.json"]
    data = json.loads((out / "SN-2.json").read_text(encoding="utf-8"))
    record = device_lookup.get_device(ctx, GROUP, "SN-2")
    assert data["sn"] == "SN-2" and data["group_id"] == record.group_id
    assert data["manual_code"] == record.manual_code and data["batch"] == "LOT-1"
    assert (data["ou"], data["environment"], data["product_key"], data["gateway"]) == \
        ("ou1", "prod", "PK-1", "https://gw.example.com")
    assert "device_key" not in data and "device_secret" not in data
    for secret in secrets_of(ctx):
        assert secret.encode() not in all_bytes(out)
    assert audit_events(ctx, "device.provisioning.export") == []
    [event] = audit_events(ctx, "device.export")
    assert event.details == {"file": str(out), "format": "provisioning-files", "count": 3, "batch": None,
                             "secrets": []}


def test_provisioning_one_file_without_secrets_is_audited(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "lot1.json"

    assert provisioning.export_provisioning(ctx, GROUP, out, batch="LOT-1", sns=["SN-2"]) == 1

    [event] = audit_events(ctx, "device.export")
    assert event.details == {"file": str(out), "format": "provisioning-json", "count": 1, "batch": "LOT-1",
                             "secrets": [], "sns": ["SN-2"]}


def test_provisioning_with_secrets_per_device(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "flash"

    assert provisioning.export_provisioning(ctx, GROUP, out, sns=["SN-1", "SN-2"], with_secrets=True) == 2

    secret = group_secret(ctx)
    allocated = json.loads((out / "SN-1.json").read_text(encoding="utf-8"))
    registered = json.loads((out / "SN-2.json").read_text(encoding="utf-8"))
    assert allocated["device_key"] == expected_key(secret, "SN-1")
    assert allocated["device_secret"] == device_secret(ctx, "SN-1")
    assert allocated["asset_id"] == device_lookup.get_device(ctx, GROUP, "SN-1").asset_id
    assert registered["device_key"] == expected_key(secret, "SN-2") and "device_secret" not in registered
    assert sorted(path.name for path in out.iterdir()) == ["SN-1.json", "SN-2.json"]
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [event] = audit_events(ctx, "device.provisioning.export")
    assert event.details["count"] == 2 and event.details["sns"] == ["SN-1", "SN-2"]


def test_provisioning_one_file_per_batch(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "lot1.json"

    assert provisioning.export_provisioning(ctx, GROUP, out, batch="LOT-1", with_secrets=True) == 2

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["batch"] == "LOT-1" and data["group"] == GROUP
    assert [device["sn"] for device in data["devices"]] == ["SN-1", "SN-2"]
    assert data["devices"][0]["device_key"] == expected_key(group_secret(ctx), "SN-1")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(audit_events(ctx, "device.provisioning.export")) == 1


def test_provisioning_errors_write_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "flash"
    with pytest.raises(NotFoundError, match="no device with SN 'NOPE'"):
        provisioning.export_provisioning(ctx, GROUP, out, sns=["SN-1", "NOPE"], with_secrets=True)
    assert not out.exists()
    with pytest.raises(InputError, match="is in batch LOT-2, not in LOT-1"):
        provisioning.export_provisioning(ctx, GROUP, tmp_path / "b.json", batch="LOT-1", sns=["SN/3"])
    assert not (tmp_path / "b.json").exists()
    lifecycle.delete(ctx, GROUP, "SN-2")
    with pytest.raises((NotFoundError, LifecycleError)):
        provisioning.export_provisioning(ctx, GROUP, out, sns=["SN-2"])
    assert audit_events(ctx, "device.provisioning.export") == []


# ---- the command line ------------------------------------------------------------------------

def cli(ctx: ServiceContext, db_url: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    assert ctx.home is not None
    monkeypatch.setenv("DPS_HOME", str(ctx.home.path))
    sign_in_cli(ctx, monkeypatch)
    return main(["--db", db_url, *args])


def test_cli_export_with_secrets_needs_confirmation(ctx: ServiceContext, db_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "keys.json"

    code = cli(ctx, db_url, monkeypatch, "device", "export", "--group", GROUP, "--out", str(out), "--with-secrets")

    captured = capsys.readouterr()
    assert code != 0 and captured.err.count("\n") == 1 and "add --yes" in captured.err
    assert "Traceback" not in captured.err and not out.exists()

    assert cli(ctx, db_url, monkeypatch, "device", "export", "--group", GROUP, "--out", str(out), "--with-secrets",
               "--yes") == 0
    assert "exported 3 devices" in capsys.readouterr().out
    assert {item["device_key"] for item in json.loads(out.read_text(encoding="utf-8"))} == \
        {expected_key(group_secret(ctx), sn) for sn in ("SN-1", "SN-2", "SN/3")}


def test_cli_provisioning_to_a_file(ctx: ServiceContext, db_url: str, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lot2.json"

    assert cli(ctx, db_url, monkeypatch, "device", "provisioning", "--group", GROUP, "--batch", "LOT-2",
               "--out", str(out)) == 0

    assert "wrote provisioning data for 1 devices" in capsys.readouterr().out
    assert [device["sn"] for device in json.loads(out.read_text(encoding="utf-8"))["devices"]] == ["SN/3"]


def test_provisioning_files_name_the_provisioning_service(ctx: ServiceContext, tmp_path: Path) -> None:
    """id_scope/registration_id always; provisioning_host and the CA once `service init` ran; the SDK's
    symmetric_key only with secrets."""
    from app.services.service_tls import ca_certificate, init_service_tls

    out = tmp_path / "before"
    provisioning.export_provisioning(ctx, GROUP, out, sns=["SN-1"])
    before = json.loads((out / "SN-1.json").read_text(encoding="utf-8"))
    assert (before["id_scope"], before["registration_id"]) == (before["group_id"], "SN-1")
    assert before["provisioning_host"] is None and before["ca_certificate"] is None
    assert "symmetric_key" not in before
    init_service_tls(ctx, ["dps.example.com", "10.0.0.5"])
    provisioning.export_provisioning(ctx, GROUP, tmp_path / "lot.json", sns=["SN-1"], with_secrets=True)
    data = json.loads((tmp_path / "lot.json").read_text(encoding="utf-8"))
    assert data["provisioning_host"] == "dps.example.com"
    assert data["ca_certificate"] == (ca_certificate(ctx.db) or b"").decode()
    assert data["devices"][0]["symmetric_key"] == expected_key(group_secret(ctx), "SN-1")
