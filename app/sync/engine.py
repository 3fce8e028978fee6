"""One sync run: push, then pull. Offline is a state with a one-line reason, not a traceback."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from app.db.base import utcnow
from app.db.engine import WRITE_OPTION, Database, describe_db_error
from app.db.models import SyncConflict, SyncWaitingRow
from app.domain.errors import DatabaseUnavailableError, DpsError, InputError
from app.domain.messages import Message, message
from app.domain.messages_station import CONNECTION_LOST, NO_CENTRAL_SET, UNEXPECTED_SYNC_ERROR
from app.domain.wording import count_of
from app.security.audit_chain import CHAIN_PURPOSE
from app.security.secrets import DataKey
from app.sync.central import CENTRAL_URL_KEY, hidden_url, open_central, verify_central
from app.sync.central_restore import CentralRestoreReport
from app.sync.central_restore import check as check_central
from app.sync.last_error import message_of, note_of, restored
from app.sync.pull import PullResult, pull
from app.sync.push import PushResult, push
from app.sync.restore import RestoreReport, recover
from app.sync.tables import SYNCED_TABLES

log = logging.getLogger(__name__)

LAST_SYNC_KEY = "sync_last_at"
LAST_ERROR_KEY = "sync_last_error"
LAST_ERROR_NOTE_KEY = "sync_last_error_message"  # its template and parameters (app/sync/last_error.py)
LAST_ERROR_KIND_KEY = "sync_last_error_kind"  # offline | refused | failed
LAST_ERROR_AT_KEY = "sync_last_error_at"
CENTRAL_ORG_KEY = "sync_central_org"  # the central's organisation as last verified: "name (signing key ID)"
OFFLINE, REFUSED, FAILED = "offline", "refused", "failed"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    new_conflicts: int
    waiting: int
    finished_at: datetime
    restored: RestoreReport | None = None
    central_restored: CentralRestoreReport | None = None
    pulled_tables: frozenset[str] = frozenset()  # the tables rows were pulled into

    def summary(self) -> str:
        text = f"pushed {self.pushed}, pulled {self.pulled}"
        if self.restored is not None:
            text += (f"; this station was restored from an older backup: {self.restored.events_recovered} audit "
                     "event(s) and the changes it had lost were brought back from the central database")
        if self.central_restored is not None:
            text += ("; the central database was restored from an older backup: "
                     f"{self.central_restored.rows_pushed_again} change(s) and "
                     f"{self.central_restored.events_pushed_again} audit event(s) it had lost were pushed again, "
                     "and everything it holds was pulled again")
        if self.new_conflicts:
            text += f", {count_of(self.new_conflicts, 'new conflict')}"
        if self.waiting:
            text += f", {count_of(self.waiting, 'change')} waiting for a conflict to be resolved"
        return text


@dataclass(frozen=True)
class SyncStatus:
    central_url: str | None  # without its password
    last_sync: datetime | None
    last_error: str | None
    pending: int
    open_conflicts: int
    pending_by_table: dict[str, int] = field(default_factory=dict)
    last_error_kind: str | None = None  # offline | refused | failed
    last_error_at: datetime | None = None
    central_organisation: str | None = None  # as last verified: "name (signing key ID)"
    waiting_pulled: int = 0  # pulled rows whose parent an open conflict holds (app/sync/waiting.py)

    @property
    def offline(self) -> bool:
        return bool(self.last_error) and self.last_error_kind in (None, "", OFFLINE)

    def line(self, error_text: str | None = None) -> str:
        """The state in one line (`sync status`); `error_text`: the last error as it is to be shown (the window
        gives it translated)."""
        if not self.central_url:
            return "sync: no central database (run 'dps-station central init URL' or 'central enroll URL')"
        parts = [f"last sync at {_local_time(self.last_sync)}" if self.last_sync else "never synced"]
        pending = count_of(self.pending, "pending change")
        if self.pending_by_table:
            pending += " (" + ", ".join(f"{name} {count}" for name, count in self.pending_by_table.items()) + ")"
        parts.append(pending)
        if self.open_conflicts:
            parts.append(f"{count_of(self.open_conflicts, 'conflict')} to resolve")
        if self.waiting_pulled:
            parts.append(f"{count_of(self.waiting_pulled, 'pulled change')} waiting for a conflict to be resolved")
        if self.offline:
            parts.insert(0, "offline")
        elif self.last_error:
            when = f" at {_local_time(self.last_error_at)}" if self.last_error_at else ""
            parts.append(f"last sync failed{when}: {error_text or self.last_error}")
        central = self.central_url
        if self.central_organisation:
            central = f"{self.central_organisation} at {central}"
        parts.append(f"central: {central}")
        return ", ".join(parts)


def _local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def central_url_of(local: Database) -> str | None:
    return local.get_setting(CENTRAL_URL_KEY)


def run_sync(local: Database, progress: Progress | None = None, url: str | None = None,
             data_key: DataKey | None = None) -> SyncResult:
    """Push then pull. Raises DatabaseUnavailableError when central cannot be reached (the state is kept).

    The central's identity is verified first (identity.py): another organisation's central, or one of a schema
    this station does not know, is refused before anything is pushed or pulled. Every failure is kept in the
    local settings (message, kind, time) for `sync status` until a sync succeeds."""
    url = url or central_url_of(local)
    if not url:
        raise InputError(message(NO_CENTRAL_SET))
    writer = local.engine.execution_options(**{WRITE_OPTION: True})
    pushed, pulled = PushResult(), PullResult()
    try:
        central = open_central(url)
    except DatabaseUnavailableError as error:
        _remember_error(local, OFFLINE, message_of(error))
        raise
    except DpsError as error:
        _remember_error(local, REFUSED, message_of(error))
        raise
    try:
        identity = verify_central(central, local, data_key)
        if identity is not None:
            local.set_setting(CENTRAL_ORG_KEY, f"{identity.org_name} (signing key {identity.signing_key_id})")
        central_restored = check_central(writer, central, local.station_id)
        if central_restored is not None:
            log.warning("central database restored from an older backup: %d row(s) and %d audit event(s) to "
                        "push again", central_restored.rows_pushed_again, central_restored.events_pushed_again)
        restored = recover(writer, central, local.station_id,
                           data_key.subkey(CHAIN_PURPOSE) if data_key is not None else None)
        if restored is not None:
            log.warning("station restored from an older backup: %d audit event(s) recovered, %d renumbered",
                        restored.events_recovered, restored.events_renumbered)
        if progress is not None:
            progress("pushing local changes")
        push(writer, central, pushed, progress)
        if progress is not None:
            progress("pulling central changes")
        pull(writer, central, local.station_id, pulled, progress)
    except DBAPIError as exc:
        problem = _unreachable(exc, central)
        _remember_error(local, OFFLINE, problem)
        raise DatabaseUnavailableError(problem) from None
    except psycopg.OperationalError:  # raised by the COPY path, which talks to the driver directly
        problem = message(CONNECTION_LOST)
        _remember_error(local, OFFLINE, problem)
        raise DatabaseUnavailableError(problem) from None
    except DatabaseUnavailableError as error:
        _remember_error(local, OFFLINE, message_of(error))
        raise
    except DpsError as error:
        _remember_error(local, REFUSED, message_of(error))
        raise
    except Exception as error:
        _remember_error(local, FAILED, message(UNEXPECTED_SYNC_ERROR, kind=type(error).__name__))
        raise
    finally:
        central.dispose()
    finished = utcnow()
    local.set_setting(LAST_SYNC_KEY, finished.isoformat())
    local.set_setting(LAST_ERROR_KEY, "")
    local.set_setting(LAST_ERROR_KIND_KEY, "")
    return SyncResult(pushed.pushed, pulled.pulled, pushed.conflicts + pulled.conflicts, pushed.waiting, finished,
                      restored, central_restored, frozenset(pulled.tables))


def _remember_error(local: Database, kind: str, message: str) -> None:
    """Kept durably in the local settings, so that `sync status` (and the window) can tell what went wrong."""
    try:
        local.set_setting(LAST_ERROR_KEY, message)
        local.set_setting(LAST_ERROR_NOTE_KEY, note_of(message))
        local.set_setting(LAST_ERROR_KIND_KEY, kind)
        local.set_setting(LAST_ERROR_AT_KEY, utcnow().isoformat())
    except Exception:
        log.warning("could not record the sync error in the local settings", exc_info=True)


def _unreachable(exc: DBAPIError, central: object) -> Message:
    log.warning("sync interrupted: %s", type(exc).__name__)
    if exc.connection_invalidated or "terminat" in str(exc).lower() or "closed" in str(exc).lower():
        return message(CONNECTION_LOST)
    return describe_db_error(exc, central)  # type: ignore[arg-type]


def sync_status(local: Database) -> SyncStatus:
    with local.reader() as session:
        by_table = {table.name: session.scalar(select(func.count()).select_from(table)
                                               .where(table.c.dirty.is_(True))) or 0 for table in SYNCED_TABLES}
        open_conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                        .where(SyncConflict.resolved_at.is_(None))) or 0
        waiting_pulled = session.scalar(select(func.count()).select_from(SyncWaitingRow)) or 0
    pending = {name: count for name, count in by_table.items() if count}
    last = local.get_setting(LAST_SYNC_KEY)
    error_at = local.get_setting(LAST_ERROR_AT_KEY)
    url = central_url_of(local)
    return SyncStatus(hidden_url(url) if url else None, datetime.fromisoformat(last) if last else None,
                      _last_error(local), sum(pending.values()), open_conflicts,
                      pending, local.get_setting(LAST_ERROR_KIND_KEY) or None,
                      datetime.fromisoformat(error_at) if error_at else None,
                      local.get_setting(CENTRAL_ORG_KEY) or None, waiting_pulled)


def _last_error(local: Database) -> str | None:
    """The last error's text, as the Message it was made from where its note rebuilds it (the window translates it)."""
    text = local.get_setting(LAST_ERROR_KEY)
    return restored(text, local.get_setting(LAST_ERROR_NOTE_KEY)) if text else None
