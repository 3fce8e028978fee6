"""Where the first label goes on a half-used sheet: a picture of the sheet, its used positions greyed, click to choose.

The picture is drawn to scale from the template (page, margins, gaps, labels). Positions before the
start are "used" (greyed and crossed), the positions the job will fill on the first sheet are tinted
and numbered, the rest are blank. Clicking a position (or the arrow keys) makes it the first one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.labels.templates import LabelTemplate
from app.ui.palette import OUTCOME_COLOURS

USED_COLOUR = QColor(150, 150, 150)
PRINT_COLOUR = QColor(OUTCOME_COLOURS["info"])
PAGE_MARGIN_PX = 6


class SheetPositionWidget(QWidget):
    """`startChanged(start_at)`: the number of positions already used on the first sheet (0-based first slot)."""

    startChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetPosition")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Position of the first label on the sheet"))
        self._template: LabelTemplate | None = None
        self._start = 0
        self._count = 0
        self._hover = -1

    # --- state ----------------------------------------------------------------------------------------
    def set_template(self, template: LabelTemplate | None) -> None:
        self._template = template
        self._hover = -1
        if template is None or self._start >= template.per_page:
            self._start = 0
        self.setEnabled(template is not None and template.per_page > 1)
        self.update()

    def template(self) -> LabelTemplate | None:
        return self._template

    def set_label_count(self, count: int) -> None:
        """How many labels the job prints (copies included): shown on the first sheet."""
        self._count = max(0, count)
        self.update()

    def start(self) -> int:
        return self._start

    def set_start(self, start: int) -> None:
        per_page = self._template.per_page if self._template is not None else 1
        start = max(0, min(start, per_page - 1))
        if start != self._start:
            self._start = start
            self.update()
            self.startChanged.emit(start)

    def state_of(self, slot: int) -> str:
        """"used", "print" or "free": what the picture shows at a position of the first sheet."""
        if slot < self._start:
            return "used"
        return "print" if slot < self._start + self._count else "free"

    # --- geometry -------------------------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        """The sheet, to scale, centred in the widget."""
        if self._template is None:
            return QRectF()
        area = QRectF(self.rect()).adjusted(PAGE_MARGIN_PX, PAGE_MARGIN_PX, -PAGE_MARGIN_PX, -PAGE_MARGIN_PX)
        scale = min(area.width() / self._template.page_width, area.height() / self._template.page_height)
        width, height = self._template.page_width * scale, self._template.page_height * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def slot_rect(self, slot: int) -> QRectF:
        """A position on the sheet, in widget coordinates (0-based, row by row)."""
        template = self._template
        if template is None:
            return QRectF()
        page = self.page_rect()
        scale = page.width() / template.page_width
        x, y = template.label_origin(slot)
        return QRectF(page.x() + x * scale, page.y() + y * scale, template.label_width * scale,
                      template.label_height * scale)

    def slot_at(self, point: QPointF) -> int:
        if self._template is None:
            return -1
        for slot in range(self._template.per_page):
            if self.slot_rect(slot).contains(point):
                return slot
        return -1

    def sizeHint(self) -> QSize:
        return QSize(200, 270)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 160)

    # --- input ----------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and slot >= 0:
            self.set_start(slot)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position())
        if slot != self._hover:
            self._hover = slot
            self.setCursor(Qt.CursorShape.PointingHandCursor if slot >= 0 else Qt.CursorShape.ArrowCursor)
            if slot >= 0:
                QToolTip.showText(event.globalPosition().toPoint(), self.tr("Position %d: click to start here")
                                  % (slot + 1), self)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        template = self._template
        if template is None:
            super().keyPressEvent(event)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -template.columns,
                Qt.Key.Key_Down: template.columns}.get(Qt.Key(event.key()))
        if step is None:
            if event.key() == Qt.Key.Key_Home:
                self.set_start(0)
                return
            super().keyPressEvent(event)
            return
        self.set_start(self._start + step)

    # --- painting -------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        template = self._template
        if template is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No template"))
            return
        page = self.page_rect()
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))  # a little shadow under the sheet
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRect(page)
        radius = max(1.0, min(self.slot_rect(0).height(), self.slot_rect(0).width()) * 0.08)
        font = painter.font()
        font.setPixelSize(max(7, min(12, round(self.slot_rect(0).height() * 0.45))))
        painter.setFont(font)
        for slot in range(template.per_page):
            rect = self.slot_rect(slot).adjusted(0.5, 0.5, -0.5, -0.5)
            state = self.state_of(slot)
            if state == "used":
                painter.setPen(QPen(USED_COLOUR, 1))
                painter.setBrush(QBrush(USED_COLOUR.lighter(130), Qt.BrushStyle.BDiagPattern))
            elif state == "print":
                painter.setPen(QPen(PRINT_COLOUR, 1.5 if slot == self._start else 1))
                fill = QColor(PRINT_COLOUR)
                fill.setAlpha(110 if slot == self._start else 45)
                painter.setBrush(fill)
            else:
                painter.setPen(QPen(QColor(175, 175, 175), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
            if slot == self._hover:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, radius, radius)
            if state == "print":
                painter.setPen(QColor(20, 20, 20))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(slot - self._start + 1))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
