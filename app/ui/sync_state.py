"""The sync state of the status bar in the window's language.

The command line's `sync status` prints `SyncStatus.line()` (English, naming commands); the window says the same
state in its own words, with the last error already translated by the caller.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.domain.messages import QT_TRANSLATE_NOOP
from app.sync.engine import SyncStatus
from app.ui.locale_format import count_text, number_text

CONTEXT = "SyncState"
NO_CENTRAL = QT_TRANSLATE_NOOP("SyncState", "sync: no central database")
NOT_CHECKED = QT_TRANSLATE_NOOP("SyncState", "sync: not checked yet")
UNKNOWN = QT_TRANSLATE_NOOP("SyncState", "sync state unknown: %1")
LAST_SYNC = QT_TRANSLATE_NOOP("SyncState", "last sync at %1")
NEVER_SYNCED = QT_TRANSLATE_NOOP("SyncState", "never synced")
PER_TABLE = QT_TRANSLATE_NOOP("SyncState", "%1 (%2)")
TO_RESOLVE = QT_TRANSLATE_NOOP("SyncState", "%1 to resolve")
WAITING = QT_TRANSLATE_NOOP("SyncState", "%1 waiting for a conflict to be resolved")
OFFLINE = QT_TRANSLATE_NOOP("SyncState", "offline")
FAILED_AT = QT_TRANSLATE_NOOP("SyncState", "last sync failed at %1: %2")
FAILED = QT_TRANSLATE_NOOP("SyncState", "last sync failed: %1")
ORGANISATION_AT = QT_TRANSLATE_NOOP("SyncState", "%1 at %2")
CENTRAL = QT_TRANSLATE_NOOP("SyncState", "central: %1")
SEPARATOR = QT_TRANSLATE_NOOP("SyncState", ", ")


def _tr(text: str, *args: str) -> str:
    """The translated text with %1, %2, ... filled in one pass (a filled-in text is never read again)."""
    return re.sub(r"%(\d)", lambda found: args[int(found.group(1)) - 1], QCoreApplication.translate(CONTEXT, text))


def _clock(moment: datetime) -> str:
    local = moment.astimezone()
    if QLocale().language() == QLocale.Language.C:
        return local.strftime("%H:%M")
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def no_central_text() -> str:
    return _tr(NO_CENTRAL)


def not_checked_text() -> str:
    return _tr(NOT_CHECKED)


def unknown_text(error_text: str) -> str:
    return _tr(UNKNOWN, error_text)


def state_line(status: SyncStatus, error_text: str | None = None) -> str:
    """What `status` says, for people: last sync, pending changes, conflicts, waiting rows, the last failure, the
    central database. `error_text`: the last error as it is to be shown (translated)."""
    if not status.central_url:
        return no_central_text()
    parts = [_tr(LAST_SYNC, _clock(status.last_sync)) if status.last_sync else _tr(NEVER_SYNCED)]
    pending = count_text(status.pending, "pending change")
    if status.pending_by_table:  # the tables by their names in the database
        tables = ", ".join(f"{name} {number_text(count)}" for name, count in status.pending_by_table.items())
        pending = _tr(PER_TABLE, pending, tables)
    parts.append(pending)
    if status.open_conflicts:
        parts.append(_tr(TO_RESOLVE, count_text(status.open_conflicts, "conflict")))
    if status.waiting_pulled:
        parts.append(_tr(WAITING, count_text(status.waiting_pulled, "pulled change")))
    if status.offline:
        parts.insert(0, _tr(OFFLINE))
    elif status.last_error:
        error = error_text or status.last_error
        parts.append(_tr(FAILED_AT, _clock(status.last_error_at), error) if status.last_error_at
                     else _tr(FAILED, error))
    central = status.central_url
    if status.central_organisation:
        central = _tr(ORGANISATION_AT, status.central_organisation, central)
    parts.append(_tr(CENTRAL, central))
    return _tr(SEPARATOR).join(parts)
