"""The camera bridge: app/scan's pipeline on a QThread, its results back to the GUI thread by signal.

The capture and decode threads of the pipeline do all the work: they read frames, scale each
one to the size of the view and copy it into a QImage (so the GUI thread only blits it), and
decode the newest frame. The GUI thread is told that a new image waits (at most one signal
in flight: it takes the newest when it gets round to it) and receives outlines, status and
the end of the source by queued signals. Shutdown is requestInterruption(), wait(), release().
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QObject, QSize, QThread, Signal, Slot
from PySide6.QtGui import QImage

from app.domain.messages import message
from app.domain.messages_scan import VIDEO_MISSING
from app.scan.errors import SourceOpenError
from app.scan.pipeline import PipelineEnd, ScanPipeline
from app.scan.session import ScanSession
from app.scan.sources import CameraSource, Frame, FrameSource, VideoSource, quiet_opencv
from app.scan.validator import StableCodeValidator

log = logging.getLogger(__name__)

DEFAULT_VIDEO_FPS = 30.0
STOP_WAIT_MS = 8000
POLL_SECONDS = 0.05


class PacedVideoSource:
    """A video file played at its own frame rate, like a camera: live (frames dropped while the decoder
    is busy), so a file can stand in for a webcam in the field view, its tests and its benchmark."""

    live = True
    still = False

    def __init__(self, path: str | Path, *, fps: float | None = None, loop: bool = False) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.loop = loop
        self._fps = fps
        self._inner: VideoSource | None = None
        self._started = 0.0
        self._count = 0
        self._delivered = 0
        self.actual_resolution: tuple[int, int] | None = None

    @property
    def fps(self) -> float:
        return self._fps or DEFAULT_VIDEO_FPS

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceOpenError(message(VIDEO_MISSING, path=str(self.path)))
        if self._fps is None:
            with quiet_opencv():
                probe = cv2.VideoCapture(str(self.path))
                rate = probe.get(cv2.CAP_PROP_FPS) if probe.isOpened() else 0.0
                self.actual_resolution = (int(probe.get(cv2.CAP_PROP_FRAME_WIDTH)),
                                          int(probe.get(cv2.CAP_PROP_FRAME_HEIGHT)))
                probe.release()
            self._fps = rate if 1.0 <= rate <= 240.0 else DEFAULT_VIDEO_FPS
        self._inner = VideoSource(self.path)
        self._inner.open()
        self._started = time.monotonic()
        self._count = 0

    def read(self, stop: threading.Event) -> Frame | None:
        if self._inner is None:
            return None
        frame = self._inner.read(stop)
        if frame is None and self.loop and not stop.is_set() and self._count:
            self._inner.close()
            self._inner.open()
            frame = self._inner.read(stop)
        if frame is None:
            return None
        due = self._started + self._count / self.fps
        self._count += 1
        delay = due - time.monotonic()
        if delay > 0 and stop.wait(delay):
            return None
        self._delivered += 1
        # the time it is "seen", as a camera delivers it; numbers go on across loops
        return dataclasses.replace(frame, number=self._delivered, source=self.name, timestamp=time.monotonic())

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()
            self._inner = None


def parse_resolution(text: str) -> tuple[int, int] | None:
    width, sep, height = text.lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) >= 16 and int(height) >= 16:
        return int(width), int(height)
    return None


def source_for(target: str, resolution: tuple[int, int] | None) -> FrameSource:
    """A camera index ("0"), a video file (played at its frame rate) or a stream URL."""
    target = target.strip()
    if target.isdigit():
        return CameraSource(int(target), resolution=resolution)
    if "://" in target:
        return VideoSource(target)
    return PacedVideoSource(target)


def preview_image(image: np.ndarray, target: QSize | None) -> QImage:
    """The frame scaled to fit `target` (keeping its aspect ratio), as an RGB32 QImage that owns its pixels."""
    height, width = image.shape[:2]
    if target is not None and target.width() > 0 and target.height() > 0:
        scale = min(target.width() / width, target.height() / height)
        if 0 < scale < 1:
            image = cv2.resize(image, (max(1, round(width * scale)), max(1, round(height * scale))),
                               interpolation=cv2.INTER_LINEAR)
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGRA)
    else:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2BGRA)  # RGB32 is B, G, R, A in memory on little-endian
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB32).copy()


@dataclasses.dataclass(frozen=True)
class PreviewFrame:
    image: QImage
    number: int
    source_width: int
    source_height: int


class _PipelineThread(QThread):
    """Owns one pipeline run: starts it, waits until interrupted or ended, stops it."""

    def __init__(self, pipeline: ScanPipeline, bridge: CameraBridge, generation: int) -> None:
        super().__init__()
        self.setObjectName("camera")
        self.pipeline = pipeline
        self._bridge = bridge
        self._generation = generation

    def run(self) -> None:
        self.pipeline.start()
        end: PipelineEnd | None = None
        while end is None and not self.isInterruptionRequested():
            end = self.pipeline.wait(POLL_SECONDS)
        if end is None:
            self.pipeline.stop()
            end = self.pipeline.wait(STOP_WAIT_MS / 1000)
        if end is not None:
            self._bridge._pipeline_ended.emit(end, self._generation)


class CameraBridge(QObject):
    """Runs a frame source through the scan pipeline off the GUI thread. Signals arrive on the GUI thread."""

    frameReady = Signal()  # take_frame() has a new image (never more than one such signal waits)
    detectionsReady = Signal(object)  # app.scan.pipeline.FrameDetections: outlines, in source pixels
    codeAccepted = Signal(object)  # app.scan.pipeline.AcceptedCode, before it is classified
    statusChanged = Signal(object)  # camera gone, back, ... (a Message: Signal(str) would drop its template)
    started = Signal(object)  # the source's name (a Message for a camera)
    ended = Signal(object)  # PipelineEnd (error set when the source failed)
    _pipeline_ended = Signal(object, int)

    def __init__(self, parent: QObject | None = None, *, stable_frames: int = 2) -> None:
        super().__init__(parent)
        self.stable_frames = stable_frames
        self._lock = threading.Lock()
        self._display_size: QSize | None = None
        self._latest: PreviewFrame | None = None
        self._signal_pending = False
        self._thread: _PipelineThread | None = None
        self._source: FrameSource | None = None
        self.frames_converted = 0
        self._generation = 0
        self._pipeline_ended.connect(self._relay_end)

    # -- GUI thread -----------------------------------------------------------------------------------

    def set_display_size(self, size: QSize) -> None:
        with self._lock:
            self._display_size = QSize(size)

    def take_frame(self) -> PreviewFrame | None:
        """The newest preview image (None when there is none since the last call)."""
        with self._lock:
            frame, self._latest = self._latest, None
            self._signal_pending = False
            return frame

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @property
    def source(self) -> FrameSource | None:
        return self._source

    def start(self, source: FrameSource, session: ScanSession | None = None) -> None:
        """Stop what runs, then scan `source`; `session` classifies every accepted code (its on_outcome)."""
        self.stop()
        pipeline = ScanPipeline(source, validator=StableCodeValidator(self.stable_frames),
                                on_frame=self._on_frame, on_detections=self.detectionsReady.emit,
                                on_status=self.statusChanged.emit)
        if session is not None:
            session.attach(pipeline, on_accepted=self.codeAccepted.emit)
        else:
            pipeline.on_accepted = self.codeAccepted.emit
        self._source = source
        self._generation += 1
        self._thread = _PipelineThread(pipeline, self, self._generation)
        self._thread.start()
        self.started.emit(source.name)

    def stop(self) -> None:
        """requestInterruption(), wait(), release(): the capture is released before this returns."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.requestInterruption()
        if not thread.wait(STOP_WAIT_MS):
            log.warning("the camera thread did not end within %d ms", STOP_WAIT_MS)
        if self._source is not None:
            self._source.close()  # idempotent: the pipeline's capture thread released it already
        with self._lock:
            self._latest = None
            self._signal_pending = False

    @Slot(object, int)
    def _relay_end(self, end: PipelineEnd, generation: int) -> None:
        if generation == self._generation:  # not the end of a run that was replaced since
            self.ended.emit(end)

    # -- pipeline threads ------------------------------------------------------------------------------

    def _on_frame(self, frame: Frame) -> None:
        with self._lock:
            target = self._display_size
        preview = PreviewFrame(preview_image(frame.image, target), frame.number, frame.image.shape[1],
                               frame.image.shape[0])
        with self._lock:
            self._latest = preview
            self.frames_converted += 1
            notify = not self._signal_pending
            self._signal_pending = True
        if notify:
            self.frameReady.emit()

