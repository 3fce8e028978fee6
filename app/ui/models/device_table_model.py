"""The devices of a query as a table that stays smooth with a million rows.

Rows arrive page by page (keyset paging in the database, `canFetchMore`/`fetchMore`),
each page loaded on the database executor of the runner and inserted when it comes
back. Sorting and filtering build a new `DeviceQuery`: the database does the work,
the model starts again from the first page. A generation counter tells the pages
(and counts) of the current query from late ones of an older query, which are dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import DeviceStatus
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import DeviceRecord
from app.services import devices
from app.services.devices import DevicePage, DeviceQuery
from app.ui.environment import UiEnvironment
from app.ui.locale_format import moment_text
from app.ui.palette import OUTCOME_COLOURS
from app.ui.messages import translate_label

ModelIndex = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 500


class DeviceTableModel(QAbstractTableModel):
    SN, NAME, BATCH, STATUS, ASSET_ID, MANUAL_CODE, UPDATED = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("DeviceTableModel", "SN"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Name"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Batch"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "State"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Asset ID"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Manual code"),
        QT_TRANSLATE_NOOP("DeviceTableModel", "Updated"),
    )
    SORT_KEYS = {SN: "sn", NAME: "name", BATCH: "batch", STATUS: "status", ASSET_ID: "asset_id",
                 MANUAL_CODE: "manual_code", UPDATED: "updated"}
    RecordRole = RecordRole

    countChanged = Signal(int)  # the number of devices that match the query (-1: not known yet)
    loadingChanged = Signal(bool)
    pageLoaded = Signal(int)  # rows in the page that just arrived
    failed = Signal(object)  # the exception of a page or count that could not be loaded

    def __init__(self, env: UiEnvironment, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._env = env
        self._page_size = page_size
        self._query: DeviceQuery | None = None
        self._records: list[DeviceRecord] = []
        self._next_key: tuple[Any, ...] | None = None
        self._exhausted = True
        self._generation = 0
        self._fetching_generation: int | None = None
        self._total = -1

    # --- the query ------------------------------------------------------------------------------
    @property
    def query(self) -> DeviceQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._fetching_generation == self._generation

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def set_query(self, query: DeviceQuery | None) -> None:
        """Show the devices of `query` (None: none), from the first page; late pages of the old query are dropped."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._records = []
        self._next_key = None
        self._exhausted = query is None
        self._total = 0 if query is None else -1
        self.endResetModel()
        self.countChanged.emit(self._total)
        self.loadingChanged.emit(False)
        if query is not None:
            self.fetchMore(QModelIndex())  # first: the rows on screen matter more than their number
            self._count()

    def refresh(self) -> None:
        """Load the current query again (after changes made elsewhere)."""
        self.set_query(self._query)

    def _count(self) -> None:
        generation, query, ctx = self._generation, self._query, self._env.ctx
        assert query is not None
        # A read on the other executor: a slow count (a broad filter over a million devices) never holds
        # back the next page or the next filter on the database executor.
        self._env.runner.run("count devices", lambda _control: devices.count_devices(ctx, query), executor="cpu",
                             on_done=lambda total: self._count_arrived(generation, total),
                             on_failed=lambda error: self._load_failed(generation, error))

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._total = total
        self.countChanged.emit(total)

    # --- paging ---------------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt override
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802 - Qt override
        if parent.isValid() or self._exhausted or self.loading or self._query is None:
            return
        generation, query, after, limit, ctx = (self._generation, self._query, self._next_key, self._page_size,
                                                self._env.ctx)
        self._fetching_generation = generation
        self.loadingChanged.emit(True)
        self._env.runner.call("load devices", lambda: devices.list_devices(ctx, query, after=after, limit=limit),
                              on_done=lambda page: self._page_arrived(generation, page),
                              on_failed=lambda error: self._load_failed(generation, error))

    def _page_arrived(self, generation: int, page: DevicePage) -> None:
        if generation != self._generation:
            return
        self._fetching_generation = None
        self._next_key = page.next_key
        self._exhausted = page.next_key is None
        if page.devices:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(page.devices) - 1)
            self._records.extend(page.devices)
            self.endInsertRows()
        self.loadingChanged.emit(False)
        self.pageLoaded.emit(len(page.devices))

    def _load_failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        if self._fetching_generation == generation:
            self._fetching_generation = None
            self._exhausted = True  # no endless retries; refresh() or a new query tries again
            self.loadingChanged.emit(False)
        self.failed.emit(error)

    # --- changes made by this station -----------------------------------------------------------
    def record(self, row: int) -> DeviceRecord:
        return self._records[row]

    def row_of(self, device_id: uuid.UUID) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == device_id:
                return row
        return None

    def update_records(self, records: Iterable[DeviceRecord]) -> None:
        """Show the new state of devices already in the table (one dataChanged per row)."""
        by_id = {record.id: record for record in records}
        if not by_id:
            return
        last = self.columnCount() - 1
        for row, current in enumerate(self._records):
            new = by_id.get(current.id)
            if new is not None:
                self._records[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def remove_ids(self, device_ids: Iterable[uuid.UUID]) -> None:
        """Take deleted devices out of the table, keeping everything else where it is."""
        doomed = set(device_ids)
        row = len(self._records) - 1
        removed = 0
        while row >= 0:
            if self._records[row].id in doomed:
                end = row
                while row > 0 and self._records[row - 1].id in doomed:
                    row -= 1
                self.beginRemoveRows(QModelIndex(), row, end)
                del self._records[row:end + 1]
                self.endRemoveRows()
                removed += end - row + 1
            row -= 1
        if removed and self._total >= 0:
            self._total = max(0, self._total - removed)
            self.countChanged.emit(self._total)

    # --- sorting --------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        key = self._query.sort if self._query is not None else "sn"
        return next(column for column, name in self.SORT_KEYS.items() if name == key)

    # --- the table ------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.STATUS and record.status_error:
            return record.status_error
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.STATUS:
            return _status_brush(record)
        return None

    def _text(self, record: DeviceRecord, column: int) -> str:
        if column == self.SN:
            return record.sn
        if column == self.NAME:
            return record.name
        if column == self.BATCH:
            return record.batch or ""
        if column == self.STATUS:
            status = translate_label("DeviceTableModel", record.status)
            if record.status == DeviceStatus.REPLACED.value and record.status_error:
                return f"{status} ({record.status_error})"  # "replaced by SN": a note, not a problem
            return f"{status} (!)" if record.status_error else status
        if column == self.ASSET_ID:
            return record.asset_id
        if column == self.MANUAL_CODE:
            return record.manual_code
        if column == self.UPDATED:
            return moment_text(record.updated_at)
        return ""


_STATUS_COLOURS = {
    DeviceStatus.DISABLED.value: OUTCOME_COLOURS["warning"],
    DeviceStatus.DISCARDED.value: OUTCOME_COLOURS["error"],
    DeviceStatus.REPLACED.value: OUTCOME_COLOURS["info"],
    DeviceStatus.CONNECTED.value: OUTCOME_COLOURS["ok"],
}


def _status_brush(record: DeviceRecord) -> QBrush | None:
    failed = record.status_error and record.status != DeviceStatus.REPLACED.value
    colour = OUTCOME_COLOURS["error"] if failed else _STATUS_COLOURS.get(record.status)
    return QBrush(QColor(colour)) if colour else None
