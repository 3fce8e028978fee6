"""The states a batch's devices are counted in: one set of names, one order, one rule, one count.

The Factory's Batches page, the Office's batch table and chart and the batch report (PDF and CSV) all show
these, so that every view of a batch adds up to its number of devices. Every live device is in exactly
one state:

| state      | devices                                                                              |
|------------|--------------------------------------------------------------------------------------|
| registered | status registered                                                                    |
| labelled   | status labelled                                                                      |
| installed  | status installed                                                                     |
| activated  | status allocated or connected (phase active in app/domain/lifecycle.py)              |
| failed     | not disabled or retired, and the last allocation or reprovision failed (the error is  |
|            | kept on the device; a later successful activation or reprovision clears it)           |
| disabled   | status disabled                                                                      |
| retired    | status replaced or discarded (phase retired)                                         |

'failed' wins over the status the device is in; 'disabled' and 'retired' win over 'failed'. The SQL form
of the rule (for counting in the database) is app/services/batch_counts.py. Each state has one colour
(STATE_COLOURS, hex strings), the same in the window's bars, legends and charts and in the PDF report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum

from app.domain.lifecycle import Phase, phase_of
from app.domain.messages import QT_TRANSLATE_NOOP


class BatchState(StrEnum):
    REGISTERED = "registered"
    LABELLED = "labelled"
    INSTALLED = "installed"
    ACTIVATED = "activated"
    FAILED = "failed"
    DISABLED = "disabled"
    RETIRED = "retired"


BATCH_STATES: tuple[str, ...] = tuple(state.value for state in BatchState)
"""Every state, in the order every view shows them."""
PROGRESS_STATES: tuple[str, ...] = BATCH_STATES[:5]
"""The way through onboarding (and where it failed): always shown, also when nothing is in them."""
OTHER_STATES: tuple[str, ...] = BATCH_STATES[5:]
"""Out of the way: shown where there are such devices."""

STATE_TITLES: dict[str, str] = {  # translated where shown (context "message values")
    BatchState.REGISTERED: QT_TRANSLATE_NOOP("message values", "Registered"),
    BatchState.LABELLED: QT_TRANSLATE_NOOP("message values", "Labelled"),
    BatchState.INSTALLED: QT_TRANSLATE_NOOP("message values", "Installed"),
    BatchState.ACTIVATED: QT_TRANSLATE_NOOP("message values", "Activated"),
    BatchState.FAILED: QT_TRANSLATE_NOOP("message values", "Failed"),
    BatchState.DISABLED: QT_TRANSLATE_NOOP("message values", "Disabled"),
    BatchState.RETIRED: QT_TRANSLATE_NOOP("message values", "Replaced or discarded"),
}

STATE_COLOURS: dict[str, str] = {
    BatchState.REGISTERED: "#90a4ae",
    BatchState.LABELLED: "#1565c0",
    BatchState.INSTALLED: "#6a1b9a",
    BatchState.ACTIVATED: "#2e7d32",
    BatchState.FAILED: "#c62828",
    BatchState.DISABLED: "#ef6c00",
    BatchState.RETIRED: "#616161",
}
"""The colour of each state, as a hex string (usable without Qt)."""

def state_of(status: str, status_error: str) -> BatchState:
    """The state one device is counted in (the rule of the table above)."""
    phase = phase_of(status)
    if phase is Phase.RETIRED:
        return BatchState.RETIRED
    if phase is Phase.DISABLED:
        return BatchState.DISABLED
    if status_error:
        return BatchState.FAILED
    if phase is Phase.ACTIVE:
        return BatchState.ACTIVATED
    return BatchState(status)


@dataclass(frozen=True)
class StateCounts:
    """Devices per state; the fields are BATCH_STATES, in that order."""

    registered: int = 0
    labelled: int = 0
    installed: int = 0
    activated: int = 0
    failed: int = 0
    disabled: int = 0
    retired: int = 0

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> StateCounts:
        """From a mapping state -> count (missing states count 0; unknown keys are refused)."""
        return cls(**{str(state): int(count) for state, count in counts.items()})

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    def as_dict(self) -> dict[str, int]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def __add__(self, other: StateCounts) -> StateCounts:
        return StateCounts(**{name: value + getattr(other, name) for name, value in self.as_dict().items()})

    def rows(self) -> list[tuple[str, str, int]]:
        """(state, title, count) as charts and tables list them: the progress states always, the others when
        there are such devices. They add up to `total`."""
        return [(state, STATE_TITLES[state], count) for state, count in self.as_dict().items()
                if state in PROGRESS_STATES or count]


assert tuple(item.name for item in fields(StateCounts)) == BATCH_STATES
assert tuple(STATE_COLOURS) == BATCH_STATES and tuple(STATE_TITLES) == BATCH_STATES
