"""Engines and session factories for SQLite (local) and PostgreSQL (central).

One place sets the SQLite pragmas; one place turns driver errors into our
typed errors; opening a database migrates it.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.base import WRITE_OPTION, SyncedMixin, utcnow
from app.db.models import IntegrityMixin, LocalSetting
from app.domain.errors import DatabaseUnavailableError, InputError
from app.domain.messages import Message, message
from app.domain.messages_station import (
    DB_DISK_FULL,
    DB_LOCKED,
    DB_OTHER,
    DB_UNREACHABLE,
    NO_DB_FOLDER,
    NOT_A_DB_URL,
    UNSUPPORTED_DB,
    WAITING_FOR,
    WAITING_FOR_SOMEONE,
    WRITER_NOTE,
)
from app.security.integrity import seal_object

log = logging.getLogger(__name__)

WAIT_NOTICE_OPTION = "dps_wait_notice"
BUSY_TIMEOUT_MS = 10_000
FIRST_WAIT_MS = 1_000  # a writer that waits longer says what for
WRITER_PATIENCE_S = 3_600.0  # a colleague's import may take minutes: wait, do not fail
WaitNotice = Callable[[str], None]  # "" when the wait is over
APPLYING_SYNC = "applying_sync"
INTEGRITY_KEY = "integrity_key"  # session.info: the row integrity key (ServiceContext.write sets it)


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
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 32 MB of page cache per connection (SQLite's default is 2 MB): the indexes a large registration or bulk
    # action writes at random places (UUID keys) stay in memory; 100,000-device runs take 15-35% less CPU
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Readers begin at once (WAL). A writer takes the write lock at BEGIN; while another program holds it (a long
    import), the writer waits instead of failing after the busy timeout: after FIRST_WAIT_MS it says what it waits
    for (the holder's note, see `writer_note`) to the wait notice its Database was opened with, and keeps trying
    for up to WRITER_PATIENCE_S."""
    options = connection.get_execution_options()
    if not options.get(WRITE_OPTION, False):
        connection.exec_driver_sql("BEGIN")
        return
    raw = connection.connection.driver_connection
    notice: WaitNotice | None = options.get(WAIT_NOTICE_OPTION)
    raw.execute(f"PRAGMA busy_timeout={FIRST_WAIT_MS}")
    deadline = time.monotonic() + WRITER_PATIENCE_S
    told = False
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error).lower() and "busy" not in str(error).lower():
                    raise
                if time.monotonic() > deadline:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")  # once more, as SQLAlchemy's error if it fails
                    break
                if not told:
                    told = True
                    holder = read_writer_note(connection.engine.url.database)
                    waiting = message(WAITING_FOR, holder=holder) if holder else message(WAITING_FOR_SOMEONE)
                    log.info("%s", waiting)
                    if notice is not None:
                        notice(waiting)
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if told and notice is not None:
        notice("")  # the wait is over


def _note_path(database: str | None) -> Path | None:
    return Path(f"{database}-writer") if database and database != ":memory:" else None


def read_writer_note(database: str | None) -> str:
    """What the program holding the write lock said it does, if it is still running ("" otherwise)."""
    path = _note_path(database)
    if path is None:
        return ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pid, what, actor, since = int(data["pid"]), str(data["what"]), str(data["actor"]), str(data["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return ""  # a note left by a program that was killed
    except PermissionError:
        pass
    return message(WRITER_NOTE, actor=actor, what=what, pid=str(pid), since=since)  # a pid is no amount


@contextmanager
def writer_note(db: Database, what: str, actor: str) -> Iterator[None]:
    """While a long write transaction holds the write lock, say what it does (for the writers that wait)."""
    path = _note_path(db.engine.url.database) if db.is_sqlite else None
    if path is None:
        yield
        return
    data = {"pid": os.getpid(), "what": what, "actor": actor,
            "since": datetime.now().astimezone().strftime("%H:%M:%S")}
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, json.dumps(data).encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        path = None
    try:
        yield
    finally:
        if path is not None:
            path.unlink(missing_ok=True)


def _stamp_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Every local change to a synced row marks it dirty, stamped with time and station."""
    if session.info.get(APPLYING_SYNC):
        return
    station = session.info.get("station", "")
    key = session.info.get(INTEGRITY_KEY)
    now = utcnow()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, SyncedMixin) and (obj in session.new or session.is_modified(obj)):
            obj.dirty = True
            obj.updated_at = now
            obj.station = station
            if key is not None and isinstance(obj, IntegrityMixin):
                seal_object(key, obj)


def create_db_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InputError(message(NOT_A_DB_URL, url=url)) from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            if not folder.is_dir():
                raise InputError(message(NO_DB_FOLDER, folder=folder, path=parsed.database), field="--db")
        engine = create_engine(parsed, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise InputError(message(UNSUPPORTED_DB, backend=parsed.get_backend_name()))


def open_database(url: str, *, migrate: bool = True, wait_notice: WaitNotice | None = None) -> Database:
    """Open (and migrate) a database. Raises DatabaseUnavailableError when it cannot be reached.

    `wait_notice` hears what a writer waits for while another program holds SQLite's write lock (and "" when the
    wait is over): the CLI prints it, the window shows it. Opening takes the write lock only when there is
    something to write (a migration, a new station id), so a command that only reads never waits."""
    from app.db.migrate import upgrade_to_head

    engine = create_db_engine(url)
    waiting = engine.execution_options(**{WAIT_NOTICE_OPTION: wait_notice}) if wait_notice is not None else engine
    _create_private_file(engine)
    try:
        if migrate:
            upgrade_to_head(waiting)
        station_id = _ensure_station_id(waiting)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    reader = sessionmaker(engine, expire_on_commit=False, info={"station": station_id})
    writer = sessionmaker(
        waiting.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False, info={"station": station_id}
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
    with Session(engine) as session:  # read first: only a new database needs the write lock
        found = session.execute(select(LocalSetting.value).where(LocalSetting.key == "station_id")).scalar()
        if found is not None:
            return str(found)
    with Session(engine.execution_options(**{WRITE_OPTION: True})) as session, session.begin():
        row = session.execute(select(LocalSetting).where(LocalSetting.key == "station_id")).scalar_one_or_none()
        if row is None:
            row = LocalSetting(key="station_id", value=uuid.uuid4().hex[:12])
            session.add(row)
        return row.value


def describe_db_error(exc: DBAPIError, engine: Engine) -> Message:
    """A user-facing sentence for a driver error; never includes a password."""
    where = engine.url.render_as_string(hide_password=True)
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return message(DB_LOCKED, where=where)
    if "disk" in lowered and "full" in lowered:
        return message(DB_DISK_FULL, where=where)
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return message(DB_UNREACHABLE, where=where)
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return message(DB_OTHER, where=where, detail=first_line)


@contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, db.engine)) from None
