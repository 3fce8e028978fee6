"""What a batch report shows: plain data, no Qt, no database (services/reporting.py builds it, app/reports draws it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.batch_states import StateCounts
from app.services.supervision import ANOMALY_TITLES, Anomaly, AnomalyKind, RefusedElsewhere

@dataclass(frozen=True)
class DeviceLine:
    sn: str
    name: str
    state: str  # the progress bucket (supervision.bucket_of)
    status: str  # the lifecycle status as stored
    asset_id: str
    error: str
    updated_at: datetime


@dataclass(frozen=True)
class BatchReport:
    organisation: str
    group: str
    batch: str
    description: str
    created_at: datetime
    generated_at: datetime
    generated_by: str
    review: str
    review_comment: str
    reviewed_by: str
    reviewed_at: datetime | None
    counts: StateCounts
    anomalies: list[Anomaly]
    anomaly_counts: dict[AnomalyKind, int]
    stale_days: int
    unlabelled_days: int = 0
    devices: list[DeviceLine] = field(default_factory=list)
    refused_elsewhere: RefusedElsewhere | None = None  # refused labels of the group in no batch, or in no group
    audit_checkpoint: str = ""  # the signed head of the station's audit chain (app/services/audit_checkpoint.py)

    def refused_elsewhere_lines(self) -> list[tuple[str, int]]:
        """(title, count) of the refused labels this batch's report cannot list, but a supervisor must know of."""
        other = self.refused_elsewhere
        if other is None:
            return []
        return [("refused labels of the group outside any batch", other.outside_batches),
                ("refused labels naming no known group", other.no_group)]

    @property
    def anomalies_left_out(self) -> int:
        return sum(self.anomaly_counts.values()) - len(self.anomalies)

    def state_rows(self) -> list[tuple[str, str, int]]:
        """(key, title, count) for every state with devices, and the five progress states always."""
        return self.counts.rows()

    def review_text(self) -> str:
        if self.review == "open":
            return "open (not reviewed yet)"
        when = f" on {local_time(self.reviewed_at)}" if self.reviewed_at else ""
        comment = f": {self.review_comment}" if self.review_comment else ""
        return f"{self.review} by {self.reviewed_by}{when}{comment}"


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def anomaly_title(kind: AnomalyKind) -> str:
    return ANOMALY_TITLES[kind]
