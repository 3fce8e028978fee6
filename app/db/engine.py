"""Engines and session factories for SQLite (local) and PostgreSQL (central).

One place sets the SQLite pragmas; one place turns driver errors into our
typed errors; opening a database migrates it.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.base import SyncedMixin, utcnow
from app.db.models import LocalSetting
from app.domain.errors import DatabaseUnavailableError, InputError

log = logging.getLogger(__name__)

WRITE_OPTION = "dps_write"
APPLYING_SYNC = "applying_sync"


@dataclass
class Database:
    """An open, migrated database and its session factories.

    `reader` sessions are for queries; `writer` sessions take SQLite's write
    lock at BEGIN (IMMEDIATE) so that read-then-write work such as the audit
    chain never fails half-way on a concurrent writer.
    """

    url: str
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    station_id: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def get_setting(self, key: str) -> str | None:
        with self.reader() as session:
            row = session.get(LocalSetting, key)
            return row.value if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self.writer.begin() as session:
            row = session.get(LocalSetting, key)
            if row is None:
                session.add(LocalSetting(key=key, value=value))
            else:
                row.value = value

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 32 MB of page cache per connection (SQLite's default is 2 MB): the indexes a large registration or bulk
    # action writes at random places (UUID keys) stay in memory; 100,000-device runs take 15-35% less CPU
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _stamp_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Every local change to a synced row marks it dirty, stamped with time and station."""
    if session.info.get(APPLYING_SYNC):
        return
    station = session.info.get("station", "")
    now = utcnow()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, SyncedMixin) and (obj in session.new or session.is_modified(obj)):
            obj.dirty = True
            obj.updated_at = now
            obj.station = station


def create_db_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InputError(f"not a database URL: {url!r} (expected sqlite:///PATH or postgresql+psycopg://...)") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            if not folder.is_dir():
                raise InputError(f"the folder {folder} of the database {parsed.database} does not exist; "
                                 "check --db (or DPS_DB) for a typo", field="--db")
        engine = create_engine(parsed, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise InputError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql+psycopg://")


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and migrate) a database. Raises DatabaseUnavailableError when it cannot be reached."""
    from app.db.migrate import upgrade_to_head

    engine = create_db_engine(url)
    _create_private_file(engine)
    try:
        if migrate:
            upgrade_to_head(engine)
        station_id = _ensure_station_id(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    reader = sessionmaker(engine, expire_on_commit=False, info={"station": station_id})
    writer = sessionmaker(
        engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False, info={"station": station_id}
    )
    event.listen(writer, "before_flush", _stamp_synced_rows)
    return Database(url=url, engine=engine, reader=reader, writer=writer, station_id=station_id)


def _create_private_file(engine: Engine) -> None:
    """A new SQLite file is 0600 from its first byte (SQLite would make it 0644): it holds password hashes.

    SQLite gives its -wal and -shm files the main file's mode. An empty file is a new database to SQLite."""
    path = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if not path or path == ":memory:" or os.path.exists(path):
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        pass  # SQLite reports a folder that does not exist or is not writable in its own words


def _ensure_station_id(engine: Engine) -> str:
    with Session(engine.execution_options(**{WRITE_OPTION: True})) as session, session.begin():
        row = session.execute(select(LocalSetting).where(LocalSetting.key == "station_id")).scalar_one_or_none()
        if row is None:
            row = LocalSetting(key="station_id", value=uuid.uuid4().hex[:12])
            session.add(row)
        return row.value


def describe_db_error(exc: DBAPIError, engine: Engine) -> str:
    """A user-facing sentence for a driver error; never includes a password."""
    where = engine.url.render_as_string(hide_password=True)
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"The database {where} is locked by another program; try again in a moment."
    if "disk" in lowered and "full" in lowered:
        return f"The disk holding {where} is full."
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return f"The database server {where} cannot be reached (is it running, and is the address right?)."
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"Database {where}: {first_line}"


@contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, db.engine)) from None
