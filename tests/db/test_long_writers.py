"""A long writer does not lock colleagues out (issue #15): two real processes on one SQLite file. While one holds
the write lock past SQLite's 10 s busy timeout, another's write waits, says what it waits for on stderr, and
succeeds afterwards; a command that only reads does not wait at all."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.db.test_audit_tamper import CLI_PASSWORD, CLI_SUPERVISOR, G, run

REPO = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from pathlib import Path
from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.security.keyring import load_keyring
from app.services.context import Actor, ServiceContext

home = resolve_home(sys.argv[1])
db = open_database(home.default_db_url)
ctx = ServiceContext(db, load_keyring(home), Actor("cli:colleague", Role.SUPERVISOR), home)
release = Path(sys.argv[2])
with ctx.write(long="registering 100,000 devices in group 'line1'") as session:
    print("holding", flush=True)
    while not release.exists():  # the colleague's import, as long as the test needs it
        time.sleep(0.05)
print("done", flush=True)
"""


def start(*argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("DPS_DB", None)
    return subprocess.Popen([sys.executable, *argv], cwd=REPO, env=env, text=True, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_writer_waits_for_a_colleagues_long_write_and_says_for_what(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("DPS_PASSWORD", CLI_PASSWORD)
    assert run(home, "init", "--org", "Busy org", "--supervisor", CLI_SUPERVISOR)[0] == 0
    monkeypatch.setenv("DPS_USER", CLI_SUPERVISOR)  # every later command (and process) signs in
    assert run(home, "masterdata", "create-group", "pumps", "--asset-type", "pump", "--attribute", "location")[0] == 0
    assert run(home, "group", "create", G, "--masterdata-group", "pumps", "--ou", "o", "--environment", "e")[0] == 0
    release = tmp_path / "release"
    holder = start("-c", HOLDER, str(home), str(release))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        reader = start("-m", "app", "--home", str(home), "device", "list", "--group", G)
        _out, reader_err = reader.communicate(timeout=60)
        assert reader.returncode == 0 and "waiting" not in reader_err  # reading never waits for a writer

        began = time.monotonic()
        writer = start("-m", "app", "--home", str(home), "device", "add", "--group", G, "--sn", "LATE-1")
        assert writer.stderr is not None
        notice = writer.stderr.readline()
        assert notice.startswith("dps-station: waiting for the database: cli:colleague is registering 100,000 "
                                 "devices in group 'line1' (process "), notice
        assert "continues by itself when it is done" in notice
        time.sleep(max(0.0, 12 - (time.monotonic() - began)))  # past SQLite's 10 s busy timeout
        release.touch()
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, notice + err
        assert "the database is free again" in err and "locked" not in err
        assert holder.wait(timeout=60) == 0
    finally:
        release.touch()
        holder.kill() if holder.poll() is None else None
    code, out, _err = run(home, "device", "list", "--group", G)
    assert code == 0 and "LATE-1" in out
    assert not (home / "station.db-writer").exists()  # the note goes with the write
