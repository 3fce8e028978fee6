"""The data home is private: folders 0700, files 0600 from their first byte; loosened modes are repaired, with a warning."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DPS_HOME", "DPS_DB")}
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_new_home_is_private_from_the_start(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = run(home, "init", "--org", "Private")
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    assert mode(home) == 0o700 and mode(home / "keys") == 0o700 and mode(home / "logs") == 0o700
    for path in (home / "station.db", home / "keys" / "org.key", home / "keys" / "signing.key",
                 home / "logs" / "dps-station.log"):
        assert mode(path) == 0o600, path


def test_loosened_modes_are_named_and_repaired_by_the_next_command(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "init", "--org", "Private").returncode == 0
    os.chmod(home, 0o755)
    os.chmod(home / "keys" / "org.key", 0o644)
    os.chmod(home / "station.db", 0o644)
    done = run(home, "group", "list")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 3
    assert any("org.key was open to other users (0644); it is 0600 now" in line for line in warnings)
    assert any("station.db was open to other users (0644)" in line for line in warnings)
    assert mode(home) == 0o700 and mode(home / "keys" / "org.key") == 0o600 and mode(home / "station.db") == 0o600
    assert "org.key was open to other users" in (home / "logs" / "dps-station.log").read_text()
    again = run(home, "group", "list")
    assert again.returncode == 0 and "warning" not in again.stderr
