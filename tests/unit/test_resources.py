"""Shipped resources are found from the source tree, and the desktop integration files are well formed."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

import pytest

from app.domain.errors import NotFoundError
from app.labels.templates import shipped_templates_dir
from app.resources import resource_path


def test_templates_and_icon_are_found() -> None:
    templates = resource_path("templates")
    assert templates.is_dir() and (templates / "avery-l7160.json").is_file()
    assert shipped_templates_dir() == templates
    assert resource_path("icons/dps-station.svg").read_text().lstrip().startswith("<svg")


def test_a_missing_resource_names_what_and_where() -> None:
    with pytest.raises(NotFoundError, match="'sounds/none.wav' is missing"):
        resource_path("sounds/none.wav")


def test_desktop_file_and_metainfo() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(resource_path("io.dpsstation.Station.desktop"))
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "dps-station" and entry["Icon"] == "dps-station" and entry["Type"] == "Application"
    root = ET.parse(resource_path("io.dpsstation.Station.metainfo.xml")).getroot()
    assert root.findtext("launchable") == "io.dpsstation.Station.desktop"
    assert root.findtext("provides/binary") == "dps-station"


def test_every_code_folder_is_a_regular_package() -> None:
    """Namespace folders are skipped by pkgutil and PyInstaller's collect_submodules: a bundle would lack them."""
    app_root = resource_path("templates").parents[1] / "app"
    folders = {path.parent for path in app_root.rglob("*.py")} - {app_root / "db" / "migrations",
                                                                  app_root / "db" / "migrations" / "versions"}
    assert sorted(str(f.relative_to(app_root)) for f in folders if not (f / "__init__.py").is_file()) == []
