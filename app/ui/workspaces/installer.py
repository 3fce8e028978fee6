"""The installer's workspace ("Field"): scan, fill in on-site master data, install, activate, replace,
reprovision, disable; works offline on the local database."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.environment import UiEnvironment
from app.ui.views.installer.field_view import FieldView


def create_workspace(env: UiEnvironment, parent: QWidget | None = None) -> FieldView:
    """The field view; the window calls its activated() when shown and shutdown() (stops the camera) on close."""
    return FieldView(env, parent)
