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
from app.ui.environment import build_environment
from app.ui.environment import UiEnvironment
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
    """Measures how late a 10 ms timer fires on the GUI thread: the longest gap is the longest time
    the event loop was blocked."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.interval_ms = interval_ms
        self.worst_ms = 0.0
        self.samples = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        self.samples += 1
        self.worst_ms = max(self.worst_ms, elapsed - self.interval_ms)


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
