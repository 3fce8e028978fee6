"""A broken installation fails loudly: no module is imported by a computed name with a "not part of this build"
stand-in, and the window without PySide6 says what is wrong and exits non-zero (it printed the help, exit 0)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_BROKEN_INSTALLATION

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def computed_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("import_module", "__import__"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        elif isinstance(node, ast.Import) and any(alias.name == "importlib" for alias in node.names):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports importlib")
    return found


# The installation check imports every module by name on purpose, and reports each failure (never a stand-in).
CHECKS_EVERY_MODULE = APP / "ui" / "self_test.py"


def test_no_module_of_the_app_is_imported_by_a_computed_name() -> None:
    assert [hit for path in sorted(APP.rglob("*.py")) if path != CHECKS_EVERY_MODULE
            for hit in computed_imports(path)] == []
    assert [str(path.relative_to(ROOT)) for path in sorted(APP.rglob("*.py")) if path != CHECKS_EVERY_MODULE
            and "not part of this build" in path.read_text(encoding="utf-8")] == []


@pytest.mark.parametrize("error", [
    'ModuleNotFoundError("No module named \'PySide6\'", name="PySide6")',  # not installed
    'ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")',  # a library missing
])
def test_the_window_without_a_working_pyside6_says_so_and_fails(tmp_path: Path, error: str) -> None:
    broken = tmp_path / "site" / "PySide6"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text(f"raise {error}\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(broken.parent), str(ROOT)]),
           "DPS_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DPS_DB", None)
    done = subprocess.run([sys.executable, "-m", "app"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == EXIT_BROKEN_INSTALLATION
    assert "the window cannot start, this installation is broken" in done.stderr
    assert "Reinstall DPS Station" in done.stderr
    assert "Traceback" not in done.stderr and "usage:" not in done.stdout

    version = subprocess.run([sys.executable, "-m", "app", "--version"], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=120)
    assert (version.returncode, version.stdout.split()[0]) == (0, "dps-station")  # the commands need no Qt to start
