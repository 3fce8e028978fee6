"""Item models of the Office workspace: batches with progress, anomalies, reprovision requests, audit events.

Rows are the services' plain records. Long lists (anomalies, audit events) are keyset-paged:
`canFetchMore`/`fetchMore` ask the next page on the runner and insert it when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import AuditRecord, ReprovisionRecord
from app.domain.batch_states import BATCH_STATES, STATE_TITLES, BatchState
from app.reports.chart import STATE_COLOURS
from app.reports.model import local_time
from app.services.supervision import ANOMALY_TITLES, Anomaly, BatchProgress
from app.ui.locale_format import moment_text
from app.ui.palette import OUTCOME_COLOURS
from app.ui.tasks import TaskRunner
from app.ui.messages import translate_label

RecordRole = Qt.ItemDataRole.UserRole + 1
CountsRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# cursor (None: first page) -> (records, next cursor or None[, extra: whatever the view wants with the page])
PageFetch = Callable[[Any], tuple[Any, ...]]


class RecordTableModel(QAbstractTableModel):
    """A flat table of records; subclasses name the columns and say what a cell shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return translate_label(type(self).__name__, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records) or index.parent().isValid():
            return None
        record = self._records[index.row()]
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        return self.extra(record, index.column(), role)

    def display(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def extra(self, record: Any, column: int, role: int) -> Any:
        return None


class PagedTableModel(RecordTableModel):
    """A RecordTableModel filled page by page in the background."""

    loaded = Signal(int)  # rows held after a page arrived
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch: PageFetch | None = None
        self._cursor: Any = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.page_extra: Any = None  # the optional third item of the last page

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, fetch: PageFetch) -> None:
        """Forget the rows and load the first page of `fetch`."""
        self._generation += 1
        self.set_records([])
        self._fetch = fetch
        self._cursor = None
        self._more = True
        self._request()

    def clear(self) -> None:
        self._generation += 1
        self._fetch = None
        self._more = False
        self._loading = False
        self.set_records([])

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetch is not None and self._more and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        fetch, cursor, generation = self._fetch, self._cursor, self._generation
        assert fetch is not None
        self._loading = True
        self._runner.call("load a page", lambda: fetch(cursor),
                          on_done=lambda result: self._arrived(generation, result),
                          on_failed=lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, result: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        records, cursor, *rest = result
        self.page_extra = rest[0] if rest else None
        self._loading = False
        self._cursor = cursor
        self._more = cursor is not None
        if records:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self._records.extend(records)
            self.endInsertRows()
        self.loaded.emit(len(self._records))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False
        self.failed.emit(error)


def swatch(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class BatchProgressModel(RecordTableModel):
    """One column per batch state (every state: the columns add up to Devices)."""

    BATCH, DEVICES, PROGRESS, *STATE_COLUMNS, REVIEW = range(4 + len(BATCH_STATES))
    HEADERS = (
        QT_TRANSLATE_NOOP("BatchProgressModel", "Batch"),
        QT_TRANSLATE_NOOP("BatchProgressModel", "Devices"),
        QT_TRANSLATE_NOOP("BatchProgressModel", "Progress"),
        *(STATE_TITLES[s] for s in BATCH_STATES),
        QT_TRANSLATE_NOOP("BatchProgressModel", "Review"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._swatches = {state: swatch(STATE_COLOURS[state]) for state in BATCH_STATES}

    def state_of_column(self, column: int) -> str | None:
        offset = column - self.STATE_COLUMNS[0]
        return BATCH_STATES[offset] if 0 <= offset < len(BATCH_STATES) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DecorationRole \
                and section in self.STATE_COLUMNS:
            return self._swatches[BATCH_STATES[section - self.STATE_COLUMNS[0]]]
        return super().headerData(section, orientation, role)

    def display(self, record: BatchProgress, column: int) -> str:
        if column == self.BATCH:
            return record.batch
        if column == self.DEVICES:
            return str(record.counts.total)
        if column == self.PROGRESS:
            total = record.counts.total
            done = record.counts.activated
            return f"{round(100 * done / total) if total else 0}% activated"
        if column in self.STATE_COLUMNS:
            return str(record.counts.as_dict()[BATCH_STATES[column - self.STATE_COLUMNS[0]]])
        if column == self.REVIEW:
            return record.review
        return ""

    def extra(self, record: BatchProgress, column: int, role: int) -> Any:
        if role == CountsRole:
            return record.counts
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.REVIEW and record.review != "open":
                return QColor(OUTCOME_COLOURS["ok" if record.review == "approved" else "error"])
            if column in self.STATE_COLUMNS and self.state_of_column(column) == BatchState.FAILED \
                    and record.counts.failed:
                return QColor(OUTCOME_COLOURS["error"])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.REVIEW and record.review != "open":
                return f"{record.review} by {record.reviewed_by}: {record.review_comment or '(no comment)'}"
            if column == self.BATCH and record.description:
                return record.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.BATCH, self.PROGRESS, self.REVIEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AnomalyModel(PagedTableModel):
    KIND, SN, BATCH, WHAT, SINCE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AnomalyModel", "Anomaly"),
        QT_TRANSLATE_NOOP("AnomalyModel", "SN"),
        QT_TRANSLATE_NOOP("AnomalyModel", "Batch"),
        QT_TRANSLATE_NOOP("AnomalyModel", "What"),
        QT_TRANSLATE_NOOP("AnomalyModel", "Since"),
    )

    def display(self, record: Anomaly, column: int) -> str:
        return (ANOMALY_TITLES[record.kind], record.sn, record.batch or "", record.what,
                local_time(record.since))[column]

    def extra(self, record: Anomaly, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WHAT:
            return record.what
        return None


class ReprovisionModel(RecordTableModel):
    SN, GROUP, FROM, TO, REQUESTED_BY, SINCE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReprovisionModel", "SN"),
        QT_TRANSLATE_NOOP("ReprovisionModel", "Group"),
        QT_TRANSLATE_NOOP("ReprovisionModel", "From"),
        QT_TRANSLATE_NOOP("ReprovisionModel", "To"),
        QT_TRANSLATE_NOOP("ReprovisionModel", "Requested by"),
        QT_TRANSLATE_NOOP("ReprovisionModel", "Since"),
    )

    def display(self, record: ReprovisionRecord, column: int) -> str:
        return (record.sn, record.group, f"{record.from_ou}/{record.from_environment}",
                f"{record.target_ou}/{record.target_environment}", record.requested_by,
                local_time(record.updated_at))[column]


class AuditModel(PagedTableModel):
    WHEN, STATION, SEQ, ACTOR, ACTION, GROUP, SN, DETAILS = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "When"),
        QT_TRANSLATE_NOOP("AuditModel", "Station"),
        QT_TRANSLATE_NOOP("AuditModel", "#"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "What"),
        QT_TRANSLATE_NOOP("AuditModel", "Group"),
        QT_TRANSLATE_NOOP("AuditModel", "SN"),
        QT_TRANSLATE_NOOP("AuditModel", "Details"),
    )

    def display(self, record: AuditRecord, column: int) -> str:
        if column == self.WHEN:
            return moment_text(record.at, seconds=True)
        if column == self.DETAILS:
            return ", ".join(f"{key}={_short(value)}" for key, value in sorted(record.details.items()))
        return str((None, record.station, record.seq, record.actor, record.action, record.group, record.sn)[column])

    def extra(self, record: AuditRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return self.display(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
