"""Benchmark: the installer's field view with a 1280x720 video source at 30 fps.

Figures: frames painted per second in the camera view (against the source's own frame rate), and
scan-to-outcome latency: from the moment the first frame showing a label is delivered by the source
(as a camera delivers it) to the outcome on screen (banner repainted). Baseline, measured in the
same run: zxing-cpp's raw decode time for that very frame, and the source's frame period.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_installer.py [--labels 8]

Exits non-zero when a target is missed: preview at the source's rate (30 fps, within 5 %) and the
outcome on screen within 150 ms (median and worst).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import zxingcpp  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.scan.outcomes import ScanResult  # noqa: E402
from app.scan.sources import Frame  # noqa: E402
from app.ui.camera import PacedVideoSource  # noqa: E402
from app.ui.workspaces.installer import create_workspace  # noqa: E402
from tests.support.ui import wait_until  # noqa: E402
from tests.ui.installer_support import (  # noqa: E402
    FPS,
    GROUP,
    hold,
    label_data,
    render_labels,
    scene,
    station,
    write_video,
)

LABEL_SECONDS = 1.0
GAP_SECONDS = 1.2  # more than the validator's 20 decoded frames: each label is a new scan
TARGET_FPS_SHARE = 0.95
TARGET_LATENCY_MS = 150.0


class RecordingSource(PacedVideoSource):
    """Notes when each frame was delivered (monotonic seconds), by frame number."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.delivered: dict[int, float] = {}
        self._lock = threading.Lock()

    def read(self, stop: threading.Event) -> Frame | None:
        frame = super().read(stop)
        if frame is not None:
            with self._lock:
                self.delivered[frame.number] = frame.timestamp
        return frame


def raw_decode_ms(image, repeat: int = 40) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        times.append((time.perf_counter() - started) * 1000)
        assert found, "the baseline frame must hold a readable code"
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=8, help="labels shown one after the other (default 8)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-installer-") as folder:
        tmp = Path(folder)
        st = station(tmp, count=args.labels)
        sns = [f"PUMP-{i:04d}" for i in range(1, args.labels + 1)]
        images = render_labels([label_data(st.admin, GROUP, sn) for sn in sns], tmp / "labels")
        segments: list = [(None, 0.5)]
        for image in images:
            segments += [(image, LABEL_SECONDS), (None, GAP_SECONDS)]
        video = tmp / "bench.avi"
        starts = write_video(video, segments)
        first_frames = {sn: starts[1 + 2 * i] for i, sn in enumerate(sns)}
        baseline_frame = hold(images[0], scene(), first_frames[sns[0]])
        baseline_ms = raw_decode_ms(cv2.cvtColor(baseline_frame, cv2.COLOR_BGR2GRAY))

        view = create_workspace(st.env, None)
        view.resize(1280, 760)
        view.show()
        wait_until(lambda: view.session is not None, 10)
        shown: dict[str, float] = {}

        def on_shown(result: ScanResult) -> None:
            view.banner.repaint()  # on screen now, not at the next paint
            if result.sn and result.sn not in shown:
                shown[result.sn] = time.monotonic()

        view.outcomeShown.connect(on_shown)
        source = RecordingSource(video)
        view.start_frame_source(source)
        wait_until(lambda: view.camera_view.has_picture, 10)
        painted_start, started = view.camera_view.frames_painted, time.monotonic()
        wait_until(lambda: view.camera_view.state_title == "Camera stopped", 120)
        elapsed = time.monotonic() - started
        painted = view.camera_view.frames_painted - painted_start
        delivered = len(source.delivered)
        view.shutdown()
        st.env.runner.shutdown()
        st.admin.db.dispose()
    app.processEvents()

    paint_fps = painted / elapsed
    source_fps = FPS
    latencies = [(shown[sn] - source.delivered[first_frames[sn]]) * 1000 for sn in sns if sn in shown]
    missing = [sn for sn in sns if sn not in shown]
    frame_ms = 1000 / source_fps
    print(f"source: {video.name}, 1280x720 at {source_fps} fps, {delivered} frames delivered, {len(sns)} labels")
    print(f"preview: {paint_fps:.1f} frames painted/s  (source {source_fps} fps: ratio {paint_fps / source_fps:.2f})")
    if latencies:
        median, worst = statistics.median(latencies), max(latencies)
        print(f"scan to outcome on screen: median {median:.0f} ms, worst {worst:.0f} ms, best {min(latencies):.0f} ms "
              f"over {len(latencies)} labels")
        print(f"baseline: zxing-cpp raw decode of that frame {baseline_ms:.1f} ms "
              f"(median ratio {median / baseline_ms:.1f}x); "
              f"frame period {frame_ms:.1f} ms (ratio {median / frame_ms:.1f}x)")
        floor = frame_ms + 2 * baseline_ms
        print(f"floor: the validator needs the code in 2 frames, so one frame period plus two raw decodes = "
              f"{floor:.1f} ms; median ratio {median / floor:.2f}x")
    failures = []
    if paint_fps < source_fps * TARGET_FPS_SHARE:
        failures.append(f"preview {paint_fps:.1f} fps is below {source_fps} fps")
    if missing:
        failures.append(f"no outcome for {', '.join(missing)}")
    if latencies and (statistics.median(latencies) > TARGET_LATENCY_MS or max(latencies) > TARGET_LATENCY_MS):
        failures.append(f"outcome later than {TARGET_LATENCY_MS:.0f} ms")
    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
