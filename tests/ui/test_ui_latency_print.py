"""The GUI thread stays responsive while the print dialog runs a 2,000-label job to PDF (print-and-verify included)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.services import device_listing, labelling
from app.services.device_listing import DeviceQuery
from app.ui.dialogs.print_labels import PrintLabelsDialog
from tests.labels.labels_support import RASTER_DPI, decode, grey_array, verified_sns
from tests.support.ui import LatencyProbe
from tests.ui.test_print_dialog import BATCH, make_env

LABELS = 2_000
MAX_BLOCK_MS = 100.0


def last_page_of(path: Path, *, pages: int) -> np.ndarray:
    """The last page rasterised at 300 dpi on white (the other pages were checked by test_print_dialog)."""
    document = QPdfDocument(None)
    document.load(str(path))
    assert document.pageCount() == pages
    points = document.pagePointSize(pages - 1)
    size = QSize(round(points.width() / 72 * RASTER_DPI), round(points.height() / 72 * RASTER_DPI))
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(QColor(255, 255, 255))
    painter = QPainter(white)
    painter.drawImage(0, 0, document.render(pages - 1, size))
    painter.end()
    document.close()
    return grey_array(white)


@pytest.mark.slow
def test_gui_thread_never_blocks_while_2000_labels_print_to_pdf(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = make_env(tmp_path, LABELS)
    probe = LatencyProbe()
    try:
        dialog = PrintLabelsDialog(env, "line1", batch=BATCH)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(dialog.is_loaded, timeout=60_000)
        qtbot.waitUntil(lambda: not dialog.preview.is_busy(), timeout=60_000)
        dialog.select_template("avery-l7160")
        dialog.select_target("pdf")
        out = tmp_path / "big.pdf"
        dialog.output.pdf_path.setText(str(out))
        progress_values: list[int] = []
        dialog.progress.valueChanged.connect(progress_values.append)
        qtbot.waitUntil(lambda: not dialog.preview.is_busy(), timeout=60_000)
        probe.start()  # from Print to the result: selection, print-and-verify, the PDF, the recording
        with qtbot.waitSignal(dialog.jobFinished, timeout=120_000) as finished:
            qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        probe.stop()
        assert finished.args == ["printed"]
        print(f"\n{probe.summary()}")
        assert probe.samples > 50
        assert probe.worst_ms < MAX_BLOCK_MS, probe.summary()
        assert len(progress_values) > 10 and progress_values == sorted(progress_values)

        last_page = last_page_of(out, pages=math.ceil(LABELS / 21))
        keys = labelling.verifying_keys(env.ctx)
        sns = verified_sns(decode(last_page), keys)  # type: ignore[arg-type]
        assert sorted(sns) == [f"PUMP-{i:05d}" for i in range(1996, 2001)]
        labelled = device_listing.count_devices(env.ctx, DeviceQuery(group="line1", statuses=("labelled",)))
        assert labelled == LABELS
    finally:
        probe.stop()
        env.runner.shutdown()
        env.ctx.db.dispose()
