"""Frames and the captures they come from: what every frame source shares.

Every blocking OpenCV read of a camera or stream runs on a helper thread with a deadline (TimedReader), so a
camera that opens but never delivers a frame cannot hang the caller.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np

log = logging.getLogger(__name__)

DEFAULT_READ_TIMEOUT = 5.0


@dataclass(frozen=True)
class Frame:
    image: np.ndarray  # BGR
    number: int  # 1-based, in the order the source delivered it
    source: str
    file: Path | None = None
    timestamp: float = field(default_factory=time.monotonic)


class FrameSource(Protocol):
    name: str
    live: bool  # a camera or stream: frames come in real time, drop them while the decoder is busy
    still: bool  # image files: each frame is a scan of its own

    def open(self) -> None: ...

    def read(self, stop: threading.Event) -> Frame | None:
        """The next frame; None when the source has ended (or stop is set). Raises ScanSourceError."""
        ...

    def close(self) -> None: ...


class Capture(Protocol):
    """What we use of cv2.VideoCapture (a fake camera in tests implements the same)."""

    def isOpened(self) -> bool: ...  # noqa: N802 - OpenCV's name

    def read(self) -> tuple[bool, Any]: ...

    def set(self, prop: int, value: float) -> bool: ...

    def get(self, prop: int) -> float: ...

    def release(self) -> None: ...


CaptureFactory = Callable[[int | str], Capture]


# FFmpeg (inside OpenCV) prints its own errors ("Connection refused") on stderr; ours say it better.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")
STREAM_TIMEOUT_MS = 5000


def open_capture(target: int | str) -> Capture:
    if isinstance(target, int) and sys.platform.startswith("linux"):
        return cv2.VideoCapture(target, cv2.CAP_V4L2)
    if isinstance(target, str) and "://" in target:
        # a stream server that accepts the connection but never answers must not block the opening
        return cv2.VideoCapture(target, cv2.CAP_ANY, [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, STREAM_TIMEOUT_MS,
                                                      cv2.CAP_PROP_READ_TIMEOUT_MSEC, STREAM_TIMEOUT_MS])
    return cv2.VideoCapture(target)


@contextmanager
def quiet_opencv() -> Iterator[None]:
    """OpenCV prints warnings to stderr for every index it cannot open; probing is expected to fail."""
    logging_module = getattr(getattr(cv2, "utils", None), "logging", None)
    if logging_module is None:
        yield
        return
    previous = logging_module.getLogLevel()
    logging_module.setLogLevel(logging_module.LOG_LEVEL_SILENT)
    try:
        yield
    finally:
        logging_module.setLogLevel(previous)


class TimedReader:
    """Runs capture.read() on a helper thread and waits at most `timeout` seconds for it.

    A read that never returns leaves its (daemon) thread behind; the capture is then
    released by that thread if the read ever comes back, never under it.
    """

    def __init__(self, capture: Capture, name: str) -> None:
        self._capture = capture
        self._name = name
        self._lock = threading.Lock()
        self._busy: threading.Thread | None = None
        self._result: tuple[bool, Any] = (False, None)
        self._abandoned = False

    def read(self, timeout: float, stop: threading.Event | None = None) -> tuple[bool, Any] | None:
        """(ok, image), or None when no answer came within the time-out (or stop was set)."""
        with self._lock:
            if self._busy is None:
                done = threading.Event()
                self._busy = threading.Thread(target=self._run, args=(done,), name=f"read {self._name}", daemon=True)
                self._done = done
                self._busy.start()
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.05, max(deadline - time.monotonic(), 0))):
            if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                return None
        with self._lock:
            self._busy = None
            return self._result

    def _run(self, done: threading.Event) -> None:
        try:
            self._result = self._capture.read()
        except cv2.error as error:
            log.warning("%s: read failed: %s", self._name, error)
            self._result = (False, None)
        done.set()
        with self._lock:
            if self._abandoned:
                self._capture.release()

    def release(self) -> None:
        with self._lock:
            if self._busy is not None and self._busy.is_alive():
                self._abandoned = True  # released by the reading thread if its read ever returns
                return
        self._capture.release()

