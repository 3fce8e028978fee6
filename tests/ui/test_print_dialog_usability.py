"""The print dialog's comforts: Browse starts in the label folder (never the working directory), the preview
zooms, and Print waits for a change after a finished job."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QStandardPaths, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from app.ui.environment import UiEnvironment
from app.ui.settings import LABEL_FOLDER
from tests.ui.test_print_dialog import env, open_dialog, print_and_wait, wait_for_preview  # noqa: F401 - fixture

__all__ = ["env"]


def test_browse_opens_in_the_documents_folder_then_in_the_last_one_used(  # type: ignore[no-untyped-def]
        qtbot, env: UiEnvironment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    asked: list[str] = []
    chosen = tmp_path / "labels-out" / "run1.zpl"
    chosen.parent.mkdir()

    def save_name(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = open_dialog(qtbot, env)
    dialog.select_template("thermal-50x30")
    dialog.select_target("zpl")
    assert dialog.output.zpl_target.text() == ""
    dialog.output.findChild(type(dialog.print_button), "browseZpl").click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked[0]).parent == Path(documents or Path.home())
    assert Path(asked[0]).name == "labels-line1-LOT-7.zpl" and Path(asked[0]).is_absolute()
    assert not asked[0].startswith(os.getcwd())
    assert dialog.output.zpl_target.text() == str(chosen)
    assert env.settings.get(LABEL_FOLDER) == str(chosen.parent)

    dialog.output.zpl_target.setText("relative.zpl")  # a bare name: in the remembered folder, not the cwd
    dialog.output.findChild(type(dialog.print_button), "browseZpl").click()
    assert asked[1] == str(chosen.parent / "relative.zpl")
    dialog.reject()

    again = open_dialog(qtbot, env)  # the next dialog proposes the remembered folder
    assert Path(again.output.pdf_path.text()).parent == chosen.parent
    again.reject()


def test_the_preview_zooms_with_buttons_keys_and_ctrl_wheel(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7160")
    wait_for_preview(qtbot, dialog)
    zoom = dialog.preview_zoom
    fitted = dialog.preview.page_rects()[0].width()
    assert zoom.zoom == 1.0 and zoom.level.text() == "100 %" and not zoom.fit_button.isEnabled()
    zoom.zoom_in_button.click()
    assert zoom.zoom == 1.5 and zoom.level.text() == "150 %"
    qtbot.waitUntil(lambda: dialog.preview.page_rects()[0].width() > fitted * 1.4, timeout=5000)
    assert zoom.area.horizontalScrollBar().maximum() > 0  # larger than the view: it scrolls

    qtbot.keyClick(dialog.copies, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.zoom == 2.0
    qtbot.keyClick(dialog.copies, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom.zoom == 1.5
    centre = QPointF(dialog.preview.width() / 2, dialog.preview.height() / 2)
    wheel = QWheelEvent(centre, dialog.preview.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(dialog.preview, wheel)
    assert zoom.zoom == 2.0
    wait_for_preview(qtbot, dialog)
    assert dialog.preview.renders >= 2 and len(dialog.preview.images()) == 2
    qtbot.keyClick(dialog.copies, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert zoom.zoom == 1.0 and zoom.area.widgetResizable()
    qtbot.waitUntil(lambda: abs(dialog.preview.page_rects()[0].width() - fitted) < 2, timeout=5000)
    dialog.reject()


def test_print_waits_for_a_change_after_a_finished_job(qtbot, env: UiEnvironment, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7160")
    dialog.select_target("pdf")
    dialog.output.pdf_path.setText(str(tmp_path / "first.pdf"))
    wait_for_preview(qtbot, dialog)
    assert print_and_wait(qtbot, dialog) == "printed"
    wait_for_preview(qtbot, dialog)
    assert not dialog.print_button.isEnabled()
    assert "were printed" in dialog.print_button.toolTip()
    dialog.copies.setValue(2)  # something changed: it may print again
    wait_for_preview(qtbot, dialog)
    assert dialog.print_button.isEnabled() and dialog.print_button.toolTip() == ""
    dialog.copies.setValue(1)
    assert print_and_wait(qtbot, dialog) == "printed"
    assert not dialog.print_button.isEnabled()
    dialog.output.pdf_path.setText(str(tmp_path / "second.pdf"))  # another output counts as a change too
    assert dialog.print_button.isEnabled()
    dialog.reject()
