"""Progress by state on screen: a stacked bar in a table cell, and the per-state bar chart of one batch."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.batch_states import StateCounts
from app.reports.chart import STATE_COLOURS, paint_state_bars
from app.ui.views.supervisor.models import CountsRole


class StateBarDelegate(QStyledItemDelegate):
    """Paints the CountsRole of a cell as one bar split by state, with the cell's text over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        counts = index.data(CountsRole)
        if not isinstance(counts, StateCounts):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.AlternateBase).darker(108))
        painter.drawRect(rect)
        total = counts.total
        x = rect.left()
        for key, count in counts.as_dict().items():
            if total == 0 or count == 0:
                continue
            width = rect.width() * count / total
            painter.setBrush(QColor(STATE_COLOURS[key]))
            painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
            x += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 160), hint.height())


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
        return self.counts.rows()

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
