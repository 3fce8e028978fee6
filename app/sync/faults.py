"""Fault injection for tests: DPS_SYNC_CRASH_AT=NAME makes the sync process exit at checkpoint NAME.

`NAME` may end in `#N` to exit at its N-th visit. Off (one dictionary look-up) unless the variable is set.
"""

from __future__ import annotations

import os

CRASH_ENV = "DPS_SYNC_CRASH_AT"
CRASH_EXIT_CODE = 97
_visits: dict[str, int] = {}


def checkpoint(name: str) -> None:
    target = os.environ.get(CRASH_ENV)
    if not target:
        return
    wanted, _, count = target.partition("#")
    if wanted != name:
        return
    _visits[name] = _visits.get(name, 0) + 1
    if _visits[name] >= int(count or 1):
        os._exit(CRASH_EXIT_CODE)
