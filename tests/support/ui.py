"""Build the window's environment over a real SQLite file, as `dps-station` does after sign-in."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from app.domain.enums import Role
from app.services.context import ServiceContext
from app.ui.environment import UiEnvironment, build_environment
from app.ui.tasks import TaskRunner
from tests.support.ctx import as_role, build_service_context


def ui_environment(tmp_path: Path, role: Role = Role.SUPERVISOR, *, name: str | None = None,
                   ctx: ServiceContext | None = None) -> UiEnvironment:
    """A new station in tmp_path (SQLite file), signed in with `role`."""
    if ctx is None:
        ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    ctx = as_role(ctx, role, name)
    assert ctx.home is not None
    return build_environment(ctx, ctx.home)


class LatencyProbe:
    """How long the GUI thread was kept from its event loop, measured with a 10 ms timer on it.

    `worst_ms` is the most CPU time the GUI thread spent between two ticks (its own work: a query, a paint, a
    long slot), so a busy machine, which only delays the ticks, cannot fail a check on it. `worst_wall_ms` is the
    longest gap by the clock beyond the interval, for the record: it also counts the time the thread waited for a
    processor while other programs ran."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.interval_ms = interval_ms
        self.worst_ms = 0.0
        self.worst_wall_ms = 0.0
        self.samples = 0
        self._clock = QElapsedTimer()
        self._cpu = 0.0
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._cpu = time.thread_time()  # the GUI thread's: start() and every tick run on it
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        cpu = time.thread_time()
        self.samples += 1
        self.worst_ms = max(self.worst_ms, (cpu - self._cpu) * 1000)
        self.worst_wall_ms = max(self.worst_wall_ms, elapsed - self.interval_ms)
        self._cpu = cpu

    def summary(self) -> str:
        return (f"longest GUI-thread block {self.worst_ms:.1f} ms of its own work ({self.worst_wall_ms:.1f} ms "
                f"by the clock) over {self.samples} ticks")


def open_office(qtbot, env: UiEnvironment, size: tuple[int, int] = (1200, 800)):  # type: ignore[no-untyped-def]
    """The supervisor's workspace, shown and activated, closed with the test."""
    from app.ui.workspaces.supervisor import SupervisorWorkspace, create_workspace

    widget = create_workspace(env, None)
    assert isinstance(widget, SupervisorWorkspace)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activated()
    return widget


def wait_until_idle(qtbot, runner: TaskRunner, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until what the last action set off has run its course: the events already posted are handled and no
    background task is running, twice over (a task's result may start another). Before asserting that nothing
    happened, instead of a fixed wait that a slow machine outlasts."""
    for _ in range(2):
        _handle_posted_events_and_tasks(qtbot, runner, timeout_ms)


def _handle_posted_events_and_tasks(qtbot, runner: TaskRunner, timeout_ms: int) -> None:  # type: ignore[no-untyped-def]
    reached: list[bool] = []
    QTimer.singleShot(0, lambda: reached.append(True))  # runs after the events posted before it
    qtbot.waitUntil(lambda: bool(reached) and not runner.busy, timeout=timeout_ms)


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Process events until `condition()` holds (for waits longer than qtbot's default)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        QApplication.processEvents()
        time.sleep(0.005)


def visible_mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter of every visible label, button and group box in `window` (lower case, with repeats)."""
    letters = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    return letters
