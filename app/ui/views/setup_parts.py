"""Pieces the technician's setup pages share: a page that reloads when its data changes, and sortable tables."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget
from shiboken6 import isValid

from app.domain.changes import ChangeNotice, Topic
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.models.record_table import RecordRole, RecordTableModel, SortRole


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


LAST_COLUMN_ROOM = 120  # px the last, stretching column keeps when the others are fitted


class RecordTable(QTableView):
    """A sortable, row-selecting table over a RecordTableModel."""

    def __init__(self, model: RecordTableModel, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SortRole)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def selected_record(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def select_key(self, key: str | None) -> None:
        """Select the record with this key (after a reload), or nothing."""
        row = self.source.row_of(key) if key else -1
        if row < 0:
            self.clearSelection()
            return
        index = self.proxy.mapFromSource(self.source.index(row, 0))
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                     | QItemSelectionModel.SelectionFlag.Rows)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # some styles (Fusion) draw section titles bold
        metrics = QFontMetrics(bold)
        wanted = []
        for column in range(header.count() - 1):
            title = str(self.source.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted.append(max(self.sizeHintForColumn(column) + 12, metrics.horizontalAdvance(title) + 16))
        # every column gets what it needs when that leaves the last one (a description, stretching) some room;
        # otherwise a long one (a group's attribute keys) is cut at half the view rather than at a fixed width
        room = self.viewport().width() - LAST_COLUMN_ROOM
        cap = None if sum(wanted) <= room else max(320, self.viewport().width() // 2)
        for column, width in enumerate(wanted):
            header.resizeSection(column, width if cap is None else min(width, cap))


class DataPage(QWidget):
    """A page that loads on the runner, and reloads when a change notice (`env.runner.changed`) names one of
    its topics (at once when visible, else the next time it is shown)."""

    RELOAD_ON: Collection[Topic] = ()

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._stale = True
        self.loads = 0  # completed loads, for tests and screenshots to wait on
        env.runner.changed.connect(self._data_changed)

    def _data_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(*self.RELOAD_ON):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.env.runner.call(f"load {self.objectName()}", self.load_call(), on_done=self._loaded,
                             on_failed=self._load_failed)

    def load_call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _loaded(self, result: Any) -> None:
        self.show_loaded(result)
        self.loads += 1

    def show_loaded(self, result: Any) -> None:
        raise NotImplementedError

    def _load_failed(self, error: Exception) -> None:
        self.loads += 1
        show_error(self, error)

    def call(self, name: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
             changes: ChangeNotice | None = None) -> None:
        """Run a service call; the result reaches `on_done` (failures the error message) only while this page
        still exists. `changes`: what a successful call changed (published by the runner)."""
        def done(result: Any) -> None:
            if isValid(self):
                on_done(result)

        def failed(error: Exception) -> None:
            if isValid(self):
                show_error(self, error)

        self.env.runner.call(name, fn, on_done=done, on_failed=failed, changes=changes)
