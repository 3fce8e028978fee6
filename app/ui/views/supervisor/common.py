"""Small pieces the Office views share: the group picker and table set-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QWidget

from app.domain.changes import Topic
from app.services import groups
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.settings import LAST_GROUP

ALL_GROUPS = ""


class GroupPicker(QComboBox):
    """Registration groups by name, loaded on the runner; remembers the last one in the settings."""

    groupChanged = Signal(str)

    def __init__(self, env: UiEnvironment, *, allow_all: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._allow_all = allow_all
        self._filling = False
        self.preferred = ""  # the group to show after the next load (another view's choice)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._changed)
        env.runner.changed.connect(lambda notice: self.reload() if notice.touches(Topic.GROUPS) and self.count() else None)

    def group(self) -> str:
        return str(self.currentData() or "")

    def reload(self, on_loaded: Callable[[], None] | None = None) -> None:
        def filled(names: list[str]) -> None:
            self._fill(names)
            if on_loaded is not None:
                on_loaded()

        self._env.runner.call("list groups", lambda: [g.name for g in groups.list_groups(self._env.ctx,
                                                                                        with_counts=False)],
                              on_done=filled, on_failed=lambda error: show_error(self, error))

    def select(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)

    def _fill(self, names: list[str]) -> None:
        previous = self.preferred or self.group() or self._env.settings.get(LAST_GROUP)
        self.preferred = ""
        self._filling = True
        try:
            self.clear()
            if self._allow_all:
                self.addItem(self.tr("All groups"), ALL_GROUPS)
            for name in names:
                self.addItem(name, name)
            index = self.findData(previous)
            self.setCurrentIndex(index if index >= 0 else 0)
        finally:
            self._filling = False
        self.groupChanged.emit(self.group())

    def _changed(self, _index: int) -> None:
        if self._filling:
            return
        if self.group():
            self._env.settings.set(LAST_GROUP, self.group())
        self.groupChanged.emit(self.group())


def table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view


def fit_columns(view: QTableView, padding: int = 24) -> None:
    """Columns as wide as their contents, with some air; the last one takes the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, header.sectionSize(column) + padding)


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() is not None else []
    return rows[0].row() if rows else None
