"""Find shipped resources (label templates, icons, sounds, .desktop file) wherever the app runs from.

Looked up in order: a PyInstaller bundle, the source tree (also an editable install), and the
data files of an installed wheel (share/dps-station).
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.errors import NotFoundError

SHARE_NAME = "dps-station"


def resource_roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parents[1] / "resources")
    roots.append(Path(sys.prefix) / "share" / SHARE_NAME)
    return roots


def resource_path(relative: str) -> Path:
    """The shipped file or folder `relative` (e.g. "templates" or "icons/dps-station.svg")."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise NotFoundError(f"resource {relative!r} is missing from this installation (looked in "
                        f"{', '.join(str(root) for root in resource_roots())})")
