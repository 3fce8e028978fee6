"""Batches of the selected registration group: progress per device state, create, rename, print labels."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle, QStyledItemDelegate,
                               QStyleOptionViewItem, QVBoxLayout, QWidget)

from app.domain.batch_states import OTHER_STATES, STATE_TITLES
from app.domain.permissions import Permission
from app.domain.records import BatchRecord
from app.reports.chart import STATE_COLOURS
from app.services import batches
from app.ui.dialogs.batch_dialog import BatchDialog
from app.ui.environment import UiEnvironment
from app.ui.models.batch_model import STATES, BatchModel, CountsRole
from app.ui.views.setup_parts import DataPage, RecordTable, hint, section_title
from app.ui.messages import translate_label

PRINT_DIALOG_MODULE = "app.ui.dialogs.print_labels"

EXCEPTION_STATES = OTHER_STATES  # disabled, retired: a column only when some batch has such devices


class StateBarDelegate(QStyledItemDelegate):
    """A bar split by device state (lifecycle order, one colour per state), then the progress text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        counts: list[tuple[str, int]] = index.data(CountsRole) or []
        total = sum(count for _state, count in counts)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect: QRect = option.rect.adjusted(4, 5, -4, -5)  # type: ignore[attr-defined]
        text_width = option.fontMetrics.horizontalAdvance(text) + 8  # type: ignore[attr-defined]
        bar = QRect(rect.left(), rect.top(), max(40, rect.width() - text_width), rect.height())
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(128, 128, 128, 50))
        painter.drawRect(bar)
        if total:
            x = float(bar.left())
            for state, count in counts:
                width = bar.width() * count / total
                if count:
                    painter.setBrush(QColor(STATE_COLOURS.get(state, "#777777")))
                    painter.drawRect(QRect(round(x), bar.top(), max(1, round(x + width) - round(x)), bar.height()))
                x += width
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        cell: QRect = option.rect  # type: ignore[attr-defined]
        text_rect = QRect(bar.right() + 6, cell.top(), cell.right() - bar.right() - 6, cell.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


def legend_text() -> str:
    return "  ".join(f"<span style='color:{STATE_COLOURS[state]}'>■</span>&nbsp;"
                     f"{translate_label('BatchesView', STATE_TITLES[state])}"
                     for state in STATES)


class BatchesView(DataPage):
    RELOAD_ON = ("batches", "devices")

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
        legend = QLabel(legend_text())
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
        for column in range(BatchModel.FIRST_STATE, BatchModel.FIRST_STATE + len(STATES)):
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
        try:
            module = importlib.import_module(PRINT_DIALOG_MODULE)
        except ModuleNotFoundError as error:
            if error.name != PRINT_DIALOG_MODULE:
                raise
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print labels"),
                              self.tr("Printing labels is not part of this build yet."), QMessageBox.StandardButton.Ok,
                              self)
            box.setObjectName("printUnavailable")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.print_dialog = box
            return box
        dialog = module.PrintLabelsDialog(self.env, self.group, batch=batch.number, parent=self)
        self.print_dialog = dialog
        dialog.open()
        return dialog  # type: ignore[no-any-return]
