"""Where things live: the data home (DPS_HOME) and the database URL (--db / DPS_DB)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_station import HOME_IS_FILE, HOME_NOT_WRITABLE, HOME_PART_IS_FILE

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

    def ensure(self) -> list[str]:
        """Creates the home; returns what had to be made private again (for a warning), see `repair_modes`."""
        for directory in (self.path, self.log_dir, self.templates_dir, self.keys_dir):
            if directory.exists() and not directory.is_dir():
                if directory == self.path:
                    raise InputError(message(HOME_IS_FILE, path=directory), field="--home")
                raise InputError(message(HOME_PART_IS_FILE, path=directory, name=directory.name), field="--home")
            try:
                directory.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            except OSError as error:
                raise InputError(message(HOME_NOT_WRITABLE, path=directory, reason=error.strerror), field="--home") from None
        return self.repair_modes()

    def repair_modes(self) -> list[str]:
        """The home and its folders 0700, its files 0600: the database holds password hashes and the audit trail,
        the key files open every secret. Returns one line for each path that was open to others, now repaired."""
        if os.name != "posix":
            return []
        repaired: list[str] = []
        for directory in (self.path, self.log_dir, self.templates_dir, self.keys_dir):
            repaired += _restrict(directory, PRIVATE_DIR_MODE)
        files = [self.database_path, Path(f"{self.database_path}-wal"), Path(f"{self.database_path}-shm"),
                 self.settings_file, *self.keys_dir.glob("*"), *self.log_dir.glob("*")]
        for path in files:
            if path.is_file() and not path.is_symlink():
                repaired += _restrict(path, PRIVATE_FILE_MODE)
        return repaired


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _restrict(path: Path, mode: int) -> list[str]:
    try:
        current = path.stat().st_mode & 0o777
        if current & 0o077 == 0:
            return []
        os.chmod(path, mode)
    except OSError:
        return []
    return [f"{path} was open to other users ({current:04o}); it is {mode:04o} now"]


def resolve_home(explicit: str | None = None) -> Home:
    raw = explicit or os.environ.get(HOME_ENV) or user_data_dir(APP_NAME, appauthor=False)
    return Home(Path(raw).expanduser().resolve())


def resolve_db_url(home: Home, explicit: str | None = None) -> str:
    return explicit or os.environ.get(DB_ENV) or home.default_db_url
