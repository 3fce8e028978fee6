"""Temporary output a command is writing, and what a killed command left.

Every output file or folder is written under a temporary name in the folder it goes to, and renamed when
whole. Those temporary names all carry `.dps-` (see the patterns below), and the command writing one holds an
exclusive lock (flock) on it for as long as it writes. A command killed mid-way cannot release its lock
otherwise than by dying, so the next command that writes output into the same folder removes every leftover
there whose lock it can take: only names of this form, only regular files and folders (never a symbolic link),
only those of the same user. A leftover of a command still running stays (its lock is held).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import stat
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; leftovers are then kept
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

TEMP_MARK = ".dps-"
# .<target>.dps-<random>.part (a file being written), .dps-provisioning-<random> and .<folder>.dps-labels-<random>
# (folders being filled), .dps-labels-<random>.moving (the list of PNG files a job is moving into a folder)
LEFTOVER = re.compile(r"^\..*\.dps-[A-Za-z0-9_]+\.part$|^\.dps-provisioning-[A-Za-z0-9_]+$"
                      r"|^\..*\.dps-labels-[A-Za-z0-9_]+$|^\.dps-labels-[A-Za-z0-9_]+\.moving$")


def hold_lock(path: Path) -> int | None:
    """Open `path` (a file or a folder) and hold an exclusive lock on it; close the returned descriptor to release."""
    if fcntl is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def release(descriptor: int | None) -> None:
    if descriptor is not None:
        try:
            os.close(descriptor)
        except OSError:
            pass


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove what killed commands left in `folder` (see the module); returns what was removed."""
    removed: list[Path] = []
    if fcntl is None:
        return removed
    try:
        names = [entry.name for entry in os.scandir(folder) if LEFTOVER.match(entry.name)]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        if _abandoned(path):
            try:
                if name.endswith(".moving"):
                    _roll_back_moves(folder, path)
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except OSError as error:
                log.warning("could not remove %s, left by a command that was stopped: %s", path, error)
                continue
            log.warning("removed %s, left by a command that was stopped before it finished", path)
            removed.append(path)
    return removed


def _abandoned(path: Path) -> bool:
    """A regular file or folder of ours (this user's, no link) whose lock nobody holds."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    try:
        descriptor = hold_lock(path)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False  # a running command holds it
        return False
    release(descriptor)
    return True


def _roll_back_moves(folder: Path, journal: Path) -> None:
    """A PNG job killed while moving its files into a folder that had files: remove the ones it had moved (those
    no longer in its staging folder), so that the job appears not at all. The journal's first line names the
    staging folder, the others the files."""
    lines = journal.read_text(encoding="utf-8").splitlines()
    if not lines:
        return
    staging = Path(lines[0])
    for line in lines[1:]:
        name = line.strip()
        if not name or "/" in name or "\\" in name or name.startswith("."):
            continue
        target = folder / name
        if not (staging / name).exists() and target.is_file() and not target.is_symlink():
            target.unlink()


def write_journal(path: Path, staging: Path, names: list[str]) -> int | None:
    """The list of files a job is about to move from `staging` into `path`'s folder, locked while it moves."""
    with path.open("x", encoding="utf-8") as handle:
        handle.write("\n".join([str(staging), *names]) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return hold_lock(path)
