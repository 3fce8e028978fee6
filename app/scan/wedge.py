"""USB barcode scanners that type (keyboard wedge): tell a scanned code from a person typing.

A scanner "types" a whole code within a few milliseconds per character and ends it with
Enter; a person needs 80-300 ms per key. The detector is fed key events with their time
stamps (seconds) and, on Enter, returns what was entered and how.
"""

from __future__ import annotations

import statistics
from itertools import pairwise
from dataclasses import dataclass
from enum import StrEnum

ENTER_KEYS = frozenset({"\r", "\n", "Enter", "Return"})
DEFAULT_FAST_GAP = 0.035  # median gap between a scanner's characters stays below this
DEFAULT_MAX_GAP = 0.08  # no single gap of a scanner's burst (OS scheduling hiccups included) exceeds this
DEFAULT_MIN_LENGTH = 4


class EntryKind(StrEnum):
    SCANNER = "scanner"
    TYPED = "typed"


@dataclass(frozen=True)
class WedgeEntry:
    text: str
    kind: EntryKind
    discarded: str = ""  # slowly typed characters in front of a scanner burst, not part of the code


class WedgeDetector:
    """Per-instance state. feed() each printable character and Enter; anything else may be ignored."""

    def __init__(self, *, fast_gap: float = DEFAULT_FAST_GAP, max_gap: float = DEFAULT_MAX_GAP,
                 min_length: int = DEFAULT_MIN_LENGTH) -> None:
        self.fast_gap = fast_gap
        self.max_gap = max_gap
        self.min_length = min_length
        self._chars: list[str] = []
        self._times: list[float] = []

    def feed(self, key: str, timestamp: float) -> WedgeEntry | None:
        """A character or Enter at `timestamp`; returns the entry Enter completes, else None."""
        if key in ENTER_KEYS:
            return self._complete(timestamp)
        if key == "\b":
            if self._chars:
                self._chars.pop()
                self._times.pop()
            return None
        if len(key) != 1 or not key.isprintable():
            return None
        self._chars.append(key)
        self._times.append(timestamp)
        return None

    def reset(self) -> None:
        self._chars.clear()
        self._times.clear()

    @property
    def pending(self) -> str:
        return "".join(self._chars)

    def _complete(self, enter_time: float) -> WedgeEntry | None:
        chars, times = self._chars, self._times + [enter_time]
        self._chars, self._times = [], []
        if not chars:
            return None
        start = self._burst_start(times)
        burst = "".join(chars[start:])
        if start < len(chars) and len(burst) >= self.min_length and self._is_fast(times[start:]):
            return WedgeEntry(burst, EntryKind.SCANNER, discarded="".join(chars[:start]))
        return WedgeEntry("".join(chars), EntryKind.TYPED)

    def _burst_start(self, times: list[float]) -> int:
        """Index of the first character of the fast run that ends with Enter."""
        start = len(times) - 1
        while start > 0 and times[start] - times[start - 1] <= self.max_gap:
            start -= 1
        return start

    def _is_fast(self, times: list[float]) -> bool:
        gaps = [later - earlier for earlier, later in pairwise(times)]
        return bool(gaps) and max(gaps) <= self.max_gap and statistics.median(gaps) <= self.fast_gap
