"""ruff and mypy, with the settings in pyproject.toml, are part of the test run: the code stays clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(("tool", "arguments"), [("ruff", ["check", "app", "tests"]), ("mypy", ["app"])])
def test_the_code_passes(tool: str, arguments: list[str]) -> None:
    program = BIN / tool
    if not program.exists():
        pytest.skip(f"{tool} is not installed next to this Python (pip install -e '.[test]' installs it)")
    done = subprocess.run([str(program), *arguments], cwd=ROOT, capture_output=True, text=True, timeout=900,
                          check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
