"""One batch's progress by state on screen: the per-state bar chart (the PDF report draws the same chart).

The bar in a table cell is app/ui/widgets/state_bar.py."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.batch_states import StateCounts
from app.reports.chart import paint_state_bars
from app.ui.messages import translate_label


class ProgressChart(QWidget):
    """One batch's devices per state, as horizontal bars with count and share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.counts = StateCounts()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_counts(self, counts: StateCounts) -> None:
        self.counts = counts
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def rows(self) -> list[tuple[str, str, int]]:
        """(state, title in the window's language, count)."""
        return [(state, translate_label("ProgressChart", title), count) for state, title, count in self.counts.rows()]

    def sizeHint(self) -> QSize:
        return QSize(420, len(self.rows()) * (self.fontMetrics().height() + 10) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            palette = self.palette()
            paint_state_bars(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.rows(), self.counts.total,
                             text_colour=palette.color(QPalette.ColorRole.WindowText),
                             track_colour=palette.color(QPalette.ColorRole.AlternateBase).darker(110))
        finally:
            painter.end()
