"""Qt objects made from shipped resources (the application icon)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.domain.errors import NotFoundError
from app.resources import resource_path


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons/dps-station.svg")))
    except NotFoundError:
        return QIcon()
