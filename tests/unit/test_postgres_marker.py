"""`-m "not postgres"` leaves out exactly the tests that need the PostgreSQL server, whether they ask for it
directly, through other fixtures (the sync stations' `pair`), or as db_url's "postgres" case; nobody marks
them by hand (test_schema.py has no marker)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ["tests/db/test_schema.py", "tests/sync/test_sync_restore.py", "tests/db/test_pg_server.py"]


def collected(*options: str) -> set[str]:
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q",
                           *options, *FILES], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return {line for line in done.stdout.splitlines() if "::" in line}


def test_not_postgres_leaves_out_every_test_that_needs_the_server() -> None:
    everything = collected()
    without = collected("-m", "not postgres")
    only = collected("-m", "postgres")
    assert without | only == everything and not without & only
    assert "tests/db/test_schema.py::test_migrated_schema_equals_the_models[sqlite]" in without
    assert "tests/db/test_schema.py::test_migrated_schema_equals_the_models[postgres]" in only
    assert "tests/db/test_schema.py::test_sqlite_runs_in_wal_mode_with_foreign_keys_on" in without
    assert {name.split("::")[0] for name in only} == set(FILES)  # the sync tests reach it through `pair`
    assert not any(name.startswith(("tests/sync/", "tests/db/test_pg_server.py")) for name in without)
