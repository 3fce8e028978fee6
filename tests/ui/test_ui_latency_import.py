"""The window stays responsive while 100,000 devices are previewed and imported through the import dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.domain.enums import Role
from app.services import device_listing
from app.services.device_listing import DeviceQuery
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.environment import UiEnvironment
from tests.support.ctx import STANDARD_GROUP, add_standard_setup
from tests.support.ui import LatencyProbe, ui_environment, wait_until

COUNT = 100_000
MAX_BLOCK_MS = 100.0


@pytest.fixture
def env(tmp_path: Path, qtbot) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    environment = ui_environment(tmp_path, Role.TECHNICIAN)
    add_standard_setup(environment.ctx)
    yield environment
    # stop the runner and let its last signals arrive and its tasks be deleted before the dialog goes
    environment.runner.shutdown()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    environment.ctx.db.dispose()


@pytest.mark.slow
def test_gui_thread_never_blocks_during_a_100k_import(env: UiEnvironment, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "devices.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("sn,name,batch,voltage,owner\n")
        for number in range(COUNT):
            handle.write(f"LAT-{number:06d},Pump {number},LOT-{number // 25_000},230,plant {number % 7}\n")
    dialog = ImportDialog(env, STANDARD_GROUP)
    qtbot.addWidget(dialog)
    dialog.show()
    probe = LatencyProbe()
    probe.start()
    try:
        dialog.set_path(path)
        wait_until(lambda: dialog.import_button.isEnabled(), timeout_s=120)
        assert dialog.model.rowCount() == COUNT and "100,000 devices, no problems" in dialog.summary.text()
        dialog.table.scrollToBottom()
        with qtbot.waitSignal(dialog.accepted, timeout=180_000):
            dialog.import_button.click()
    finally:
        probe.stop()
    assert probe.samples > 100, probe.samples
    assert probe.worst_ms < MAX_BLOCK_MS, probe.summary()
    assert device_listing.count_devices(env.ctx, DeviceQuery(group=STANDARD_GROUP, batch="LOT-3")) == 25_000
