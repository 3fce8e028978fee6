"""Shipped resources are found however the wheel is installed: here `pip install --user`, which puts the data
files under the user's base instead of the interpreter's prefix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def base_interpreter() -> str:
    return str(getattr(sys, "_base_executable", sys.executable))


def test_a_user_install_finds_the_label_templates_and_the_icon(tmp_path: Path) -> None:
    base = base_interpreter()
    if subprocess.run([base, "-m", "pip", "--version"], capture_output=True, check=False).returncode != 0:
        pytest.skip(f"{base} has no pip to make a user install with")
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("app", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("dps_station-*.whl"))

    user_base = tmp_path / "userbase"
    env = {**os.environ, "PYTHONUSERBASE": str(user_base), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONNOUSERSITE", None)
    env.pop("PYTHONPATH", None)
    subprocess.run([base, "-m", "pip", "install", "-q", "--user", "--no-deps", str(wheel)], check=True,
                   capture_output=True, env=env, timeout=300)
    probe = ("from app.resources import resource_path\n"
             "print(resource_path('templates'))\nprint(resource_path('icons/dps-station.svg'))\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = subprocess.run([base, "-c", probe], cwd=elsewhere, check=True, capture_output=True, text=True,
                           env=env, timeout=60).stdout.split()
    templates, icon = map(Path, found)
    assert templates.is_relative_to(user_base) and (templates / "avery-5160.json").is_file()
    assert icon.is_relative_to(user_base) and icon.is_file()
