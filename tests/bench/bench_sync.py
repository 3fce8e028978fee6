"""Benchmark: first sync of 100,000 devices to an empty central database, and a pull of them into an empty station.

Each phase runs in its own process, so that its peak memory (ru_maxrss) is its own.

- push: `run_sync` of a station holding N devices (N assets + N device identities) into an
  empty, initialised central database. Baseline: the same rows read from the station's
  SQLite file and written into an empty migrated PostgreSQL database with `COPY ... FROM
  STDIN` (psycopg, text format), in the same run.
- pull: `run_sync` of a new, enrolled station that pulls those 2N rows. Baseline: the same
  rows read from the central database with `COPY ... TO STDOUT` (psycopg) and written into
  an empty migrated SQLite file with one sqlite3 `executemany` per table.

    .venv/bin/python tests/bench/bench_sync.py [--count 100000]

Prints the times, the ratios and the peak memory; exits non-zero when a target is missed
(push within 4x of its COPY baseline, pull within 3x, each under 300 MB).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

TABLES = ("organisation", "masterdata_groups", "registration_groups", "assets", "device_identities")
PASSPHRASE = "benchmark passphrase"
MAX_PUSH_RATIO = 4.0
MAX_PULL_RATIO = 3.0
MAX_PEAK_MB = 300.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- phases (each in its own process) --------------------------------------------------------------

def phase_prepare(home: Path, count: int) -> dict[str, Any]:
    from app.db.engine import open_database
    from app.domain.enums import Role
    from app.services import groups, masterdata, registering
    from app.services.context import Actor, ServiceContext
    from app.services.organisation import init_organisation
    from app.config import Home

    station = Home(home)
    station.ensure()
    db = open_database(station.default_db_url)
    _info, keyring = init_organisation(station, db, "Bench org")
    ctx = ServiceContext(db, keyring, Actor("bench", Role.SUPERVISOR), station)
    masterdata.create_group(ctx, "meters", "meter", ["location"])
    groups.create_group(ctx, "bench", masterdata_group="meters", ou="ou", environment="prod")
    registering.register_range(ctx, "bench", "BENCH-", 1, count)
    return {}


def phase_push(home: Path, url: str) -> dict[str, Any]:
    from app.config import Home
    from app.db.engine import open_database
    from app.security.keyring import load_keyring
    from app.sync.central import init_central
    from app.sync.engine import run_sync

    station = Home(home)
    db = open_database(station.default_db_url)
    init_central(db, load_keyring(station), url, PASSPHRASE)
    started = time.perf_counter()
    result = run_sync(db)
    return {"seconds": time.perf_counter() - started, "rows": result.pushed, "peak_mb": peak_mb()}


def phase_pull(home: Path, url: str) -> dict[str, Any]:
    from app.config import Home
    from app.db.engine import open_database
    from app.sync.central import enroll, unwrap_from_central
    from app.sync.engine import run_sync

    station = Home(home)
    station.ensure()
    db = open_database(station.default_db_url)
    enroll(station, db, url, unwrap_from_central(url, PASSPHRASE))
    started = time.perf_counter()
    result = run_sync(db)
    return {"seconds": time.perf_counter() - started, "rows": result.pulled, "peak_mb": peak_mb()}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def phase_copy_in(home: Path, url: str) -> dict[str, Any]:
    """Baseline for push: read the rows from SQLite, COPY them into PostgreSQL."""
    import psycopg

    from app.db.engine import open_database

    open_database(url).dispose()  # migrated, empty
    started = time.perf_counter()
    source = sqlite3.connect(home / "station.db")
    rows = 0
    with psycopg.connect(_conninfo(url)) as target, target.cursor() as cursor:
        for table in TABLES:
            columns = _columns(source, table)
            # Text COPY: PostgreSQL parses SQLite's 0/1 booleans, hex UUIDs and ISO times itself.
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                    copy.write_row(row)
                    rows += 1
        target.commit()
    return {"seconds": time.perf_counter() - started, "rows": rows, "peak_mb": peak_mb()}


def phase_copy_out(home: Path, url: str) -> dict[str, Any]:
    """Baseline for pull: COPY the rows out of PostgreSQL, write them into an empty migrated SQLite file."""
    import psycopg

    from app.db.engine import open_database

    open_database(f"sqlite:///{home / 'station.db'}").dispose()
    started = time.perf_counter()
    target = sqlite3.connect(home / "station.db")
    rows = 0
    with psycopg.connect(_conninfo(url)) as source, source.cursor() as cursor:
        for table in TABLES:
            columns = _columns(target, table)
            statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            with cursor.copy(f"COPY (SELECT {', '.join(columns)} FROM {table}) TO STDOUT") as copy:
                batch: list[tuple[Any, ...]] = []
                for row in copy.rows():
                    batch.append(tuple(_to_sqlite(value) for value in row))
                    if len(batch) == 5000:
                        target.executemany(statement, batch)
                        rows += len(batch)
                        batch.clear()
                target.executemany(statement, batch)
                rows += len(batch)
    target.commit()
    return {"seconds": time.perf_counter() - started, "rows": rows, "peak_mb": peak_mb()}


def _conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _to_sqlite(value: Any) -> Any:
    return value


# ---- driver ----------------------------------------------------------------------------------------

def run_phase(name: str, *args: str) -> dict[str, Any]:
    output = subprocess.run([sys.executable, __file__, "--phase", name, *args], capture_output=True, text=True,
                            cwd=REPO, timeout=1800)
    if output.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{output.stderr[-4000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--phase")
    parser.add_argument("args", nargs="*")
    options = parser.parse_args()
    if options.phase:
        function = {"prepare": phase_prepare, "push": phase_push, "pull": phase_pull, "copy_in": phase_copy_in,
                    "copy_out": phase_copy_out}[options.phase]
        home = Path(options.args[0])
        extra: Any = int(options.args[1]) if options.phase == "prepare" else options.args[1]
        print(json.dumps(function(home, extra)))
        return 0

    from tests.pg_server import PostgresServer

    root = Path(tempfile.mkdtemp(prefix="dps-bench-sync-"))
    with PostgresServer() as server:
        central, baseline_in = server.create_database(), server.create_database()
        run_phase("prepare", str(root / "a"), str(options.count))
        copy_in = run_phase("copy_in", str(root / "a"), server.url(baseline_in))
        push = run_phase("push", str(root / "a"), server.url(central))
        pull = run_phase("pull", str(root / "b"), server.url(central))
        copy_out = run_phase("copy_out", str(root / "c"), server.url(central))
    shutil.rmtree(root, ignore_errors=True)
    print(f"devices: {options.count:,} ({2 * options.count:,} rows: assets and device identities)")
    failures = []
    for name, measured, baseline, limit in (("push", push, copy_in, MAX_PUSH_RATIO),
                                            ("pull", pull, copy_out, MAX_PULL_RATIO)):
        ratio = measured["seconds"] / baseline["seconds"]
        print(f"{name}: {measured['seconds']:.2f} s, peak {measured['peak_mb']:.0f} MB | "
              f"COPY baseline {baseline['seconds']:.2f} s, peak {baseline['peak_mb']:.0f} MB | "
              f"ratio {ratio:.2f}x (target <= {limit:.0f}x, < {MAX_PEAK_MB:.0f} MB)")
        if ratio > limit or measured["peak_mb"] > MAX_PEAK_MB:
            failures.append(name)
    if failures:
        print(f"MISSED TARGET: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
