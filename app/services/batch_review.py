"""What a supervisor should know before approving a batch, and which approved batches a set of devices is in.

No Qt: the Office page, `dps-station batch approve` and the Factory's Delete call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.db.models import Asset, Batch, DeviceIdentity
from app.domain.enums import BatchReview
from app.domain.permissions import Permission
from app.domain.messages import message, Message, term
from app.domain.messages_devices import (
    ANOMALY_COUNT,
    COUNT_LABELLED,
    COUNT_REGISTERED,
    LIST_OF_TWO,
    NOT_INSTALLED_MANY,
    NOT_INSTALLED_ONE,
    OPEN_ANOMALIES,
    OPEN_ANOMALY_ONE,
)
from app.services import supervision
from app.services.context import ServiceContext
from app.services.groups import group_row
from app.services.supervision import ANOMALY_ORDER, ANOMALY_TITLES, AnomalyKind, AnomalyRules

IN_CHUNK = 900


@dataclass(frozen=True)
class ApprovalWarnings:
    """Devices of the batch not installed yet (registered or labelled) and its open anomalies per kind."""

    group: str
    batch: str
    registered: int = 0
    labelled: int = 0
    anomalies: dict[AnomalyKind, int] = field(default_factory=dict)

    @property
    def not_installed(self) -> int:
        return self.registered + self.labelled

    @property
    def anomaly_total(self) -> int:
        return sum(self.anomalies.values())

    def __bool__(self) -> bool:
        return bool(self.not_installed or self.anomaly_total)

    def lines(self) -> list[str]:
        """The warnings in words (Messages: the window translates them; str() is the English text)."""
        lines: list[str] = []
        if self.not_installed:
            parts = [message(template, count=count) for count, template in
                     ((self.registered, COUNT_REGISTERED), (self.labelled, COUNT_LABELLED)) if count]
            lines.append(message(NOT_INSTALLED_ONE if self.not_installed == 1 else NOT_INSTALLED_MANY,
                                 count=self.not_installed, parts=listed(parts)))
        if self.anomaly_total:
            parts = [message(ANOMALY_COUNT, kind=term(ANOMALY_TITLES[kind]), count=self.anomalies[kind])
                     for kind in ANOMALY_ORDER if self.anomalies.get(kind)]
            lines.append(message(OPEN_ANOMALY_ONE if self.anomaly_total == 1 else OPEN_ANOMALIES,
                                 count=self.anomaly_total, parts=listed(parts)))
        return lines


def listed(items: Sequence[Message]) -> Message:
    """"a, b, c" as one Message (each item, and the separator, translated in the window)."""
    joined = items[-1]
    for item in reversed(items[:-1]):
        joined = message(LIST_OF_TWO, first=item, rest=joined)
    return joined


def approval_warnings(ctx: ServiceContext, group: str, batch: str, *,
                      rules: AnomalyRules | None = None) -> ApprovalWarnings:
    """Why approving `batch` now may be early: devices not installed yet and open anomalies."""
    ctx.require(Permission.VIEW)
    progress = supervision.batch_progress(ctx, group, batch)
    counts = supervision.anomaly_counts(ctx, group, batch, rules=rules)
    return ApprovalWarnings(progress.group, progress.batch, progress.counts.registered, progress.counts.labelled,
                            {kind: count for kind, count in counts.items() if count})


@dataclass(frozen=True)
class ApprovedBatch:
    number: str
    reviewed_by: str
    devices: int  # of the devices asked about


def approved_batches_of(ctx: ServiceContext, group: str, sns: Sequence[str]) -> list[ApprovedBatch]:
    """The approved batches that some of these devices (SNs of `group`) belong to, with how many of them."""
    ctx.require(Permission.VIEW)
    found: dict[str, ApprovedBatch] = {}
    with ctx.read() as session:
        group_id = group_row(session, group).id
        for start in range(0, len(sns), IN_CHUNK):
            rows = session.execute(
                select(Batch.number, Batch.reviewed_by, func.count())
                .join(Asset, Asset.batch_id == Batch.id)
                .join(DeviceIdentity, DeviceIdentity.asset_id == Asset.id)
                .where(DeviceIdentity.registration_group_id == group_id, DeviceIdentity.deleted.is_(False),
                       DeviceIdentity.sn.in_(sns[start:start + IN_CHUNK]),
                       Batch.review == BatchReview.APPROVED.value)
                .group_by(Batch.number, Batch.reviewed_by)).all()
            for number, reviewed_by, count in rows:
                before = found.get(number)
                found[number] = ApprovedBatch(number, reviewed_by, count + (before.devices if before else 0))
    return [found[number] for number in sorted(found)]
