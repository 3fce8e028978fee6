"""The audit chain's head, kept outside the database: a small file in the key directory.

`keys/audit-<station>.head` holds the newest event of this station's chain the key directory knows of (its #seq
and keyed hash) and the upgrade mark (`keyed_from`: the first event written with the keyed chain; events before
it may carry the older plain SHA-256 links). Someone who can write the database but not the key directory can
neither empty the audit table nor cut its newest events unnoticed: `audit verify` looks for the anchored event.

The file is written after each commit that appended events (atomically: a new file renamed over the old one), so
it never names an event that was rolled back; a kill between commit and write leaves it one commit behind, which
still holds (the anchor is a lower bound: the chain must reach it)."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

ANCHOR_INFO = "audit_anchor"
_KEYED_FROM: dict[Path, int] = {}  # per anchor file: the upgrade mark, read once per process
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Anchor:
    station: str
    seq: int
    mac: str
    keyed_from: int


def anchor_path(keys_dir: Path, station: str) -> Path:
    return keys_dir / f"audit-{station}.head"


def read_anchor(path: Path) -> Anchor | None:
    """None when there is no anchor (a key directory from before anchors, or another home's database)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(str(data["station"]), int(data["seq"]), str(data["mac"]), int(data["keyed_from"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Anchor("", 0, "", 1)  # unreadable: treated as an anchor no event matches (reported by verify)


def keyed_from(path: Path, next_seq: int) -> int:
    """The upgrade mark of this anchor file: the first keyed event (the next one, for a new file)."""
    with _LOCK:
        mark = _KEYED_FROM.get(path)
        if mark is None:
            existing = read_anchor(path)
            mark = existing.keyed_from if existing is not None and existing.station else next_seq
            _KEYED_FROM[path] = mark
        return mark


def remember(session: Session, path: Path, anchor: Anchor) -> None:
    """Write `anchor` once this session's transaction commits (nothing if it rolls back)."""
    session.info[ANCHOR_INFO] = (path, anchor)


def write_anchor(path: Path, anchor: Anchor) -> None:
    data = {"station": anchor.station, "seq": anchor.seq, "mac": anchor.mac, "keyed_from": anchor.keyed_from}
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(data).encode("utf-8"))
    finally:
        os.close(fd)
    os.replace(temporary, path)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(ANCHOR_INFO, None)
    if pending is None:
        return
    path, anchor = pending
    try:
        write_anchor(path, anchor)
    except OSError:
        pass  # the key directory is not writable: verify then reports the anchor as behind, never a crash


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(ANCHOR_INFO, None)
