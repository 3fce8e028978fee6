"""File sources: a video file or stream URL, image files and folders (with the image size guard)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import cv2
import numpy as np

from app.domain.messages import message
from app.domain.messages_scan import (
    FOLDER_WITHOUT_IMAGES,
    IMAGE_SKIPPED,
    IMAGE_UNREADABLE,
    IMAGES_SOURCE,
    PATH_MISSING,
    SOURCE_NO_FRAME,
    STREAM_CANNOT_OPEN,
    VIDEO_CANNOT_OPEN,
    VIDEO_MISSING,
)
from app.scan.capture import DEFAULT_READ_TIMEOUT, CaptureFactory, Frame, TimedReader, open_capture, quiet_opencv
from app.scan.errors import ScanSourceError, SourceOpenError
from app.scan.image_size import size_problem

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


class VideoSource:
    """A video file (ends when the file ends) or a stream URL (rtsp://, http://: live, with a read time-out)."""

    still = False

    def __init__(self, target: str | Path, *, read_timeout: float = DEFAULT_READ_TIMEOUT,
                 capture_factory: CaptureFactory = open_capture) -> None:
        self.target = str(target)
        self.live = "://" in self.target
        self.name = self.target if self.live else Path(self.target).name
        self.read_timeout = read_timeout
        self._factory = capture_factory
        self._reader: TimedReader | None = None
        self._count = 0

    def open(self) -> None:
        if not self.live and not Path(self.target).is_file():
            raise SourceOpenError(message(VIDEO_MISSING, path=self.target))
        with quiet_opencv():
            capture = self._factory(self.target)
            if not capture.isOpened():
                capture.release()
                cannot_open = STREAM_CANNOT_OPEN if self.live else VIDEO_CANNOT_OPEN
                raise SourceOpenError(message(cannot_open, path=self.target))
        self._reader = TimedReader(capture, self.name)

    def read(self, stop: threading.Event) -> Frame | None:
        if self._reader is None or stop.is_set():
            return None
        answer = self._reader.read(self.read_timeout, stop)
        if answer is None:
            if stop.is_set():
                return None
            raise SourceOpenError(message(SOURCE_NO_FRAME, source=self.name, seconds=self.read_timeout))
        ok, image = answer
        if not ok or image is None:
            return None  # the end of the file or stream
        self._count += 1
        return Frame(image, self._count, self.name)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.release()
            self._reader = None


def collect_images(paths: Sequence[str | Path]) -> list[Path]:
    """Image files named, and those found in named folders (recursively), in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
            if not found:
                raise SourceOpenError(message(FOLDER_WITHOUT_IMAGES, path=str(path)))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise SourceOpenError(message(PATH_MISSING, path=str(path)))
    return files


class ImageSource:
    """Image files and folders: one frame per file; a file that cannot be read is reported and skipped."""

    live = False
    still = True

    def __init__(self, paths: Sequence[str | Path], *, on_status: Callable[[str], None] | None = None) -> None:
        self.paths = list(paths)
        self.name: str = message(IMAGES_SOURCE)
        self.on_status = on_status
        self._files: list[Path] = []
        self._position = 0
        self.unreadable: list[Path] = []

    def open(self) -> None:
        self._files = collect_images(self.paths)
        self._position = 0

    def read(self, stop: threading.Event) -> Frame | None:
        while self._position < len(self._files) and not stop.is_set():
            path = self._files[self._position]
            self._position += 1
            try:
                image = read_image(path)
                problem: str = message(IMAGE_UNREADABLE)
            except ImageTooLargeError as error:
                image, problem = None, error.message
            if image is None:
                self.unreadable.append(path)
                skipped = message(IMAGE_SKIPPED, path=str(path), problem=problem)
                log.warning("%s", skipped)
                if self.on_status:
                    self.on_status(skipped)
                continue
            return Frame(image, self._position, str(path), file=path)
        return None

    def close(self) -> None:
        self._files = []


class ImageTooLargeError(ScanSourceError):
    """The header declares more pixels than the station decodes."""


def read_image(path: Path) -> np.ndarray | None:
    """cv2.imread cannot open non-ASCII paths on every platform; decoding the bytes can.

    Raises ImageTooLargeError, before decoding, for an image whose header declares too many pixels."""
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    if data.size == 0:
        return None
    problem = size_problem(data[:1 << 20].tobytes())
    if problem:
        raise ImageTooLargeError(problem)
    with quiet_opencv():
        return cv2.imdecode(data, cv2.IMREAD_COLOR)
