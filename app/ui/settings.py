"""Window settings, each declared once with its type and default, stored by QSettings in INI format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    description: str


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray(), "main window size and place")
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray(), "docks and toolbars")
LAST_WORKSPACE: Setting[str] = Setting("window/workspace", str, "", "workspace shown at start")
LAST_GROUP: Setting[str] = Setting("technician/group", str, "", "registration group last worked on")
FIELD_GROUP: Setting[str] = Setting("field/group", str, "", "the installer's onboarding group (empty: any)")
LABEL_TEMPLATE: Setting[str] = Setting("labels/template", str, "avery-l7160", "label template")
LABEL_PRINTER: Setting[str] = Setting("labels/printer", str, "", "printer name for labels")
LABEL_DPI: Setting[int] = Setting("labels/dpi", int, 300, "dpi for PNG and ZPL output")
LABEL_FOLDER: Setting[str] = Setting("labels/folder", str, "", "folder label files were last written to")
CAMERA: Setting[str] = Setting("scan/camera", str, "0", "camera index, video file or stream URL")
CAMERA_RESOLUTION: Setting[str] = Setting("scan/resolution", str, "1280x720", "camera resolution")
SCAN_SOUND: Setting[bool] = Setting("scan/sound", bool, True, "a sound per scan outcome")
SYNC_INTERVAL_MINUTES: Setting[int] = Setting("sync/interval_minutes", int, 5, "background sync interval")
STALE_LABEL_DAYS: Setting[int] = Setting("supervisor/stale_days", int, 14, "labelled but not installed after N days")
UNLABELLED_DAYS: Setting[int] = Setting("supervisor/unlabelled_days", int, 0, "registered but never labelled after N days")

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, LAST_WORKSPACE, LAST_GROUP, FIELD_GROUP, LABEL_TEMPLATE, LABEL_PRINTER, LABEL_DPI,
    CAMERA, CAMERA_RESOLUTION, SCAN_SOUND, SYNC_INTERVAL_MINUTES, STALE_LABEL_DAYS, UNLABELLED_DAYS,
    LABEL_FOLDER,
)


class Settings:
    """Typed access to the INI file in the data home."""

    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value = self._qsettings.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool:
            return (value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")) # type: ignore[return-value]
        if setting.type is int:
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default  # type: ignore[return-value]
        return str(value)  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()
