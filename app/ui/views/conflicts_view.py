"""Sync conflicts for the supervisor: the open ones, both versions side by side, keep-local/central or merge.

Loading and resolving run on the thread pool (services only); the widgets are
updated from the results, on the GUI thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DpsError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.permissions import Permission, allows
from app.services import sync_service
from app.services.context import ServiceContext
from app.services.sync_service import ConflictRecord
from app.sync.resolve import RENAMEABLE
from app.ui.locale_format import moment_text
from app.ui.messages import translated_error

RecordRole = Qt.ItemDataRole.UserRole + 1
# Translated where shown (context ConflictListModel); marked here for lupdate.
KIND_TEXT = {
    "edit": QT_TRANSLATE_NOOP("ConflictListModel", "changed on both sides"),
    "delete": QT_TRANSLATE_NOOP("ConflictListModel", "deleted on one side, changed on the other"),
    "unique": QT_TRANSLATE_NOOP("ConflictListModel", "same key (SN, name) created on both sides"),
}
TABLE_TEXT = {
    "device_identities": QT_TRANSLATE_NOOP("ConflictListModel", "Device"),
    "assets": QT_TRANSLATE_NOOP("ConflictListModel", "Asset"),
    "registration_groups": QT_TRANSLATE_NOOP("ConflictListModel", "Registration group"),
    "masterdata_groups": QT_TRANSLATE_NOOP("ConflictListModel", "Master data group"),
    "batches": QT_TRANSLATE_NOOP("ConflictListModel", "Batch"),
    "users": QT_TRANSLATE_NOOP("ConflictListModel", "User"),
    "attribute_definitions": QT_TRANSLATE_NOOP("ConflictListModel", "Attribute"),
    "allocations": QT_TRANSLATE_NOOP("ConflictListModel", "Allocation"),
    "reprovision_requests": QT_TRANSLATE_NOOP("ConflictListModel", "Reprovision request"),
    "organisation": QT_TRANSLATE_NOOP("ConflictListModel", "Organisation"),
    "third_party_codes": QT_TRANSLATE_NOOP("ConflictListModel", "Third-party code"),
    "registrations": QT_TRANSLATE_NOOP("ConflictListModel", "Registration"),
}
KEEP_SIDES = (
    ("local", QT_TRANSLATE_NOOP("ConflictListModel", "this station")),
    ("central", QT_TRANSLATE_NOOP("ConflictListModel", "central")),
)


class _CallSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Call(QRunnable):
    """One service call on the pool; the result comes back by signal."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _CallSignals()
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except DpsError as error:
            self.signals.failed.emit(translated_error(error))
            return
        except Exception as error:  # noqa: BLE001 - reported in the view, never a crash of the pool thread
            self.signals.failed.emit(QCoreApplication.translate("ConflictsView", "unexpected error (%1)")
                                     .replace("%1", type(error).__name__))
            return
        self.signals.done.emit(result)


class ConflictListModel(QAbstractTableModel):
    TABLE, CONCERNS, KIND, DIFFERING, CREATED = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictListModel", "What"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Concerns"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Conflict"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Fields that differ"),
        QT_TRANSLATE_NOOP("ConflictListModel", "Found"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ConflictRecord] = []

    def set_records(self, records: list[ConflictRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> ConflictRecord:
        return self._records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == RecordRole:
            return record
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.TABLE:
            return self.tr(TABLE_TEXT[record.table]) if record.table in TABLE_TEXT else record.table
        if column == self.CONCERNS:
            return record.label
        if column == self.KIND:
            return self.tr(KIND_TEXT[record.kind]) if record.kind in KIND_TEXT else record.kind
        if column == self.DIFFERING:
            return ", ".join(record.differing) or self.tr("(bookkeeping only)")
        if column == self.CREATED:
            return moment_text(record.created_at)
        return None


class ConflictsView(QWidget):
    """List of open conflicts; the selected one's fields side by side with a per-field choice."""

    loaded = Signal(int)
    resolved = Signal(str)
    failed = Signal(str)
    FIELD, LOCAL, CENTRAL, KEEP = range(4)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pool = pool or QThreadPool.globalInstance()
        self._calls: set[_Call] = set()
        self._may_resolve = allows(ctx.actor.role, Permission.RESOLVE_CONFLICTS)
        self.model = ConflictListModel(self)
        self.summary = QLabel(self.tr("Loading conflicts…"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This station"), self.tr("Central"),
                                               self.tr("Keep")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keep_local = QPushButton(self.tr("Keep this station's version"))
        self.keep_central = QPushButton(self.tr("Keep the central version"))
        self.merge = QPushButton(self.tr("Merge the chosen fields"))
        # Unique conflicts: keep both (rename this station's batch, group or user), or retire a duplicate device.
        self.rename = QPushButton(self.tr("Rename this station's one…"))
        self.retire = QPushButton(self.tr("Keep central, retire this station's copy"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.keep_local.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_central.clicked.connect(lambda: self.resolve_selected("central"))
        self.merge.clicked.connect(lambda: self.resolve_selected("merge"))
        self.rename.clicked.connect(self._ask_rename)
        self.retire.clicked.connect(lambda: self.resolve_selected("retire"))
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        for button in (self.keep_local, self.keep_central, self.merge, self.rename, self.retire):
            button.setEnabled(False)
            if not self._may_resolve:
                button.setToolTip(self.tr("Only a supervisor may resolve sync conflicts"))
            buttons.addWidget(button)
        buttons.addWidget(self.rename)
        buttons.addWidget(self.retire)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # ---- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.summary.setText(self.tr("Loading conflicts…"))

        def work() -> tuple[list[ConflictRecord], bool]:
            connected = bool(sync_service.status(self._ctx).central_url)
            return sync_service.list_conflicts(self._ctx), connected

        self._submit(work, self._on_loaded)

    @Slot(object)
    def _on_loaded(self, loaded: tuple[list[ConflictRecord], bool]) -> None:
        records, connected = loaded
        self.model.set_records(records)
        self.fields.setRowCount(0)
        self._set_buttons(False)
        if records:
            self.summary.setText(self.tr("%n open conflict(s)", "", len(records)))
        elif not connected:
            self.summary.setText(self.tr("Not connected to a central database: nothing has synced and there are no "
                                         "conflicts. Changes stay on this station until it is connected to one."))
        else:
            self.summary.setText(self.tr("No open conflicts: every change has synced or waits for the next sync."))
        if records:
            self.table.selectRow(0)
        self.loaded.emit(len(records))

    # ---- details ------------------------------------------------------------------------------

    def selected_record(self) -> ConflictRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        record = self.selected_record()
        self.fields.setRowCount(0)
        if record is None:
            self._set_buttons(False)
            return
        bold = QFont()
        bold.setBold(True)
        names = record.differing + [name for name in record.fields if name not in record.differing]
        self.fields.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = (name, _text(record.local.get(name)), _text(record.central.get(name)))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if name in record.differing:
                    item.setFont(bold)
                self.fields.setItem(row, column, item)
            choice = QComboBox()
            for side, shown in KEEP_SIDES:
                choice.addItem(QCoreApplication.translate("ConflictListModel", shown), side)
            # Context shown for a unique conflict (batch, location of the asset) is not a field of this row.
            choice.setEnabled(name in record.differing and name in record.fields and self._may_resolve)
            self.fields.setCellWidget(row, self.KEEP, choice)
        self._set_buttons(True)

    def field_choices(self) -> dict[str, str]:
        """The per-field choices of the differing fields, as shown in the Keep column."""
        record = self.selected_record()
        if record is None:
            return {}
        choices: dict[str, str] = {}
        for row in range(self.fields.rowCount()):
            name = self.fields.item(row, self.FIELD).text()
            combo = self.fields.cellWidget(row, self.KEEP)
            if name in record.differing and name in record.fields and isinstance(combo, QComboBox):
                choices[name] = str(combo.currentData())
        return choices

    def choose(self, field: str, side: str) -> None:
        for row in range(self.fields.rowCount()):
            if self.fields.item(row, self.FIELD).text() == field:
                combo = self.fields.cellWidget(row, self.KEEP)
                if isinstance(combo, QComboBox):
                    combo.setCurrentIndex(combo.findData(side))

    # ---- resolving ----------------------------------------------------------------------------

    def _ask_rename(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        record = self.selected_record()
        if record is None:
            return
        prompt = (self.tr("New number for this station's %1 (the other one keeps its own):")
                  if record.table == "batches" else
                  self.tr("New name for this station's %1 (the other one keeps its own):"))
        text, ok = QInputDialog.getText(self, self.tr("Rename this station's one"), prompt.replace("%1", record.label))
        if ok and text.strip():
            self.resolve_selected("rename", text.strip())

    def resolve_selected(self, keep: str, new_name: str | None = None) -> None:
        record = self.selected_record()
        if record is None:
            return
        fields = self.field_choices() if keep == "merge" else None
        conflict_id: uuid.UUID = record.id
        self._set_buttons(False)
        self.summary.setText(self.tr("Resolving…"))

        def work() -> str:
            sync_service.resolve_conflict(self._ctx, conflict_id, keep, fields, new_name)
            return str(conflict_id)

        self._submit(work, self._on_resolved)

    @Slot(object)
    def _on_resolved(self, conflict_id: str) -> None:
        self.resolved.emit(conflict_id)
        self.reload()

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.keep_local, self.keep_central, self.merge):
            button.setEnabled(enabled and self._may_resolve)
        record = self.selected_record() if enabled else None
        unique = record is not None and record.kind == "unique"
        self.rename.setEnabled(unique and self._may_resolve and record.table in RENAMEABLE)  # type: ignore[union-attr]
        self.retire.setEnabled(unique and self._may_resolve
                               and record.table == "device_identities")  # type: ignore[union-attr]

    def _submit(self, function: Callable[[], Any], done: Callable[[Any], None]) -> None:
        call = _Call(function)
        call.setAutoDelete(False)
        self._calls.add(call)
        call.signals.done.connect(done)
        call.signals.failed.connect(self._on_failed)
        call.signals.done.connect(lambda _result, call=call: self._calls.discard(call))
        call.signals.failed.connect(lambda _text, call=call: self._calls.discard(call))
        self._pool.start(call)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.summary.setText(message)
        self.failed.emit(message)
        self._show_selected()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
