"""The station's log keeps the station's own lines: opening (and migrating) a database writes no Alembic INFO."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.engine import open_database
from app.log import setup_logging


@pytest.fixture
def station_log(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    yield setup_logging(tmp_path / "logs")
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def test_opening_a_new_database_logs_no_alembic_info(station_log: Path, tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'station.db'}")  # a new file: every migration runs
    db.dispose()
    logging.getLogger("app.test").info("the station's own line")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = station_log.read_text(encoding="utf-8").splitlines()
    assert not [line for line in lines if " INFO alembic" in line]
    assert any("the station's own line" in line for line in lines)  # the file does get INFO lines


def test_alembic_warnings_still_reach_the_log(station_log: Path) -> None:
    logging.getLogger("alembic.runtime.migration").warning("a real problem")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "WARNING alembic.runtime.migration: a real problem" in station_log.read_text(encoding="utf-8")
