"""Background work for the window: one executor for database work, results back on the GUI thread by signal.

A task is a plain function ``fn(control) -> result`` run off the GUI thread. It may call
``control.report(done, total, text)`` and should stop early when ``control.cancelled()``
is true. The GUI thread only receives signals: ``succeeded(result)``, ``failed(error)``,
``progressed(done, total, text)`` and ``finished()``; it never waits for a task.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

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
            log.debug("task %s failed: %s", self.name, type(error).__name__)
            self._worker_failed.emit(error)
        else:
            self._worker_succeeded.emit(result)
        finally:
            self.ran = True
            self._worker_finished.emit()


class TaskRunner(QObject):
    """Two executors: `db` (one thread, so database work never races itself) and `cpu` (rendering, parsing)."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, cpu_threads: int = 2) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dps-db")
        self._cpu = ThreadPoolExecutor(max_workers=cpu_threads, thread_name_prefix="dps-cpu")
        self._running: set[Task] = set()
        self._closed = False

    def run(self, name: str, fn: Callable[[TaskControl], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[Exception], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            executor: str = "db") -> Task:
        """Start `fn` in the background; the callbacks run on the GUI thread."""
        task = Task(name, fn, self)
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        # A bound slot, not a lambda: a lambda holding the runner could be the runner's last reference and
        # delete it (the task's parent) from inside the task's own destructor.
        task.finished.connect(self._task_finished)
        if self._closed:
            return task
        self._running.add(task)
        if len(self._running) == 1:
            self.busyChanged.emit(True)
        task.future = (self._cpu if executor == "cpu" else self._db).submit(task.execute)
        return task

    def call(self, name: str, fn: Callable[[], Any], **callbacks: Any) -> Task:
        """Shorthand for a task that needs neither progress nor cancel."""
        return self.run(name, lambda _control: fn(), **callbacks)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @Slot()
    def _task_finished(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            self._forget(task)

    def _forget(self, task: Task) -> None:
        self._running.discard(task)
        task.deleteLater()
        if not self._running:
            self.busyChanged.emit(False)

    def shutdown(self, timeout_s: float = 10.0) -> None:
        """Cancel what runs and wait for it (called once when the window closes)."""
        self._closed = True
        for task in list(self._running):
            task.cancel()
        deadline = time.monotonic() + timeout_s
        for executor in (self._db, self._cpu):
            executor.shutdown(wait=False, cancel_futures=True)
        for task in list(self._running):
            while not task.ran and not (task.future is not None and task.future.cancelled()) \
                    and time.monotonic() < deadline:
                time.sleep(0.01)
