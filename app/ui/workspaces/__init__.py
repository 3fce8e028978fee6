"""The workspaces of the window, one per role, and which roles see each.

Each workspace module offers ``create_workspace(env, parent) -> QWidget``. The widget may also
offer ``shutdown()`` (called once when the window closes, e.g. to release a camera) and
``activated()`` (called each time it comes to the front).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.domain.enums import Role
from app.domain.messages import QT_TRANSLATE_NOOP
from app.ui.environment import UiEnvironment


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: str
    module: str
    roles: frozenset[Role]
    shortcut: str
    description: str


WORKSPACES: tuple[WorkspaceSpec, ...] = (
    WorkspaceSpec("technician", QT_TRANSLATE_NOOP("MainWindow", "Factory"), "app.ui.workspaces.technician",
                  frozenset({Role.TECHNICIAN, Role.SUPERVISOR}), "Ctrl+1",
                  QT_TRANSLATE_NOOP("MainWindow", "master data, registration groups, devices, batches, labels")),
    WorkspaceSpec("installer", QT_TRANSLATE_NOOP("MainWindow", "Field"), "app.ui.workspaces.installer",
                  frozenset({Role.INSTALLER, Role.SUPERVISOR}), "Ctrl+2",
                  QT_TRANSLATE_NOOP("MainWindow", "scan, fill in master data, install and activate")),
    WorkspaceSpec("supervisor", QT_TRANSLATE_NOOP("MainWindow", "Office"), "app.ui.workspaces.supervisor",
                  frozenset({Role.SUPERVISOR}), "Ctrl+3",
                  QT_TRANSLATE_NOOP("MainWindow", "batch progress, anomalies, approvals, audit trail, reports, "
                                                  "users, sync conflicts")),
)


def workspaces_for(role: Role) -> list[WorkspaceSpec]:
    return [spec for spec in WORKSPACES if role in spec.roles]


def create(spec: WorkspaceSpec, env: UiEnvironment, parent: QWidget | None = None) -> QWidget:
    module = importlib.import_module(spec.module)
    widget: QWidget = module.create_workspace(env, parent)
    widget.setObjectName(f"workspace_{spec.key}")
    return widget
