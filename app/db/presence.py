"""Does a station database exist at a URL? Asked before opening, since opening creates and migrates.

Only `init` (and the window's first run, and `central enroll`, which make a station) create a database; every
other command refuses a URL where there is none, so that a typo in --db or DPS_DB never starts a new station
with a new organisation.
"""

from __future__ import annotations

import os

from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from app.db.engine import create_db_engine, describe_db_error
from app.domain.errors import DatabaseUnavailableError, InputError, NotFoundError
from app.domain.messages import Message, message
from app.domain.messages_station import NO_STATION_DB, NOT_A_DB_URL

STATION_TABLE = "organisation"


def require_station_database(url: str) -> None:
    """Raise NotFoundError naming the database unless it holds a station's schema (SQLite: a non-empty file)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InputError(message(NOT_A_DB_URL, url=url), field="--db") from exc
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if path in ("", ":memory:"):
            return
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            raise NotFoundError(_missing(shown))
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            present = inspect(connection).has_table(STATION_TABLE)
    except OperationalError as exc:
        raise DatabaseUnavailableError(describe_db_error(exc, engine)) from None
    finally:
        engine.dispose()
    if not present:
        raise NotFoundError(_missing(shown))


def _missing(shown: str) -> Message:
    return message(NO_STATION_DB, database=shown)
