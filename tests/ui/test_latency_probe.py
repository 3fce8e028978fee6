"""The GUI-thread latency probe (tests/support/ui.py) sees the GUI thread's own work and not the machine's load:
a slot that computes for 150 ms is caught; programs keeping every core busy only delay the ticks."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtCore import QTimer

from tests.support.ui import LatencyProbe


def _compute_for(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_slot_that_computes_on_the_gui_thread_is_caught(qtbot) -> None:  # type: ignore[no-untyped-def]
    probe = LatencyProbe()
    probe.start()
    ran: list[bool] = []
    QTimer.singleShot(50, lambda: (_compute_for(0.15), ran.append(True)))
    qtbot.waitUntil(lambda: bool(ran) and probe.samples > 20, timeout=10_000)
    probe.stop()
    assert probe.worst_ms >= 140, probe.summary()


def test_other_programs_busy_on_every_core_do_not_count(qtbot) -> None:  # type: ignore[no-untyped-def]
    spin = "import time\nend = time.monotonic() + 1.5\nwhile time.monotonic() < end:\n    pass\n"
    hogs = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2 * (os.cpu_count() or 1))]
    probe = LatencyProbe()
    try:
        probe.start()
        qtbot.wait(1000)  # the GUI thread idles; the ticks come late when the hogs hold the processors
        probe.stop()
    finally:
        for hog in hogs:
            hog.wait(30)
    print(probe.summary())
    assert probe.samples > 10
    assert probe.worst_ms < 100, probe.summary()
