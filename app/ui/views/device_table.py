"""The Devices view's table: one row per device, columns sized to what they hold, sortable, multi-select."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.models.device_table_model import DeviceTableModel


def device_table(model: DeviceTableModel, row_height: int) -> QTableView:
    """A table over `model`, sorted by SN, rows selected whole (several at once)."""
    table = QTableView()
    table.setObjectName("deviceTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    # widths from what the columns hold, in this font: a State such as "replaced by PUMP-000123"
    # fits, an asset ID or a manual code gets no more than it needs
    metrics = table.fontMetrics()
    samples = {DeviceTableModel.SN: "PUMP-2026-000000", DeviceTableModel.NAME: "Pump hall 3, west wall",
               DeviceTableModel.BATCH: "LOT-2026-001", DeviceTableModel.STATUS: "replaced by PUMP-000000",
               DeviceTableModel.ASSET_ID: "WWWWWWWWWW", DeviceTableModel.MANUAL_CODE: "0000-0000-0000"}
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        header.resizeSection(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24)
    table.setSortingEnabled(True)
    header.setSortIndicator(DeviceTableModel.SN, Qt.SortOrder.AscendingOrder)
    return table
