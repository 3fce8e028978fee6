"""The field workspace scans as an installer does: a video of real labels in front of the "camera", a USB
scanner or typed manual code, no camera at all, a camera unplugged and plugged in again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.qr.manual_code import format_manual_code
from app.scan.outcomes import ScanOutcome, ScanResult
from app.scan.sources import CameraSource
from app.services import audit, device_lookup, lifecycle
from app.ui.camera import PacedVideoSource
from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.installer.field_view import FieldView
from app.ui.workspaces.installer import create_workspace
from tests.support.ctx import table_dump
from tests.ui.installer_support import (APPROVAL_GROUP, GROUP, Station, forged_label, label_data, render_labels,
                                        running_field_view, unknown_label, write_video)


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def outcomes(view: FieldView) -> list[ScanOutcome]:
    return [entry.result.outcome for entry in reversed(view.scans.entries())]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_video_of_labels_gives_each_outcome_with_banner_sound_outline_and_list(
        qtbot, qtmodeltester, tmp_path: Path, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    valid = label_data(st.admin, GROUP, "PUMP-0001")
    images = render_labels([valid, unknown_label(st.admin, GROUP, "GHOST-001"), forged_label(valid, "PUMP-0009")],
                           tmp_path / "labels")
    video = tmp_path / "labels.avi"
    write_video(video, [(None, 0.5), (images[0], 1.0), (None, 1.5), (images[1], 1.0), (None, 1.5),
                        (images[2], 1.0), (None, 1.5), (images[0], 1.0), (None, 0.5)])
    seen: list[dict[str, Any]] = []

    def shown(result: ScanResult) -> None:
        seen.append({"outcome": result.outcome, "level": view.banner.level, "title": view.banner.title.text(),
                     "style": view.banner.styleSheet(), "outlines": len(view.camera_view.outlines),
                     "device": view.device_panel.sn.text(), "sound": view.sounds.played[-1]})

    view.outcomeShown.connect(shown)
    before = table_dump(st.admin.db.engine)
    camera_texts: list[str] = []
    st.env.status.cameraChanged.connect(camera_texts.append)
    view.start_source(str(video))
    qtbot.waitUntil(lambda: view.camera_view.state_title == "Camera stopped", timeout=60_000)

    assert outcomes(view) == [ScanOutcome.OK, ScanOutcome.UNKNOWN, ScanOutcome.FORGED, ScanOutcome.DUPLICATE]
    assert [s["level"] for s in seen] == ["ok", "warning", "error", "warning"]
    assert seen[0]["title"].startswith("Genuine label") and OUTCOME_COLOURS["ok"] in seen[0]["style"]
    assert seen[1]["title"] == "Unknown device" and seen[1]["device"] == "Unknown device"
    assert seen[2]["title"].startswith("FORGED") and OUTCOME_COLOURS["error"] in seen[2]["style"]
    assert seen[2]["device"] == "Nothing to onboard"
    assert seen[3]["title"] == "Duplicate scan"
    assert [s["sound"] for s in seen] == ["ok", "unknown", "forged", "duplicate"]
    assert all(s["outlines"] >= 1 for s in seen), "each code was outlined when its outcome came"
    assert view.camera_view.frames_painted > 30
    assert any("labels.avi (1280x720)" in text for text in camera_texts)
    assert "labels.avi ended after" in view.camera_view.state_text

    rows = view.scans.entries()
    assert rows[-1].result.sn == "PUMP-0001" and rows[-1].result.verified is True
    assert rows[-2].result.sn == "GHOST-001"
    assert rows[-3].result.verified is False
    qtmodeltester.check(view.scans)
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0001", timeout=5_000)  # the duplicate shows it

    # scanning wrote nothing but the duplicate scan's audit event, for the supervisor
    qtbot.waitUntil(lambda: any(e.action == "scan.duplicate" for e in audit.list_events(st.admin)), timeout=5_000)
    after = table_dump(st.admin.db.engine)
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"audit_events", "local_settings"}, changed  # the event and its chain head
    event = next(e for e in audit.list_events(st.admin) if e.action == "scan.duplicate")
    assert event.sn == "PUMP-0001" and event.group == GROUP and event.details["session"] == view.session_id


def test_without_camera_the_scanner_and_the_typed_manual_code_still_work(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    camera_texts: list[str] = []
    st.env.status.cameraChanged.connect(camera_texts.append)
    view.activated()  # first shown: looks for cameras; this machine has none
    qtbot.waitUntil(lambda: view.camera_view.state_title == "No camera found", timeout=10_000)
    assert "USB scanner" in view.camera_view.state_text
    assert camera_texts and "none" in camera_texts[-1]
    assert view.camera_controls.picker.currentData() == ""
    assert view.scan_input.isEnabled()
    view.scan_input.setFocus()

    # a USB scanner "types" a whole code within milliseconds and ends it with Enter
    qtbot.keyClicks(view.scan_input, "PUMP-0002")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0002", timeout=5_000)
    first = view.scans.entry(0).result
    assert (first.outcome, first.source, first.sn) == (ScanOutcome.UNSIGNED, "scanner", "PUMP-0002")
    assert view.device_panel.status.text().strip() == "REGISTERED"
    assert view.install_button.isEnabled() and view.activate_button.isEnabled()

    # a person types the manual code from the label, slowly
    code = format_manual_code(device_lookup.get_device(st.admin, GROUP, "PUMP-0003").manual_code)
    qtbot.keyClicks(view.scan_input, code, delay=60)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == 2, timeout=5_000)
    typed = view.scans.entry(0).result
    assert (typed.outcome, typed.source, typed.sn) == (ScanOutcome.MANUAL, "keyboard", "PUMP-0003")
    assert view.banner.level == "ok"
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0003", timeout=5_000)
    assert view.scan_input.hasFocus()  # typed or scanned: the next code goes to the scan field too

    # one digit wrong: the check digit catches it
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    qtbot.keyClicks(view.scan_input, wrong, delay=60)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == 3, timeout=5_000)
    assert view.scans.entry(0).result.outcome is ScanOutcome.BAD_MANUAL_CODE
    assert view.banner.level == "error" and view.banner.title.text() == "Wrong manual code"
    assert not view.activate_button.isEnabled()


def test_a_camera_index_that_is_not_there_is_a_clear_state(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    camera_texts: list[str] = []
    st.env.status.cameraChanged.connect(camera_texts.append)
    view.start_source("7")
    qtbot.waitUntil(lambda: view.camera_view.state_title == "No camera", timeout=10_000)
    assert "no camera at index 7" in view.camera_view.state_text
    assert "none" in camera_texts[-1]
    qtbot.keyClicks(view.scan_input, "PUMP-0001")
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0001", timeout=5_000)


class FlakyCamera:
    """A fake USB camera: the first one delivers `frames` pictures and is then unplugged; the next one works."""

    opened = 0

    def __init__(self, frames: int) -> None:
        FlakyCamera.opened += 1
        self.generation = FlakyCamera.opened
        self.left = frames if self.generation == 1 else 10**6

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        return True

    def read(self) -> tuple[bool, Any]:
        import time

        time.sleep(1 / 30)
        if self.left <= 0:
            return False, None
        self.left -= 1
        return True, np.full((720, 1280, 3), 90, np.uint8)

    def set(self, prop: int, value: float) -> bool:
        return True

    def get(self, prop: int) -> float:
        return 1280.0 if prop == 3 else 720.0

    def release(self) -> None:
        pass


def test_an_unplugged_camera_is_shown_and_its_return_noticed(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    FlakyCamera.opened = 0
    camera_texts: list[str] = []
    st.env.status.cameraChanged.connect(camera_texts.append)
    source = CameraSource(0, capture_factory=lambda _index: FlakyCamera(15), reconnect_interval=0.2)
    view.start_frame_source(source)
    qtbot.waitUntil(lambda: view.camera_view.state_title == "Camera unplugged", timeout=10_000)
    assert "unplugged" in camera_texts[-1]
    assert "still work" in view.camera_view.state_text
    qtbot.waitUntil(lambda: any("is back" in text for text in camera_texts), timeout=10_000)
    qtbot.waitUntil(lambda: view.camera_view.has_picture, timeout=5_000)


def test_paced_video_source_plays_at_its_frame_rate(tmp_path: Path) -> None:
    import threading
    import time

    video = tmp_path / "blank.avi"
    write_video(video, [(None, 0.5)], fps=30)
    source = PacedVideoSource(video)
    source.open()
    stop = threading.Event()
    started = time.monotonic()
    frames = []
    while (frame := source.read(stop)) is not None:
        frames.append(frame)
    elapsed = time.monotonic() - started
    source.close()
    assert len(frames) == 15 and source.fps == pytest.approx(30, abs=0.5)
    assert elapsed >= 0.4  # paced, not as fast as it can read (a busy machine may only make it slower)
    assert [f.number for f in frames] == list(range(1, 16))


def test_installer_role_is_what_the_workspace_runs_as(field: tuple[Station, FieldView]) -> None:
    st, view = field
    assert st.env.ctx.actor.role is Role.INSTALLER
    assert view.replace_button.isEnabled()  # may replace; a device is needed for everything else
    assert not view.activate_button.isEnabled() and not view.reprovision_button.isEnabled()


def test_scanner_reading_labels_other_group_and_already_active(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    lifecycle.activate(st.admin, GROUP, "PUMP-0001", {"owner": "ACME"})
    view.set_session_group(GROUP)
    qtbot.waitUntil(lambda: view.session is not None and view.session.group_name == GROUP, timeout=5_000)
    shown: list[tuple[str, str, str]] = []
    view.outcomeShown.connect(lambda r: shown.append((r.outcome.value, view.banner.title.text(),
                                                      view.sounds.played[-1])))
    for label in (label_data(st.admin, APPROVAL_GROUP, "APPR-0002"), label_data(st.admin, GROUP, "PUMP-0001")):
        qtbot.keyClicks(view.scan_input, label.payload)  # a USB scanner types the QR code's text
        qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)
    assert shown == [("other_group", "Device of another group", "other_group"),
                     ("already_active", "Already active", "already_active")]
    assert view.scans.entry(0).result.verified is True and view.scans.entry(0).result.source == "scanner"
    qtbot.waitUntil(lambda: view.device_panel.sn.text() == "PUMP-0001", timeout=5_000)
    assert view.reprovision_button.isEnabled() and not view.activate_button.isEnabled()


def test_the_onboarding_group_is_remembered_for_the_next_start(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    view.set_session_group(APPROVAL_GROUP)
    qtbot.waitUntil(lambda: view.session is not None and view.session.group_name == APPROVAL_GROUP, timeout=5_000)
    view.shutdown()

    again = create_workspace(st.env, None)  # the next start of the window
    qtbot.addWidget(again)
    again.show()
    try:
        qtbot.waitUntil(lambda: again.session is not None and again.session.group_name == APPROVAL_GROUP,
                        timeout=10_000)
        assert again.group_picker.currentText() == APPROVAL_GROUP
    finally:
        again.shutdown()
