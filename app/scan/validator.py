"""Accept a code once it is stable across frames; report it once while it stays in view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_STABLE_FRAMES = 2
# Longer than the decoder chain's second-opinion period (15 frames), so that a code only a
# rate-limited decoder reads does not "leave" between two of its reads.
DEFAULT_LEAVE_FRAMES = 20


@dataclass
class _Track:
    sightings: int = 0
    missing: int = 0
    accepted: bool = False


class StableCodeValidator:
    """Per-instance state; feed it the codes of each decoded frame, in order.

    A code is accepted when it has been seen in `stable_frames` frames since it came into
    view (single misses in between do not reset that count). It has left the view once it
    was missing from `leave_frames` frames in a row; seen again after that, it is a new scan.
    """

    def __init__(self, stable_frames: int = DEFAULT_STABLE_FRAMES, leave_frames: int = DEFAULT_LEAVE_FRAMES) -> None:
        if stable_frames < 1 or leave_frames < 1:
            raise ValueError("stable_frames and leave_frames must be at least 1")
        self.stable_frames = stable_frames
        self.leave_frames = leave_frames
        self._tracks: dict[str, _Track] = {}

    def update(self, codes: Iterable[str]) -> list[str]:
        """The codes accepted with this frame (each once per stay in view)."""
        present = list(dict.fromkeys(codes))
        accepted: list[str] = []
        for code in present:
            track = self._tracks.setdefault(code, _Track())
            track.sightings += 1
            track.missing = 0
            if not track.accepted and track.sightings >= self.stable_frames:
                track.accepted = True
                accepted.append(code)
        seen = set(present)
        for code in [c for c in self._tracks if c not in seen]:
            track = self._tracks[code]
            track.missing += 1
            if track.missing >= self.leave_frames:
                del self._tracks[code]
        return accepted

    def in_view(self) -> list[str]:
        return list(self._tracks)

    def reset(self) -> None:
        self._tracks.clear()
