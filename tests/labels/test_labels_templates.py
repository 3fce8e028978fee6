"""Shipped templates are what their names say; a logo field renders and the code still reads; layer rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from labels_support import decode, make_labels, rasterise_pdf, verified_sns
from PySide6.QtGui import QColor, QImage, QPainter

from app.labels.job import JobSpec, run_pdf_job
from app.labels.templates import list_templates, load_template, shipped_templates_dir
from app.security.signing import SigningKey

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "per_page", "page", "label"), [
    ("avery-l7160", 21, (210, 297), (63.5, 38.1)),
    ("avery-l7163", 14, (210, 297), (99.1, 38.1)),
    ("avery-5160", 30, (215.9, 279.4), (66.675, 25.4)),
    ("thermal-50x30", 1, (50, 30), (50, 30)),
    ("thermal-100x50", 1, (100, 50), (100, 50)),
])
def test_shipped_template_geometry(name: str, per_page: int, page: tuple[float, float],
                                   label: tuple[float, float]) -> None:
    template = load_template(name)
    assert template.per_page == per_page
    assert (template.page_width, template.page_height) == pytest.approx(page, abs=0.01)
    assert (template.label_width, template.label_height) == pytest.approx(label, abs=0.01)
    last_x, last_y = template.label_origin(per_page - 1)
    assert last_x + template.label_width <= template.page_width + 0.01
    assert last_y + template.label_height <= template.page_height + 0.01
    assert {f.name for f in template.texts} >= {"sn", "manual_code", "group_name", "batch", "product_key"}
    assert template.is_thermal == name.startswith("thermal")


def test_every_shipped_template_loads() -> None:
    assert all(not isinstance(t, Exception) for t in list_templates())
    assert len(list(shipped_templates_dir().glob("*.json"))) >= 5


def test_logo_is_drawn_and_the_code_still_reads(tmp_path: Path, qapp: Any) -> None:
    logo = QImage(60, 20, QImage.Format.Format_RGB32)
    logo.fill(QColor(200, 30, 30))
    painter = QPainter(logo)
    painter.fillRect(10, 5, 40, 10, QColor(0, 0, 0))
    painter.end()
    assert logo.save(str(tmp_path / "logo.png"))
    data = json.loads((shipped_templates_dir() / "thermal-100x50.json").read_text())
    data["name"] = "with-logo"
    data["fields"]["logo"] = {"x": 50, "y": 44, "width": 15, "height": 5, "file": "logo.png"}
    (tmp_path / "with-logo.json").write_text(json.dumps(data))
    key = SigningKey.generate()
    out = tmp_path / "logo.pdf"
    run_pdf_job(out, JobSpec(load_template(str(tmp_path / "with-logo.json")), make_labels(key, 2)),
                {key.key_id: key.verifying_key})
    pages = rasterise_pdf(out)
    assert sorted(s for p in pages for s in verified_sns(decode(p), {key.key_id: key.verifying_key})) == [
        "SN-000000", "SN-000001"]
    # the logo area is dark where the logo is (red and black are both far from white in grey)
    px = 300 / 25.4
    logo_area = pages[0][round(44 * px):round(49 * px), round(50 * px):round(65 * px)]
    assert logo_area.mean() < 160


def test_layers_labels_use_no_widgets_and_the_service_no_qt() -> None:
    for path in (ROOT / "app" / "labels").glob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path
    code = ("import sys; import app.services.labelling, app.qr.payload; "
            "print([m for m in sys.modules if m.startswith('PySide6')])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
