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
from app.domain.wording import count_of
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
        lines = []
        if self.not_installed:
            verb = "is" if self.not_installed == 1 else "are"
            parts = [text for count, text in ((self.registered, f"{self.registered:,} registered"),
                                              (self.labelled, f"{self.labelled:,} labelled")) if count]
            lines.append(f"{count_of(self.not_installed, 'device')} {verb} not installed yet ({', '.join(parts)})")
        if self.anomaly_total:
            parts = [f"{ANOMALY_TITLES[kind]}: {self.anomalies[kind]:,}" for kind in ANOMALY_ORDER
                     if self.anomalies.get(kind)]
            lines.append(f"{count_of(self.anomaly_total, 'open anomaly', 'open anomalies')} ({', '.join(parts)})")
        return lines


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
