"""Rows whose change matters carry a keyed integrity value; `audit verify` names a row edited in the SQLite file
(table, row, columns) and exits non-zero; existing rows get their values at the upgrade (issue #15)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.services import batches, lifecycle, registering, users
from tests.db.test_audit_tamper import run
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context

G = STANDARD_GROUP


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home (returned) whose database has a user, an approved batch, devices in several states."""
    root = tmp_path_factory.mktemp("rows")
    (root / "home").mkdir()
    ctx = build_service_context(f"sqlite:///{root / 'home' / 'station.db'}", root)
    add_standard_setup(ctx)
    users.add_user(ctx, "ivy", "installer-password-1", "installer")
    users.add_user(ctx, "sam", "supervisor-password-1", "supervisor")
    registering.register_range(ctx, G, "SN-", 1, 3, batch="B1")
    lifecycle.disable(ctx, G, "SN-2")
    batches.review_batch(ctx, G, "B1", approve=True, comment="fine", warnings=[])
    ctx.db.dispose()
    return root / "home"


def tampered(station: Path, tmp_path: Path, *statements: str) -> Path:
    home = tmp_path / "home"
    shutil.copytree(station, home)
    with sqlite3.connect(home / "station.db") as connection:
        for statement in statements:
            connection.execute(statement)
    return home


def verify(home: Path) -> tuple[int, list[str]]:
    code, out, err = run(home, "audit", "verify", "--format", "json")
    assert "Traceback" not in err
    return code, json.loads(out)["problems"]


def test_the_untouched_station_verifies(station: Path, tmp_path: Path) -> None:
    assert verify(tampered(station, tmp_path)) == (0, [])


@pytest.mark.parametrize(("name", "statements", "table", "row", "columns"), [
    ("device state", ["UPDATE device_identities SET status = 'registered' WHERE sn = 'SN-2'"],
     "device_identities", "SN 'SN-2'", "status"),
    ("user role", ["UPDATE users SET role = 'supervisor' WHERE name = 'ivy'"], "users", "'ivy'", "role"),
    ("copied password hash", [("UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE name = 'ivy')"
                               " WHERE name = 'sam'")], "users", "'sam'", "password_hash"),
    ("batch approval", ["UPDATE batches SET review = 'open', reviewed_by = '' WHERE number = 'B1'"],
     "batches", "batch 'B1'", "review"),
    ("group secret", ["UPDATE registration_groups SET group_secret_enc = x'01020304'"],
     "registration_groups", f"group '{G}'", "group_secret_enc"),
    ("organisation public key", ["UPDATE organisation SET signing_public_key = zeroblob(32)"],
     "organisation", "'Test org'", "signing_public_key"),
    ("undeleted device", ["UPDATE device_identities SET deleted = 1 WHERE sn = 'SN-3'"],
     "device_identities", "SN 'SN-3'", "deleted"),
    ("integrity value removed", ["UPDATE users SET integrity = NULL, role = 'supervisor' WHERE name = 'ivy'"],
     "users", "'ivy'", "no integrity value"),
])
def test_a_row_edited_in_the_file_is_named(station: Path, tmp_path: Path, name: str, statements: list[str],
                                          table: str, row: str, columns: str) -> None:
    code, found = verify(tampered(station, tmp_path, *statements))
    assert code == 11, name
    named = [problem for problem in found if problem.startswith(f"table {table}, row {row} ")]
    assert len(named) == 1, (name, found)
    assert columns in named[0], named[0]


def test_the_upgrade_seals_existing_rows_once(station: Path, tmp_path: Path) -> None:
    """A database from before integrity values (all NULL, no mark in the key directory) is sealed at the first
    start with the organisation key; after that a cleared value is reported."""
    home = tampered(station, tmp_path, *(f"UPDATE {table} SET integrity = NULL" for table in
                                         ("organisation", "users", "registration_groups", "batches",
                                          "device_identities")))
    for mark in (home / "keys").glob("rows-*.sealed"):
        mark.unlink()
    assert verify(home) == (0, [])
    assert list((home / "keys").glob("rows-*.sealed"))
    with sqlite3.connect(home / "station.db") as connection:
        assert connection.execute("SELECT count(*) FROM device_identities WHERE integrity IS NULL").fetchone() == (0,)
        connection.execute("UPDATE device_identities SET integrity = NULL WHERE sn = 'SN-1'")
    code, found = verify(home)
    assert code == 11 and any("SN 'SN-1'" in problem and "no integrity value" in problem for problem in found)
