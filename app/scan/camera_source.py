"""Cameras: which ones there are (list_cameras) and one camera as a frame source that reconnects."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import cv2

from app.domain.messages import message
from app.domain.messages_scan import (
    CAMERA_BACK,
    CAMERA_CANNOT_OPEN,
    CAMERA_GONE,
    CAMERA_IN_USE,
    CAMERA_NAME,
    CAMERA_NO_PICTURE,
    CAMERA_NO_PICTURES,
    CAMERA_NOT_AT_INDEX,
    CAMERA_NOT_CONNECTED,
    CAMERA_STOPPED,
    CAMERA_WAITING,
    NONE,
)
from app.scan.capture import DEFAULT_READ_TIMEOUT, CaptureFactory, Frame, TimedReader, open_capture, quiet_opencv
from app.scan.errors import (
    CameraBusyError,
    CameraDisconnectedError,
    CameraNotFoundError,
    CameraTimeoutError,
    ScanSourceError,
)

log = logging.getLogger(__name__)

DEFAULT_RESOLUTION = (1280, 720)
MAX_PROBED_INDEX = 10


@dataclass(frozen=True)
class CameraInfo:
    index: int
    name: str
    width: int
    height: int


def _linux_video_nodes() -> list[int]:
    nodes = []
    for path in Path("/dev").glob("video*"):
        suffix = path.name[len("video"):]
        if suffix.isdigit():
            nodes.append(int(suffix))
    return sorted(nodes)


def _linux_camera_name(index: int) -> str:
    try:
        return Path(f"/sys/class/video4linux/video{index}/name").read_text(encoding="utf-8").strip()
    except OSError:
        return message(CAMERA_NAME, index=index)


def list_cameras(*, indices: Iterable[int] | None = None,
                 capture_factory: CaptureFactory = open_capture) -> list[CameraInfo]:
    """Cameras that open, with their default resolution. Probes quietly; never raises.

    On Linux only the existing /dev/videoN nodes are probed (metadata nodes do not open)."""
    if indices is not None:
        candidates = list(indices)
    elif sys.platform.startswith("linux"):
        candidates = _linux_video_nodes()
    else:
        candidates = list(range(MAX_PROBED_INDEX))
    cameras: list[CameraInfo] = []
    with quiet_opencv():
        for index in candidates:
            try:
                capture = capture_factory(index)
            except cv2.error:
                continue
            try:
                if capture.isOpened():
                    name = _linux_camera_name(index) if sys.platform.startswith("linux") \
                        else message(CAMERA_NAME, index=index)
                    cameras.append(CameraInfo(index, name, int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                                              int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))))
            finally:
                capture.release()
    return cameras


class CameraSource:
    """A camera by index. Asks for `resolution`; reconnects when an unplugged camera comes back."""

    live = True
    still = False

    def __init__(self, index: int, *, resolution: tuple[int, int] | None = DEFAULT_RESOLUTION,
                 read_timeout: float = DEFAULT_READ_TIMEOUT, reconnect: bool = True,
                 reconnect_interval: float = 1.0, reconnect_timeout: float | None = None,
                 capture_factory: CaptureFactory = open_capture,
                 on_status: Callable[[str], None] | None = None) -> None:
        self.index = index
        self.name: str = message(CAMERA_NAME, index=index)
        self.resolution = resolution
        self.read_timeout = read_timeout
        self.reconnect = reconnect
        self.reconnect_interval = reconnect_interval
        self.reconnect_timeout = reconnect_timeout
        self._factory = capture_factory
        self.on_status = on_status
        self._reader: TimedReader | None = None
        self._count = 0
        self._delivered_since_open = False
        self.actual_resolution: tuple[int, int] | None = None

    def _status(self, message: str) -> None:
        log.info("%s", message)
        if self.on_status:
            self.on_status(message)

    def open(self) -> None:
        with quiet_opencv():
            try:
                capture = self._factory(self.index)
            except cv2.error as error:
                raise CameraBusyError(message(CAMERA_CANNOT_OPEN, camera=self.name, error=str(error))) from None
            if not capture.isOpened():
                capture.release()
                raise self._open_failure()
        if self.resolution:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.resolution[0])
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.resolution[1])
        self.actual_resolution = (int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                                  int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)))
        self._reader = TimedReader(capture, self.name)
        self._delivered_since_open = False

    def _open_failure(self) -> ScanSourceError:
        if sys.platform.startswith("linux"):
            nodes = _linux_video_nodes()
            if self.index not in nodes:
                found = ", ".join(str(n) for n in nodes) if nodes else message(NONE)
                return CameraNotFoundError(message(CAMERA_NOT_AT_INDEX, index=self.index, found=found))
            return CameraBusyError(message(CAMERA_IN_USE, camera=self.name, index=self.index))
        return CameraNotFoundError(message(CAMERA_NOT_CONNECTED, camera=self.name))

    def read(self, stop: threading.Event) -> Frame | None:
        while not stop.is_set():
            if self._reader is None:
                if not self._reopen(stop):
                    return None
                continue
            answer = self._reader.read(self.read_timeout, stop)
            if answer is not None and answer[0] and answer[1] is not None:
                self._count += 1
                self._delivered_since_open = True
                return Frame(answer[1], self._count, self.name)
            if stop.is_set():
                return None
            failure = self._read_failure(timed_out=answer is None)
            self._drop_capture()
            if not self.reconnect or not self._count:
                raise failure
            self._status(message(CAMERA_WAITING, problem=failure.message))
        return None

    def _read_failure(self, *, timed_out: bool) -> ScanSourceError:
        if timed_out and not self._count:
            return CameraTimeoutError(message(CAMERA_NO_PICTURE, camera=self.name, seconds=self.read_timeout))
        if not self._count:
            return CameraBusyError(message(CAMERA_NO_PICTURES, camera=self.name))
        return CameraDisconnectedError(message(CAMERA_STOPPED, camera=self.name))

    def _reopen(self, stop: threading.Event) -> bool:
        deadline = None if self.reconnect_timeout is None else time.monotonic() + self.reconnect_timeout
        while not stop.wait(self.reconnect_interval):
            try:
                self.open()
            except ScanSourceError:
                if deadline is not None and time.monotonic() > deadline:
                    raise CameraDisconnectedError(
                        message(CAMERA_GONE, camera=self.name, seconds=self.reconnect_timeout)) from None
                continue
            self._status(message(CAMERA_BACK, camera=self.name))
            return True
        return False

    def _drop_capture(self) -> None:
        if self._reader is not None:
            self._reader.release()
            self._reader = None

    def close(self) -> None:
        self._drop_capture()

