"""The layers of DESIGN.md hold: the core never imports Qt widgets or the window, and labels/reports use
QtGui only. Checked on the source (imports anywhere in a module, also inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

NO_QT_AT_ALL = ("domain", "db", "security", "qr", "services", "sync", "scan")
QTGUI_ONLY = ("labels", "reports")
FORBIDDEN_FOR_QTGUI_ONLY = ("PySide6.QtWidgets", "PySide6.QtPrintSupport.QPrintDialog", "app.ui")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def modules_of(layer: str) -> list[Path]:
    return sorted((APP / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", NO_QT_AT_ALL)
def test_core_layers_import_no_qt_and_no_window(layer: str) -> None:
    assert modules_of(layer), f"app/{layer} has no modules"
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for path in modules_of(layer) for line, name in imported_modules(path)
                 if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("app.ui")]
    assert offending == []


@pytest.mark.parametrize("layer", QTGUI_ONLY)
def test_rendering_layers_use_qtgui_never_widgets(layer: str) -> None:
    if not (APP / layer).is_dir():
        pytest.skip(f"app/{layer} does not exist")
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for path in modules_of(layer) for line, name in imported_modules(path)
                 if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_FOR_QTGUI_ONLY)]
    assert offending == []


def test_services_never_import_the_cli() -> None:
    offending = [f"{path.relative_to(APP.parent)}:{line} imports {name}"
                 for layer in NO_QT_AT_ALL for path in modules_of(layer)
                 for line, name in imported_modules(path) if name.startswith("app.cli")]
    assert offending == []


def test_the_layer_check_sees_a_widget_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    return QWidget\n")
    assert (2, "PySide6.QtWidgets.QWidget") in imported_modules(sample)
