"""app/scan and the scanning service stay free of Qt (the GUI wires them to signals)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_scanning_imports_no_qt() -> None:
    modules = [f"app.scan.{p.stem}" for p in (ROOT / "app" / "scan").glob("*.py") if p.stem != "__init__"]
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in modules)
            + "import app.cli.scan_cmd\n"
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'app.ui')))\n"
            + "print(','.join(bad))\n")
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert len(modules) >= 8
    assert completed.stdout.strip() == ""
