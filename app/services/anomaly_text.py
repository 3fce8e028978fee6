"""What an anomaly is about, in words (supervision.Anomaly.what): a Message of the station's own templates.

`str()` of each is the English text the CLI and the reports show; the window translates the template and the
station's own words in it (a refusal's check, a camera, the keyboard), while names (SNs, OUs, users, files)
stay as they are. A failed allocation's stored error is data and is not built here.
"""

from __future__ import annotations

import re
from typing import Any

from app.domain.messages import Message, message, term
from app.domain.messages_devices import (
    ANOMALY_NEVER_LABELLED,
    ANOMALY_NOT_INSTALLED,
    ANOMALY_REFUSED,
    ANOMALY_REFUSED_CLAIMING,
    ANOMALY_REPROVISION,
    ANOMALY_SCANNED_TWICE,
    ANOMALY_SCANNED_TWICE_ONE,
    READ_FROM_FILE,
    READ_IN_FRAME,
)
from app.domain.messages_scan import CAMERA_NAME, KEYBOARD_SOURCE, SCANNER_SOURCE
from app.scan.outcomes import REFUSAL_TITLES

_CAMERA = re.compile(r"camera (\d{1,6})")
_REFUSALS = frozenset(REFUSAL_TITLES.values())


def never_labelled() -> Message:
    return message(ANOMALY_NEVER_LABELLED)


def not_installed(days: int) -> Message:
    return message(ANOMALY_NOT_INSTALLED, days=days)


def awaiting_reprovision(ou: str, environment: str, requested_by: str) -> Message:
    return message(ANOMALY_REPROVISION, ou=ou, environment=environment, user=requested_by)


def scanned_twice(scans: int) -> Message:
    return message(ANOMALY_SCANNED_TWICE_ONE if scans == 1 else ANOMALY_SCANNED_TWICE, count=scans)


def refused_what(details: dict[str, Any], actor: str) -> Message:
    """'signature does not match, read by camera 0 (frame 12) by ina' from a scan.refused event."""
    source = _source(str(details.get("source") or "?"))
    if details.get("file"):
        source = message(READ_FROM_FILE, source=source, file=str(details["file"]))
    elif details.get("frame") is not None:
        source = message(READ_IN_FRAME, source=source, frame=details["frame"])
    problem = str(details.get("problem") or "refused")
    shown = term(problem) if problem in _REFUSALS or problem == "refused" else problem  # else stored text as it is
    if details.get("claimed_sn"):
        return message(ANOMALY_REFUSED_CLAIMING, problem=shown, sn=str(details["claimed_sn"]), source=source,
                       actor=actor)
    return message(ANOMALY_REFUSED, problem=shown, source=source, actor=actor)


def _source(source: str) -> str:
    """Where a code was read, as stored: the station's own names again as Messages or terms; others as they are."""
    if source == str(KEYBOARD_SOURCE):
        return message(KEYBOARD_SOURCE)
    if source == str(SCANNER_SOURCE):
        return message(SCANNER_SOURCE)
    if source == "image":
        return term(source)
    camera = _CAMERA.fullmatch(source)
    if camera is not None and str(int(camera.group(1))) == camera.group(1):
        return message(CAMERA_NAME, index=int(camera.group(1)))
    return source
