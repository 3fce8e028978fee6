"""Background sync for the window: every N minutes and on demand, as a task of the runner, with a state text.

The sync runs on the runner's `sync` executor (its own thread: a sync may take minutes and never holds
up the views' database work). What it changed goes out as one ChangeNotice on `runner.changed`, like
the change of any task, so every view that shows pulled devices, batches or conflicts reloads.
Offline (and any other expected refusal) is a state ("offline, last sync at 10:42, ...") and never a
dialog; an unexpected failure is logged with its traceback and shown in the one error dialog.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.changes import ALL_DATA, ChangeNotice, Topic
from app.domain.errors import DpsError
from app.services import sync_service
from app.services.context import ServiceContext
from app.sync.engine import SyncResult
from app.ui.messages import translate_message, translated_error
from app.ui.sync_state import not_checked_text, state_line, unknown_text
from app.ui.tasks import Task, TaskControl, TaskRunner

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MINUTES = 5
NO_CENTRAL_TEXT = "This station is not connected to a central database, so there is nothing to sync."
NO_CENTRAL_HELP = ("Every change is kept in this station's own database. To share it with other stations, an "
                   "administrator connects the station to the organisation's central PostgreSQL database from the "
                   "command line: \"central init\" on the first station (it prepares the central database and "
                   "copies this station's data into it), \"central enroll\" on every other station. After that, "
                   "the station syncs by itself every few minutes and File > Sync now syncs at once. "
                   "See \"Sync\" in the manual (docs/sync.md).")


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync task hands back to the GUI thread."""

    result: SyncResult | None  # None: not connected, or an expected refusal (offline, ...)
    error: str  # the expected error's message ("" when none)
    state: str  # the state line after the sync
    connected: bool


def changes_of(result: SyncResult) -> ChangeNotice:
    """What a sync changed on this station: the tables it pulled into, and conflicts when it found some."""
    if result.restored is not None or result.central_restored is not None:
        return ALL_DATA  # rows came back or everything was pulled again
    notice = ChangeNotice.of_tables(result.pulled_tables)
    if result.new_conflicts:
        notice = notice | ChangeNotice.of(Topic.CONFLICTS)
    return notice


def state_text(ctx: ServiceContext) -> str:
    try:
        status = sync_service.status(ctx)
        # the status line of the command line names commands; the window says it in words, with the last
        # error (the service's message) in the window's language
        return state_line(status, translate_message(status.last_error) if status.last_error else None)
    except DpsError as failure:
        return unknown_text(translated_error(failure))


def _state_task(ctx: ServiceContext, _control: TaskControl) -> str:
    return state_text(ctx)


def _changes_of_outcome(outcome: SyncOutcome) -> ChangeNotice | None:
    return changes_of(outcome.result) if outcome.result is not None else None


def _sync(ctx: ServiceContext, control: TaskControl) -> SyncOutcome:
    """Runs on the sync thread. An expected refusal becomes the outcome's error; anything else propagates
    to the runner's error path (logged with its traceback, the report dialog)."""
    result: SyncResult | None = None
    error = ""
    connected = True
    try:
        connected = bool(sync_service.status(ctx).central_url)
        if connected:
            result = sync_service.sync_now(ctx, lambda text: control.report(0, 0, text))
    except DpsError as failure:
        error = translated_error(failure)  # the service's message in the window's language (translate is thread-safe)
    return SyncOutcome(result, error, state_text(ctx), connected)


class SyncController(QObject):
    """Owns the timer; each sync is a task of the runner. Connect `stateChanged` to the status bar."""

    started = Signal()
    progress = Signal(str)
    stateChanged = Signal(str)
    finished = Signal(object)  # SyncResult, or None when offline, failed or not set up
    failed = Signal(str)
    notConnected = Signal()  # a sync asked for by hand found no central database

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, interval_minutes: float = DEFAULT_INTERVAL_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._task: Task | None = None
        self._by_hand = False
        self._closed = False
        self._state = not_checked_text()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self.set_interval(interval_minutes)

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def state_text(self) -> str:
        return self._state

    def set_interval(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        """Read the state now and sync every interval (a station without central URL just reports that)."""
        self._timer.start()
        self.refresh_state()

    def refresh_state(self) -> None:
        ctx = self._ctx
        self._runner.run("read the sync state", partial(_state_task, ctx), executor="sync", busy=False,
                         on_done=self._on_state)

    def sync_now(self, *, by_hand: bool = True) -> bool:
        """Queue one sync; False when one is already running. A sync asked for by hand that finds no central
        database emits notConnected (the timer's syncs stay quiet)."""
        if self._task is not None or self._closed:
            return False
        self._by_hand = by_hand
        self.started.emit()
        ctx = self._ctx
        # bound slots and module functions only: a lambda holding this controller (which holds the runner)
        # would tie runner and task in a reference cycle (see TaskRunner.run)
        self._task = self._runner.run("sync", partial(_sync, ctx), executor="sync", busy=False,
                                      on_done=self._on_finished, on_failed=self._on_failed,
                                      on_progress=self._on_progress, changes=_changes_of_outcome)
        return True

    def shutdown(self) -> None:
        """Stop the timer; a running sync ends with the runner (it is resumable, the runner waits for it)."""
        self._closed = True
        self._timer.stop()

    def _on_timer(self) -> None:
        self.sync_now(by_hand=False)

    def _on_progress(self, _done: int, _total: int, text: str) -> None:
        self.progress.emit(text)

    def _on_finished(self, outcome: SyncOutcome) -> None:
        self._task = None
        self._on_state(outcome.state)
        if outcome.error:
            self.failed.emit(outcome.error)
        if not outcome.connected and self._by_hand:
            self.notConnected.emit()
        self.finished.emit(outcome.result)

    def _on_failed(self, error: Exception) -> None:
        """Unexpected: logged with its traceback by the runner, shown in the error dialog; the state line too."""
        self._task = None
        text = f"sync failed unexpectedly ({type(error).__name__}); details are in the log file"
        self._runner.report_failure(error)
        self.failed.emit(text)
        self.refresh_state()
        self.finished.emit(None)

    def _on_state(self, text: str) -> None:
        self._state = text
        self.stateChanged.emit(text)
