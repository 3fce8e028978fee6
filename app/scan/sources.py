"""Frame sources: a camera, a video file or stream URL, image files and folders.

Every blocking OpenCV read of a camera or stream runs on a helper thread with a
deadline, so a camera that opens but never delivers a frame cannot hang the caller.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np

from app.scan.errors import (
    CameraBusyError,
    CameraDisconnectedError,
    CameraNotFoundError,
    CameraTimeoutError,
    ScanSourceError,
    SourceOpenError,
)
from app.scan.image_size import size_problem

log = logging.getLogger(__name__)

DEFAULT_RESOLUTION = (1280, 720)
DEFAULT_READ_TIMEOUT = 5.0
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
MAX_PROBED_INDEX = 10


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
        return f"camera {index}"


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
                    name = _linux_camera_name(index) if sys.platform.startswith("linux") else f"camera {index}"
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
        self.name = f"camera {index}"
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
                raise CameraBusyError(f"{self.name} cannot be opened ({error})") from None
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
                found = ", ".join(str(n) for n in nodes) if nodes else "none"
                return CameraNotFoundError(f"no camera at index {self.index} (video devices found: {found}); "
                                           f"plug one in or choose another with --camera N")
            return CameraBusyError(f"{self.name} (/dev/video{self.index}) cannot be opened: another program "
                                   f"is using it, or this user may not access it (group 'video')")
        return CameraNotFoundError(f"{self.name} cannot be opened: it is not connected or another program uses it")

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
            self._status(f"{failure}; waiting for it to come back")
        return None

    def _read_failure(self, *, timed_out: bool) -> ScanSourceError:
        if timed_out and not self._count:
            return CameraTimeoutError(f"{self.name} opened but sent no picture within {self.read_timeout:g} s; "
                                      f"another program may be using it")
        if not self._count:
            return CameraBusyError(f"{self.name} opened but cannot deliver pictures; another program may be "
                                   f"using it")
        return CameraDisconnectedError(f"{self.name} stopped sending pictures (unplugged?)")

    def _reopen(self, stop: threading.Event) -> bool:
        deadline = None if self.reconnect_timeout is None else time.monotonic() + self.reconnect_timeout
        while not stop.wait(self.reconnect_interval):
            try:
                self.open()
            except ScanSourceError:
                if deadline is not None and time.monotonic() > deadline:
                    raise CameraDisconnectedError(
                        f"{self.name} did not come back within {self.reconnect_timeout:g} s") from None
                continue
            self._status(f"{self.name} is back")
            return True
        return False

    def _drop_capture(self) -> None:
        if self._reader is not None:
            self._reader.release()
            self._reader = None

    def close(self) -> None:
        self._drop_capture()


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
            raise SourceOpenError(f"video file {self.target} does not exist")
        with quiet_opencv():
            capture = self._factory(self.target)
            if not capture.isOpened():
                capture.release()
                what = "stream" if self.live else "video file"
                raise SourceOpenError(f"{what} {self.target} cannot be opened: not reachable, or not a format "
                                      f"this station can decode")
        self._reader = TimedReader(capture, self.name)

    def read(self, stop: threading.Event) -> Frame | None:
        if self._reader is None or stop.is_set():
            return None
        answer = self._reader.read(self.read_timeout, stop)
        if answer is None:
            if stop.is_set():
                return None
            raise SourceOpenError(f"{self.name} sent no frame within {self.read_timeout:g} s")
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
                raise SourceOpenError(f"folder {path} holds no PNG, JPEG or WebP image")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise SourceOpenError(f"{path} does not exist")
    return files


class ImageSource:
    """Image files and folders: one frame per file; a file that cannot be read is reported and skipped."""

    live = False
    still = True

    def __init__(self, paths: Sequence[str | Path], *, on_status: Callable[[str], None] | None = None) -> None:
        self.paths = list(paths)
        self.name = "images"
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
                problem = "" if image is not None else "not an image this station can read"
            except ImageTooLargeError as error:
                image, problem = None, str(error)
            if image is None:
                self.unreadable.append(path)
                message = f"{path}: {problem}; skipped"
                log.warning("%s", message)
                if self.on_status:
                    self.on_status(message)
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
