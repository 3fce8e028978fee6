"""Find shipped resources (label templates, icons, sounds, .desktop file) wherever the app runs from.

Looked up in order: a PyInstaller bundle, the source tree (also an editable install), and the
data files of an installed wheel (share/dps-station) wherever pip put them: the environment's prefix, the user's
base (`pip install --user`) or the data directory of the interpreter's install scheme.
"""

from __future__ import annotations

import site
import sys
import sysconfig
from pathlib import Path

from app.domain.errors import NotFoundError
from app.domain.messages import message
from app.domain.messages_station import RESOURCE_MISSING

SHARE_NAME = "dps-station"


def resource_roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(Path(__file__).resolve().parents[1] / "resources")
    for data in (sys.prefix, site.getuserbase(), sysconfig.get_path("data")):
        root = Path(data) / "share" / SHARE_NAME
        if root not in roots:
            roots.append(root)
    return roots


def resource_path(relative: str) -> Path:
    """The shipped file or folder `relative` (e.g. "templates" or "icons/dps-station.svg")."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise NotFoundError(message(RESOURCE_MISSING, name=relative,
                                places=", ".join(str(root) for root in resource_roots())))
