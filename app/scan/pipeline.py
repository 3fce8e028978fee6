"""The scan pipeline: a capture thread and a decode worker joined by a queue of one frame.

The worker always decodes the newest frame; a live source's frames that arrive while it
is busy replace each other (dropped), a file source waits for the worker instead. Every
callback runs on a worker thread: a GUI hands the values over to its own thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.messages import message
from app.domain.messages_scan import (
    PIPELINE_ENDED,
    PIPELINE_IMAGES_READ,
    PIPELINE_SOURCE_ENDED,
    PIPELINE_SOURCE_FAILED,
    PIPELINE_STOPPED,
    PIPELINE_TIME_LIMIT,
)
from app.scan.decoders import DecoderChain, Detection
from app.scan.errors import ScanSourceError
from app.scan.sources import Frame, FrameSource
from app.scan.validator import StableCodeValidator

log = logging.getLogger(__name__)

POLL_SECONDS = 0.05
JOIN_SECONDS = 5.0


@dataclass(frozen=True)
class FrameDetections:
    """What the decoder saw in one frame: outlines for the preview."""

    frame_number: int
    source: str
    file: Path | None
    width: int
    height: int
    detections: tuple[Detection, ...]


@dataclass(frozen=True)
class AcceptedCode:
    """A code the validator accepted: one scan."""

    detection: Detection
    frame_number: int
    source: str
    file: Path | None

    @property
    def text(self) -> str:
        return self.detection.text


@dataclass(frozen=True)
class PipelineEnd:
    message: str
    error: ScanSourceError | None
    frames_read: int
    frames_decoded: int
    frames_dropped: int


class FrameSlot:
    """A queue of one frame. put(replace=True) drops the waiting frame; put(replace=False) waits for the taker."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._frame: Frame | None = None
        self._closed = False
        self.dropped = 0

    def put(self, frame: Frame, *, replace: bool, stop: threading.Event) -> None:
        with self._condition:
            while not replace and self._frame is not None and not self._closed and not stop.is_set():
                self._condition.wait(POLL_SECONDS)
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._condition.notify_all()

    def take(self, stop: threading.Event) -> Frame | None:
        """The newest frame; None once the slot is closed and empty, or on stop."""
        with self._condition:
            while self._frame is None and not self._closed and not stop.is_set():
                self._condition.wait(POLL_SECONDS)
            if stop.is_set():
                return None
            frame, self._frame = self._frame, None
            self._condition.notify_all()
            return frame

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._condition.notify_all()


class ScanPipeline:
    """Runs a source through the decoder chain and the validator on two threads.

    Hooks (all optional, all called on worker threads):
    on_frame(frame) for the preview, on_detections(FrameDetections) for outlines,
    on_accepted(AcceptedCode) once per scan (sound, colour, classification),
    on_status(message) for what the user should know (camera gone, back), on_end(PipelineEnd).
    """

    def __init__(self, source: FrameSource, *, chain: DecoderChain | None = None,
                 validator: StableCodeValidator | None = None, drop_frames: bool | None = None,
                 max_seconds: float | None = None,
                 on_frame: Callable[[Frame], None] | None = None,
                 on_detections: Callable[[FrameDetections], None] | None = None,
                 on_accepted: Callable[[AcceptedCode], None] | None = None,
                 on_status: Callable[[str], None] | None = None,
                 on_end: Callable[[PipelineEnd], None] | None = None) -> None:
        self.source = source
        self.chain = chain or DecoderChain()
        self.validator = validator or StableCodeValidator()
        self.drop_frames = source.live if drop_frames is None else drop_frames
        self.max_seconds = max_seconds
        self.on_frame = on_frame
        self.on_detections = on_detections
        self.on_accepted = on_accepted
        self.on_status = on_status
        self.on_end = on_end
        self._stop = threading.Event()
        self._slot = FrameSlot()
        self._capture_thread: threading.Thread | None = None
        self._decode_thread: threading.Thread | None = None
        self._ended = threading.Event()
        self._end: PipelineEnd | None = None
        self._end_message: str = ""  # a Message once set: the window shows it translated
        self._error: ScanSourceError | None = None
        self._frames_read = 0
        self._frames_decoded = 0

    # -- control ------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._capture_thread is not None:
            raise RuntimeError("a pipeline runs once; make a new one")
        if self.on_status is not None and getattr(self.source, "on_status", False) is None:
            self.source.on_status = self.on_status  # type: ignore[attr-defined]
        self._capture_thread = threading.Thread(target=self._capture_loop, name="scan capture", daemon=True)
        self._decode_thread = threading.Thread(target=self._decode_loop, name="scan decode", daemon=True)
        self._decode_thread.start()
        self._capture_thread.start()

    def stop(self) -> None:
        """Ask both threads to end (returns at once; wait() to join them)."""
        if not self._end_message:
            self._end_message = message(PIPELINE_STOPPED)
        self._stop.set()
        self._slot.close()

    def wait(self, timeout: float | None = None) -> PipelineEnd | None:
        """The end report once both threads have ended; None if still running after `timeout`."""
        if not self._ended.wait(timeout):
            return None
        return self._end

    def run(self) -> PipelineEnd:
        """Start and wait until the source ends, the time limit passes, or stop() is called."""
        self.start()
        end = None
        while end is None:
            end = self.wait(POLL_SECONDS * 4)
        return end

    @property
    def running(self) -> bool:
        return self._capture_thread is not None and not self._ended.is_set()

    # -- threads ------------------------------------------------------------------------------------

    def _capture_loop(self) -> None:
        try:
            self.source.open()
            started = time.monotonic()
            while not self._stop.is_set():
                if self.max_seconds is not None and time.monotonic() - started >= self.max_seconds:
                    self._end_message = message(PIPELINE_TIME_LIMIT, seconds=self.max_seconds)
                    break
                frame = self.source.read(self._stop)
                if frame is None:
                    if not self._stop.is_set() and self.source.still:
                        self._end_message = message(PIPELINE_IMAGES_READ, count=self._frames_read)
                    elif not self._stop.is_set():
                        self._end_message = message(PIPELINE_SOURCE_ENDED, source=self.source.name,
                                                    count=self._frames_read)
                    break
                self._frames_read += 1
                self._call(self.on_frame, frame)
                self._slot.put(frame, replace=self.drop_frames, stop=self._stop)
        except ScanSourceError as error:
            self._error = error
            self._end_message = error.message
        except Exception as error:  # noqa: BLE001 - the decode thread and the caller must still end
            log.exception("frame source failed")
            self._error = ScanSourceError(message(PIPELINE_SOURCE_FAILED, source=self.source.name,
                                                  error=type(error).__name__))
            self._end_message = self._error.message
        finally:
            try:
                self.source.close()
            except Exception:  # noqa: BLE001
                log.exception("closing the frame source failed")
            self._slot.close()
            threading.Thread(target=self._finish, name="scan finish", daemon=True).start()

    def _decode_loop(self) -> None:
        while True:
            frame = self._slot.take(self._stop)
            if frame is None:
                return
            try:
                detections = self.chain.decode(frame.image, thorough=self.source.still)
            except Exception:  # noqa: BLE001 - a frame that breaks a decoder must not end the scan
                log.exception("decoding frame %d failed", frame.number)
                continue
            self._frames_decoded += 1
            height, width = frame.image.shape[:2]
            self._call(self.on_detections, FrameDetections(frame.number, frame.source, frame.file, width, height,
                                                           tuple(detections)))
            if self.source.still:
                accepted_texts = list(dict.fromkeys(d.text for d in detections))
            else:
                accepted_texts = self.validator.update(d.text for d in detections)
            by_text = {d.text: d for d in detections}
            for text in accepted_texts:
                self._call(self.on_accepted, AcceptedCode(by_text[text], frame.number, frame.source, frame.file))

    def _finish(self) -> None:
        assert self._decode_thread is not None
        self._decode_thread.join(JOIN_SECONDS)
        if self._decode_thread.is_alive():
            log.warning("the decode worker did not end within %s s", JOIN_SECONDS)
        self._end = PipelineEnd(self._end_message or message(PIPELINE_ENDED), self._error, self._frames_read, self._frames_decoded,
                                self._slot.dropped)
        self._ended.set()
        self._call(self.on_end, self._end)

    def _call(self, hook: Callable[..., None] | None, value: object) -> None:
        if hook is None:
            return
        try:
            hook(value)
        except Exception:  # noqa: BLE001 - a failing hook must not stop scanning
            log.exception("scan hook %r failed", hook)
