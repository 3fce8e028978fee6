"""The GUI thread never blocks for more than 100 ms while the field view shows a 1280x720 video at its full
frame rate (30 fps) and decodes it (the GUI thread's own work between the ticks of a 10 ms timer: a loaded
machine delays the ticks, it does not fail the check)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.ui.camera import PacedVideoSource
from app.ui.workspaces.installer import create_workspace
from tests.support.ui import LatencyProbe
from tests.ui.installer_support import GROUP, label_data, render_labels, station, write_video

RUN_SECONDS = 4.0


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_gui_thread_never_blocks_while_the_camera_view_runs_at_full_rate(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path) -> None:
    st = station(tmp_path)
    image = render_labels([label_data(st.admin, GROUP, "PUMP-0001")], tmp_path / "labels")[0]
    video = tmp_path / "loop.avi"
    write_video(video, [(None, 0.5), (image, 1.5), (None, 1.0)])
    view = create_workspace(st.env, None)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    qtbot.waitUntil(lambda: view.session is not None, timeout=10_000)
    probe = LatencyProbe()
    try:
        view.start_frame_source(PacedVideoSource(video, loop=True))
        qtbot.waitUntil(lambda: view.camera_view.has_picture, timeout=10_000)
        painted, decoded = view.camera_view.frames_painted, view.camera_view.frames_decoded
        probe.start()
        started = time.monotonic()
        qtbot.wait(int(RUN_SECONDS * 1000))
        probe.stop()
        elapsed = time.monotonic() - started
        painted = view.camera_view.frames_painted - painted
        decoded = view.camera_view.frames_decoded - decoded
    finally:
        view.shutdown()
        st.env.runner.shutdown()
        st.admin.db.dispose()
    print(f"{probe.summary()}; {painted / elapsed:.1f} frames painted/s, {decoded / elapsed:.1f} decoded/s")
    assert probe.samples > RUN_SECONDS * 10, "the 10 ms probe timer hardly ran"
    assert probe.worst_ms < 100, probe.summary()
    # that it ran at all (the rates depend on how busy the machine is; docs/performance-installer.md has them)
    assert painted >= RUN_SECONDS * 5, "the preview hardly moved"
    assert decoded >= RUN_SECONDS * 5, "the decoder hardly ran"
    assert view.scans.rowCount() >= 1 and view.scans.entry(0).result.sn == "PUMP-0001"
