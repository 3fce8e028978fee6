"""The devices of one registration group: filter, sort, select, and act on the selection.

Filtering (text, batch, state) and sorting run in the database through the table
model; every service call runs on the runner. Buttons follow the signed-in user's
permissions; the services check every action again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import DeviceStatus
from app.domain.permissions import Permission
from app.domain.records import BatchRecord, DeviceRecord
from app.services import batches, device_listing
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translate_label
from app.ui.models.device_table_model import DeviceTableModel
from app.ui.tasks import Task
from app.ui.views.device_table import device_table
from app.ui.views.device_bulk_actions import DeviceBulkActions

FILTER_DELAY_MS = 200


class DevicesView(QWidget):
    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicesView")
        self.env = env
        self.group = ""
        self.model = DeviceTableModel(env, self)
        self.all_matching = False  # the selection is every device of the query, loaded or not
        self._own_change = False
        self.bulk = DeviceBulkActions(self, self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._build()
        self.model.countChanged.connect(self._show_count)
        self.model.loadingChanged.connect(lambda _loading: self._show_count(self.model.total))
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.modelReset.connect(self._model_reset)
        self.model.rowsInserted.connect(lambda *_args: self._rows_loaded())
        env.runner.changed.connect(self._data_changed)
        self.update_actions()

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("deviceFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: SN or name prefix, asset ID, manual code"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(180)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.batch_combo = QComboBox()
        self.batch_combo.setObjectName("batchFilter")
        self.batch_combo.setMinimumContentsLength(12)
        self.batch_combo.addItem(self.tr("All batches"), None)
        self.batch_combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        self.state_combo.addItem(self.tr("All states"), None)
        for status in DeviceStatus:
            self.state_combo.addItem(translate_label("DevicesView", status.value), status.value)
        self.state_combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.count_label = QLabel()
        self.count_label.setObjectName("deviceCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(QLabel(self.tr("Batch:")))
        filters.addWidget(self.batch_combo, 1)
        filters.addWidget(QLabel(self.tr("State:")))
        filters.addWidget(self.state_combo, 1)

        self.register_button = self._button("registerDevice", self.tr("Register device…"), self.register_one)
        self.range_button = self._button("registerRange", self.tr("Register range…"), self.register_range)
        self.import_button = self._button("importDevices", self.tr("Import CSV/XLSX…"), self.import_file)
        self.disable_button = self.bulk.disable_button
        self.enable_button = self.bulk.enable_button
        self.delete_button = self.bulk.delete_button
        self.print_button = self._button("printLabels", self.tr("Print labels…"), self.print_labels)
        self.print_button.setToolTip(self.tr("Labels of the selected devices, or of the batch filtered on"))
        self.export_button = self._button("exportDevices", self.tr("Export…"), self.export)
        self.export_button.setToolTip(self.tr("Device list or provisioning files of the group, the batch filtered "
                                              "on, or the selected devices"))
        actions = QHBoxLayout()
        for button in (self.register_button, self.range_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.export_button)

        self.table = device_table(self.model, self.fontMetrics().height() + 8)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_actions())
        # details on a double-click or Enter (not on "activated": where the desktop activates on a single click,
        # that would open a dialog for every click that selects)
        self.table.doubleClicked.connect(self.show_details)
        self.table.installEventFilter(self)

        self.progress = self.bulk.progress
        self.cancel_button = self.bulk.cancel_button
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionInfo")
        self.all_matching_link = QLabel()
        self.all_matching_link.setObjectName("allMatchingLink")
        self.all_matching_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                       | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.all_matching_link.linkActivated.connect(self._all_matching_link)
        self.all_matching_link.setVisible(False)
        bottom = QHBoxLayout()  # what is selected, and what can be done with it
        bottom.addWidget(self.selection_label)
        for button in (self.disable_button, self.enable_button, self.delete_button):
            bottom.addWidget(button)
        bottom.addWidget(self.all_matching_link)
        bottom.addStretch(1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- the group and the query ----------------------------------------------------------------
    def set_group(self, name: str) -> None:
        """Show the devices of registration group `name` ("" for none)."""
        self.group = name or ""
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self._filter_timer.stop()
        self.state_combo.blockSignals(True)
        self.state_combo.setCurrentIndex(0)
        self.state_combo.blockSignals(False)
        self._set_batches([])
        self.apply_filter()
        self.reload_batches()

    def current_query(self) -> DeviceQuery | None:
        if not self.group:
            return None
        state = self.state_combo.currentData()
        header = self.table.horizontalHeader()
        sort = DeviceTableModel.SORT_KEYS.get(header.sortIndicatorSection(), "sn")
        return DeviceQuery(group=self.group, batch=self.batch_combo.currentData(),
                           statuses=(state,) if state else (), text=self.filter_edit.text().strip(), sort=sort,
                           descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def apply_filter(self) -> None:
        """Query the database with the filters as they are now (the text waits ~200 ms after the last key)."""
        self._filter_timer.stop()
        query = self.current_query()
        if query != self.model.query or query is None:
            self.model.set_query(query)

    def reload_batches(self) -> None:
        if not self.group:
            return
        group, ctx = self.group, self.env.ctx
        self.env.runner.call("list batches", lambda: batches.list_batches(ctx, group),
                             on_done=lambda records: self._set_batches(records) if group == self.group else None,
                             on_failed=lambda error: show_error(self, error))

    def _set_batches(self, records: list[BatchRecord]) -> None:
        current = self.batch_combo.currentData()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        self.batch_combo.addItem(self.tr("All batches"), None)
        for record in records:
            self.batch_combo.addItem(record.number, record.number)
        index = self.batch_combo.findData(current) if current is not None else 0
        self.batch_combo.setCurrentIndex(max(index, 0))
        self.batch_combo.blockSignals(False)
        if current is not None and index < 0:
            self.apply_filter()  # the batch filtered on is gone

    def _data_changed(self, notice: ChangeNotice) -> None:
        if self._own_change or not self.group:
            return
        if notice.touches(Topic.DEVICES, Topic.GROUPS, group=self.group):
            self.model.refresh()
        if notice.touches(Topic.DEVICES, Topic.BATCHES, group=self.group):
            self.reload_batches()

    def announce_devices_changed(self) -> None:
        """After a bulk action: this table was patched row by row, every other view reloads."""
        self._own_change = True
        try:
            self.env.runner.publish(ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT, group=self.group))
        finally:
            self._own_change = False

    def _show_count(self, total: int) -> None:
        if not self.group:
            self.count_label.setText(self.tr("No registration group chosen"))
        elif total < 0:
            self.count_label.setText(self.tr("Counting… (%s shown)") % f"{self.model.rowCount():,}")
        else:
            self.count_label.setText(self.tr("%s (%s shown)") % (count_text(total, "device"), f"{self.model.rowCount():,}"))

    # --- selection and permissions --------------------------------------------------------------
    def select_all_matching(self, on: bool = True) -> None:
        """Act on every device the filters match, not only the rows loaded so far (off: clear the selection)."""
        if on:
            self.table.selectAll()
            self.all_matching = True
        else:
            self.all_matching = False
            self.table.clearSelection()
        self.update_actions()

    def _all_matching_link(self, link: str) -> None:
        self.select_all_matching(link == "all")

    def _model_reset(self) -> None:
        self.all_matching = False  # another query (or a reload): its devices were not chosen
        self.update_actions()

    def _rows_loaded(self) -> None:
        if self.all_matching:
            self.table.selectAll()  # rows that arrive later belong to the selection too

    def selection_count(self) -> int:
        if self.all_matching:
            return max(self.model.total, self.model.rowCount())
        return len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0

    def selected_records(self) -> list[DeviceRecord]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record(row) for row in rows]

    def update_actions(self) -> None:
        has_group = bool(self.group)
        loaded_selected = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        if self.all_matching and loaded_selected < self.model.rowCount():
            self.all_matching = False  # the user changed the selection
        selected = self.selection_count()
        idle = self.bulk.idle
        can = self.env.can
        for button, permission in ((self.register_button, Permission.REGISTER_DEVICES),
                                   (self.range_button, Permission.REGISTER_DEVICES),
                                   (self.import_button, Permission.REGISTER_DEVICES),
                                   (self.export_button, Permission.EXPORT),
                                   (self.print_button, Permission.PRINT_LABELS)):
            button.setEnabled(has_group and idle and can(permission))
        statuses = {record.status for record in self.selected_records()} if loaded_selected else set()
        self.bulk.update_buttons(has_group, selected, statuses)
        if self.all_matching:
            self.selection_label.setText(self.tr("All %s matching devices selected:") % f"{selected:,}")
        else:
            self.selection_label.setText(self.tr("%s selected:") % f"{selected:,}" if selected
                                         else self.tr("Select devices to act on them:"))
        more = self.model.total > self.model.rowCount() or self.model.canFetchMore(self.table.rootIndex())
        if self.all_matching:
            self.all_matching_link.setText(f'<a href="none">{self.tr("Clear selection")}</a>')
        elif loaded_selected and loaded_selected == self.model.rowCount() and more:
            total = f"{self.model.total:,}" if self.model.total >= 0 else self.tr("the")
            self.all_matching_link.setText(f'<a href="all">{self.tr("Select all %s matching devices") % total}</a>')
        self.all_matching_link.setVisible(self.all_matching or (loaded_selected > 0
                                                                and loaded_selected == self.model.rowCount() and more))
        self._show_count(self.model.total)

    # --- registering ----------------------------------------------------------------------------
    def _batch_filter(self) -> str | None:
        value = self.batch_combo.currentData()
        return str(value) if value else None

    def register_one(self) -> None:
        from app.ui.dialogs.register_device_dialog import RegisterDeviceDialog

        dialog = RegisterDeviceDialog(self.env, self.group, default_batch=self._batch_filter(), parent=self)
        dialog.registered.connect(lambda _count: self._after_registration())
        self.dialog: QWidget = dialog  # the dialog last opened from here
        dialog.open()

    def register_range(self) -> None:
        from app.ui.dialogs.register_range_dialog import RegisterRangeDialog

        dialog = RegisterRangeDialog(self.env, self.group, default_batch=self._batch_filter(), parent=self)
        dialog.registered.connect(lambda _count: self._after_registration())
        self.dialog = dialog
        dialog.open()

    def import_file(self) -> None:
        from app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.env, self.group, parent=self)
        dialog.registered.connect(lambda _count: self._after_registration())
        self.dialog = dialog
        dialog.open()

    def _after_registration(self) -> None:
        """The registration task announced the change (DEVICES, BATCHES): this view reloaded from it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.show_details()
            return True
        return super().eventFilter(watched, event)

    def show_details(self, index: QModelIndex | None = None) -> None:
        """The device details dialog of the current (or given) row."""
        from app.ui.dialogs.device_details_dialog import DeviceDetailsDialog

        index = index if index is not None else self.table.currentIndex()
        if index is None or not index.isValid() or not self.group:
            return
        record = self.model.record(index.row())
        dialog = DeviceDetailsDialog(self.env, self.group, record.sn, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # --- printing and exporting -----------------------------------------------------------------
    def print_labels(self) -> None:
        def open_dialog(sns: list[str] | None) -> None:
            from app.ui.dialogs.print_labels import PrintLabelsDialog

            dialog = PrintLabelsDialog(self.env, self.group, batch=None if sns else self._batch_filter(), sns=sns,
                                       parent=self)
            self.dialog = dialog
            dialog.open()

        self._with_selected_sns(open_dialog)

    def export(self) -> None:
        def open_dialog(sns: list[str] | None) -> None:
            from app.ui.dialogs.export_dialog import ExportDialog

            dialog = ExportDialog(self.env, self.group, batch=self._batch_filter(), sns=sns, parent=self)
            self.dialog = dialog
            dialog.open()

        self._with_selected_sns(open_dialog)

    def _with_selected_sns(self, then: Callable[[list[str] | None], None]) -> None:
        """`then(SNs of the selection)`, or `then(None)` for the whole group or batch filtered on."""
        query = self.model.query
        if not self.all_matching or query is None:
            then([record.sn for record in self.selected_records()] or None)
        elif not query.text.strip() and not query.statuses:
            then(None)  # every device of the group or batch: what the dialogs do without SNs
        else:
            ctx = self.env.ctx
            self.env.runner.call("collect the matching SNs", lambda: _matching_sns(ctx, query), on_done=then,
                                 on_failed=lambda error: show_error(self, error))

    # --- the bulk actions' state (DeviceBulkActions does the work) -------------------------------
    @property
    def confirmation(self) -> QWidget | None:
        return self.bulk.confirmation

    @property
    def problems_box(self) -> QMessageBox | None:
        return self.bulk.problems_box

    @property
    def bulk_task(self) -> Task | None:
        return self.bulk.task

    def cancel_bulk(self) -> None:
        self.bulk.cancel()

    def shutdown(self) -> None:
        self.cancel_bulk()
        self._filter_timer.stop()


def _matching_sns(ctx: ServiceContext, query: DeviceQuery) -> list[str]:
    return [record.sn for record in device_listing.iter_devices(ctx, query)]
