"""Background sync for the window: every N minutes and on demand, on a worker thread, with a state text.

The controller lives on the GUI thread; one worker QObject lives on its own QThread
and does all database and network work. Signals carry plain strings and results
back. Offline is a state ("offline, last sync at 10:42, ...") and never a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from app.domain.errors import DpsError
from app.services import sync_service
from app.services.context import ServiceContext
from app.sync.engine import SyncResult

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MINUTES = 5
NO_CENTRAL_STATE = "sync: no central database"
NO_CENTRAL_TEXT = "This station is not connected to a central database, so there is nothing to sync."
NO_CENTRAL_HELP = ("Every change is kept in this station's own database. To share it with other stations, an "
                   "administrator connects the station to the organisation's central PostgreSQL database from the "
                   "command line: \"central init\" on the first station (it prepares the central database and "
                   "copies this station's data into it), \"central enroll\" on every other station. After that, "
                   "the station syncs by itself every few minutes and File > Sync now syncs at once. "
                   "See \"Sync\" in the manual (docs/sync.md).")


class _SyncWorker(QObject):
    """Runs on the sync thread. Never touches a widget."""

    progress = Signal(str)
    finished = Signal(object, str, str, bool)  # SyncResult | None, error text ("" when none), state text, connected
    state = Signal(str)

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self._ctx = ctx

    @Slot()
    def sync(self) -> None:
        result: SyncResult | None = None
        error = ""
        connected = True
        try:
            connected = bool(sync_service.status(self._ctx).central_url)
            if connected:
                result = sync_service.sync_now(self._ctx, self.progress.emit)
        except DpsError as failure:
            error = str(failure)
        except Exception as failure:  # noqa: BLE001 - a background sync must never take the window down
            log.exception("background sync failed")
            error = f"sync failed unexpectedly ({type(failure).__name__}); details are in the log file"
        self.finished.emit(result, error, self._state_text(), connected)

    @Slot()
    def read_state(self) -> None:
        self.state.emit(self._state_text())

    def _state_text(self) -> str:
        try:
            status = sync_service.status(self._ctx)
            # the status line of the command line names commands; the window says it in words
            return status.line() if status.central_url else NO_CENTRAL_STATE
        except DpsError as failure:
            return f"sync state unknown: {failure}"


class SyncController(QObject):
    """Owns the sync thread and the timer. Connect `stateChanged` to the status bar."""

    started = Signal()
    progress = Signal(str)
    stateChanged = Signal(str)
    finished = Signal(object)  # SyncResult, or None when offline, failed or not set up
    failed = Signal(str)
    notConnected = Signal()  # a sync asked for by hand found no central database
    _run = Signal()
    _read = Signal()

    def __init__(self, ctx: ServiceContext, interval_minutes: int = DEFAULT_INTERVAL_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._by_hand = False
        self._state = "sync: not checked yet"
        self._thread = QThread()
        self._thread.setObjectName("sync")
        self._worker = _SyncWorker(ctx)
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.sync)
        self._read.connect(self._worker.read_state)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.state.connect(self._on_state)
        self._thread.finished.connect(self._worker.deleteLater)
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.sync_now(by_hand=False))
        self.set_interval(interval_minutes)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._busy

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
        self._read.emit()

    def sync_now(self, *, by_hand: bool = True) -> bool:
        """Queue one sync; False when one is already running. A sync asked for by hand that finds no central
        database emits notConnected (the timer's syncs stay quiet)."""
        if self._busy:
            return False
        self._busy = True
        self._by_hand = by_hand
        self.started.emit()
        self._run.emit()
        return True

    def shutdown(self) -> None:
        """Stop the timer and wait for a running sync to end (it is resumable, but let it finish cleanly)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait()

    @Slot(object, str, str, bool)
    def _on_finished(self, result: SyncResult | None, error: str, state: str, connected: bool) -> None:
        self._busy = False
        self._on_state(state)
        if error:
            self.failed.emit(error)
        if not connected and self._by_hand:
            self.notConnected.emit()
        self.finished.emit(result)

    @Slot(str)
    def _on_state(self, text: str) -> None:
        self._state = text
        self.stateChanged.emit(text)
