"""Frame sources and the pipeline: real video files and images written here, fake cameras that misbehave."""

from __future__ import annotations

import threading
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from scan_synth import make_frame

from app.scan.errors import (
    CameraBusyError,
    CameraDisconnectedError,
    CameraNotFoundError,
    CameraTimeoutError,
    SourceOpenError,
)
from app.scan.pipeline import AcceptedCode, FrameDetections, PipelineEnd, ScanPipeline
from app.scan.sources import CameraSource, ImageSource, VideoSource, collect_images, list_cameras

CODE_A = "DEVICE-A-0001"
CODE_B = "DEVICE-B-0002"


@pytest.fixture(scope="module")
def scene() -> np.ndarray:
    return make_frame(21, texts=[CODE_A, CODE_B], distortions=["rotation", "noise"]).image


@pytest.fixture(scope="module")
def empty() -> np.ndarray:
    return make_frame(22, count=0, distortions=["noise"]).image


def write_video(path: Path, frames: list[np.ndarray], fps: float = 15.0) -> Path:
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def run(pipeline: ScanPipeline) -> tuple[PipelineEnd, list[AcceptedCode]]:
    accepted: list[AcceptedCode] = []
    pipeline.on_accepted = accepted.append
    return pipeline.run(), accepted


# -- video files ---------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_video_file_codes_reported_once_while_in_view_and_again_after_leaving(
        tmp_path: Path, scene: np.ndarray, empty: np.ndarray) -> None:
    video = write_video(tmp_path / "walk.avi", [scene] * 8 + [empty] * 22 + [scene] * 4)
    end, accepted = run(ScanPipeline(VideoSource(video)))
    assert end.error is None
    assert end.message == "walk.avi ended after 34 frame(s)"
    assert end.frames_read == end.frames_decoded == 34 and end.frames_dropped == 0
    # stable over 2 frames: accepted on frame 2; gone for 22 frames (more than 20): a new scan on frame 32
    assert sorted((a.frame_number, a.text) for a in accepted) == [(2, CODE_A), (2, CODE_B), (32, CODE_A),
                                                                   (32, CODE_B)]


@pytest.mark.timeout(30)
def test_video_without_codes_ends_cleanly_with_nothing(tmp_path: Path, empty: np.ndarray) -> None:
    video = write_video(tmp_path / "empty.avi", [empty] * 5)
    detections: list[FrameDetections] = []
    pipeline = ScanPipeline(VideoSource(video), on_detections=detections.append)
    end, accepted = run(pipeline)
    assert accepted == [] and end.error is None and end.frames_decoded == 5
    assert len(detections) == 5 and all(d.detections == () for d in detections)
    assert (detections[0].width, detections[0].height) == (1280, 720)


def test_missing_or_unreadable_video_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SourceOpenError, match="does not exist"):
        VideoSource(tmp_path / "nope.avi").open()
    junk = tmp_path / "junk.avi"
    junk.write_bytes(b"this is not a video")
    end, accepted = run(ScanPipeline(VideoSource(junk)))
    assert isinstance(end.error, SourceOpenError) and "cannot be opened" in end.message
    assert accepted == [] and end.frames_read == 0


# -- images --------------------------------------------------------------------------------------------


def test_image_folders_are_searched_recursively_each_file_on_its_own(tmp_path: Path, scene: np.ndarray) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    cv2.imwrite(str(tmp_path / "a" / "one.png"), scene)
    cv2.imwrite(str(tmp_path / "a" / "b" / "two.jpg"), scene, [cv2.IMWRITE_JPEG_QUALITY, 90])
    cv2.imwrite(str(tmp_path / "a" / "b" / "three.webp"), make_frame(5, texts=["ONLY-ONE"], distortions=["blur"]).image)
    (tmp_path / "a" / "notes.txt").write_text("not an image")
    (tmp_path / "a" / "broken.png").write_bytes(b"\x89PNG broken")
    files = collect_images([tmp_path / "a"])
    assert [f.name for f in files] == ["three.webp", "two.jpg", "broken.png", "one.png"]
    statuses: list[str] = []
    end, accepted = run(ScanPipeline(ImageSource([tmp_path / "a"]), on_status=statuses.append))
    by_file: dict[str, set[str]] = {}
    for code in accepted:
        assert code.file is not None
        by_file.setdefault(code.file.name, set()).add(code.text)
    assert by_file == {"one.png": {CODE_A, CODE_B}, "two.jpg": {CODE_A, CODE_B}, "three.webp": {"ONLY-ONE"}}
    assert len(accepted) == 5  # the same codes in two files are two scans
    assert end.error is None and any("broken.png" in s and "skipped" in s for s in statuses)
    assert end.message == "3 image(s) read"


def test_missing_image_path_and_empty_folder_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceOpenError, match="does not exist"):
        collect_images([tmp_path / "missing.png"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceOpenError, match="holds no PNG, JPEG or WebP"):
        collect_images([tmp_path / "empty"])


# -- cameras (fake captures with cv2.VideoCapture's interface) -------------------------------------------


class FakeCapture:
    def __init__(self, frames: list[np.ndarray] | None = None, *, opened: bool = True, hang: bool = False,
                 fail_after: int | None = None) -> None:
        self.frames = frames or []
        self.opened = opened
        self.hang = hang
        self.fail_after = fail_after
        self.reads = 0
        self.released = threading.Event()
        self.props: dict[int, float] = {}
        self._forever = threading.Event()

    def isOpened(self) -> bool:  # noqa: N802
        return self.opened

    def read(self) -> tuple[bool, Any]:
        if self.hang:
            self._forever.wait(60)
            return False, None
        self.reads += 1
        if self.fail_after is not None and self.reads > self.fail_after:
            return False, None
        time.sleep(0.005)
        return True, self.frames[(self.reads - 1) % len(self.frames)].copy()

    def set(self, prop: int, value: float) -> bool:
        self.props[prop] = value
        return True

    def get(self, prop: int) -> float:
        return self.props.get(prop, 640.0 if prop == cv2.CAP_PROP_FRAME_WIDTH else 480.0)

    def release(self) -> None:
        self.released.set()
        self._forever.set()


@pytest.mark.timeout(20)
def test_camera_that_never_delivers_a_frame_ends_with_a_message() -> None:
    fake = FakeCapture(hang=True)
    source = CameraSource(0, read_timeout=0.5, capture_factory=lambda _i: fake)
    started = time.monotonic()
    end, accepted = run(ScanPipeline(source))
    assert time.monotonic() - started < 5
    assert isinstance(end.error, CameraTimeoutError)
    assert "sent no picture within 0.5 s" in end.message
    assert accepted == [] and end.frames_read == 0


@pytest.mark.timeout(20)
def test_stop_returns_promptly_while_the_camera_read_hangs() -> None:
    fake = FakeCapture(hang=True)
    pipeline = ScanPipeline(CameraSource(0, read_timeout=30, capture_factory=lambda _i: fake))
    pipeline.start()
    time.sleep(0.3)
    started = time.monotonic()
    pipeline.stop()
    end = pipeline.wait(5)
    assert end is not None and end.message == "stopped" and end.error is None
    assert time.monotonic() - started < 2
    assert not pipeline.running


def test_camera_asks_for_1280x720_by_default() -> None:
    fake = FakeCapture([np.zeros((720, 1280, 3), np.uint8)])
    source = CameraSource(0, capture_factory=lambda _i: fake)
    source.open()
    source.close()
    assert fake.props[cv2.CAP_PROP_FRAME_WIDTH] == 1280 and fake.props[cv2.CAP_PROP_FRAME_HEIGHT] == 720
    assert fake.released.is_set()


def test_camera_that_cannot_be_opened_is_missing_or_busy() -> None:
    source = CameraSource(97, capture_factory=lambda _i: FakeCapture(opened=False))
    with pytest.raises((CameraNotFoundError, CameraBusyError)) as raised:
        source.open()
    assert "camera 97" in str(raised.value) or "index 97" in str(raised.value)


@pytest.mark.timeout(30)
def test_unplugged_camera_is_reconnected_when_it_comes_back(scene: np.ndarray) -> None:
    captures = [FakeCapture([scene], fail_after=3), FakeCapture(opened=False), FakeCapture([scene])]
    opened: list[FakeCapture] = []

    def factory(_index: int) -> FakeCapture:
        capture = captures[min(len(opened), len(captures) - 1)]
        opened.append(capture)
        return capture

    statuses: list[str] = []
    source = CameraSource(0, read_timeout=2, reconnect_interval=0.05, capture_factory=factory)
    pipeline = ScanPipeline(source, on_status=statuses.append)
    frames: list[int] = []
    got_back = threading.Event()

    def on_frame(frame: Any) -> None:
        frames.append(frame.number)
        if len(frames) >= 8:
            got_back.set()

    pipeline.on_frame = on_frame
    pipeline.start()
    assert got_back.wait(10)
    pipeline.stop()
    end = pipeline.wait(5)
    assert end is not None and end.error is None
    assert any("stopped sending pictures" in s and "waiting for it to come back" in s for s in statuses)
    assert any(s == "camera 0 is back" for s in statuses)
    assert frames[:8] == list(range(1, 9))  # numbering goes on across the reconnect
    assert captures[0].released.is_set()


@pytest.mark.timeout(30)
def test_unplugged_camera_without_reconnect_is_a_disconnect_error(scene: np.ndarray) -> None:
    source = CameraSource(0, reconnect=False, capture_factory=lambda _i: FakeCapture([scene], fail_after=2))
    end, _accepted = run(ScanPipeline(source))
    assert isinstance(end.error, CameraDisconnectedError) and end.frames_read == 2


@pytest.mark.timeout(30)
def test_live_source_drops_frames_while_the_decoder_is_busy_and_decodes_the_newest(scene: np.ndarray) -> None:
    class SlowChain:
        def decode(self, image: np.ndarray, *, thorough: bool = False) -> list:
            time.sleep(0.05)
            return []

    chain = SlowChain()
    source = CameraSource(0, capture_factory=lambda _i: FakeCapture([scene]))
    numbers: list[int] = []
    pipeline = ScanPipeline(source, chain=chain, max_seconds=0.6,  # type: ignore[arg-type]
                            on_detections=lambda d: numbers.append(d.frame_number))
    end = pipeline.run()
    assert end.message == "time limit of 0.6 s reached"
    assert end.frames_dropped > 0
    assert end.frames_decoded + end.frames_dropped <= end.frames_read
    assert numbers == sorted(numbers) and len(numbers) < end.frames_read
    assert any(b - a > 1 for a, b in pairwise(numbers)), "frames were skipped, not queued"


def test_listing_cameras_probes_quietly_and_skips_what_does_not_open() -> None:
    cameras = list_cameras(indices=range(4),
                           capture_factory=lambda i: FakeCapture([np.zeros((4, 4, 3), np.uint8)], opened=i % 2 == 0))
    assert [(camera.index, camera.width, camera.height) for camera in cameras] == [(0, 640, 480), (2, 640, 480)]


@pytest.mark.timeout(20)
def test_camera_that_opens_but_refuses_frames_is_busy(scene: np.ndarray) -> None:
    source = CameraSource(0, capture_factory=lambda _i: FakeCapture([scene], fail_after=0))
    end, _accepted = run(ScanPipeline(source))
    assert isinstance(end.error, CameraBusyError) and "another program may be using it" in end.message


@pytest.mark.timeout(30)
def test_unreachable_stream_is_a_clear_error() -> None:
    end, accepted = run(ScanPipeline(VideoSource("http://127.0.0.1:9/camera.mjpg")))
    assert isinstance(end.error, SourceOpenError)
    assert end.message.startswith("stream http://127.0.0.1:9/camera.mjpg cannot be opened")
    assert accepted == []


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_stream_server_that_never_answers_does_not_hang() -> None:
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    port = server.getsockname()[1]
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_stay_silent() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        end, accepted = run(ScanPipeline(VideoSource(f"http://127.0.0.1:{port}/live.mjpg", read_timeout=2)))
        assert time.monotonic() - started < 30
        assert isinstance(end.error, SourceOpenError) and accepted == []
        assert f"127.0.0.1:{port}" in end.message
    finally:
        stop.set()
        thread.join(2)
        for connection in held:
            connection.close()
        server.close()
