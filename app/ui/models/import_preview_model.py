"""An import file as the user will see it before anything is written: its rows, every invalid cell marked.

A cell with a problem gets a background colour and its message as tooltip; a problem
that concerns a whole row marks the whole row; a problem in the header marks the
column's header. The lookups are built off the GUI thread (`PreviewTable.of`), so a
file of 100,000 rows reaches the table without blocking the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.import_parsing import TableRow
from app.services.importing import HEADER_ROW, ImportPreview
from app.ui.models.record_table import RecordRole
from app.ui.palette import OUTCOME_COLOURS
from app.ui.messages import translate_message

ModelIndex = QModelIndex | QPersistentModelIndex
ERROR_ALPHA = 90  # light enough to read the value in the cell, on a light or a dark palette


@dataclass(frozen=True)
class PreviewTable:
    """A preview and the lookups its table needs: cell problems, whole-row problems, file row -> table row."""

    preview: ImportPreview
    cell_errors: dict[tuple[int, str], str]
    row_errors: dict[int, str]
    header_errors: dict[str, str]
    table_row_of: dict[int, int]

    @classmethod
    def of(cls, preview: ImportPreview) -> PreviewTable:
        headers = set(preview.headers)
        cells: dict[tuple[int, str], str] = {}
        rows: dict[int, str] = {}
        header: dict[str, str] = {}
        translated: dict[tuple[int, str | None], str] = {}  # preview.cell_errors, each reason in the window's language
        for error in preview.errors:
            key = (error.row or 0, error.column)
            reason = translate_message(error.reason)
            translated[key] = f"{translated[key]}; {reason}" if key in translated else reason
        for (row, column), message in translated.items():
            if row == HEADER_ROW and column in headers:
                header[column] = message
            elif column in headers:
                cells[(row, column)] = message
            else:
                rows[row] = message
        table_row_of = {table_row.number: index for index, table_row in enumerate(preview.rows)}
        return cls(preview, cells, rows, header, table_row_of)

class ImportPreviewModel(QAbstractTableModel):
    """Columns are the file's columns; the vertical header is the file's row number (the header is row 1)."""

    RowRole = RecordRole  # the TableRow of the file
    ProblemRole = Qt.ItemDataRole.UserRole + 2  # the message of an invalid cell, else None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: PreviewTable | None = None
        self._headers: list[str] = []
        self._rows: list[TableRow] = []
        colour = QColor(OUTCOME_COLOURS["error"])
        colour.setAlpha(ERROR_ALPHA)
        self._error_brush = QBrush(colour)

    @property
    def table(self) -> PreviewTable | None:
        return self._table

    def set_table(self, table: PreviewTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._headers = list(table.preview.headers) if table else []
        self._rows = table.preview.rows if table else []
        self.endResetModel()

    def index_of(self, file_row: int, column: str | None) -> QModelIndex:
        """The cell of a problem (its row's first cell for a whole-row problem); invalid if not in the table."""
        if self._table is None or file_row not in self._table.table_row_of:
            return QModelIndex()
        position = self._headers.index(column) if column in self._headers else 0
        return self.index(self._table.table_row_of[file_row], position)

    def problem(self, index: ModelIndex) -> str | None:
        if self._table is None or not index.isValid():
            return None
        number = self._rows[index.row()].number
        return self._table.cell_errors.get((number, self._headers[index.column()])) \
            or self._table.row_errors.get(number)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section].number)
            return None
        if not 0 <= section < len(self._headers):
            return None
        name = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        message = self._table.header_errors.get(name) if self._table else None
        if message and role == Qt.ItemDataRole.ToolTipRole:
            return message
        if message and role == Qt.ItemDataRole.BackgroundRole:
            return self._error_brush
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()].values[index.column()]
        if role == self.RowRole:
            return self._rows[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, self.ProblemRole):
            message = self.problem(index)
            if message is None:
                return None
            return self._error_brush if role == Qt.ItemDataRole.BackgroundRole else message
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
