"""The devices of a query as a table that stays smooth with a million rows.

Rows arrive page by page on the window's one keyset-paged model (app/ui/models/paged.py): keyset paging
in the database, each page loaded on the runner's database executor. Sorting and filtering build a new
`DeviceQuery`: the database does the work, the model starts again from the first page. The count of
matching devices is read on the other executor; late pages and counts of an older query are dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.enums import DeviceStatus
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import DeviceRecord
from app.services import device_listing
from app.services.device_listing import DevicePage, DeviceQuery
from app.ui.environment import UiEnvironment
from app.ui.locale_format import moment_text
from app.ui.messages import translate_label
from app.ui.models.paged import PagedTableModel
from app.ui.models.record_table import Column, RecordRole
from app.ui.palette import OUTCOME_COLOURS

__all__ = ["PAGE_SIZE", "DeviceTableModel", "RecordRole"]

PAGE_SIZE = 500


def _status_text(record: DeviceRecord) -> str:
    status = translate_label("DeviceTableModel", record.status)
    if record.replaced_by:
        return QCoreApplication.translate("DeviceTableModel", "replaced by %s") % record.replaced_by
    return f"{status} (!)" if record.status_error else status


class DeviceTableModel(PagedTableModel):
    SN, NAME, BATCH, STATUS, ASSET_ID, MANUAL_CODE, UPDATED = range(7)
    CONTEXT = "DeviceTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "SN"), lambda r: r.sn),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Batch"), lambda r: r.batch or ""),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "State"), _status_text, tooltip=lambda r: r.status_error or None),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Asset ID"), lambda r: r.asset_id),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Manual code"), lambda r: r.manual_code),
        Column(QT_TRANSLATE_NOOP("DeviceTableModel", "Updated"), lambda r: moment_text(r.updated_at)),
    )
    SORT_KEYS = {SN: "sn", NAME: "name", BATCH: "batch", STATUS: "status", ASSET_ID: "asset_id",
                 MANUAL_CODE: "manual_code", UPDATED: "updated"}
    RecordRole = RecordRole

    countChanged = Signal(int)  # the number of devices that match the query (-1: not known yet)

    def __init__(self, env: UiEnvironment, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(env.runner, parent)
        self._env = env
        self._page_size = page_size
        self._query: DeviceQuery | None = None
        self._total = -1

    # --- the query ------------------------------------------------------------------------------
    @property
    def query(self) -> DeviceQuery | None:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: DeviceQuery | None) -> None:
        """Show the devices of `query` (None: none), from the first page; late pages of the old query are dropped."""
        self._query = query
        self._total = 0 if query is None else -1
        self.countChanged.emit(self._total)
        if query is None:
            self.clear()
            return
        ctx, limit = self._env.ctx, self._page_size

        def fetch(after: tuple[Any, ...] | None) -> tuple[list[DeviceRecord], tuple[Any, ...] | None]:
            page: DevicePage = device_listing.list_devices(ctx, query, after=after, limit=limit)
            return page.devices, page.next_key

        self.load(fetch)  # first: the rows on screen matter more than their number
        self._count()

    def refresh(self) -> None:
        """Load the current query again (after changes made elsewhere)."""
        self.set_query(self._query)

    def _count(self) -> None:
        generation, query, ctx = self.generation, self._query, self._env.ctx
        assert query is not None
        # A read on the other executor: a slow count (a broad filter over a million devices) never holds
        # back the next page or the next filter on the database executor.
        self._env.runner.run("count devices", lambda _control: device_listing.count_devices(ctx, query), executor="cpu",
                             on_done=lambda total: self._count_arrived(generation, total),
                             on_failed=lambda error: self._count_failed(generation, error))

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self.generation:
            return
        self._total = total
        self.countChanged.emit(total)

    def _count_failed(self, generation: int, error: Exception) -> None:
        if generation == self.generation:
            self.failed.emit(error)

    # --- changes made by this station -----------------------------------------------------------
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

    # --- how a row looks ------------------------------------------------------------------------
    def key(self, record: DeviceRecord) -> str:
        return str(record.id)

    def extra_data(self, record: DeviceRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return _status_brush(record)
        return None


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
