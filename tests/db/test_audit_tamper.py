"""The audit hash chain finds edited, removed and reordered events and names them (station and #seq)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import uuid
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import audit, lifecycle, registering
from app.services.context import ServiceContext
from tests.support.ctx import (
    CLI_PASSWORD,
    CLI_SUPERVISOR,
    STANDARD_GROUP,
    add_standard_setup,
    build_service_context,
)

G = STANDARD_GROUP


def problems(ctx: ServiceContext) -> list[str]:
    return [str(problem) for problem in audit.verify(ctx).problems]


def execute(ctx: ServiceContext, sql: str, **params: object) -> None:
    with ctx.db.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_verify_names_the_tampered_event_on_both_databases(db_url: str, tmp_path: Path) -> None:
    ctx = build_service_context(db_url, tmp_path)
    add_standard_setup(ctx)
    registering.register_range(ctx, G, "SN-", 1, 3)
    lifecycle.activate(ctx, G, "SN-1", {"owner": "ops"})
    lifecycle.disable(ctx, G, "SN-2")
    result = audit.verify(ctx)
    assert result.ok and result.events >= 8 and result.stations == 1
    station = ctx.db.station_id
    with ctx.db.engine.connect() as connection:
        actor = connection.execute(text("SELECT actor FROM audit_events WHERE seq = 3")).scalar_one()

    execute(ctx, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    assert problems(ctx) == [f"station {station}, event #3 ({_id(ctx, 3)}): was edited after it was written"]
    execute(ctx, "UPDATE audit_events SET actor = :actor WHERE seq = 3", actor=actor)
    assert audit.verify(ctx).ok

    execute(ctx, "UPDATE audit_events SET details = :d WHERE seq = 5", d=json.dumps({"count": 999}))
    assert any(f"station {station}, event #5" in p and "edited" in p for p in problems(ctx))
    execute(ctx, "DELETE FROM audit_events WHERE seq = 5")
    found = problems(ctx)
    assert any(f"station {station}, event #6" in p and "expected event #5" in p for p in found)
    assert all("#5 (" not in p for p in found)  # the deleted event is named by the gap it left
    ctx.db.dispose()


def _id(ctx: ServiceContext, seq: int) -> str:
    with ctx.db.engine.connect() as connection:
        raw = connection.execute(text("SELECT id FROM audit_events WHERE seq = :s"), {"s": seq}).scalar_one()
    return str(uuid.UUID(str(raw)))


# ---- the same through `dps-station audit verify` on a SQLite file ---------------------------------

def run(home: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--home", str(home), *argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def audited_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("audited") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPS_PASSWORD", CLI_PASSWORD)
        assert run(home, "init", "--org", "Audit org", "--supervisor", CLI_SUPERVISOR)[0] == 0
        patch.setenv("DPS_USER", CLI_SUPERVISOR)
        assert run(home, "masterdata", "create-group", "pumps", "--asset-type", "pump", "--attribute",
                   "location")[0] == 0
        assert run(home, "group", "create", G, "--masterdata-group", "pumps", "--ou", "o", "--environment", "e",
                   "--product-key", "PK")[0] == 0
        assert run(home, "device", "range", "--group", G, "--prefix", "SN-", "--start", "1", "--count", "4")[0] == 0
        for sn in ("SN-1", "SN-2"):
            assert run(home, "device", "activate", "--group", G, "--sn", sn)[0] == 0
    code, out, _ = run(home, "init", "--format", "json")
    return home, json.loads(out)["station"]


def tampered_copy(audited_home: tuple[Path, str], tmp_path: Path, *statements: str) -> Path:
    source, _station = audited_home
    home = tmp_path / "home"
    shutil.copytree(source, home)
    with sqlite3.connect(home / "station.db") as connection:
        for statement in statements:
            connection.execute(statement)
    return home


def last_seq(home: Path) -> int:
    with sqlite3.connect(home / "station.db") as connection:
        return int(connection.execute("SELECT max(seq) FROM audit_events").fetchone()[0])


@pytest.mark.parametrize(("name", "statements", "seq", "wording"), [
    ("edit", ["UPDATE audit_events SET action = 'device.nothing' WHERE seq = 4"], 4, "edited"),
    ("edit time", ["UPDATE audit_events SET at = '2020-01-01 00:00:00' WHERE seq = 2"], 2, "edited"),
    ("delete middle", ["DELETE FROM audit_events WHERE seq = 3"], 4, "expected event #3"),
    ("swap", ["UPDATE audit_events SET seq = -1 WHERE seq = 3", "UPDATE audit_events SET seq = 3 WHERE seq = 4",
              "UPDATE audit_events SET seq = 4 WHERE seq = -1"], 3, "does not link"),
])
def test_cli_verify_fails_and_names_the_event(audited_home: tuple[Path, str], tmp_path: Path, name: str,
                                              statements: list[str], seq: int, wording: str) -> None:
    assert run(audited_home[0], "audit", "verify")[0] == 0
    home = tampered_copy(audited_home, tmp_path, *statements)
    code, out, err = run(home, "audit", "verify")
    assert code != 0, name
    line = next(line for line in out.splitlines() if f"event #{seq} " in line)
    assert f"station {audited_home[1]}" in line and wording in line
    assert "Traceback" not in err + out


def test_cli_verify_finds_a_removed_newest_event(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    newest = last_seq(audited_home[0])
    home = tampered_copy(audited_home, tmp_path, f"DELETE FROM audit_events WHERE seq = {newest}")
    code, out, _err = run(home, "audit", "verify", "--format", "json")
    report = json.loads(out)
    assert code != 0 and report["ok"] is False
    assert any(f"station {audited_home[1]}" in p and f"#{newest} is missing" in p for p in report["problems"])


def test_concurrent_writers_on_one_database_share_one_intact_chain(db_url: str, tmp_path: Path) -> None:
    """Several programs working on the same database (a central server used directly): no #seq taken twice."""
    import threading

    ctx = build_service_context(db_url, tmp_path)
    add_standard_setup(ctx)
    for name in "ABCD":  # each program holds the organisation's key files (the chain is keyed with them)
        shutil.copytree(tmp_path / "home" / "keys", tmp_path / name / "home" / "keys")
    workers = {name: build_service_context(db_url, tmp_path / name) for name in "ABCD"}
    errors: list[BaseException] = []

    def register(name: str) -> None:
        for index in range(10):
            try:
                registering.register_device(workers[name], G, f"{name}{index}")
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=register, args=(name,)) for name in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    result = audit.verify(ctx)
    assert result.ok, result.problems
    assert len(audit.list_events(ctx, audit.AuditFilter(action="device.register"), limit=100)) == 40
    for worker in workers.values():
        worker.db.dispose()
    ctx.db.dispose()


def test_two_writers_racing_for_the_very_first_event_both_land_in_one_chain(db_url: str, tmp_path: Path) -> None:
    """The first event creates the chain's head row; a second writer meanwhile waits instead of failing."""
    import threading
    import time

    ctx = build_service_context(db_url, tmp_path)
    with ctx.db.engine.begin() as connection:  # a database whose chain has not started yet
        connection.execute(text("DELETE FROM audit_events"))
        connection.execute(text("DELETE FROM local_settings WHERE key = 'audit_head'"))
    for anchor in (tmp_path / "home" / "keys").glob("audit-*.head"):  # nor its anchor in the key directory
        anchor.unlink()
    first_in = threading.Event()
    failures: list[BaseException] = []

    def first() -> None:
        try:
            with ctx.write() as session:
                audit.append(session, ctx, audit.AuditEntry("test.first"))
                first_in.set()
                time.sleep(0.5)  # the second writer arrives before this commits
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)
            first_in.set()

    def second() -> None:
        first_in.wait(10)
        try:
            audit.record(ctx, audit.AuditEntry("test.second"))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            failures.append(error)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    events = audit.list_events(ctx, limit=10)
    assert sorted((event.seq, event.action) for event in events) == [(1, "test.first"), (2, "test.second")]
    assert audit.verify(ctx).ok
    ctx.db.dispose()
