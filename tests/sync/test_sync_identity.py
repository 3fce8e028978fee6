"""The right central only (issue 16, items 4 and 5): another organisation's central, a newer schema, a
database of another application, re-pointing a station."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.db.engine import open_database
from app.db.models import AuditEvent, DeviceIdentity, Organisation
from app.services import registering
from sync_stations import add_group, new_database, open_station, snapshot
from tests.support.ctx import CLI_SUPERVISOR, cli_sign_in_env

pytestmark = pytest.mark.postgres
PASSPHRASE = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]


def cli(home: Path, *args: str, passphrase: str | None = PASSPHRASE,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "DPS_HOME": str(home)}
    env.pop("DPS_DB", None)
    env.update(cli_sign_in_env(home))
    if passphrase is not None:
        env["DPS_ORG_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, cwd=REPO, capture_output=True, text=True,
                          timeout=180, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL)


def station_with_central(home: Path, url: str, org: str, sn: str) -> None:
    station = open_station(home, org_name=org)
    add_group(station, f"{org} line")
    registering.register_device(station.ctx, f"{org} line", sn)
    station.close()
    init = cli(home, "central", "init", url)
    assert init.returncode == 0, init.stderr


def settings(home: Path) -> dict[str, str]:
    engine = create_engine(f"sqlite:///{home / 'station.db'}")
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT key, value FROM local_settings")).all())
    engine.dispose()
    return rows


def set_setting(home: Path, key: str, value: str) -> None:
    db = open_database(f"sqlite:///{home / 'station.db'}")
    db.set_setting(key, value)
    db.dispose()


def count(url: str, model: type, **where: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        found = int(conn.execute(query).scalar_one())
    engine.dispose()
    return found


@pytest.fixture
def two_organisations(tmp_path: Path, server_url: str) -> tuple[Path, str, Path, str]:
    """Acme's station and central; Other's station and central (each organisation its own keys)."""
    acme_url, other_url = new_database(server_url), new_database(server_url)
    station_with_central(tmp_path / "acme", acme_url, "Acme", "ACME-1")
    station_with_central(tmp_path / "other", other_url, "Other", "OTHER-1")
    return tmp_path / "acme", acme_url, tmp_path / "other", other_url


def test_sync_refuses_a_central_of_another_organisation(two_organisations: tuple[Path, str, Path, str]) -> None:
    acme, acme_url, other, _other_url = two_organisations
    set_setting(other, "central_url", acme_url)  # the URL now points at the wrong organisation's central
    before_settings = settings(other)
    before_central = snapshot(acme_url)
    local_before = snapshot(f"sqlite:///{other / 'station.db'}")

    result = cli(other, "sync")

    assert result.returncode == 11, result.stderr
    assert "another organisation" in result.stderr and "Acme" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    assert snapshot(acme_url) == before_central  # nothing pushed, not even an audit event
    assert snapshot(f"sqlite:///{other / 'station.db'}") == local_before  # nothing pulled
    after = settings(other)
    assert after.get("sync_cursor") == before_settings.get("sync_cursor")
    assert "another organisation" in after["sync_last_error"]
    status = json.loads(cli(other, "sync", "status", "--format", "json").stdout)
    assert "another organisation" in status["last_error"]
    assert count(acme_url, DeviceIdentity, sn="OTHER-1") == 0


def test_a_forged_identity_is_refused_by_the_key(two_organisations: tuple[Path, str, Path, str]) -> None:
    """A central whose organisation row names Acme's id and public key but was not made with Acme's data key."""
    acme, acme_url, other, other_url = two_organisations
    engine = create_engine(acme_url)
    with engine.connect() as conn:
        acme_org = dict(conn.execute(select(Organisation.__table__)).one()._mapping)
    engine.dispose()
    engine = create_engine(other_url)
    with engine.begin() as conn:
        conn.execute(Organisation.__table__.update().values(
            id=acme_org["id"], signing_key_id=acme_org["signing_key_id"],
            signing_public_key=acme_org["signing_public_key"], name="Acme"))
    engine.dispose()
    set_setting(acme, "central_url", other_url)

    result = cli(acme, "sync")

    assert result.returncode == 11, result.stderr
    assert "does not verify with the organisation's key" in result.stderr
    assert count(other_url, AuditEvent, station=settings(acme)["station_id"]) == 0


def test_enroll_and_init_refuse_a_newer_central_schema(tmp_path: Path, central_url: str) -> None:
    station_with_central(tmp_path / "a", central_url, "Acme", "SN-1")
    engine = create_engine(central_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()

    enrolled = cli(tmp_path / "b", "central", "enroll", central_url)
    assert enrolled.returncode == 11, enrolled.stderr
    assert "update this station" in enrolled.stderr and "Traceback" not in enrolled.stderr
    assert not (tmp_path / "b").exists()

    synced = cli(tmp_path / "a", "sync")
    assert synced.returncode == 11 and "update this station" in synced.stderr

    assert cli(tmp_path / "c", "init", "--supervisor", CLI_SUPERVISOR).returncode == 0  # a station, its user
    init = cli(tmp_path / "c", "central", "init", central_url)
    assert init.returncode == 11, init.stderr
    assert "update this station" in init.stderr


def test_central_init_refuses_a_database_of_another_application(tmp_path: Path, central_url: str) -> None:
    engine = create_engine(central_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id integer PRIMARY KEY, name text)"))
        conn.execute(text("INSERT INTO customers VALUES (1, 'Ada')"))
    engine.dispose()
    open_station(tmp_path / "a").close()

    result = cli(tmp_path / "a", "central", "init", central_url)

    assert result.returncode == 2, result.stderr
    assert "another application" in result.stderr and "customers" in result.stderr
    engine = create_engine(central_url)
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
        assert conn.execute(text("SELECT name FROM customers")).scalars().all() == ["Ada"]
    engine.dispose()
    assert tables == {"customers"}
    assert "central_url" not in settings(tmp_path / "a")


def test_central_init_does_not_repoint_an_attached_station(tmp_path: Path, server_url: str) -> None:
    first, second = new_database(server_url), new_database(server_url)
    station_with_central(tmp_path / "a", first, "Acme", "SN-1")

    result = cli(tmp_path / "a", "central", "init", second)

    assert result.returncode == 2, result.stderr
    assert "central repoint" in result.stderr
    assert settings(tmp_path / "a")["central_url"] == first
    engine = create_engine(second)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
    engine.dispose()
    again = cli(tmp_path / "a", "central", "init", first)  # the same central again: harmless
    assert again.returncode == 0, again.stderr


def copy_of(server_url: str, url: str) -> str:
    """The same central database under another name (a dump restored on a new server, say)."""
    from sqlalchemy.engine import make_url

    source = make_url(url).database
    target = f"{source}_moved"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{target}" TEMPLATE "{source}"'))
    admin.dispose()
    return make_url(url).set(database=target).render_as_string(hide_password=False)


def test_repoint_is_explicit_checked_and_audited(two_organisations: tuple[Path, str, Path, str],
                                                 server_url: str) -> None:
    acme, acme_url, _other, other_url = two_organisations
    refused = cli(acme, "central", "repoint", other_url, "--yes")
    assert refused.returncode == 11 and "another organisation" in refused.stderr
    assert settings(acme)["central_url"] == acme_url

    moved = copy_of(server_url, acme_url)
    unconfirmed = cli(acme, "central", "repoint", moved)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert settings(acme)["central_url"] == acme_url

    done = cli(acme, "central", "repoint", moved, "--yes")
    assert done.returncode == 0, done.stderr
    assert "re-pointed" in done.stdout and "synced:" in done.stdout
    assert settings(acme)["central_url"] == moved
    events = json.loads(cli(acme, "audit", "list", "--action", "sync.central.repoint", "--format", "json").stdout)
    assert len(events) == 1
    details = events[0]["details"]
    assert details["from"].endswith(acme_url.rsplit("/", 1)[1])
    assert details["to"].endswith(moved.rsplit("/", 1)[1]) and details["organisation"] == "Acme"
    assert cli(acme, "sync").returncode == 0
    assert json.loads(cli(acme, "sync", "status", "--format", "json").stdout)["pending"] == 0


def test_sync_status_tells_the_truth(two_organisations: tuple[Path, str, Path, str]) -> None:
    """Pending changes per table, the central's verified organisation, the URL without password, the last error."""
    acme, acme_url, _other, other_url = two_organisations
    station = open_station(acme)
    registering.register_range(station.ctx, "Acme line", "P-", 1, 3)
    station.close()
    status = json.loads(cli(acme, "sync", "status", "--format", "json").stdout)
    assert status["pending"] == 6 and status["pending_by_table"] == {"assets": 3, "device_identities": 3}
    assert status["central_organisation"].startswith("Acme (signing key ")
    assert status["last_error"] is None and status["offline"] is False
    line = cli(acme, "sync", "status").stdout
    assert "6 pending changes (assets 3, device_identities 3)" in line and "central: Acme" in line

    from sqlalchemy.engine import make_url

    with_password = make_url(other_url).set(password="pw-secret-9").render_as_string(hide_password=False)
    set_setting(acme, "central_url", with_password)  # the test server trusts local connections: ignored there
    assert cli(acme, "sync").returncode == 11
    status = json.loads(cli(acme, "sync", "status", "--format", "json").stdout)
    assert "another organisation" in status["last_error"] and status["last_error_kind"] == "refused"
    assert status["offline"] is False and status["pending"] == 6
    line = cli(acme, "sync", "status").stdout
    assert "last sync failed" in line and "another organisation" in line
    assert "pw-secret-9" not in line and "pw-secret-9" not in json.dumps(status)
    assert status["central"] == make_url(with_password).render_as_string(hide_password=True)
