"""Layers: the supervision and reporting services import no Qt; app/reports uses QtGui but never QtWidgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def loaded_after(imports: list[str]) -> list[str]:
    code = ("import sys\n" + "".join(f"import {name}\n" for name in imports)
            + "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'app.ui')))))\n")
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    return [name for name in completed.stdout.strip().split(",") if name]


def test_services_and_csv_report_import_no_qt() -> None:
    assert loaded_after(["app.services.supervision", "app.services.reporting", "app.services.report_model",
                         "app.reports.csv_report", "app.reports.writers", "app.cli.report_cmd"]) == []


def test_pdf_report_uses_qtgui_only() -> None:
    loaded = loaded_after(["app.reports.pdf_report", "app.reports.chart"])
    assert "PySide6.QtGui" in loaded
    assert not [name for name in loaded if name.startswith(("PySide6.QtWidgets", "app.ui"))]
