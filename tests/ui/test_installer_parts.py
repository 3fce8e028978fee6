"""Parts of the field workspace on their own: sounds per outcome, the scan list model, the session
summary, the scan field telling a USB scanner from a person, replacing with nothing shown first."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.scan.outcomes import KnownDevice, ScanOutcome, ScanResult
from app.scan.wedge import EntryKind
from app.ui.sounds import MELODIES, OutcomeSounds, melody_for, wav_bytes
from app.ui.views.installer.field_actions import PAGE_REPLACE
from app.ui.views.installer.field_view import FieldView
from app.ui.views.installer.ledger import Progress, SessionLedger
from app.ui.views.installer.scan_input import ScanInput
from app.ui.views.installer.scan_model import ScanListModel
from app.services import device_lookup, lifecycle
from tests.ui.installer_support import GROUP, Station, running_field_view

REQUIRED = (ScanOutcome.OK, ScanOutcome.UNKNOWN, ScanOutcome.OTHER_GROUP, ScanOutcome.DUPLICATE,
            ScanOutcome.ALREADY_ACTIVE, ScanOutcome.FORGED)


def result(outcome: ScanOutcome, sn: str | None = "S-1", status: str = "labelled") -> ScanResult:
    device = KnownDevice(sn, GROUP, "GID", "LOT-1", status) if sn else None
    return ScanResult(text=f"text {sn}", outcome=outcome, sn=sn, group=GROUP if sn else None, verified=True,
                      source="camera 0", message=f"{outcome.value} message", frame=3, device=device)


def test_each_required_outcome_has_its_own_short_sound() -> None:
    sounds = {outcome: wav_bytes(melody_for(outcome)) for outcome in REQUIRED}
    assert len(set(sounds.values())) == len(REQUIRED)
    for data in sounds.values():
        with wave.open(io.BytesIO(data)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
            assert 0.1 <= seconds <= 0.5
    assert melody_for(ScanOutcome.DISABLED) == MELODIES["error"]


def test_sound_beeps_offscreen_and_is_silent_when_switched_off(qapp) -> None:  # type: ignore[no-untyped-def]
    on = OutcomeSounds(True)
    assert on.backend == "beep"  # offscreen: no QtMultimedia (it would only print warnings)
    on.play(ScanOutcome.FORGED)
    off = OutcomeSounds(False)
    off.play(ScanOutcome.OK)
    assert off.backend == "off" and off.played == ["ok"] and on.played == ["forged"]
    off.set_enabled(True)
    assert off.backend == "beep" and off.enabled


def test_scan_list_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ScanListModel()
    qtmodeltester.check(model)
    for index, outcome in enumerate(REQUIRED):
        model.add(result(outcome, f"S-{index}"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(REQUIRED)
    assert model.index(0, ScanListModel.OUTCOME).data() == "forged"  # newest first
    assert model.index(0, ScanListModel.SN).data() == "S-5"
    assert model.index(0, ScanListModel.MESSAGE).data(Qt.ItemDataRole.ToolTipRole) == "forged message"
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.column()))
    model.set_done(GROUP, "S-0", "activated")
    assert changed == [ScanListModel.DONE]
    assert model.index(len(REQUIRED) - 1, ScanListModel.DONE).data() == "activated"
    assert model.index(0, 0).data(ScanListModel.EntryRole).result.sn == "S-5"
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_session_ledger_counts_done_failed_pending() -> None:
    ledger = SessionLedger()
    for sn in ("A", "B", "C", "D"):
        ledger.scanned(result(ScanOutcome.OK, sn))
    ledger.scanned(result(ScanOutcome.FORGED, None))
    ledger.scanned(result(ScanOutcome.DUPLICATE, "A"))
    ledger.record(GROUP, "A", Progress.DONE, "activated")
    ledger.record(GROUP, "B", Progress.FAILED, "activate failed")
    ledger.record(GROUP, "C", Progress.AWAITING_APPROVAL, "reprovision awaits approval")
    summary = ledger.summary()
    assert [d.sn for d in summary.done] == ["A"] and [d.sn for d in summary.failed] == ["B"]
    assert sorted(d.sn for d in summary.pending) == ["C", "D"]
    assert summary.line() == "1 done, 1 failed, 2 pending (6 scans, 1 refused, 1 duplicate)"


def test_scan_field_tells_a_scanner_burst_from_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = ScanInput()
    qtbot.addWidget(field)
    entries = []
    field.entered.connect(entries.append)
    qtbot.keyClicks(field, "PUMP-0001")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "1234", delay=120)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.setText("pasted-code")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # empty: nothing
    assert [(e.text, e.kind) for e in entries] == [("PUMP-0001", EntryKind.SCANNER), ("1234", EntryKind.TYPED),
                                                   ("pasted-code", EntryKind.TYPED)]
    assert field.text() == ""


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def test_replace_with_nothing_shown_takes_the_faulty_device_then_the_new_one(
        qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    lifecycle.activate(st.admin, GROUP, "PUMP-0002", {"owner": "ACME"})
    view.begin_replace()
    assert view.pages.currentIndex() == PAGE_REPLACE and view.replace_page.old_sn.text() == ""
    for sn in ("PUMP-0002", "PUMP-0003"):
        qtbot.keyClicks(view.scan_input, sn)
        qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.replace_page.confirm_button.isEnabled(), timeout=5_000)
    assert view.replace_page.current() == (GROUP, "PUMP-0002", "PUMP-0003")
    assert view.banner.level == "info" and view.banner.title.text() == "Replace: PUMP-0003 scanned"
    with qtbot.waitSignal(view.actionFinished, timeout=10_000):
        view.replace_page.confirm_button.click()
    assert device_lookup.get_device(st.admin, GROUP, "PUMP-0003").master_data == {"owner": "ACME"}


class FastSource:
    """A live source far faster than any display: 400 small frames a second."""

    live = True
    still = False
    name = "fast"

    def __init__(self) -> None:
        self.count = 0

    def open(self) -> None:
        pass

    def read(self, stop):  # type: ignore[no-untyped-def]
        import numpy as np

        from app.scan.sources import Frame

        if stop.wait(0.0025):
            return None
        self.count += 1
        return Frame(np.full((180, 320, 3), self.count % 255, np.uint8), self.count, self.name)

    def close(self) -> None:
        pass


def test_the_view_takes_frames_at_most_at_the_display_rate(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.camera import CameraBridge
    from app.ui.views.installer.camera_view import CameraView

    bridge = CameraBridge()
    view = CameraView(bridge)
    qtbot.addWidget(view)
    view.show()
    source = FastSource()
    bridge.start(source)
    try:
        qtbot.waitUntil(lambda: view.has_picture, timeout=5_000)
        received, started = view.frames_received, source.count
        qtbot.wait(1000)
        shown, produced = view.frames_received - received, source.count - started
    finally:
        bridge.stop()
    refresh = view.screen().refreshRate() or 60.0
    assert produced > 150  # the source ran far above the display rate
    assert 10 <= shown <= refresh * 1.1
    assert view.frames_painted >= 1 and not bridge.running


def test_ledger_counts_a_repeat_even_when_a_more_serious_outcome_is_shown() -> None:
    from dataclasses import replace as replaced

    ledger = SessionLedger()
    ledger.scanned(result(ScanOutcome.RETIRED, "A"))
    ledger.scanned(replaced(result(ScanOutcome.RETIRED, "A"), repeat=True))
    assert ledger.summary().line() == "0 done, 0 failed, 0 pending (2 scans, 2 refused, 1 duplicate)"
