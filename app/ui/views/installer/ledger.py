"""What this session did per device, for the summary: done, failed, pending."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from app.domain.lifecycle import Action, allowed
from app.scan.outcomes import ScanOutcome, ScanResult
from app.ui.locale_format import count_text


class Progress(StrEnum):
    SCANNED = "scanned"  # ready to onboard, nothing done yet: pending
    INSTALLED = "installed"  # master data in, not activated yet: pending
    AWAITING_APPROVAL = "awaiting approval"  # a reprovision a supervisor must approve: pending
    DONE = "done"
    FAILED = "failed"


PENDING = (Progress.SCANNED, Progress.INSTALLED, Progress.AWAITING_APPROVAL)


@dataclass
class DeviceProgress:
    group: str
    sn: str
    progress: Progress
    note: str


@dataclass(frozen=True)
class SessionSummary:
    scans: int
    done: list[DeviceProgress] = field(default_factory=list)
    failed: list[DeviceProgress] = field(default_factory=list)
    pending: list[DeviceProgress] = field(default_factory=list)
    refused_scans: int = 0  # forged labels, wrong manual codes, disabled or retired devices
    duplicate_scans: int = 0

    def line(self) -> str:
        return (QCoreApplication.translate("SessionLedger", "%1 done, %2 failed, %3 pending (%4, %5 refused, "
                                                            "%6 duplicate)")
                .replace("%1", str(len(self.done))).replace("%2", str(len(self.failed)))
                .replace("%3", str(len(self.pending))).replace("%4", count_text(self.scans, "scan"))
                .replace("%5", str(self.refused_scans)).replace("%6", str(self.duplicate_scans)))


class SessionLedger:
    def __init__(self) -> None:
        self._devices: dict[tuple[str, str], DeviceProgress] = {}
        self._scans = 0
        self._refused = 0
        self._duplicates = 0

    def scanned(self, result: ScanResult) -> None:
        self._scans += 1
        if result.outcome.refused:
            self._refused += 1
        if result.repeat or result.outcome is ScanOutcome.DUPLICATE:  # a retired device scanned twice too
            self._duplicates += 1
        onboardable = result.accepted or (result.outcome is ScanOutcome.UNSIGNED and result.device is not None
                                          and allowed(result.device.status, Action.ACTIVATE))
        if onboardable and result.sn and result.group:
            self._devices.setdefault((result.group, result.sn),
                                     DeviceProgress(result.group, result.sn, Progress.SCANNED, "scanned"))

    def record(self, group: str, sn: str, progress: Progress, note: str) -> None:
        entry = self._devices.get((group, sn))
        if entry is None:
            self._devices[(group, sn)] = DeviceProgress(group, sn, progress, note)
        elif entry.progress is Progress.DONE and progress is Progress.AWAITING_APPROVAL:
            # a reprovision request after the device was onboarded in this session: the onboarding stays done
            entry.note = f"{entry.note}; {note}"
        else:
            entry.progress, entry.note = progress, note

    def progress_of(self, group: str, sn: str) -> Progress | None:
        entry = self._devices.get((group, sn))
        return entry.progress if entry else None

    def summary(self) -> SessionSummary:
        devices = list(self._devices.values())
        return SessionSummary(
            scans=self._scans,
            done=[d for d in devices if d.progress is Progress.DONE],
            failed=[d for d in devices if d.progress is Progress.FAILED],
            pending=[d for d in devices if d.progress in PENDING],
            refused_scans=self._refused, duplicate_scans=self._duplicates)
