"""Sync conflicts for the supervisor: the open ones, both versions side by side, resolved one by one or many
at once.

One conflict: keep this station's version, the central one, or merge field by field; a clash of a batch
number (or a group or user name) may instead be resolved by renaming this station's one, and the same SN
at two stations by retiring this station's copy. Several selected conflicts (narrowed by group, batch
and kind, as `dps-station sync resolve --group/--batch/--kind` does): keep one side of each, or retire
this station's copies, in one transaction. Loading and resolving are tasks of the window's runner
(services only); what a resolution changed is announced like any change, and a sync that found conflicts
reloads this list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import DpsError
from app.domain.permissions import Permission
from app.services import sync_service
from app.services.sync_service import ConflictFilter, ConflictRecord
from app.sync.resolve import RENAMEABLE
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_label, translated_error
from app.ui.models.conflict_model import KEEP_SIDES, ConflictListModel, kind_text
from app.ui.models.record_table import RecordRole
from app.ui.views.setup_parts import RecordTable

ANY = ""  # the filter choice "every group / batch / kind"


def resolution_changes(records: list[ConflictRecord]) -> ChangeNotice:
    """What resolving these conflicts changes here: their rows (a batch merge moves devices), the list, the trail."""
    tables = {record.table for record in records}
    if "batches" in tables:
        tables.add("assets")
    group = records[0].group if len({record.group for record in records}) == 1 else None
    notice = ChangeNotice.of_tables(tables) | ChangeNotice.of(Topic.CONFLICTS, Topic.AUDIT)
    return ChangeNotice(notice.topics, group or "")


class ConflictsView(QWidget):
    """List of open conflicts (several may be selected); the current one's fields side by side."""

    loaded = Signal(int)
    resolved = Signal(int)  # how many conflicts were resolved
    failed = Signal(str)
    FIELD, LOCAL, CENTRAL, KEEP = range(4)

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._all: list[ConflictRecord] = []
        self._connected = True
        self._stale = False
        self._ever_loaded = False
        self.confirm_box: QMessageBox | None = None
        self._may_resolve = env.can(Permission.RESOLVE_CONFLICTS)
        self.model = ConflictListModel(self)
        self.summary = QLabel(self.tr("Loading conflicts…"))
        self.summary.setObjectName("conflictsSummary")
        self.summary.setWordWrap(True)
        self.group_filter = self._filter_combo("conflictGroupFilter", self.tr("every group"))
        self.batch_filter = self._filter_combo("conflictBatchFilter", self.tr("every batch"))
        self.kind_filter = self._filter_combo("conflictKindFilter", self.tr("every kind"))
        self.table = RecordTable(self.model, "conflictTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ConflictListModel.DIFFERING, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("conflictFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This station"), self.tr("Central"), self.tr("Keep")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().setVisible(False)
        self.select_all = QPushButton(self.tr("Select &all shown"))
        self.select_all.setObjectName("selectAllConflicts")
        self.keep_local = QPushButton(self.tr("Keep this station's version"))
        self.keep_central = QPushButton(self.tr("Keep the central version"))
        self.merge = QPushButton(self.tr("Merge the chosen fields"))
        # Unique conflicts: keep both (rename this station's batch, group or user), or retire a duplicate device.
        self.rename = QPushButton(self.tr("Rename this station's one…"))
        self.retire = QPushButton(self.tr("Keep central, retire this station's copy"))
        self.retire_central = QPushButton(self.tr("Keep this station's device, retire the central copy"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        for button, name in ((self.keep_local, "keepLocal"), (self.keep_central, "keepCentral"), (self.merge, "merge"),
                             (self.rename, "rename"), (self.retire, "retire"), (self.retire_central, "retireCentral")):
            button.setObjectName(name)
        self.select_all.clicked.connect(self.table.selectAll)
        self.keep_local.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_central.clicked.connect(lambda: self.resolve_selected("central"))
        self.merge.clicked.connect(lambda: self.resolve_selected("merge"))
        self.rename.clicked.connect(self._ask_rename)
        self.retire.clicked.connect(lambda: self.resolve_selected("retire"))
        self.retire_central.clicked.connect(lambda: self.resolve_selected("retire-central"))
        self.refresh_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for combo in (self.group_filter, self.batch_filter, self.kind_filter):
            filters.addWidget(combo)
        filters.addWidget(self.select_all)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (self.keep_local, self.keep_central, self.merge, self.rename, self.retire,
                       self.retire_central):
            button.setEnabled(False)
            if not self._may_resolve:
                button.setToolTip(self.tr("Only a supervisor may resolve sync conflicts"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        env.runner.changed.connect(self._data_changed)

    def _filter_combo(self, name: str, every: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(every, ANY)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self._apply_filter())
        return combo

    # ---- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        self.summary.setText(self.tr("Loading conflicts…"))
        ctx = self.env.ctx

        def work() -> tuple[list[ConflictRecord], bool]:
            connected = bool(sync_service.status(ctx).central_url)
            return sync_service.list_conflicts(ctx), connected

        self.env.runner.call("list sync conflicts", work, on_done=self._on_loaded, on_failed=self._on_failed)

    def _data_changed(self, notice: ChangeNotice) -> None:
        if not notice.touches(Topic.CONFLICTS) or not self._ever_loaded:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_loaded(self, loaded: tuple[list[ConflictRecord], bool]) -> None:
        self._all, self._connected = loaded
        self._ever_loaded = True
        self._fill_filters()
        self._apply_filter()
        self.loaded.emit(len(self._all))

    def _fill_filters(self) -> None:
        choices: tuple[tuple[QComboBox, list[str], Callable[[str], str]], ...] = (
            (self.group_filter, sorted({r.group for r in self._all if r.group}), str),
            (self.batch_filter, sorted({r.batch for r in self._all if r.batch}), str),
            (self.kind_filter, sorted({r.kind for r in self._all}), kind_text))
        for combo, values, text in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(text(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> ConflictFilter:
        return ConflictFilter(self.group_filter.currentData() or None, self.batch_filter.currentData() or None,
                              self.kind_filter.currentData() or None)

    def set_filter(self, *, group: str = ANY, batch: str = ANY, kind: str = ANY) -> None:
        for combo, value in ((self.group_filter, group), (self.batch_filter, batch), (self.kind_filter, kind)):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def _apply_filter(self) -> None:
        which = self.current_filter()
        shown = [record for record in self._all if which.matches(record)]
        self.model.set_records(shown)
        for column in range(self.model.columnCount()):
            if column != ConflictListModel.DIFFERING:
                self.table.resizeColumnToContents(column)
        self.fields.setRowCount(0)
        self._set_buttons()
        self.summary.setText(self._summary_text(len(shown)))
        if shown:
            self.table.selectRow(0)

    def _summary_text(self, shown: int) -> str:
        total = len(self._all)
        if total:
            text = self.tr("1 open conflict") if total == 1 else self.tr("%1 open conflicts").replace("%1", str(total))
            if shown != total:
                text += self.tr(", %1 shown").replace("%1", str(shown))
            if self._may_resolve and shown > 1:
                text += self.tr(". Select several (Shift, Ctrl) to resolve them together.")
            return text
        if not self._connected:
            return self.tr("Not connected to a central database: nothing has synced and there are no conflicts. "
                      "Changes stay on this station until it is connected to one.")
        return self.tr("No open conflicts: every change has synced or waits for the next sync.")

    # ---- details ------------------------------------------------------------------------------

    def selected_records(self) -> list[ConflictRecord]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(RecordRole) for index in rows]

    def selected_record(self) -> ConflictRecord | None:
        """The conflict whose fields are shown: the current row if it is selected, else the first selected."""
        records = self.selected_records()
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row(), current.parent()):
            return current.siblingAtColumn(0).data(RecordRole)
        return records[0] if records else None

    def _show_selected(self) -> None:
        record = self.selected_record()
        self.fields.setRowCount(0)
        self._set_buttons()
        if record is None:
            return
        bold = QFont()
        bold.setBold(True)
        names = record.differing + [name for name in record.fields if name not in record.differing]
        self.fields.setRowCount(len(names))
        single = len(self.selected_records()) == 1
        for row, name in enumerate(names):
            cells = (name, _text(record.local.get(name)), _text(record.central.get(name)))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if name in record.differing:
                    item.setFont(bold)
                self.fields.setItem(row, column, item)
            choice = QComboBox()
            for side, shown in KEEP_SIDES:
                choice.addItem(translate_label("ConflictListModel", shown), side)
            # Context shown for a unique conflict (batch, location of the asset) is not a field of this row.
            choice.setEnabled(single and name in record.differing and name in record.fields and self._may_resolve)
            self.fields.setCellWidget(row, self.KEEP, choice)

    def field_choices(self) -> dict[str, str]:
        """The per-field choices of the differing fields, as shown in the Keep column."""
        record = self.selected_record()
        if record is None:
            return {}
        choices: dict[str, str] = {}
        for row in range(self.fields.rowCount()):
            name = self._field_name(row)
            combo = self.fields.cellWidget(row, self.KEEP)
            if name in record.differing and name in record.fields and isinstance(combo, QComboBox):
                choices[name] = str(combo.currentData())
        return choices

    def _field_name(self, row: int) -> str:
        item = self.fields.item(row, self.FIELD)
        return item.text() if item is not None else ""

    def choose(self, field: str, side: str) -> None:
        for row in range(self.fields.rowCount()):
            if self._field_name(row) == field:
                combo = self.fields.cellWidget(row, self.KEEP)
                if isinstance(combo, QComboBox):
                    combo.setCurrentIndex(combo.findData(side))

    def _set_buttons(self, *, busy: bool = False) -> None:
        records = [] if busy or not self._may_resolve else self.selected_records()
        count = len(records)
        self.keep_local.setEnabled(count > 0)
        self.keep_central.setEnabled(count > 0)
        self.merge.setEnabled(count == 1)
        only = records[0] if count == 1 else None
        self.rename.setEnabled(only is not None and only.kind == "unique" and only.table in RENAMEABLE)
        self.retire.setEnabled(count > 0 and all(r.kind == "unique" and r.table == "device_identities"
                                                 for r in records))
        self.retire_central.setEnabled(only is not None and only.kind == "unique"
                                       and only.table == "device_identities")
        suffix = f" ({count})" if count > 1 else ""
        self.keep_local.setText(self.tr("Keep this station's version") + suffix)
        self.keep_central.setText(self.tr("Keep the central version") + suffix)
        self.retire.setText(self.tr("Keep central, retire this station's copy") if count <= 1
                            else self.tr("Keep central, retire this station's copies") + suffix)

    # ---- resolving ----------------------------------------------------------------------------

    def _ask_rename(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        what = self.tr("number") if record.table == "batches" else self.tr("name")
        text, ok = QInputDialog.getText(self, self.tr("Rename this station's one"),
                                        self.tr("New %1 for this station's %2 (the other one keeps its own):")
                                        .replace("%1", what).replace("%2", record.label))
        if ok and text.strip():
            self.resolve_selected("rename", text.strip())

    def resolve_selected(self, keep: str, new_name: str | None = None, *, confirmed: bool = False) -> None:
        """Resolve the selected conflicts: several only with keep local/central or retire, after a question."""
        records = self.selected_records()
        if not records:
            return
        if len(records) > 1 and keep in ("merge", "rename", "retire-central"):
            records = [record for record in (self.selected_record(),) if record is not None]
        if len(records) > 1 and not confirmed:
            self._confirm(keep, records)
            return
        ctx = self.env.ctx
        self._set_buttons(busy=True)
        self.summary.setText(self.tr("Resolving…"))
        if len(records) == 1:
            fields = self.field_choices() if keep == "merge" else None
            conflict_id = records[0].id

            def work() -> int:
                sync_service.resolve_conflict(ctx, conflict_id, keep, fields, new_name)
                return 1
        else:
            ids = [record.id for record in records]

            def work() -> int:
                return len(sync_service.resolve_conflicts(ctx, ids, keep))

        self.env.runner.call("resolve sync conflicts", work, on_done=self._on_resolved, on_failed=self._on_failed,
                             changes=resolution_changes(records))

    def _confirm(self, keep: str, records: list[ConflictRecord]) -> None:
        what = {"local": self.tr("keep this station's version of each"), "central": self.tr("keep the central version of each"),
                "retire": self.tr("keep each central device and retire this station's copy")}[keep]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resolve %1 conflicts").replace("%1", str(len(records))),
                          self.tr("Resolve the %1 selected conflicts: %2? The result syncs with the next sync; the audit "
                             "trail keeps the versions discarded.").replace("%1", str(len(records))).replace("%2", what),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmResolveMany")
        resolve = box.addButton(self.tr("Resolve %1").replace("%1", str(len(records))), QMessageBox.ButtonRole.AcceptRole)
        resolve.setObjectName("confirmResolve")
        box.finished.connect(lambda _result: self.resolve_selected(keep, confirmed=True)
                             if box.clickedButton() is resolve else None)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _on_resolved(self, count: int) -> None:
        self.env.status.show_message(self.tr("%1 conflict(s) resolved; the result syncs with the next sync.")
                                     .replace("%1", str(count)))
        self.resolved.emit(count)
        if not self.isVisible():
            self.reload()  # shown or not, the list is current (the notice reloads a visible one)

    def _on_failed(self, error: Exception) -> None:
        message = translated_error(error) if isinstance(error, DpsError) else \
            self.tr("unexpected error (%1); details are in the log file").replace("%1", type(error).__name__)
        self.summary.setText(message)
        self.failed.emit(message)
        self._show_selected()
        show_error(self, error)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{key}: {item}" for key, item in sorted(value.items()))
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
