"""The one table model of the window: a read-only table over plain records (the frozen dataclasses services
return), and the item data roles every view shares.

A subclass lists its columns once; the model answers display, tooltip, alignment, a sort value and the
record itself (RecordRole). A short list is replaced with one reset (`set_records`); a long one is
filled page by page with keyset paging (app/ui/models/paged.py, a subclass of this one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.ui.messages import translate_label
RecordRole = Qt.ItemDataRole.UserRole + 1
"""data(index, RecordRole) is the row's record, in every column."""

SortRole = Qt.ItemDataRole.UserRole + 2
"""A value that sorts as the user expects (numbers as numbers)."""

CountsRole = Qt.ItemDataRole.UserRole + 3
"""data(index, CountsRole) is a batch's StateCounts (app/domain/batch_states.py), for the state bar
(app/ui/widgets/state_bar.py)."""

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str  # untranslated; translated in the model's context
    value: Callable[[Any], Any]
    numeric: bool = False  # the value is a number: shown as one, sorted as one, aligned right
    tooltip: Callable[[Any], str | None] | None = None
    right: bool = False  # aligned right (a count shown as text)


class RecordTableModel(QAbstractTableModel):
    COLUMNS: Sequence[Column] = ()
    CONTEXT = "RecordTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    # --- records ------------------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def key(self, record: Any) -> str:
        """What identifies a record across reloads (to keep the selection)."""
        return str(getattr(record, "name", record))

    def row_of(self, key: str) -> int:
        for row, record in enumerate(self._records):
            if self.key(record) == key:
                return row
        return -1

    # --- what the view sees -------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate_label(self.CONTEXT, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.numeric or column.right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        record = self._records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == RecordRole:
            return record
        if role == SortRole:
            value = column.value(record)
            return value if column.numeric else str(value).lower()
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return value if column.numeric else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(record, column)
            if tip is not None:
                return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.numeric or column.right):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(record, index.column(), role)

    def tooltip(self, record: Any, column: Column) -> str | None:
        return column.tooltip(record) if column.tooltip else None

    def extra_data(self, record: Any, column: int, role: int) -> Any:
        """Other roles (fonts, colours, CountsRole; tooltips the column has none for) for a subclass to answer."""
        return None
