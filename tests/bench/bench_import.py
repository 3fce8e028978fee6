"""Benchmark: import 100,000 devices from CSV into SQLite, then list them as JSON.

Baseline, measured in the same run: the same rows (an asset and a device identity
each, with the same columns) inserted by one plain SQLAlchemy `executemany` per
table into a fresh, migrated SQLite database, without any checks.

    .venv/bin/python tests/bench/bench_import.py [--count 100000]

Prints the times and the ratio; exits non-zero when the import misses a target
(at most 3x the baseline, under 15 s).
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout without installing

from app.config import resolve_home
from app.db.base import utcnow
from app.db.engine import open_database
from app.db.models import Asset, DeviceIdentity
from app.domain.enums import Role
from app.services import device_listing, groups, importing, masterdata
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation

MAX_RATIO = 3.0
MAX_SECONDS = 15.0


def write_csv(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("sn,name,firmware_version,location\n")
        for number in range(count):
            handle.write(f"BENCH-{number:07d},Meter {number},1.{number % 10}.0,Plant {number % 50}\n")


def station(root: Path) -> ServiceContext:
    home = resolve_home(str(root / "home"))
    home.ensure()
    db = open_database(home.default_db_url)
    _info, keyring = init_organisation(home, db, "Bench org")
    ctx = ServiceContext(db, keyring, Actor("bench", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "meters", "meter", ["firmware_version", "location"])
    groups.create_group(ctx, "bench", masterdata_group="meters", ou="ou", environment="prod")
    return ctx


def baseline_rows(ctx: ServiceContext, count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    with ctx.db.reader() as session:
        group_uuid = groups.group_row(session, "bench").id
    now = utcnow()
    common = {"rev": 0, "dirty": True, "updated_at": now, "station": ctx.db.station_id, "deleted": False}
    assets, identities = [], []
    for number in range(count):
        asset_id = uuid.uuid4()
        assets.append({"id": asset_id, "registration_group_id": group_uuid, "batch_id": None,
                       "asset_code": f"A{number:09d}", "name": f"Meter {number}", "description": "",
                       "master_data": {"firmware_version": f"1.{number % 10}.0", "location": f"Plant {number % 50}"},
                       **common})
        identities.append({"id": uuid.uuid4(), "registration_group_id": group_uuid, "asset_id": asset_id,
                           "sn": f"BENCH-{number:07d}", "manual_code": f"{number:012d}", "status": "registered",
                           "status_error": "", "status_before_disable": "", "status_changed_at": now,
                           "labels_printed": 0, **common})
    return assets, identities


def baseline_sqlalchemy(root: Path, count: int) -> float:
    """The same rows (asset + identity) by one SQLAlchemy Core executemany per table, in one transaction."""
    ctx = station(root)
    assets, identities = baseline_rows(ctx, count)
    started = time.perf_counter()
    with ctx.db.writer.begin() as session:
        session.execute(insert(Asset.__table__), assets)
        session.execute(insert(DeviceIdentity.__table__), identities)
    elapsed = time.perf_counter() - started
    ctx.db.dispose()
    return elapsed


def baseline_sqlite3(root: Path, count: int) -> float:
    """The same rows with the sqlite3 module alone: values already in their stored form, one executemany per table."""
    ctx = station(root)
    assets, identities = baseline_rows(ctx, count)
    path = ctx.home.database_path  # type: ignore[union-attr]
    ctx.db.dispose()
    tables = [(Asset.__table__, assets), (DeviceIdentity.__table__, identities)]
    prepared = [(table, [tuple(_stored(row[column.name]) for column in table.columns) for row in rows])
                for table, rows in tables]
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for table, rows in prepared:
        columns = ", ".join(column.name for column in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        connection.executemany(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (UUID as 32 hex digits, naive UTC text, JSON text)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, dict):
        return json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


def run_import(root: Path, csv_path: Path, count: int) -> tuple[float, float]:
    ctx = station(root)
    started = time.perf_counter()
    imported = importing.import_file(ctx, csv_path, "bench")
    import_seconds = time.perf_counter() - started
    assert imported == count, imported

    started = time.perf_counter()
    out = io.StringIO()
    with redirect_stdout(out):
        records = device_listing.iter_devices(ctx, device_listing.DeviceQuery(group="bench"))
        sys.stdout.write("[")
        for index, record in enumerate(records):
            sys.stdout.write(("," if index else "") + "\n  " + json.dumps(record.as_json(), ensure_ascii=False,
                                                                          default=str))
        sys.stdout.write("\n]\n")
    list_seconds = time.perf_counter() - started
    listed = json.loads(out.getvalue())
    assert len(listed) == count and listed[0]["master_data"]["location"] == "Plant 0", len(listed)
    ctx.db.dispose()
    return import_seconds, list_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        csv_path = root / "devices.csv"
        write_csv(csv_path, args.count)
        raw = baseline_sqlite3(root / "raw", args.count)
        base = baseline_sqlalchemy(root / "core", args.count)
        import_seconds, list_seconds = run_import(root / "import", csv_path, args.count)
    ratio = import_seconds / base
    print(f"devices:                          {args.count:,}")
    print(f"baseline, SQLAlchemy executemany: {base:6.2f} s")
    print(f"baseline, sqlite3 executemany:    {raw:6.2f} s")
    print(f"import (CSV, all checks):         {import_seconds:6.2f} s   {ratio:4.2f}x the SQLAlchemy baseline "
          f"(target <= {MAX_RATIO}x, < {MAX_SECONDS:.0f} s), {import_seconds / raw:4.2f}x the sqlite3 one")
    print(f"list as JSON (iter_devices):      {list_seconds:6.2f} s   "
          f"{list_seconds / base:4.2f}x the SQLAlchemy baseline")
    ok = ratio <= MAX_RATIO and import_seconds < MAX_SECONDS
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
