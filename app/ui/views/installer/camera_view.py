"""The live camera view: paints the newest preview image and the outline of each detected code.

It only paints: the image arrives scaled and copied by the camera bridge's worker, so a paint
is one blit and a few polygons, and it takes a new image at most at the display's refresh rate.
With no camera (or an unplugged one) it shows that state and what still works.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.scan.decoders import Detection
from app.scan.pipeline import FrameDetections
from app.ui.camera import CameraBridge, PreviewFrame
from app.ui.palette import OUTCOME_COLOURS

OUTLINE_SECONDS = 0.4  # an outline stays this long after the last frame that found the code


class CameraView(QWidget):
    def __init__(self, bridge: CameraBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraView")
        self.bridge = bridge
        self.frames_painted = 0
        self.frames_received = 0
        self.frames_decoded = 0
        self._frame: PreviewFrame | None = None
        self._outlines: list[tuple[float, FrameDetections]] = []
        self._code_levels: dict[str, str] = {}
        self.state_title = self.tr("No camera")
        self.state_text = self.tr("Scan with a USB scanner or type the SN or manual code below.")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self._last_take = 0.0
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._take_frame)
        bridge.frameReady.connect(self._frame_waiting)
        bridge.detectionsReady.connect(self._add_detections)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 360)

    @property
    def has_picture(self) -> bool:
        return self._frame is not None

    def show_state(self, title: str, text: str) -> None:
        """No picture: say why (no camera, unplugged, video ended) and what still works."""
        self._frame = None
        self._outlines.clear()
        self.state_title = title
        self.state_text = text
        self.update()

    def mark_code(self, text: str, level: str) -> None:
        """Colour the outline of a code by its outcome (ok, warning, error)."""
        self._code_levels[text] = level
        if len(self._code_levels) > 200:
            self._code_levels.pop(next(iter(self._code_levels)))

    @property
    def outlines(self) -> list[FrameDetections]:
        now = time.monotonic()
        return [detections for seen, detections in self._outlines if now - seen <= OUTLINE_SECONDS]

    def _display_interval(self) -> float:
        screen = self.screen()
        rate = screen.refreshRate() if screen is not None else 0.0
        return 1.0 / (rate if rate >= 20 else 60.0)

    @Slot()
    def _frame_waiting(self) -> None:
        """Take the new image now, or when the display can show the next one (the worker keeps replacing
        it meanwhile and signals again only after it was taken)."""
        wait = self._last_take + self._display_interval() - time.monotonic()
        if wait > 0:
            if not self._later.isActive():
                self._later.start(max(1, int(wait * 1000)))
            return
        self._take_frame()

    @Slot()
    def _take_frame(self) -> None:
        self._last_take = time.monotonic()
        frame = self.bridge.take_frame()
        if frame is None:
            return
        self.frames_received += 1
        self._frame = frame
        self.update()

    @Slot(object)
    def _add_detections(self, detections: FrameDetections) -> None:
        self.frames_decoded += 1
        now = time.monotonic()
        self._outlines = [(seen, d) for seen, d in self._outlines if now - seen <= OUTLINE_SECONDS]
        if detections.detections:
            self._outlines.append((now, detections))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.bridge.set_display_size(event.size())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(24, 26, 30))
        frame = self._frame
        if frame is None:
            self._paint_state(painter)
            painter.end()
            return
        image = frame.image
        target = self._image_rect(image.width(), image.height())
        if target.width() == image.width() and target.height() == image.height():
            painter.drawImage(target.topLeft(), image)
        else:  # the view was resized after the worker scaled this frame
            painter.drawImage(target, image)
        self._paint_outlines(painter, target, frame)
        painter.end()
        self.frames_painted += 1

    def _image_rect(self, width: int, height: int) -> QRectF:
        scale = min(self.width() / width, self.height() / height, 1.0) if width and height else 1.0
        if scale < 1.0 - 1e-6 or width > self.width() or height > self.height():
            width, height = int(width * scale), int(height * scale)
        return QRectF((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def _paint_outlines(self, painter: QPainter, target: QRectF, frame: PreviewFrame) -> None:
        outlines = self.outlines
        if not outlines:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        newest: dict[str, tuple[FrameDetections, Detection]] = {}
        for detections in outlines:
            for detection in detections.detections:
                newest[detection.text] = (detections, detection)
        for detections, detection in newest.values():
            sx = target.width() / max(1, detections.width)
            sy = target.height() / max(1, detections.height)
            points = [QPointF(target.x() + x * sx, target.y() + y * sy)
                      for x, y in detection.corners]
            if len(points) < 3:
                continue
            level = self._code_levels.get(detection.text, "info")
            pen = QPen(QColor(OUTCOME_COLOURS.get(level, OUTCOME_COLOURS["info"])), 4)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolygon(QPolygonF(points))

    def _paint_state(self, painter: QPainter) -> None:
        painter.setPen(QColor(235, 235, 235))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        painter.setFont(font)
        box = self.rect().adjusted(20, 20, -20, -20)
        half = box.height() // 2
        painter.drawText(QRectF(box.x(), box.y(), box.width(), half - 6),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), self.state_title)
        font.setPointSizeF(font.pointSizeF() / 1.8)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(190, 190, 190))
        painter.drawText(QRectF(box.x(), box.y() + half + 6, box.width(), half - 6),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.state_text)
