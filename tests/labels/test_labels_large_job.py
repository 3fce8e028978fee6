"""A 10,000-label job in one process: finishes (no crash), progress reported, first and last sheets read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from labels_support import decode, grey_array, make_labels, verified_sns
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from app.labels.job import JobSpec, run_pdf_job
from app.labels.templates import load_template
from app.security.signing import SigningKey



def render_page(document: QPdfDocument, index: int) -> Any:
    points = document.pagePointSize(index)
    size = QSize(round(points.width() / 72 * 300), round(points.height() / 72 * 300))
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(QColor(255, 255, 255))
    painter = QPainter(white)
    painter.drawImage(0, 0, document.render(index, size))
    painter.end()
    return grey_array(white)


@pytest.mark.slow
def test_ten_thousand_labels_in_one_process(tmp_path: Path, qapp: Any) -> None:
    key = SigningKey.from_raw(bytes(range(32)))
    keys = {key.key_id: key.verifying_key}
    labels = make_labels(key, 10_000)
    progress: list[tuple[str, int, int]] = []
    out = tmp_path / "big.pdf"
    report = run_pdf_job(out, JobSpec(load_template("avery-l7160"), labels), keys,
                         progress=lambda *p: progress.append(p))
    assert report.printed == 10_000 and report.pages == 477  # ceil(10,000 / 21)
    assert progress[-1] == ("output", 10_000, 10_000)
    assert ("verify", 10_000, 10_000) in progress
    document = QPdfDocument(None)
    document.load(str(out))
    assert document.pageCount() == 477
    first = verified_sns(decode(render_page(document, 0)), keys)
    last = verified_sns(decode(render_page(document, 476)), keys)
    document.close()
    assert sorted(first) == [f"SN-{i:06d}" for i in range(21)]
    assert sorted(last) == [f"SN-{i:06d}" for i in range(476 * 21, 10_000)]
