"""Background work for the window: one executor for database work, results back on the GUI thread by signal.

A task is a plain function ``fn(control) -> result`` run off the GUI thread. It may call
``control.report(done, total, text)`` and should stop early when ``control.cancelled()``
is true. The GUI thread only receives signals: ``succeeded(result)``, ``failed(error)``,
``progressed(done, total, text)`` and ``finished()``; it never waits for a task.

The runner is also where changes are announced: a task started with ``changes=`` (a ChangeNotice, or a
function of the result that returns one) publishes it on ``TaskRunner.changed`` when it succeeds, and so
does the sync controller after a sync; views reload from that one signal. A task without ``on_failed``
has its failure shown through the one error path (app/ui/errors.py); every unexpected failure is logged
with its traceback.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.domain.changes import ChangeNotice
from app.domain.errors import DpsError

log = logging.getLogger(__name__)

SWITCH_INTERVAL_S = 0.0005
_heavy_lock = threading.Lock()
_heavy_depth = 0
_heavy_saved: tuple[bool, float] = (True, 0.005)


@contextmanager
def heavy_python_work() -> Iterator[None]:
    """Keep the window responsive while a worker runs pure Python for seconds (a large import, a print job).

    - No cyclic garbage collection meanwhile: with hundreds of thousands of live objects one collection
      takes 0.1-0.5 s holding the GIL, and the GUI thread waits for it. The objects still alive afterwards
      are frozen (left out of later collections), so the next collection is not a long one either;
      reference counting still frees them.
    - A shorter GIL switch interval: every call from Qt into Python on the GUI thread (a model's data(),
      a slot) waits for the GIL, by default up to 5 ms each while the worker computes.
    Both are process-wide, so nested or concurrent uses (two workers) are counted: the last one out
    restores the state the first one found.
    """
    global _heavy_depth, _heavy_saved
    with _heavy_lock:
        if _heavy_depth == 0:
            _heavy_saved = (gc.isenabled(), sys.getswitchinterval())
            gc.disable()
            sys.setswitchinterval(min(_heavy_saved[1], SWITCH_INTERVAL_S))
        _heavy_depth += 1
    try:
        yield
    finally:
        with _heavy_lock:
            _heavy_depth -= 1
            if _heavy_depth == 0:
                was_enabled, interval = _heavy_saved
                sys.setswitchinterval(interval)
                gc.freeze()
                if was_enabled:
                    gc.enable()


Changes = ChangeNotice | Callable[[Any], ChangeNotice | None] | None
"""What a task changed: a notice, or a function of the task's result that returns one."""


class TaskControl:
    """What a running task sees: progress reporting (throttled) and the cancel flag."""

    PROGRESS_INTERVAL_S = 0.05

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if done < total and now - self._last_report < self.PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self._task._worker_progressed.emit(done, total, text)


class Task(QObject):
    """One piece of background work. It lives on the GUI thread; the worker emits private signals that are
    queued to this object's slots, so the public signals (and any plain callable connected to them) always
    fire on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(int, int, str)
    finished = Signal()
    _worker_succeeded = Signal(object)
    _worker_failed = Signal(object)
    _worker_progressed = Signal(int, int, str)
    _worker_finished = Signal()

    def __init__(self, name: str, fn: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._fn = fn
        self.control = TaskControl(self)
        self.done = False
        self.ran = False
        self.shows_busy = True
        self.changes: Changes = None
        self.future: Future[None] | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_succeeded.connect(self._relay_succeeded, queued)
        self._worker_failed.connect(self._relay_failed, queued)
        self._worker_progressed.connect(self._relay_progressed, queued)
        self._worker_finished.connect(self._relay_finished, queued)

    @Slot(object)
    def _relay_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)

    @Slot(object)
    def _relay_failed(self, error: object) -> None:
        self.failed.emit(error)

    @Slot(int, int, str)
    def _relay_progressed(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)

    @Slot()
    def _relay_finished(self) -> None:
        self.done = True
        self.finished.emit()

    def cancel(self) -> None:
        self.control.cancel()

    def execute(self) -> None:
        """Runs on a worker thread."""
        try:
            result = self._fn(self.control)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI, which shows or reports it
            if not isinstance(error, Exception):
                raise
            if isinstance(error, DpsError):
                log.info("task %s: %s: %s", self.name, type(error).__name__, error)
            else:
                log.error("task %s failed", self.name, exc_info=error)
                mark_logged(error)
            self._worker_failed.emit(error)
        else:
            self._worker_succeeded.emit(result)
        finally:
            self.ran = True
            self._worker_finished.emit()


def mark_logged(error: BaseException) -> None:
    """The traceback of `error` is in the log already (the error dialog does not log it twice)."""
    try:
        error.__dict__["_dps_logged"] = True
    except (AttributeError, TypeError):  # pragma: no cover - an exception without a __dict__
        pass


class TaskRunner(QObject):
    """Three executors: `db` (one thread, so database work never races itself), `cpu` (rendering, parsing)
    and `sync` (one thread for the background sync, which may take minutes and must not hold up `db`).

    `changed(ChangeNotice)` announces what succeeded tasks and syncs changed; views reload from it."""

    busyChanged = Signal(bool)
    changed = Signal(object)  # ChangeNotice

    def __init__(self, parent: QObject | None = None, cpu_threads: int = 2) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dps-db")
        self._cpu = ThreadPoolExecutor(max_workers=cpu_threads, thread_name_prefix="dps-cpu")
        self._sync = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dps-sync")
        self._running: set[Task] = set()
        self._closed = False

    def publish(self, notice: ChangeNotice | None) -> None:
        """Tell every view what changed (on the GUI thread)."""
        if notice is not None and not notice.empty:
            log.debug("changed: %s", ", ".join(sorted(notice.topics)))
            self.changed.emit(notice)

    def run(self, name: str, fn: Callable[[TaskControl], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            executor: str = "db", changes: Changes = None, busy: bool = True) -> Task:
        """Start `fn` in the background; the callbacks run on the GUI thread.

        `changes`: published on `changed` when the task succeeds, before `on_done` runs. Without `on_failed`
        a failure goes to the error dialog (app/ui/errors.py). `busy=False`: the task does not light the
        window's busy indicator (the background sync has its own state)."""
        task = Task(name, fn, self)
        if changes is not None:
            # A bound slot and the notice kept on the task: a lambda holding the runner would make a reference
            # cycle (runner -> task -> lambda -> runner) that only the cyclic collector frees, on whichever
            # thread it runs, and a QObject freed off the GUI thread can deadlock with it.
            task.changes = changes
            task.succeeded.connect(self._task_succeeded)
        if on_done is not None:
            task.succeeded.connect(on_done)
        task.failed.connect(on_failed if on_failed is not None else self.report_failure)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        # A bound slot, not a lambda: a lambda holding the runner could be the runner's last reference and
        # delete it (the task's parent) from inside the task's own destructor.
        task.finished.connect(self._task_finished)
        if self._closed:
            return task
        task.shows_busy = busy
        self._running.add(task)
        if busy and self._busy_count() == 1:
            self.busyChanged.emit(True)
        pool = {"cpu": self._cpu, "sync": self._sync}.get(executor, self._db)
        task.future = pool.submit(task.execute)
        return task

    @Slot(object)
    def _task_succeeded(self, result: object) -> None:
        task = self.sender()
        changes = task.changes if isinstance(task, Task) else None
        self.publish(changes(result) if callable(changes) else changes)

    @Slot(object)
    def report_failure(self, error: Exception) -> None:
        """The one error path: an expected error as a message, anything else as the report dialog."""
        # errors.py imports widgets: imported when needed, so that tasks.py stays free of them
        from app.ui.errors import show_error

        show_error(None, error)

    def _busy_count(self) -> int:
        return sum(1 for task in self._running if task.shows_busy)

    def call(self, name: str, fn: Callable[[], Any], **callbacks: Any) -> Task:
        """Shorthand for a task that needs neither progress nor cancel."""
        return self.run(name, lambda _control: fn(), **callbacks)

    @property
    def busy(self) -> bool:
        return self._busy_count() > 0

    @Slot()
    def _task_finished(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            self._forget(task)

    def _forget(self, task: Task) -> None:
        was_busy = self._busy_count() > 0
        self._running.discard(task)
        task.deleteLater()
        if was_busy and self._busy_count() == 0:
            self.busyChanged.emit(False)

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Cancel what runs and wait for it (called once when the window closes)."""
        self._closed = True
        for task in list(self._running):
            task.cancel()
        deadline = time.monotonic() + timeout_s
        for executor in (self._db, self._cpu, self._sync):
            executor.shutdown(wait=False, cancel_futures=True)
        for task in list(self._running):
            while not task.ran and not (task.future is not None and task.future.cancelled()) \
                    and time.monotonic() < deadline:
                time.sleep(0.01)
