"""Window settings, each declared once with its type and default, stored by QSettings in INI format.

Settings that belong to a person (window size and layout, last workspace and groups, camera, resolution, scan
sound) are kept per user, in the INI group `users/<name>`; the others (printer, label template, sync interval,
the supervisor's thresholds) belong to the station. A person's setting not written yet falls back to the
station-wide value earlier versions wrote. A stored value the setting does not accept falls back to its default.
"""

from __future__ import annotations

from collections.abc import Callable
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
    personal: bool = False  # kept per user
    accepts: Callable[[Any], bool] | None = None  # a stored value failing this reads as the default


def _camera_device(value: str) -> bool:
    """Only a real camera (its index) or none is remembered: never a video file or a stream."""
    return value == "" or value.isdigit()


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray(), "main window size and place",
                                               personal=True)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray(), "docks and toolbars",
                                            personal=True)
LAST_WORKSPACE: Setting[str] = Setting("window/workspace", str, "", "workspace shown at start", personal=True)
LAST_GROUP: Setting[str] = Setting("technician/group", str, "", "registration group last worked on", personal=True)
FIELD_GROUP: Setting[str] = Setting("field/group", str, "", "the installer's onboarding group (empty: any)",
                                    personal=True)
LABEL_TEMPLATE: Setting[str] = Setting("labels/template", str, "avery-l7160", "label template")
LABEL_PRINTER: Setting[str] = Setting("labels/printer", str, "", "printer name for labels")
LABEL_DPI: Setting[int] = Setting("labels/dpi", int, 300, "dpi for PNG and ZPL output")
LABEL_FOLDER: Setting[str] = Setting("labels/folder", str, "", "folder label files were last written to",
                                    personal=True)
CAMERA: Setting[str] = Setting("scan/camera", str, "0", "camera index ('': none); a video or stream is not kept",
                               personal=True, accepts=_camera_device)
CAMERA_RESOLUTION: Setting[str] = Setting("scan/resolution", str, "1280x720", "camera resolution", personal=True)
SCAN_SOUND: Setting[bool] = Setting("scan/sound", bool, True, "a sound per scan outcome", personal=True)
SYNC_INTERVAL_MINUTES: Setting[int] = Setting("sync/interval_minutes", int, 5, "background sync interval")
STALE_LABEL_DAYS: Setting[int] = Setting("supervisor/stale_days", int, 14, "labelled but not installed after N days")
UNLABELLED_DAYS: Setting[int] = Setting("supervisor/unlabelled_days", int, 0, "registered but never labelled after N days")
LANGUAGE: Setting[str] = Setting("window/language", str, "", "the window's language: en, de, zh_CN ('': the system's)",
                                 accepts=lambda value: value in ("", "en", "de", "zh_CN"))

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, LAST_WORKSPACE, LAST_GROUP, FIELD_GROUP, LABEL_TEMPLATE, LABEL_PRINTER, LABEL_DPI,
    CAMERA, CAMERA_RESOLUTION, SCAN_SOUND, SYNC_INTERVAL_MINUTES, STALE_LABEL_DAYS, UNLABELLED_DAYS,
    LABEL_FOLDER, LANGUAGE,
)


class Settings:
    """Typed access to the INI file in the data home; `user`: whose personal settings these are."""

    def __init__(self, path: Path, user: str | None = None) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.user = user

    def key(self, setting: Setting[Any]) -> str:
        """Where the setting is stored: under `users/<name>/` for a person's setting."""
        if setting.personal and self.user:
            return f"users/{user_group(self.user)}/{setting.key}"
        return setting.key

    def get(self, setting: Setting[T]) -> T:
        value = self._read(setting)
        if setting.accepts is not None and not setting.accepts(value):
            return setting.default
        return value

    def _read(self, setting: Setting[T]) -> T:
        key = self.key(setting)
        if key != setting.key and not self._qsettings.contains(key):
            key = setting.key  # not written for this person yet: what the station had
        value = self._qsettings.value(key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bool:
            return (value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")) # type: ignore[return-value]
        if setting.type is int:
            try:
                return int(str(value))  # type: ignore[return-value]
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else setting.default  # type: ignore[return-value]
        return str(value)  # type: ignore[return-value]

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(self.key(setting), value)

    def sync(self) -> None:
        self._qsettings.sync()


def user_group(name: str) -> str:
    """A user name as one INI key segment: letters, digits, '-' and '_' as they are, anything else as %XX."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else f"%{ord(ch):02X}" for ch in name)
