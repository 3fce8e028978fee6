"""The workspaces of the window, one per role, and which roles see each.

Each workspace module offers ``create_workspace(env, parent) -> QWidget``. The widget may also
offer ``shutdown()`` (called once when the window closes, e.g. to release a camera) and
``activated()`` (called each time it comes to the front).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.domain.enums import Role
from app.domain.messages import QT_TRANSLATE_NOOP
from app.ui.environment import UiEnvironment


def _technician(env: UiEnvironment, parent: QWidget | None) -> QWidget:
    from app.ui.workspaces import technician  # built when first shown: a quick start, one workspace at a time
    return technician.create_workspace(env, parent)


def _installer(env: UiEnvironment, parent: QWidget | None) -> QWidget:
    from app.ui.workspaces import installer
    return installer.create_workspace(env, parent)


def _supervisor(env: UiEnvironment, parent: QWidget | None) -> QWidget:
    from app.ui.workspaces import supervisor
    return supervisor.create_workspace(env, parent)


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: str
    build: Callable[[UiEnvironment, QWidget | None], QWidget]
    roles: frozenset[Role]
    shortcut: str
    description: str


WORKSPACES: tuple[WorkspaceSpec, ...] = (
    WorkspaceSpec("technician", QT_TRANSLATE_NOOP("MainWindow", "Factory"), _technician,
                  frozenset({Role.TECHNICIAN, Role.SUPERVISOR}), "Ctrl+1",
                  QT_TRANSLATE_NOOP("MainWindow", "master data, registration groups, devices, batches, labels")),
    WorkspaceSpec("installer", QT_TRANSLATE_NOOP("MainWindow", "Field"), _installer,
                  frozenset({Role.INSTALLER, Role.SUPERVISOR}), "Ctrl+2",
                  QT_TRANSLATE_NOOP("MainWindow", "scan, fill in master data, install and activate")),
    WorkspaceSpec("supervisor", QT_TRANSLATE_NOOP("MainWindow", "Office"), _supervisor,
                  frozenset({Role.SUPERVISOR}), "Ctrl+3",
                  QT_TRANSLATE_NOOP("MainWindow", "batch progress, anomalies, approvals, audit trail, reports, "
                                                  "users, sync conflicts")),
)


def workspaces_for(role: Role) -> list[WorkspaceSpec]:
    return [spec for spec in WORKSPACES if role in spec.roles]


def create(spec: WorkspaceSpec, env: UiEnvironment, parent: QWidget | None = None) -> QWidget:
    widget = spec.build(env, parent)
    widget.setObjectName(f"workspace_{spec.key}")
    return widget
