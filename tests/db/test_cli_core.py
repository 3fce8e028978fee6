"""`dps-station` headless: every command of the core, JSON contracts, exit codes, one-line errors."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tests" / "data" / "devices-sample.csv"
G = "line1"


class Cli:
    """Runs `app.cli.main` in-process with DPS_HOME in tmp and, optionally, --db."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str | None = None):
        self.capsys, self.monkeypatch, self.db = capsys, monkeypatch, db

    def __call__(self, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = main((["--db", self.db] if self.db else []) + list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str, stdin: str | None = None) -> str:
        code, out, err = self(*argv, stdin=stdin)
        assert code == 0, (argv, err)
        assert err == "" or "Traceback" not in err
        return out

    def init(self, *extra: str) -> str:
        """`init --supervisor chief`; every later call signs in as chief ($DPS_USER, $DPS_PASSWORD)."""
        self.monkeypatch.setenv("DPS_PASSWORD", CLI_PASSWORD)
        out = self.ok("init", "--supervisor", CLI_SUPERVISOR, *extra)
        self.monkeypatch.setenv("DPS_USER", CLI_SUPERVISOR)
        return out

    def fails(self, *argv: str, match: str) -> str:
        code, out, err = self(*argv)
        assert code != 0, argv
        assert len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err and err.startswith("dps-station: ")
        assert match in err, err
        return err


@pytest.fixture
def bare_cli(dps_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A home nothing has created yet."""
    monkeypatch.delenv("DPS_USER", raising=False)
    monkeypatch.delenv("DPS_PASSWORD", raising=False)
    return Cli(capsys, monkeypatch)


@pytest.fixture
def cli(bare_cli: Cli) -> Cli:
    """An initialised station whose first supervisor (chief) every call signs in as."""
    bare_cli.init()
    return bare_cli


def setup_group(cli: Cli, policy: str = "migrate") -> None:
    cli.ok("masterdata", "add-attribute", "voltage", "--type", "number", "--min", "0", "--max", "400")
    cli.ok("masterdata", "add-attribute", "colour", "--type", "enum", "--choices", "red,green", "--label", "Colour")
    cli.ok("masterdata", "add-attribute", "owner", "--type", "text", "--required")
    cli.ok("masterdata", "create-group", "pumps", "--asset-type", "pump", "--attribute", "voltage", "--attribute",
           "colour", "--attribute", "owner", "--attribute", "location")
    cli.ok("group", "create", G, "--masterdata-group", "pumps", "--ou", "ou-a", "--environment", "prod",
           "--product-key", "PK-1", "--gateway", "https://gw.example.com", "--reprovision", policy)


def azure_key(group_secret: str, sn: str) -> str:
    return base64.b64encode(hmac.new(base64.b64decode(group_secret), sn.encode(), hashlib.sha256).digest()).decode()


def test_init_is_idempotent(bare_cli: Cli, dps_home: Path) -> None:
    cli = bare_cli
    first = json.loads(cli.ok("init", "--org", "Acme", "--format", "json"))
    assert first["organisation"] == "Acme" and Path(first["home"]) == dps_home.resolve()
    key_file = dps_home / "keys" / "org.key"
    key_bytes = key_file.read_bytes()
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert oct((dps_home / "keys" / "signing.key").stat().st_mode & 0o777) == "0o600"
    second = json.loads(cli.ok("init", "--org", "Other name", "--format", "json"))
    assert second == first and key_file.read_bytes() == key_bytes
    assert (dps_home / "station.db").exists()


def test_only_init_creates_a_database(bare_cli: Cli, dps_home: Path, tmp_path: Path) -> None:
    cli = bare_cli
    for argv in (("group", "list"), ("device", "list", "--group", G), ("user", "list"), ("audit", "verify")):
        code, out, err = cli(*argv)
        assert code == 3 and out == "", (argv, err)
        assert f"no station database at sqlite:///{dps_home}/station.db" in err and "dps-station init" in err
    assert not dps_home.exists()  # not even the home's folders
    typo = tmp_path / "stations" / "other.db"
    typo.parent.mkdir()
    cli.fails("--db", f"sqlite:///{typo}", "group", "list", match=f"no station database at sqlite:///{typo}")
    assert not typo.exists()
    assert json.loads(cli.ok("init", "--format", "json"))["organisation"] == "My organisation"
    assert json.loads(cli.ok("group", "list", "--format", "json")) == []
    assert (dps_home / "station.db").exists() and (dps_home / "keys" / "org.key").exists()


def test_every_core_command(bare_cli: Cli, tmp_path: Path, dps_home: Path) -> None:
    cli = bare_cli
    cli.init("--org", "Acme")
    assert "added alice (installer)" in cli.ok("user", "add", "alice", "--role", "installer", stdin="secret-pw-1\n")
    assert [u["name"] for u in json.loads(cli.ok("user", "list", "--format", "json"))] == ["alice", CLI_SUPERVISOR]
    setup_group(cli)
    attributes = {a["key"]: a for a in json.loads(cli.ok("masterdata", "attributes", "--format", "json"))}
    assert attributes["colour"]["choices"] == ["red", "green"] and attributes["owner"]["required"] is True
    assert json.loads(cli.ok("masterdata", "groups", "--format", "json"))[0]["attributes"] == [
        "voltage", "colour", "owner", "location"]

    assert [g["name"] for g in json.loads(cli.ok("group", "list", "--format", "json"))] == [G]
    shown = json.loads(cli.ok("group", "show", G, "--format", "json"))
    assert shown["name"] == G and shown["group_id"].startswith("G") and "group_secret" not in shown
    secret = json.loads(cli.ok("group", "show", G, "--show-secret", "--format", "json"))["group_secret"]
    assert len(base64.b64decode(secret)) == 64
    assert secret not in cli.ok("group", "show", G)

    added = json.loads(cli.ok("device", "add", "--group", G, "--sn", "SN-1", "--batch", "LOT-1", "--name", "P1",
                              "--set", "voltage=230", "--set", "owner=ops", "--format", "json"))
    assert (added["sn"], added["batch"], added["master_data"]) == ("SN-1", "LOT-1", {"voltage": 230, "owner": "ops"})
    assert "registered 3 devices" in cli.ok("device", "range", "--group", G, "--prefix", "R-", "--start", "8",
                                            "--count", "3", "--width", "3", "--batch", "LOT-2")
    cli.ok("device", "range", "--group", G, "--prefix", "N-", "--start", "9", "--count", "2")

    listed = json.loads(cli.ok("device", "list", "--group", G, "--format", "json"))
    assert isinstance(listed, list) and [d["sn"] for d in listed] == ["N-10", "N-9", "R-008", "R-009", "R-010", "SN-1"]
    for device in listed:
        assert {"sn", "name", "batch", "status", "asset_id", "master_data"} <= set(device)
        assert isinstance(device["master_data"], dict) and device["status"] == "registered"
    assert [d["sn"] for d in json.loads(cli.ok("device", "list", "--group", G, "--batch", "LOT-2", "--format",
                                                "json"))] == ["R-008", "R-009", "R-010"]
    table = cli.ok("device", "list", "--group", G)
    assert table.splitlines()[0].split() == ["SN", "NAME", "BATCH", "STATUS", "ASSET_ID", "MASTER_DATA"]
    csv_text = cli.ok("device", "list", "--group", G, "--format", "csv", "--status", "registered")
    assert csv_text.splitlines()[0] == "sn,name,batch,status,asset_id,master_data" and len(csv_text.splitlines()) == 7

    key_lines = cli.ok("device", "key", "--group", G, "--sn", "SN-1").splitlines()
    assert key_lines == [azure_key(secret, "SN-1")]

    assert json.loads(cli.ok("device", "install", "--group", G, "--sn", "R-008", "--set", "owner=site",
                             "--format", "json"))["status"] == "installed"
    activated = json.loads(cli.ok("device", "activate", "--group", G, "--sn", "SN-1", "--format", "json"))
    assert activated["status"] == "allocated"
    assert json.loads(cli.ok("device", "connected", "--group", G, "--sn", "SN-1", "--format", "json"))[
        "status"] == "connected"
    details = json.loads(cli.ok("device", "show", "--group", G, "--sn", "SN-1", "--format", "json"))
    assert [a["state"] for a in details["allocations"]] == ["active"]
    cli.ok("device", "disable", "--group", G, "--sn", "R-009")
    cli.fails("device", "activate", "--group", G, "--sn", "R-009", "--set", "owner=x", match="disabled")
    assert json.loads(cli.ok("device", "enable", "--group", G, "--sn", "R-009", "--format", "json"))[
        "status"] == "registered"
    replaced = json.loads(cli.ok("device", "replace", "--group", G, "--sn", "SN-1", "--new-sn", "R-010",
                                 "--format", "json"))
    assert replaced["new"]["asset_id"] == activated["asset_id"] and replaced["old"]["sn"] == "SN-1"
    assert (replaced["old"]["status"], replaced["new"]["status"]) == ("replaced", "installed")
    cli.ok("device", "activate", "--group", G, "--sn", "R-010")
    moved = json.loads(cli.ok("device", "reprovision", "--group", G, "--sn", "R-010", "--ou", "ou-b",
                              "--environment", "test", "--format", "json"))
    assert moved["state"] == "pending" and moved["to"] == "ou-b/test"
    assert "deleted N-9" in cli.ok("device", "delete", "--group", G, "--sn", "N-9")
    cli.fails("device", "delete", "--group", G, "--sn", "N-9", match="already deleted")

    cli.fails("batch", "approve", "LOT-2", "--group", G, "--comment", "fine",
              match="was not approved: 1 device is not installed yet (1 registered); 1 open anomaly "
                    "(never labelled: 1). Add --yes")
    assert "despite: 1 device is not installed yet" in cli.ok("batch", "approve", "LOT-2", "--group", G,
                                                                 "--comment", "fine", "--yes")
    assert {b["number"]: b["review"] for b in json.loads(cli.ok("batch", "list", "--group", G, "--format",
                                                                "json"))}["LOT-2"] == "approved"

    cli.ok("masterdata", "add-attribute", "fw", "--type", "text")
    cli.ok("masterdata", "create-group", "importable", "--asset-type", "pump", "--attribute", "firmware_version",
           "--attribute", "location")
    cli.ok("group", "create", "imports", "--masterdata-group", "importable", "--ou", "o", "--environment", "e")
    assert "imported" in cli.ok("device", "import", str(SAMPLE), "--group", "imports")
    out = tmp_path / "devices.json"
    cli.ok("device", "export", "--group", G, "--out", str(out))
    assert {d["sn"] for d in json.loads(out.read_text())} >= {"R-008", "R-010"}

    events = json.loads(cli.ok("audit", "list", "--limit", "500", "--format", "json"))
    actions = {e["action"] for e in events}
    assert {"group.secret.reveal", "device.key.reveal", "device.replace", "batch.approve", "user.add"} <= actions
    assert secret not in json.dumps(events)
    assert "audit trail intact" in cli.ok("audit", "verify")
    logs = b"".join(path.read_bytes() for path in (dps_home / "logs").rglob("*") if path.is_file())
    assert secret.encode() not in logs and key_lines[0].encode() not in logs


def test_a_lost_signing_key_file_is_restored_from_the_database(cli: Cli, dps_home: Path) -> None:
    key_id = json.loads(cli.ok("init", "--format", "json"))["signing_key_id"]
    signing = dps_home / "keys" / "signing.key"
    original = signing.read_bytes()
    signing.unlink()
    assert json.loads(cli.ok("init", "--format", "json"))["signing_key_id"] == key_id
    assert signing.read_bytes() == original and oct(signing.stat().st_mode & 0o777) == "0o600"


BAD_INPUT = [
    (("device", "add", "--group", G, "--sn", ""), "field 'sn': the SN is empty"),
    (("device", "add", "--group", G, "--sn", "X" * 65), "at most 64"),
    (("device", "add", "--group", G, "--sn", "A\x07B"), "control character"),
    (("device", "add", "--group", G, "--sn", "SN-1"), "already registered"),
    (("device", "add", "--group", G, "--sn", "SN-2", "--set", "voltage=high"), "field 'voltage'"),
    (("device", "add", "--group", G, "--sn", "SN-2", "--set", "size=3"), "field 'size'"),
    (("device", "add", "--group", G, "--sn", "SN-2", "--set", "novalue"), "is not KEY=VALUE"),
    (("device", "activate", "--group", G, "--sn", "SN-1"), "field 'owner': is required"),
    (("device", "range", "--group", G, "--prefix", "P", "--start", "1", "--count", "0"), "field 'count'"),
    (("device", "show", "--group", "nope", "--sn", "SN-1"), "no registration group named 'nope'"),
    (("device", "key", "--group", G, "--sn", "ghost"), "no device with SN 'ghost'"),
    (("device", "replace", "--group", G, "--sn", "SN-1", "--new-sn", "ghost"), "no device with SN 'ghost'"),
    (("group", "create", "g2", "--masterdata-group", "pumps", "--ou", "o", "--environment", "e", "--gateway",
      "nothing"), "field 'gateway'"),
    (("masterdata", "add-attribute", "Bad-Key", "--type", "text"), "field 'key'"),
    (("masterdata", "add-attribute", "e", "--type", "enum"), "field 'choices'"),
    (("batch", "reject", "LOT-1", "--group", G), "field 'comment'"),
    (("user", "add", "bob", "--role", "installer"), "field 'password'"),
    (("masterdata", "add-attribute", "k", "--type", "number", "--min", "10", "--max", "5"), "field 'max'"),
    (("audit", "list", "--limit", "-1"), "field '--limit'"),
    (("--db", "nonsense://", "group", "list"), ""),
    (("--db", "postgresql+psycopg://u@127.0.0.1:1/x", "group", "list"), "cannot be reached"),
]


def test_bad_input_is_one_line_without_traceback_and_changes_nothing(cli: Cli, dps_home: Path) -> None:
    setup_group(cli)
    cli.ok("device", "add", "--group", G, "--sn", "SN-1", "--batch", "LOT-1")
    before = cli.ok("device", "list", "--group", G, "--format", "json")
    audit_before = cli.ok("audit", "list", "--limit", "1000", "--format", "json")
    cli.monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for argv, message in BAD_INPUT:
        cli.fails(*argv, match=message)
    assert cli.ok("device", "list", "--group", G, "--format", "json") == before
    assert cli.ok("audit", "list", "--limit", "1000", "--format", "json") == audit_before


def test_signed_in_users_are_held_to_their_role(cli: Cli) -> None:
    setup_group(cli)
    cli.ok("user", "add", "ina", "--role", "installer", stdin="installer-pw\n")
    cli.ok("user", "add", "tom", "--role", "technician", stdin="technician-pw\n")
    cli.ok("device", "add", "--group", G, "--sn", "SN-1", "--batch", "LOT-1", "--set", "owner=ops")
    cli.monkeypatch.setenv("DPS_PASSWORD", "installer-pw")
    cli.fails("--user", "ina", "device", "add", "--group", G, "--sn", "SN-2", match="ina (installer) may not register")
    cli.fails("--user", "ina", "group", "show", G, "--show-secret", match="may not reveal secrets")
    assert json.loads(cli.ok("--user", "ina", "device", "activate", "--group", G, "--sn", "SN-1", "--format",
                             "json"))["status"] == "allocated"
    cli.monkeypatch.setenv("DPS_PASSWORD", "technician-pw")
    cli.fails("--user", "tom", "batch", "approve", "LOT-1", "--group", G, match="tom (technician) may not approve")
    cli.monkeypatch.setenv("DPS_PASSWORD", "wrong-password")
    cli.fails("--user", "tom", "device", "list", "--group", G, match="wrong user name or password")
    cli.monkeypatch.setenv("DPS_PASSWORD", CLI_PASSWORD)
    actors = {e["actor"] for e in json.loads(cli.ok("audit", "list", "--format", "json"))}
    assert "ina" in actors


def test_core_commands_on_postgres_too(pg_url: str, dps_home: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cli = Cli(capsys, monkeypatch, db=pg_url)
    cli.init()
    setup_group(cli)
    cli.ok("device", "range", "--group", G, "--prefix", "SN-", "--start", "1", "--count", "3", "--batch", "L")
    secret = json.loads(cli.ok("group", "show", G, "--show-secret", "--format", "json"))["group_secret"]
    assert cli.ok("device", "key", "--group", G, "--sn", "SN-2") == azure_key(secret, "SN-2") + "\n"
    listed = json.loads(cli.ok("device", "list", "--group", G, "--format", "json"))
    assert [(d["sn"], d["batch"], d["status"]) for d in listed] == [(f"SN-{i}", "L", "registered") for i in (1, 2, 3)]
    cli.fails("device", "add", "--group", G, "--sn", "SN-1", match="already registered")
    assert "audit trail intact" in cli.ok("audit", "verify")


def test_console_script_and_python_m_app(dps_home: Path) -> None:
    env = {**os.environ, "DPS_HOME": str(dps_home)}
    script = Path(sys.executable).parent / "dps-station"
    helped = subprocess.run([str(script), "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert helped.returncode == 0 and "device" in helped.stdout and "audit" in helped.stdout
    initialised = subprocess.run([str(script), "init"], capture_output=True, text=True, env=env, timeout=60)
    assert initialised.returncode == 0, initialised.stderr
    listed = subprocess.run([sys.executable, "-m", "app", "group", "list", "--format", "json"], capture_output=True,
                            text=True, env=env, timeout=60, cwd=REPO)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    failed = subprocess.run([sys.executable, "-m", "app", "device", "list", "--group", "nope"], capture_output=True,
                            text=True, env=env, timeout=60, cwd=REPO)
    assert failed.returncode != 0 and failed.stdout == ""
    assert failed.stderr.strip() == "dps-station: no registration group named 'nope'"


def test_without_a_signed_in_user_only_what_reveals_no_secret_runs(cli: Cli, tmp_path: Path) -> None:
    setup_group(cli)
    cli.ok("device", "add", "--group", G, "--sn", "SN-1", "--batch", "LOT-1", "--set", "owner=ops")
    audit_before = cli.ok("audit", "list", "--limit", "1000", "--format", "json")
    cli.monkeypatch.delenv("DPS_USER")
    cli.monkeypatch.delenv("DPS_PASSWORD")
    cli.monkeypatch.setattr("sys.stdin", io.StringIO("mallory-pw-1\n" * 20))
    refused = [
        (("user", "add", "mallory", "--role", "supervisor"), "manage users"),
        (("batch", "approve", "LOT-1", "--group", G), "approve and reject"),
        (("device", "disable", "--group", G, "--sn", "SN-1"), "disable and enable devices"),
        (("device", "export", "--group", G, "--out", str(tmp_path / "k.csv"), "--with-secrets", "--yes"),
         "export"),
        (("device", "key", "--group", G, "--sn", "SN-1"), "export secrets"),
        (("group", "show", G, "--show-secret"), "reveal secrets"),
        (("device", "add", "--group", G, "--sn", "SN-2"), "register devices"),
    ]
    for argv, what in refused:
        err = cli.fails(*argv, match=f"not signed in: to {what}")
        assert "--user NAME" in err
    assert not (tmp_path / "k.csv").exists()
    # reading that reveals no secret stays open
    assert [d["status"] for d in json.loads(cli.ok("device", "list", "--group", G, "--format", "json"))] == [
        "registered"]
    assert "group_secret" not in json.loads(cli.ok("group", "show", G, "--format", "json"))
    assert "audit trail intact" in cli.ok("audit", "verify")
    assert [u["name"] for u in json.loads(cli.ok("user", "list", "--format", "json"))] == [CLI_SUPERVISOR]
    assert cli.ok("audit", "list", "--limit", "1000", "--format", "json") == audit_before


def test_the_first_supervisor_needs_no_sign_in_only_on_a_station_without_users(bare_cli: Cli) -> None:
    cli = bare_cli
    out = cli.ok("init")
    assert "no users yet" in out
    cli.fails("user", "add", "ina", "--role", "installer", match="the first user must be a supervisor")
    assert "added boss (supervisor)" in cli.ok("user", "add", "boss", "--role", "supervisor",
                                               stdin="boss-pw-123\nboss-pw-123\n")
    cli.fails("user", "add", "mallory", "--role", "supervisor", match="not signed in: to manage users")
    cli.monkeypatch.setenv("DPS_PASSWORD", "second-pw-1")
    cli.fails("init", "--supervisor", "other", match="already has users")
    cli.monkeypatch.setenv("DPS_PASSWORD", "boss-pw-123")
    assert "added ina (installer)" in cli.ok("--user", "boss", "user", "add", "ina", "--role", "installer",
                                             stdin="ina-pw-1234\nina-pw-1234\n")


def test_password_file_signs_in(cli: Cli, tmp_path: Path) -> None:
    cli.monkeypatch.delenv("DPS_PASSWORD")
    secret = tmp_path / "pw"
    secret.write_text(CLI_PASSWORD + "\n")
    assert "added ina" in cli.ok("--password-file", str(secret), "user", "add", "ina", "--role", "installer",
                                 stdin="ina-pw-1234\nina-pw-1234\n")
    cli.fails("--password-file", str(tmp_path / "missing"), "user", "list", match="field '--password-file'")
