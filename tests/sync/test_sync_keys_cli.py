"""Enrollment and the organisation key, through the command line: wrong passphrase, no key, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from app.db.engine import open_database
from app.db.models import RegistrationGroup
from app.domain.errors import KeyMissingError
from app.security.keyring import Keyring
from app.services.context import ServiceContext
from app.services.groups import reveal_group_secret
from app.sync.engine import run_sync
from app.services import registering
from sync_stations import SUPERVISOR, add_group, open_station
from tests.support.ctx import cli_sign_in_env

pytestmark = pytest.mark.postgres
PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


def cli(home: Path, *args: str, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "DPS_HOME": str(home)}
    env.pop("DPS_DB", None)
    env.update(cli_sign_in_env(home))
    if passphrase is not None:
        env["DPS_ORG_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def central_with_group(tmp_path: Path, central_url: str) -> str:
    """Station A (home tmp_path/a) with a group and device SN-1, central initialised from it by the command."""
    station = open_station(tmp_path / "a")
    add_group(station)
    registering.register_device(station.ctx, "Line A", "SN-1")
    station.close()
    init = cli(tmp_path / "a", "central", "init", central_url)
    assert init.returncode == 0, init.stderr
    assert "central database initialised" in init.stdout and "synced: pushed" in init.stdout
    return central_url


def test_wrong_passphrase_is_refused_and_changes_nothing(tmp_path: Path, central_with_group: str) -> None:
    home = tmp_path / "b"
    result = cli(home, "central", "enroll", central_with_group, passphrase="not the passphrase")
    assert result.returncode != 0
    assert "wrong passphrase" in result.stderr and "Traceback" not in result.stderr
    assert not home.exists()


def test_enroll_pulls_everything_and_lists_the_device(tmp_path: Path, central_with_group: str) -> None:
    home = tmp_path / "b"
    result = cli(home, "central", "enroll", central_with_group)
    assert result.returncode == 0, result.stderr
    assert (home / "keys" / "org.key").stat().st_mode & 0o777 == 0o600
    listed = cli(home, "device", "list", "--group", "Line A", "--format", "json")
    assert "SN-1" in listed.stdout
    status = json.loads(cli(home, "sync", "status", "--format", "json").stdout)
    assert status["pending"] == 0 and status["offline"] is False
    assert json.loads(cli(home, "sync", "conflicts", "--format", "json").stdout) == []


def test_a_station_without_the_key_cannot_read_secrets(tmp_path: Path, central_with_group: str) -> None:
    """Everything pulled, the key files absent: every secret stays ciphertext, in the file and through services."""
    db = open_database(f"sqlite:///{tmp_path / 'nokey.db'}")
    run_sync(db, url=central_with_group)
    ctx = ServiceContext(db=db, keyring=Keyring(None, None), actor=SUPERVISOR)
    with db.reader() as session:
        assert session.scalars(select(RegistrationGroup.name)).all() == ["Line A"]
    with pytest.raises(KeyMissingError):
        reveal_group_secret(ctx, "Line A")
    shown = json.loads(cli(tmp_path / "a", "group", "show", "Line A", "--show-secret", "--format", "json").stdout)
    db.dispose()
    revealed = [value for key, value in shown.items() if "secret" in key and isinstance(value, str)]
    raw = (tmp_path / "nokey.db").read_bytes()
    engine = create_engine(central_with_group)
    with engine.connect() as conn:
        stored = conn.execute(select(RegistrationGroup.group_secret_enc)).scalar_one()
    engine.dispose()
    assert revealed and all(value.encode() not in raw for value in revealed if len(value) > 16)
    assert bytes(stored) in raw  # what it holds is the ciphertext, which opens only under the organisation key


def test_offline_is_one_line_not_a_traceback(tmp_path: Path, central_with_group: str) -> None:
    home = tmp_path / "a"
    status = cli(home, "sync", "status")
    assert status.returncode == 0 and "last sync at" in status.stdout
    db = open_database(f"sqlite:///{home / 'station.db'}")
    db.set_setting("central_url", "postgresql+psycopg://nobody@127.0.0.1:1/nowhere")
    db.dispose()
    result = cli(home, "sync")
    assert result.returncode == 8
    assert result.stderr.strip().count("\n") == 0 and "cannot be reached" in result.stderr
    assert cli(home, "sync", "status").stdout.startswith("offline")


def test_resolve_from_the_command_line(tmp_path: Path, central_with_group: str) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli(b, "central", "enroll", central_with_group).returncode == 0
    station = open_station(a)
    registering.register_device(station.ctx, "Line A", "DUP-7", name="from A")
    station.close()
    assert cli(b, "device", "add", "--group", "Line A", "--sn", "DUP-7", "--name", "from B").returncode == 0
    assert cli(a, "sync").returncode == 0
    synced = cli(b, "sync")
    assert synced.returncode == 0 and "1 new conflict" in synced.stdout
    [conflict] = json.loads(cli(b, "sync", "conflicts", "--format", "json").stdout)
    assert conflict["table"] == "device_identities" and conflict["kind"] == "unique"
    assert "DUP-7" in conflict["label"]
    table = cli(b, "sync", "conflicts").stdout
    assert conflict["id"][:8] in table
    assert cli(b, "sync", "resolve", conflict["id"][:8]).returncode == 2  # which version?
    resolved = cli(b, "sync", "resolve", conflict["id"][:8], "--keep", "central")
    assert resolved.returncode == 0, resolved.stderr
    assert cli(b, "sync").returncode == 0
    shown = json.loads(cli(b, "device", "show", "--group", "Line A", "--sn", "DUP-7", "--format", "json").stdout)
    assert shown["name"] == "from A"
