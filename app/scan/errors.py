"""Typed failures of frame sources. Each message says what to check or do next."""

from __future__ import annotations

from app.domain.errors import DpsError


class ScanSourceError(DpsError):
    """A frame source cannot be opened or stopped delivering frames."""

    exit_code = 11


class CameraNotFoundError(ScanSourceError):
    """No camera at that index."""


class CameraBusyError(ScanSourceError):
    """The camera exists but another program holds it, or we may not open it."""


class CameraDisconnectedError(ScanSourceError):
    """The camera was unplugged (or stopped answering) while in use."""


class CameraTimeoutError(ScanSourceError):
    """The camera opened but delivered no frame within the time-out."""


class SourceOpenError(ScanSourceError):
    """A video file, stream URL or image cannot be opened or read."""
