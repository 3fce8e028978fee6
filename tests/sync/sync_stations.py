"""Stations for sync tests: each a data home with its own SQLite file, keys and service context."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from app.config import Home
from app.db.engine import Database, open_database
from app.domain.enums import Role
from app.security.keyring import load_keyring
from app.services import groups, masterdata
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation
from app.sync.tables import ALL_TABLES

SUPERVISOR = Actor("supervisor", Role.SUPERVISOR)


@dataclass
class Station:
    home: Home
    db: Database
    ctx: ServiceContext

    def close(self) -> None:
        self.db.dispose()


def open_station(path: Path, *, create_org: bool = True, org_name: str = "Acme") -> Station:
    home = Home(path)
    home.ensure()
    db = open_database(home.default_db_url)
    if create_org:
        _info, keyring = init_organisation(home, db, org_name)
    else:
        keyring = load_keyring(home)
    return Station(home, db, ServiceContext(db=db, keyring=keyring, actor=SUPERVISOR, home=home))


def reopen(station: Station) -> Station:
    station.close()
    db = open_database(station.home.default_db_url)
    return Station(station.home, db, ServiceContext(db=db, keyring=load_keyring(station.home), actor=SUPERVISOR,
                                                    home=station.home))


def add_group(station: Station, name: str = "Line A") -> None:
    masterdata.create_group(station.ctx, f"{name} data", "meter", ["location"])
    groups.create_group(station.ctx, name, masterdata_group=f"{name} data", ou="Plant", environment="prod")


def snapshot(url: str, *, drop: tuple[str, ...] = ("rev",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced row (and audit event) of a database, sorted, without the given bookkeeping columns."""
    engine = create_engine(url)
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with engine.connect() as conn:
            for table in ALL_TABLES:
                columns = [column for column in table.columns if column.name not in drop]
                rows = conn.execute(select(*columns)).all()
                out[table.name] = sorted((tuple(_plain(value) for value in row) for row in rows), key=repr)
    finally:
        engine.dispose()
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, memoryview):
        return bytes(value)
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def new_database(server_url: str) -> str:
    """A fresh, empty database on the test server; returns its URL."""
    name = f"sync_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)
