"""Batches of the selected registration group: progress per device state, create, rename, print labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import Topic
from app.domain.batch_states import BATCH_STATES, OTHER_STATES
from app.domain.permissions import Permission
from app.domain.records import BatchRecord
from app.services import batches
from app.ui.dialogs.batch_dialog import BatchDialog
from app.ui.environment import UiEnvironment
from app.ui.models.batch_model import BatchModel
from app.ui.views.setup_parts import DataPage, RecordTable, hint, section_title
from app.ui.widgets.state_bar import StateBarDelegate, legend_html


EXCEPTION_STATES = OTHER_STATES  # disabled, retired: a column only when some batch has such devices


class BatchesView(DataPage):
    RELOAD_ON = (Topic.BATCHES, Topic.DEVICES)

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("batchesView")
        self.group = ""
        self.dialog: QDialog | None = None
        self.print_dialog: QWidget | None = None
        self.model = BatchModel(self)
        self.table = RecordTable(self.model, "batchTable")
        self.table.setItemDelegateForColumn(BatchModel.PROGRESS, StateBarDelegate(self.table))
        self.new_button = self._button(self.tr("&New batch…"), "newBatch", self.new_batch)
        self.rename_button = self._button(self.tr("&Rename…"), "renameBatch", self.rename_batch)
        self.print_button = self._button(self.tr("&Print labels…"), "printBatchLabels", self.print_labels)
        self.title = section_title(self.tr("Batches"))
        self.title.setObjectName("batchesTitle")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.new_button, self.rename_button, self.print_button):
            header.addWidget(button)
        self.empty_hint = hint("")
        self.empty_hint.setObjectName("batchesHint")
        legend = QLabel(legend_html())
        legend.setObjectName("stateLegend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)
        layout.addWidget(legend)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.rename_batch())
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- group and loading --------------------------------------------------------------------------
    def set_group(self, name: str) -> None:
        if name == self.group and not self._stale:
            return
        self.group = name
        self.title.setText(self.tr("Batches of %s") % name if name else self.tr("Batches"))
        self.model.set_records([])
        self._update_buttons()
        self.mark_stale()

    def reload(self) -> None:
        if not self.group:
            self._stale = False
            self.model.set_records([])
            self._show_hint()
            self.loads += 1
            return
        super().reload()

    def load_call(self) -> Callable[[], Any]:
        ctx, group = self.env.ctx, self.group
        return lambda: (group, batches.list_batches(ctx, group))

    def show_loaded(self, result: tuple[str, list[BatchRecord]]) -> None:
        group, records = result
        if group != self.group:  # the user picked another group meanwhile; its load follows
            return
        selected = self.selected_batch()
        first_load = not self.model.rowCount()
        self.model.set_records(records)
        self.table.select_key(selected.number if selected else None)
        if first_load and records:
            self.table.fit_columns()
            self.table.setColumnWidth(BatchModel.PROGRESS, max(260, self.table.columnWidth(BatchModel.PROGRESS) + 60))
        self._hide_unused_exception_states(records)
        self._show_hint()
        self._update_buttons()

    def _hide_unused_exception_states(self, records: list[BatchRecord]) -> None:
        """Disabled and replaced-or-discarded get a column only when some batch has such devices."""
        for column in range(BatchModel.FIRST_STATE, BatchModel.FIRST_STATE + len(BATCH_STATES)):
            state = self.model.state_of_column(column)
            if state in EXCEPTION_STATES:
                self.table.setColumnHidden(column, not any(record.counts.get(state) for record in records))

    def _show_hint(self) -> None:
        if not self.group:
            text = self.tr("Pick a registration group above to see its batches.")
        elif not self.model.rowCount():
            text = self.tr("No batches in %s yet. Create one, then register devices into it.") % self.group
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))

    def selected_batch(self) -> BatchRecord | None:
        record: BatchRecord | None = self.table.selected_record()
        return record

    def _update_buttons(self) -> None:
        selected = self.selected_batch() is not None
        self.new_button.setEnabled(bool(self.group) and self.env.can(Permission.MANAGE_BATCHES))
        self.rename_button.setEnabled(selected and self.env.can(Permission.MANAGE_BATCHES))
        self.print_button.setEnabled(selected and self.env.can(Permission.PRINT_LABELS))

    # --- actions ------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_batch(self) -> QDialog | None:
        if not self.new_button.isEnabled():
            return None
        taken = [record.number for record in self.model.records()]
        return self._open(BatchDialog(self.env, self.group, taken_numbers=taken, parent=self))

    def rename_batch(self) -> QDialog | None:
        batch = self.selected_batch()
        if batch is None or not self.rename_button.isEnabled():
            return None
        taken = [record.number for record in self.model.records()]
        return self._open(BatchDialog(self.env, self.group, existing=batch, taken_numbers=taken, parent=self))

    def print_labels(self) -> QWidget | None:
        batch = self.selected_batch()
        if batch is None:
            return None
        from app.ui.dialogs.print_labels import PrintLabelsDialog  # its QtPrintSupport loads when first used

        dialog = PrintLabelsDialog(self.env, self.group, batch=batch.number, parent=self)
        self.print_dialog = dialog
        dialog.open()
        return dialog
