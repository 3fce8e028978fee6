"""A sync killed at any point, or cut off from the server mid-transaction, then run again, ends exactly as an
uninterrupted one: central and both stations equal row for row (revision numbers aside)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db.engine import open_database
from app.domain.errors import DatabaseUnavailableError
from app.services import lifecycle, registering
from app.sync import pull as pull_module
from app.sync import push as push_module
from app.sync.central import enroll, init_central, unwrap_from_central
from app.sync.engine import run_sync, sync_status
from app.sync.faults import CRASH_ENV, CRASH_EXIT_CODE
from sync_stations import add_group, new_database, open_station, snapshot

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
PASSPHRASE = "correct horse battery staple"
BATCH = 150
REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).resolve().parent / "sync_worker.py"
SEQUENCE = ("a", "b", "a")  # the sync runs of the scenario, in order

# (index in SEQUENCE, checkpoint): at least 20 points across push (central and local sides) and pull.
KILL_POINTS = [
    (0, "push.assets.read"), (0, "push.assets.locked"), (0, "push.assets.inserted"), (0, "push.assets.updated"),
    (0, "push.assets.before_commit"), (0, "push.assets.central_committed"), (0, "push.assets.local_committed"),
    (0, "push.assets.central_committed#2"), (0, "push.device_identities.inserted#2"),
    (0, "push.device_identities.before_commit#3"), (0, "push.device_identities.central_committed"),
    (0, "push.device_identities.local_committed#2"), (0, "push.audit.read"), (0, "push.audit.before_commit"),
    (0, "push.audit.central_committed"),
    (1, "push.device_identities.locked"), (1, "push.device_identities.central_committed#2"),
    (1, "pull.assets.fetched"), (1, "pull.assets.before_commit#2"), (1, "pull.assets.committed#3"),
    (1, "pull.device_identities.before_commit#2"), (1, "pull.device_identities.committed"),
    (1, "pull.audit_events.before_commit"), (1, "pull.cursor_before_commit"), (1, "pull.done"),
    (2, "pull.assets.fetched#2"), (2, "pull.device_identities.before_commit"), (2, "pull.cursor_before_commit"),
]


@dataclass
class Template:
    root: Path
    server_url: str
    central_db: str
    expected: dict[str, Any]


def _batch_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(push_module, "PUSH_BATCH", BATCH)
    monkeypatch.setattr(pull_module, "PULL_PAGE", BATCH)


@pytest.fixture(scope="module")
def template(server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """Both stations enrolled, some devices synced everywhere, then offline work on both (not yet synced)."""
    patch = pytest.MonkeyPatch()
    _batch_small(patch)
    root = tmp_path_factory.mktemp("fault-template")
    url = new_database(server_url)
    a = open_station(root / "a")
    add_group(a)
    registering.register_range(a.ctx, "Line A", "E-", 1, 5)
    init_central(a.db, a.ctx.keyring, url, PASSPHRASE)
    run_sync(a.db)
    b = open_station(root / "b", create_org=False)
    enroll(b.home, b.db, url, unwrap_from_central(url, PASSPHRASE))
    b = open_station(root / "b")
    run_sync(b.db)
    registering.register_range(a.ctx, "Line A", "A-", 1, 400)
    lifecycle.install(a.ctx, "Line A", "E-1", {"location": "Hall 1"})
    registering.register_range(b.ctx, "Line A", "B-", 1, 330)
    lifecycle.disable(b.ctx, "Line A", "E-2", "cracked case")
    a.close()
    b.close()
    central_db = make_url(url).database
    base = Template(root, server_url, str(central_db), {})
    run = _copy(base, tmp_path_factory.mktemp("uninterrupted"))
    for station in SEQUENCE:
        run_sync_in_process(run, station)
    base.expected = run.state()
    patch.undo()
    yield base


@dataclass
class Run:
    homes: dict[str, Path]
    central_url: str

    def state(self) -> dict[str, Any]:
        return {"central": snapshot(self.central_url),
                **{name: snapshot(f"sqlite:///{home / 'station.db'}") for name, home in self.homes.items()}}


def _copy(base: Template, where: Path) -> Run:
    name = f"sync_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{base.central_db}"'))
    admin.dispose()
    url = make_url(base.server_url).set(database=name).render_as_string(hide_password=False)
    homes = {}
    for station in ("a", "b"):
        shutil.copytree(base.root / station, where / station)
        with sqlite3.connect(where / station / "station.db") as conn:
            conn.execute("UPDATE local_settings SET value = ? WHERE key = 'central_url'", (url,))
        homes[station] = where / station
    return Run(homes, url)


def run_sync_in_process(run: Run, station: str) -> None:
    db = open_database(f"sqlite:///{run.homes[station] / 'station.db'}")
    try:
        run_sync(db)
    finally:
        db.dispose()


def _kill_run(run: Run, station: str, point: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, CRASH_ENV: point, "DPS_SYNC_BATCH": str(BATCH), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, str(WORKER), str(run.homes[station])], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("step", "point"), KILL_POINTS, ids=[f"{s}-{p}" for s, p in KILL_POINTS])
def test_killed_sync_reruns_to_the_uninterrupted_result(template: Template, tmp_path: Path, step: int, point: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _batch_small(monkeypatch)
    run = _copy(template, tmp_path)
    for index, station in enumerate(SEQUENCE):
        if index == step:
            killed = _kill_run(run, station, point)
            assert killed.returncode == CRASH_EXIT_CODE, f"the sync never reached {point}: {killed.stderr[-2000:]}"
        run_sync_in_process(run, station)
    assert run.state() == template.expected
    for home in run.homes.values():
        db = open_database(f"sqlite:///{home / 'station.db'}")
        status = sync_status(db)
        db.dispose()
        assert (status.pending, status.open_conflicts) == (0, 0)


def _terminating(central_url: str, at: str, original: Callable[[str], None]) -> Callable[[str], None]:
    """A checkpoint that, at `at`, kills every other server connection to the central database."""
    def checkpoint(name: str) -> None:
        original(name)
        if name == at:
            admin = create_engine(central_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
            admin.dispose()
    return checkpoint


@pytest.mark.parametrize(("step", "point"), [(0, "push.assets.inserted"), (0, "push.device_identities.updated"),
                                             (0, "push.assets.inserting"),
                                             (1, "push.device_identities.inserted"), (1, "push.audit.read")])
def test_connection_cut_mid_transaction_then_rerun(template: Template, tmp_path: Path, step: int, point: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _batch_small(monkeypatch)
    run = _copy(template, tmp_path)
    for index, station in enumerate(SEQUENCE):
        if index == step:
            with monkeypatch.context() as patch:
                patch.setattr(push_module, "checkpoint", _terminating(run.central_url, point, push_module.checkpoint))
                if point == "push.audit.read":
                    patch.setattr(push_module, "checkpoint", _terminating(run.central_url, "push.audit.before_commit",
                                                                          push_module.checkpoint))
                with pytest.raises(DatabaseUnavailableError):
                    run_sync_in_process(run, station)
        run_sync_in_process(run, station)
    assert run.state() == template.expected
