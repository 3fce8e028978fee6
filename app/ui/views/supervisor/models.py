"""Item models of the Office workspace: batches with progress, anomalies, reprovision requests, audit events.

Rows are the services' plain records, on the window's one table model (app/ui/models/record_table.py);
long lists (anomalies, audit events) on its keyset-paged form (app/ui/models/paged.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from app.domain.batch_states import BATCH_STATES, STATE_COLOURS, STATE_TITLES, BatchState
from app.domain.messages import QT_TRANSLATE_NOOP, VALUES, message, term
from app.domain.messages_devices import ANOMALY_COUNT
from app.domain.records import AuditRecord, ReprovisionRecord
from app.services.report_model import local_time
from app.services.batch_review import listed
from app.services.supervision import ANOMALY_ORDER, ANOMALY_TITLES, AnomalyKind, BatchProgress
from app.ui.locale_format import moment_text
from app.ui.messages import translate_message
from app.ui.models.paged import PagedTableModel
from app.ui.models.record_table import Column, CountsRole, RecordTableModel
from app.ui.palette import OUTCOME_COLOURS

__all__ = ["AnomalyModel", "AuditModel", "BatchProgressModel", "CountsRole", "ReprovisionModel", "anomaly_counts_text",
           "anomaly_title_text", "swatch"]


def swatch(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def anomaly_title_text(kind: AnomalyKind) -> str:
    """An anomaly's title in the window's language (the titles are terms of the context "message values")."""
    return QCoreApplication.translate(VALUES, ANOMALY_TITLES[kind])


def anomaly_counts_text(counts: Mapping[AnomalyKind, int]) -> str:
    """'never labelled: 2, duplicate scans: 1' in the window's language (ANOMALY_ORDER; kinds without any left out)."""
    parts = [message(ANOMALY_COUNT, kind=term(ANOMALY_TITLES[kind]), count=counts[kind])
             for kind in ANOMALY_ORDER if counts.get(kind)]
    return translate_message(listed(parts)) if parts else ""


REVIEWS = (QT_TRANSLATE_NOOP("BatchProgressModel", "open"), QT_TRANSLATE_NOOP("BatchProgressModel", "approved"),
           QT_TRANSLATE_NOOP("BatchProgressModel", "rejected"))


def _progress_text(record: BatchProgress) -> str:
    total = record.counts.total
    share = round(100 * record.counts.activated / total) if total else 0
    return QCoreApplication.translate("BatchProgressModel", "%1% activated").replace("%1", str(share))


def _review_text(record: BatchProgress) -> str:
    return QCoreApplication.translate("BatchProgressModel", record.review)


def _state_column(state: str) -> Column:
    return Column(STATE_TITLES[state], lambda r: str(r.counts.as_dict()[state]), right=True)


class BatchProgressModel(RecordTableModel):
    """One column per batch state (every state: the columns add up to Devices)."""

    BATCH, DEVICES, PROGRESS, *STATE_COLUMNS, REVIEW = range(4 + len(BATCH_STATES))
    CONTEXT = "BatchProgressModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("BatchProgressModel", "Batch"), lambda r: r.batch, tooltip=lambda r: r.description or None),
        Column(QT_TRANSLATE_NOOP("BatchProgressModel", "Devices"), lambda r: str(r.counts.total), right=True),
        Column(QT_TRANSLATE_NOOP("BatchProgressModel", "Progress"), _progress_text),
        *(_state_column(state) for state in BATCH_STATES),
        Column(QT_TRANSLATE_NOOP("BatchProgressModel", "Review"), _review_text),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._swatches = {state: swatch(STATE_COLOURS[state]) for state in BATCH_STATES}

    def key(self, record: BatchProgress) -> str:
        return record.batch

    def state_of_column(self, column: int) -> str | None:
        offset = column - self.STATE_COLUMNS[0]
        return BATCH_STATES[offset] if 0 <= offset < len(BATCH_STATES) else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DecorationRole \
                and section in self.STATE_COLUMNS:
            return self._swatches[BATCH_STATES[section - self.STATE_COLUMNS[0]]]
        return super().headerData(section, orientation, role)

    def extra_data(self, record: BatchProgress, column: int, role: int) -> Any:
        if role == CountsRole:
            return record.counts
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.REVIEW and record.review != "open":
                return QColor(OUTCOME_COLOURS["ok" if record.review == "approved" else "error"])
            if self.state_of_column(column) == BatchState.FAILED and record.counts.failed:
                return QColor(OUTCOME_COLOURS["error"])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REVIEW and record.review != "open":
            comment = record.review_comment or QCoreApplication.translate("BatchProgressModel", "(no comment)")
            return (QCoreApplication.translate("BatchProgressModel", "%1 by %2: %3")
                    .replace("%1", _review_text(record)).replace("%2", record.reviewed_by or "").replace("%3", comment))
        return None


class AnomalyModel(PagedTableModel):
    KIND, SN, BATCH, WHAT, SINCE = range(5)
    CONTEXT = "AnomalyModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AnomalyModel", "Anomaly"), lambda r: anomaly_title_text(r.kind)),
        Column(QT_TRANSLATE_NOOP("AnomalyModel", "SN"), lambda r: r.sn),
        Column(QT_TRANSLATE_NOOP("AnomalyModel", "Batch"), lambda r: r.batch or ""),
        Column(QT_TRANSLATE_NOOP("AnomalyModel", "What"), lambda r: translate_message(r.what),
               tooltip=lambda r: translate_message(r.what)),
        Column(QT_TRANSLATE_NOOP("AnomalyModel", "Since"), lambda r: local_time(r.since)),
    )


class ReprovisionModel(RecordTableModel):
    SN, GROUP, FROM, TO, REQUESTED_BY, SINCE = range(6)
    CONTEXT = "ReprovisionModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "SN"), lambda r: r.sn),
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "Group"), lambda r: r.group),
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "From"), lambda r: f"{r.from_ou}/{r.from_environment}"),
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "To"), lambda r: f"{r.target_ou}/{r.target_environment}"),
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "Requested by"), lambda r: r.requested_by),
        Column(QT_TRANSLATE_NOOP("ReprovisionModel", "Since"), lambda r: local_time(r.updated_at)),
    )

    def key(self, record: ReprovisionRecord) -> str:
        return str(record.id)


def _details(record: AuditRecord) -> str:
    return ", ".join(f"{key}={_short(value)}" for key, value in sorted(record.details.items()))


class AuditModel(PagedTableModel):
    WHEN, STATION, SEQ, ACTOR, ACTION, GROUP, SN, DETAILS = range(8)
    CONTEXT = "AuditModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditModel", "When"), lambda r: moment_text(r.at, seconds=True)),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Station"), lambda r: r.station),
        Column(QT_TRANSLATE_NOOP("AuditModel", "#"), lambda r: str(r.seq), right=True),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda r: r.actor),
        Column(QT_TRANSLATE_NOOP("AuditModel", "What"), lambda r: r.action),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Group"), lambda r: r.group),
        Column(QT_TRANSLATE_NOOP("AuditModel", "SN"), lambda r: r.sn),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Details"), _details, tooltip=_details),
    )


def _short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
