"""What every view is given: who acts, the background runner, the settings and the window's status reports.

What changed (a ChangeNotice) reaches the views on one signal, `runner.changed` (app/ui/tasks.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.config import Home
from app.domain.permissions import Permission, allows
from app.services.context import ServiceContext
from app.ui.settings import Settings
from app.ui.tasks import TaskRunner


class StatusReporter(QObject):
    """Views report state to the status bar through this, without knowing the window."""

    cameraChanged = Signal(str)
    message = Signal(str, int)  # text, milliseconds (0: until replaced)

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.message.emit(text, timeout_ms)


@dataclass(frozen=True)
class UiEnvironment:
    ctx: ServiceContext
    runner: TaskRunner
    settings: Settings
    status: StatusReporter
    home: Home

    def can(self, permission: Permission) -> bool:
        """For enabling controls only: the services check every action again."""
        return allows(self.ctx.actor.role, permission)


def build_environment(ctx: ServiceContext, home: Home, runner: TaskRunner | None = None) -> UiEnvironment:
    return UiEnvironment(ctx=ctx, runner=runner or TaskRunner(),
                         settings=Settings(home.settings_file, user=ctx.actor.name), status=StatusReporter(), home=home)
