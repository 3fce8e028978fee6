"""A scan session: the group being onboarded, the devices seen so far (duplicates), every result.

Thread-safe: the camera pipeline's worker and the keyboard (GUI thread) may report at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.domain.messages import message
from app.domain.messages_scan import KEYBOARD_SOURCE as KEYBOARD, SCANNER_SOURCE as SCANNER
from app.scan.outcomes import (
    Classifier,
    DeviceDirectory,
    Origin,
    ScanOutcome,
    ScanResult,
)
from app.scan.pipeline import AcceptedCode, ScanPipeline
from app.scan.wedge import EntryKind, WedgeEntry

KEYBOARD_SOURCE: str = message(KEYBOARD)  # where a code came from: a Message, shown translated in the scan list
SCANNER_SOURCE: str = message(SCANNER)
NOT_REMEMBERED = (ScanOutcome.FORGED, ScanOutcome.DUPLICATE, ScanOutcome.BAD_MANUAL_CODE)


class ScanSession:
    def __init__(self, directory: DeviceDirectory, *, group_name: str | None = None, group_id: str | None = None,
                 on_outcome: Callable[[ScanResult], None] | None = None) -> None:
        self.classifier = Classifier(directory, group_name=group_name, group_id=group_id)
        self.group_name = group_name
        self.group_id = group_id
        self.on_outcome = on_outcome
        self.results: list[ScanResult] = []
        self._seen: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def classify(self, text: str, origin: Origin, *, remember: bool = True) -> ScanResult:
        """remember=False: a look-up (the Replace page reading a device) that neither counts as a repeat nor
        makes a later scan of that device one."""
        with self._lock:
            result = self.classifier.classify(text, origin, self._seen if remember else None)
            if remember and result.device is not None and result.outcome not in NOT_REMEMBERED:
                self._seen.add((result.device.group_id, result.device.sn))
            self.results.append(result)
        if self.on_outcome is not None:
            self.on_outcome(result)
        return result

    def scan(self, accepted: AcceptedCode) -> ScanResult:
        """A code the camera pipeline accepted."""
        origin = Origin(source="image" if accepted.file is not None else accepted.source,
                        frame=None if accepted.file is not None else accepted.frame_number,
                        file=str(accepted.file) if accepted.file is not None else None,
                        decoder=accepted.detection.decoder)
        return self.classify(accepted.text, origin)

    def enter(self, entry: WedgeEntry, *, remember: bool = True) -> ScanResult:
        """A line from the keyboard: a USB scanner's burst or text a person typed (maybe a manual code)."""
        typed = entry.kind is EntryKind.TYPED
        return self.classify(entry.text.strip(), Origin(source=KEYBOARD_SOURCE if typed else SCANNER_SOURCE,
                                                        typed=typed), remember=remember)

    def attach(self, pipeline: ScanPipeline, *, on_accepted: Callable[[AcceptedCode], None] | None = None) -> None:
        """Classify every code the pipeline accepts; on_accepted (a beep) runs first, then on_outcome."""

        def accepted(code: AcceptedCode) -> None:
            if on_accepted is not None:
                on_accepted(code)
            self.scan(code)

        pipeline.on_accepted = accepted

    def forget(self) -> None:
        """Start over: no device counts as seen any more (the results stay)."""
        with self._lock:
            self._seen.clear()
