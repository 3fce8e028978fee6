"""This session's scans as a table model (newest first), with what was done with each device."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.messages import QT_TRANSLATE_NOOP
from app.scan.outcomes import KnownDevice, ScanOutcome, ScanResult
from app.ui.locale_format import time_text
from app.ui.messages import translate_message
from app.ui.models.record_table import RecordRole
from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.installer.banner import level_of

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ScanEntry:
    at: datetime
    result: ScanResult
    done: str = ""  # what was done with the device after this scan (activated, replaced, failed: ...)
    action: str = ""  # a row for a device that came in through an action, not a scan (e.g. "replacement")


# the Outcome column: each outcome's name (its value, "_" as a space), translated in the model's context
OUTCOME_NAMES: dict[ScanOutcome, str] = {
    ScanOutcome.OK: QT_TRANSLATE_NOOP("ScanListModel", "ok"),
    ScanOutcome.MANUAL: QT_TRANSLATE_NOOP("ScanListModel", "manual"),
    ScanOutcome.MATTER: QT_TRANSLATE_NOOP("ScanListModel", "matter"),
    ScanOutcome.ZWAVE: QT_TRANSLATE_NOOP("ScanListModel", "zwave"),
    ScanOutcome.UNSIGNED: QT_TRANSLATE_NOOP("ScanListModel", "unsigned"),
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP("ScanListModel", "unknown"),
    ScanOutcome.OTHER_GROUP: QT_TRANSLATE_NOOP("ScanListModel", "other group"),
    ScanOutcome.ALREADY_ACTIVE: QT_TRANSLATE_NOOP("ScanListModel", "already active"),
    ScanOutcome.AMBIGUOUS: QT_TRANSLATE_NOOP("ScanListModel", "ambiguous"),
    ScanOutcome.DUPLICATE: QT_TRANSLATE_NOOP("ScanListModel", "duplicate"),
    ScanOutcome.DISABLED: QT_TRANSLATE_NOOP("ScanListModel", "disabled"),
    ScanOutcome.RETIRED: QT_TRANSLATE_NOOP("ScanListModel", "retired"),
    ScanOutcome.FORGED: QT_TRANSLATE_NOOP("ScanListModel", "forged"),
    ScanOutcome.BAD_MANUAL_CODE: QT_TRANSLATE_NOOP("ScanListModel", "bad manual code"),
    ScanOutcome.DAMAGED_CODE: QT_TRANSLATE_NOOP("ScanListModel", "damaged code"),
}


class ScanListModel(QAbstractTableModel):
    TIME, OUTCOME, SN, GROUP, SOURCE, DONE, MESSAGE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScanListModel", "Time"),
        QT_TRANSLATE_NOOP("ScanListModel", "Outcome"),
        QT_TRANSLATE_NOOP("ScanListModel", "SN"),
        QT_TRANSLATE_NOOP("ScanListModel", "Group"),
        QT_TRANSLATE_NOOP("ScanListModel", "Source"),
        QT_TRANSLATE_NOOP("ScanListModel", "Done"),
        QT_TRANSLATE_NOOP("ScanListModel", "Message"),
    )
    EntryRole = RecordRole  # the row's ScanEntry

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScanEntry] = []

    # -- Qt --------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        result = entry.result
        column = index.column()
        if role == self.EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate_message(result.message)
            return {
                self.TIME: time_text(entry.at),
                self.OUTCOME: entry.action or self._outcome_name(result.outcome),
                self.SN: result.sn or "",
                self.GROUP: result.group or "",
                self.SOURCE: translate_message(result.source),
                self.DONE: entry.done,
                self.MESSAGE: translate_message(result.message),
            }.get(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.OUTCOME:
            return QColor(OUTCOME_COLOURS["info" if entry.action else level_of(result.outcome)])
        return None

    def _outcome_name(self, outcome: ScanOutcome) -> str:
        name = OUTCOME_NAMES.get(outcome)
        return self.tr(name) if name is not None else outcome.value.replace("_", " ")

    # -- ours ------------------------------------------------------------------------------------------
    def add(self, result: ScanResult, at: datetime | None = None) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, ScanEntry(at or datetime.now(), result))
        self.endInsertRows()

    def set_done(self, group: str, sn: str, text: str) -> bool:
        """Note on the newest scan of that device what was done with it (one cell changes); False when the
        device has no row."""
        for row, entry in enumerate(self._rows):
            if entry.result.sn == sn and entry.result.group == group and entry.result.device is not None:
                self._rows[row] = replace(entry, done=text)
                cell = self.index(row, self.DONE)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])
                return True
        return False

    def add_action(self, action: str, device: KnownDevice, done: str, message: str) -> None:
        """A row for a device this session acted on without scanning it here (the new device of a
        replacement typed into the Replace page): it shows in the list and double-clicks like a scan."""
        result = ScanResult(text=device.sn, outcome=ScanOutcome.UNSIGNED, sn=device.sn, group=device.group_name,
                            verified=None, source=action, message=message, device=device,
                            group_id=device.group_id, batch=device.batch)
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, ScanEntry(datetime.now(), result, done=done, action=action))
        self.endInsertRows()

    def entry(self, row: int) -> ScanEntry:
        return self._rows[row]

    def entries(self) -> list[ScanEntry]:
        return list(self._rows)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()
