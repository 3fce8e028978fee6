"""A one-line label that shortens its text with "…" when there is no room, instead of demanding the room:
in the status bar a long sync or camera state must not widen the window or push the messages out of view.
The full text stays in text() and in the tool tip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 12


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_width: int | None = None,
                 tooltip_is_text: bool = True) -> None:
        super().__init__(text, parent)
        self._tooltip_is_text = tooltip_is_text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if max_width is not None:
            self.setMaximumWidth(max_width)
        if tooltip_is_text:
            self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        if self._tooltip_is_text:
            self.setToolTip(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        wanted = self.fontMetrics().horizontalAdvance("x" * MIN_CHARS) + margins.left() + margins.right()
        return QSize(min(hint.width(), wanted), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
