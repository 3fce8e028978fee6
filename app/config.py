"""Where things live: the data home (DPS_HOME) and the database URL (--db / DPS_DB)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "dps-station"
HOME_ENV = "DPS_HOME"
DB_ENV = "DPS_DB"


@dataclass(frozen=True)
class Home:
    """The station's data home: embedded database, key files, logs, user templates, settings."""

    path: Path

    @property
    def database_path(self) -> Path:
        return self.path / "station.db"

    @property
    def default_db_url(self) -> str:
        return f"sqlite:///{self.database_path}"

    @property
    def keys_dir(self) -> Path:
        return self.path / "keys"

    @property
    def data_key_file(self) -> Path:
        return self.keys_dir / "org.key"

    @property
    def signing_key_file(self) -> Path:
        return self.keys_dir / "signing.key"

    @property
    def log_dir(self) -> Path:
        return self.path / "logs"

    @property
    def templates_dir(self) -> Path:
        return self.path / "templates"

    @property
    def settings_file(self) -> Path:
        return self.path / "settings.ini"

    def ensure(self) -> None:
        for directory in (self.path, self.log_dir, self.templates_dir):
            directory.mkdir(parents=True, exist_ok=True)
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.keys_dir, 0o700)


def resolve_home(explicit: str | None = None) -> Home:
    raw = explicit or os.environ.get(HOME_ENV) or user_data_dir(APP_NAME, appauthor=False)
    return Home(Path(raw).expanduser().resolve())


def resolve_db_url(home: Home, explicit: str | None = None) -> str:
    return explicit or os.environ.get(DB_ENV) or home.default_db_url
