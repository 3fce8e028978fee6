"""Write an output file atomically: to a temporary file next to it, renamed over the target when complete.

A reader never sees half a file, and a failed or cancelled export leaves no file
behind. Files that hold secrets are created 0600 and stay so. What a killed command left
is removed by the next output into the same folder (app/output_files.py).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_import import CANNOT_WRITE_IN, NO_DIRECTORY, OUT_IS_DIRECTORY
from app.output_files import TEMP_MARK, hold_lock, release, remove_leftovers

PUBLIC_MODE = 0o644
SECRET_MODE = 0o600


def check_output_path(out: Path, option: str = "--out") -> Path:
    """The target file's directory must exist; the target must not be a directory."""
    out = Path(out)
    if out.is_dir():
        raise InputError(message(OUT_IS_DIRECTORY, path=str(out)), field=option)
    if not out.parent.is_dir():
        raise InputError(message(NO_DIRECTORY, path=str(out.parent)), field=option)
    return out


class PendingFile:
    """A temporary file being written; `commit()` renames it over the target.

    It is `.<target>.dps-<random>.part` next to the target, created 0600 (mkstemp) and loosened to 0644 only
    for a file without secrets, so that a file with secrets is private from its first byte. The writer holds a
    lock on it (app/output_files.py): a command killed mid-way leaves it unlocked, and the next output into the
    same folder removes it."""

    def __init__(self, target: Path, *, secret: bool) -> None:
        self.target = target
        remove_leftovers(target.parent)
        descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}{TEMP_MARK}", suffix=".part")
        self.temp_path = Path(name)
        os.close(descriptor)
        self._lock = hold_lock(self.temp_path)
        if not secret:
            os.chmod(self.temp_path, PUBLIC_MODE)
        self.committed = False

    def commit(self) -> None:
        with self.temp_path.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self.temp_path, self.target)
        self.committed = True
        release(self._lock)
        self._lock = None

    def discard(self) -> None:
        if not self.committed:
            self.temp_path.unlink(missing_ok=True)
        release(self._lock)
        self._lock = None


@contextmanager
def pending_file(target: Path, *, secret: bool) -> Iterator[PendingFile]:
    """The caller writes `temp_path` and calls `commit()`; on any error the temporary file is removed."""
    try:
        pending = PendingFile(target, secret=secret)
    except OSError as exc:
        raise InputError(message(CANNOT_WRITE_IN, path=str(target.parent), reason=exc.strerror), field="--out") from None
    try:
        yield pending
    finally:
        pending.discard()


def write_text_atomically(target: Path, text: str, *, secret: bool) -> None:
    with pending_file(target, secret=secret) as pending:
        with pending.temp_path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        pending.commit()


def open_text(pending: PendingFile) -> IO[str]:
    return pending.temp_path.open("w", encoding="utf-8", newline="")
