"""The import dialog's file chooser offers tab-separated text, and a UTF-16 "Unicode Text" file from Excel previews
and imports like a CSV file."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.domain.enums import Role
from app.services import device_listing
from app.services.device_listing import DeviceQuery
from app.ui.dialogs import import_dialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.environment import UiEnvironment
from tests.support.ctx import STANDARD_GROUP, add_standard_setup
from tests.support.ui import ui_environment

TIMEOUT = 20000


@pytest.fixture
def env(tmp_path: Path, qtbot: Any) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR)
    add_standard_setup(environment.ctx)
    yield environment
    environment.runner.shutdown()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    environment.ctx.db.dispose()


def test_a_unicode_text_file_is_offered_previewed_and_imported(env: UiEnvironment, qtbot: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "devices.txt"
    path.write_bytes("sn\tname\towner\r\nTAB-1\tPumpe Süd\tann\r\n'+49-170\t\"a \"\"b\"\"\"\tann\r\n".encode("utf-16"))
    offered: list[str] = []

    def choose(_parent: Any, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName", choose)
    dialog = ImportDialog(env, STANDARD_GROUP)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse_button.click()
    patterns = re.search(r"\(([^)]*)\)", offered[0])
    assert patterns is not None
    for name in ("a.csv", "a.tsv", "a.txt", "a.xlsx", "a.xlsm"):
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns.group(1).split()), name
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=TIMEOUT)
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    # no problem; '+' is only a warning (the device SDKs cannot carry it in a registration ID)
    assert dialog.model.rowCount() == 2 and len(problems) == 1
    assert problems[0].startswith("Warning: SN '+49-170' contains '+'")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.import_button.click()
    listed = {d.sn: d.name for d in device_listing.iter_devices(env.ctx, DeviceQuery(group=STANDARD_GROUP))}
    assert listed == {"TAB-1": "Pumpe Süd", "+49-170": 'a "b"'}
