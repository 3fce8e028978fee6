"""A station restored from an older backup syncs again (issue 16, item 2)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import DeviceIdentity
from app.services import registering
from app.services.audit import verify
from app.services.sync_service import sync_now
from app.sync.engine import run_sync, sync_status
from sync_stations import Station, reopen, snapshot
from test_sync_scenarios import sync_all

pytestmark = pytest.mark.postgres


def sns(station: Station) -> list[str]:
    with station.db.reader() as session:
        return sorted(session.scalars(select(DeviceIdentity.sn).where(DeviceIdentity.deleted.is_(False))))


def test_a_station_restored_from_an_older_backup_syncs_again(pair: tuple[Station, Station, str],
                                                             tmp_path: Path) -> None:
    a, b, url = pair
    registering.register_range(a.ctx, "Line A", "R-", 1, 3)
    sync_all(a, b)
    a.close()
    backup = tmp_path / "backup.db"
    shutil.copyfile(a.home.database_path, backup)
    a = reopen(a)

    registering.register_range(a.ctx, "Line A", "R-", 4, 3)  # work that the restore will lose
    sync_all(a, b)
    assert sns(b) == [f"R-{n}" for n in range(1, 7)]

    a.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{a.home.database_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, a.home.database_path)
    a = reopen(a)
    assert sns(a) == ["R-1", "R-2", "R-3"]
    registering.register_device(a.ctx, "Line A", "R-7")  # new work after the restore: its audit numbers are taken

    result = sync_now(a.ctx)  # the service: it re-chains under the organisation key and moves the key directory's anchor

    assert result.restored is not None and result.restored.events_recovered >= 1
    assert "restored from an older backup" in result.summary()
    sync_all(a, b)
    expected = [f"R-{n}" for n in range(1, 8)]
    assert sns(a) == sns(b) == expected
    for station in (a, b):
        checked = verify(station.ctx)
        assert checked.problems == [], checked.problems
        assert sync_status(station.db).pending == 0
    assert snapshot(a.db.url) == snapshot(b.db.url)
    central = snapshot(url)
    assert central["audit_events"] == snapshot(a.db.url)["audit_events"]
    a.close()


def _copy_database(server_url: str, source: str, target: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{target}" TEMPLATE "{source}"'))
    admin.dispose()


def test_a_central_restored_from_an_older_backup_is_repaired(pair: tuple[Station, Station, str], tmp_path: Path,
                                                             server_url: str) -> None:
    from sqlalchemy.engine import make_url

    from app.sync.central import enroll, unwrap_from_central
    from sync_stations import open_station

    a, b, url = pair
    name = make_url(url).database
    registering.register_range(a.ctx, "Line A", "K-", 1, 3)
    sync_all(a, b)
    _copy_database(server_url, name, f"{name}_backup")  # the nightly backup

    registering.register_range(a.ctx, "Line A", "L-", 1, 5)  # work the central will lose
    sync_all(a, b)
    _copy_database(server_url, f"{name}_backup", name)  # the central restored from last night's backup
    assert len(snapshot(url)["device_identities"]) == 3

    first = run_sync(b.db)
    assert first.central_restored is not None and first.central_restored.rows_pushed_again >= 10
    assert "the central database was restored from an older backup" in first.summary()
    second = run_sync(a.db)
    assert second.central_restored is not None and not second.central_restored.detected_here
    sync_all(a, b)
    expected = sorted([f"K-{n}" for n in range(1, 4)] + [f"L-{n}" for n in range(1, 6)])
    assert sns(a) == sns(b) == expected
    assert len(snapshot(url)["device_identities"]) == 8

    c = open_station(tmp_path / "c", create_org=False)
    enroll(c.home, c.db, url, unwrap_from_central(url, "correct horse battery staple"))
    c = open_station(tmp_path / "c")
    run_sync(c.db)
    assert sns(c) == expected
    for station in (a, b, c):
        checked = verify(station.ctx)
        assert checked.problems == [], checked.problems
        assert sync_status(station.db).pending == 0
    assert snapshot(a.db.url) == snapshot(b.db.url) == snapshot(c.db.url)
    c.close()
    _drop(server_url, f"{name}_backup")


def _drop(server_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
