"""One sync run: push, then pull. Offline is a state with a one-line reason, not a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from app.db.base import utcnow
from app.db.engine import WRITE_OPTION, Database, describe_db_error
from app.domain.wording import count_of
from app.db.models import SyncConflict
from app.domain.errors import DatabaseUnavailableError, InputError
from app.sync.central import CENTRAL_URL_KEY, open_central
from app.sync.pull import PullResult, pull
from app.sync.push import PushResult, push
from app.sync.tables import SYNCED_TABLES

log = logging.getLogger(__name__)

LAST_SYNC_KEY = "sync_last_at"
LAST_ERROR_KEY = "sync_last_error"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    new_conflicts: int
    waiting: int
    finished_at: datetime

    def summary(self) -> str:
        text = f"pushed {self.pushed}, pulled {self.pulled}"
        if self.new_conflicts:
            text += f", {count_of(self.new_conflicts, 'new conflict')}"
        if self.waiting:
            text += f", {count_of(self.waiting, 'change')} waiting for a conflict to be resolved"
        return text


@dataclass(frozen=True)
class SyncStatus:
    central_url: str | None
    last_sync: datetime | None
    last_error: str | None
    pending: int
    open_conflicts: int

    def line(self) -> str:
        if not self.central_url:
            return "sync: no central database (run 'dps-station central init URL' or 'central enroll URL')"
        parts = [f"last sync at {self.last_sync.astimezone().strftime('%H:%M')}" if self.last_sync else "never synced"]
        parts.append(count_of(self.pending, "pending change"))
        if self.open_conflicts:
            parts.append(f"{count_of(self.open_conflicts, 'conflict')} to resolve")
        if self.last_error:
            parts.insert(0, "offline")
        return ", ".join(parts)


def central_url_of(local: Database) -> str | None:
    return local.get_setting(CENTRAL_URL_KEY)


def run_sync(local: Database, progress: Progress | None = None, url: str | None = None) -> SyncResult:
    """Push then pull. Raises DatabaseUnavailableError when central cannot be reached (the state is kept)."""
    url = url or central_url_of(local)
    if not url:
        raise InputError("no central database is set: run 'dps-station central init URL' or 'central enroll URL'")
    writer = local.engine.execution_options(**{WRITE_OPTION: True})
    pushed, pulled = PushResult(), PullResult()
    try:
        central = open_central(url)
    except DatabaseUnavailableError as error:
        local.set_setting(LAST_ERROR_KEY, str(error))
        raise
    try:
        if progress is not None:
            progress("pushing local changes")
        push(writer, central, pushed, progress)
        if progress is not None:
            progress("pulling central changes")
        pull(writer, central, local.station_id, pulled, progress)
    except DBAPIError as exc:
        message = _unreachable(exc, central)
        local.set_setting(LAST_ERROR_KEY, message)
        raise DatabaseUnavailableError(message) from None
    except psycopg.OperationalError:  # raised by the COPY path, which talks to the driver directly
        message = "the connection to the central database was lost during the sync; run it again"
        local.set_setting(LAST_ERROR_KEY, message)
        raise DatabaseUnavailableError(message) from None
    finally:
        central.dispose()
    finished = utcnow()
    local.set_setting(LAST_SYNC_KEY, finished.isoformat())
    local.set_setting(LAST_ERROR_KEY, "")
    return SyncResult(pushed.pushed, pulled.pulled, pushed.conflicts + pulled.conflicts, pushed.waiting, finished)


def _unreachable(exc: DBAPIError, central: object) -> str:
    log.warning("sync interrupted: %s", type(exc).__name__)
    if exc.connection_invalidated or "terminat" in str(exc).lower() or "closed" in str(exc).lower():
        return "the connection to the central database was lost during the sync; run it again"
    return describe_db_error(exc, central)  # type: ignore[arg-type]


def sync_status(local: Database) -> SyncStatus:
    with local.reader() as session:
        pending = sum(session.scalar(select(func.count()).select_from(table).where(table.c.dirty.is_(True))) or 0
                      for table in SYNCED_TABLES)
        open_conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                        .where(SyncConflict.resolved_at.is_(None))) or 0
    last = local.get_setting(LAST_SYNC_KEY)
    return SyncStatus(central_url_of(local), datetime.fromisoformat(last) if last else None,
                      local.get_setting(LAST_ERROR_KEY) or None, pending, open_conflicts)
