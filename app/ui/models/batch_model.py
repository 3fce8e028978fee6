"""Batches of a registration group with their progress: a column per batch state and the total.

The states, their names and order are app/domain/batch_states.py, the same as the Office's and the report's:
the state columns of a row add up to its total.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.batch_states import BATCH_STATES, STATE_TITLES, BatchState, StateCounts
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import BatchRecord
from app.ui.messages import translate_label
from app.ui.models.record_table import Column, CountsRole, RecordTableModel

__all__ = ["STATES", "BatchModel", "CountsRole", "progress_text"]

STATES: tuple[str, ...] = BATCH_STATES


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchModel", text)


def progress_text(batch: BatchRecord) -> str:
    """'12 of 40 activated', or 'empty'."""
    if not batch.total:
        return QCoreApplication.translate("BatchModel", "empty")
    activated = batch.counts.get(BatchState.ACTIVATED.value, 0)
    return QCoreApplication.translate("BatchModel", "%d of %d activated") % (activated, batch.total)


def _state_column(state: str) -> Column:
    return Column(STATE_TITLES[state], lambda b: b.counts.get(state, 0), numeric=True)


class BatchModel(RecordTableModel):
    NUMBER, PROGRESS, TOTAL = range(3)
    FIRST_STATE = 3
    REVIEW, DESCRIPTION = FIRST_STATE + len(STATES), FIRST_STATE + len(STATES) + 1
    CONTEXT = "BatchModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("BatchModel", "Batch"), lambda b: b.number),
        Column(QT_TRANSLATE_NOOP("BatchModel", "Progress"), progress_text),
        Column(QT_TRANSLATE_NOOP("BatchModel", "Devices"), lambda b: b.total, numeric=True),
        *(_state_column(state) for state in STATES),
        Column(QT_TRANSLATE_NOOP("BatchModel", "Review"), lambda b: b.review),
        Column(QT_TRANSLATE_NOOP("BatchModel", "Description"), lambda b: b.description),
    )

    def key(self, record: BatchRecord) -> str:
        return record.number

    def state_of_column(self, column: int) -> str | None:
        offset = column - self.FIRST_STATE
        return STATES[offset] if 0 <= offset < len(STATES) else None

    def tooltip(self, record: BatchRecord, column: Column) -> str | None:
        if not record.total:
            return QCoreApplication.translate("BatchModel", "No devices in this batch yet.")
        return "\n".join(f"{translate_label('BatchModel', STATE_TITLES[state])}: {record.counts.get(state, 0)}"
                         for state in STATES
                         if record.counts.get(state))

    def extra_data(self, record: BatchRecord, column: int, role: int) -> Any:
        if role == CountsRole:  # the state bar (app/ui/widgets/state_bar.py), as the Office's
            return StateCounts.of(record.counts)
        return None
