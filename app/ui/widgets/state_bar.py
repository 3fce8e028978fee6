"""The one progress bar of a batch in a table cell: its devices split by state, in the states' colours.

The Factory's Batches page and the Office's batch table both use it; a model answers CountsRole
(app/ui/models/record_table.py) with a StateCounts. The bar is followed by the cell's text
("12 of 40 activated"); the states, their order and colours are app/domain/batch_states.py.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.batch_states import STATE_COLOURS, STATE_TITLES, StateCounts
from app.ui.messages import translate_label
from app.ui.models.record_table import CountsRole

MIN_BAR_WIDTH = 40
TRACK = QColor(128, 128, 128, 50)


def legend_html() -> str:
    """Every state's colour and name (in the window's language), for a label under a table."""
    return "  ".join(f"<span style='color:{colour}'>■</span>&nbsp;{translate_label('BatchesView', STATE_TITLES[state])}"
                     for state, colour in STATE_COLOURS.items())


class StateBarDelegate(QStyledItemDelegate):
    """Paints CountsRole as one bar split by state (lifecycle order), then the cell's text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        counts = index.data(CountsRole)
        if not isinstance(counts, StateCounts):
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        cell: QRect = option.rect
        rect = cell.adjusted(4, 5, -4, -5)
        text_width = option.fontMetrics.horizontalAdvance(text) + 8 if text else 0
        bar = QRect(rect.left(), rect.top(), max(MIN_BAR_WIDTH, rect.width() - text_width), rect.height())
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRect(bar)
        total = counts.total
        if total:
            x = float(bar.left())
            for state, count in counts.as_dict().items():
                width = bar.width() * count / total
                if count:
                    painter.setBrush(QColor(STATE_COLOURS[state]))
                    painter.drawRect(QRect(round(x), bar.top(), max(1, round(x + width) - round(x)), bar.height()))
                x += width
        if text:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            palette = option.palette
            painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
            text_rect = QRect(bar.right() + 6, cell.top(), cell.right() - bar.right() - 6, cell.height())
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width() + 120, 160), hint.height())  # room for the bar before the text
