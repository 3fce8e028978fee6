"""The progress chart: one horizontal bar per state, drawn with QPainter (the PDF report and the window share it)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from app.domain.batch_states import STATE_COLOURS

__all__ = ["STATE_COLOURS", "TRACK_COLOUR", "paint_state_bars"]

TRACK_COLOUR = "#e6e8eb"


def paint_state_bars(painter: QPainter, area: QRectF, rows: Sequence[tuple[str, str, int]], total: int, *,
                     text_colour: QColor | None = None, track_colour: QColor | None = None) -> None:
    """`rows` are (state key, title, count); each gets a bar scaled to `total`, its count and share at the right."""
    if not rows:
        return
    metrics = QFontMetricsF(painter.font())
    label_width = max(metrics.horizontalAdvance(title) for _key, title, _count in rows) + metrics.height()
    value_width = metrics.horizontalAdvance("000000  (100%)") + metrics.height() / 2
    row_height = area.height() / len(rows)
    bar_height = min(row_height * 0.62, metrics.height() * 1.3)
    track_width = max(area.width() - label_width - value_width, 1.0)
    text_pen = QPen(text_colour or QColor("#202124"))
    painter.save()
    try:
        for index, (key, title, count) in enumerate(rows):
            top = area.top() + index * row_height
            line = QRectF(area.left(), top, area.width(), row_height)
            painter.setPen(text_pen)
            painter.drawText(QRectF(line.left(), top, label_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
            track = QRectF(area.left() + label_width, top + (row_height - bar_height) / 2, track_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_colour or QColor(TRACK_COLOUR))
            painter.drawRect(track)
            if total > 0 and count > 0:
                filled = QRectF(track.left(), track.top(), max(track.width() * count / total, 1.0), track.height())
                painter.setBrush(QColor(STATE_COLOURS.get(key, "#455a64")))
                painter.drawRect(filled)
            share = f"{count}  ({round(100 * count / total) if total else 0}%)"
            painter.setPen(text_pen)
            painter.drawText(QRectF(track.right() + metrics.height() / 2, top, value_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, share)
    finally:
        painter.restore()
