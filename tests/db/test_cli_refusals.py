"""Input the CLI used to accept wrongly or answer with a traceback: each is one clear line, its exit code, no change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DPS_HOME", "DPS_DB")}
    env.update(DPS_USER=CLI_SUPERVISOR, DPS_PASSWORD=CLI_PASSWORD)  # `init --supervisor` creates this user
    return subprocess.run([sys.executable, "-m", "app", *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("refusals") / "home"
    for argv in (("init", "--org", "Refusals", "--supervisor", CLI_SUPERVISOR), ("masterdata", "create-group", "pumps", "--asset-type", "pump"),
                 ("group", "create", "line1", "--masterdata-group", "pumps", "--ou", "a", "--environment", "prod",
                  "--product-key", "PK"),
                 ("device", "add", "--group", "line1", "--sn", "SN-1")):
        done = run("--home", str(home), *argv)
        assert done.returncode == 0, done.stderr
    return home


def refused(done: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "unexpected error" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("dps-station: "), done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def test_a_home_that_is_a_file_or_holds_a_file_for_a_folder(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    refused(run("--home", str(afile), "group", "list"), 2, f"{afile} is a file", "--home")
    home = tmp_path / "home"
    home.mkdir()
    (home / "keys").write_text("")
    refused(run("--home", str(home), "group", "list"), 2, "keys", "is a file", "move the file away")


def test_a_database_in_a_folder_that_does_not_exist_is_a_typo_not_a_new_station(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "station.db"
    refused(run("--home", str(tmp_path / "home"), "--db", f"sqlite:///{missing}", "group", "list"), 3,
            f"no station database at sqlite:///{missing}", "run 'dps-station init'", "--db")
    assert not missing.parent.exists() and not (tmp_path / "home").exists()


def test_garbage_database_url(tmp_path: Path) -> None:
    refused(run("--home", str(tmp_path / "home"), "--db", "garbage://x", "group", "list"), 2, "unsupported database")


@pytest.mark.parametrize(("argv", "words"), [
    (("device", "list", "--group", "line1", "--limit", "-1"), ("field '--limit'", "1 to")),
    (("device", "list", "--group", "line1", "--limit", "99999999999999999999999"), ("--limit", "out of range")),
    (("audit", "list", "--limit", "0"), ("--limit",)),
    (("label", "print", "--group", "line1", "--dpi", "0", "--out", "x.pdf"), ("field '--dpi'", "72 to 2400")),
    (("group", "create", "line2", "--masterdata-group", "pumps", "--ou", "a", "--environment", "prod",
      "--template", "nope"), ("no label template 'nope'", "avery-l7160")),
    (("group", "create", "li\u202ene2", "--masterdata-group", "pumps", "--ou", "a", "--environment", "prod"),
     ("U+202E",)),
    (("group", "update", "line1", "--template", "nope"), ("no label template 'nope'",)),
])
def test_values_that_were_accepted_but_wrong_are_refused_where_given(station: Path, argv: tuple[str, ...],
                                                                    words: tuple[str, ...]) -> None:
    refused(run("--home", str(station), *argv), 2, *words)
    listing = run("--home", str(station), "group", "list", "--format", "json")
    assert listing.returncode == 0 and "line2" not in listing.stdout and "nope" not in listing.stdout
