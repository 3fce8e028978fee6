"""A live preview of the first page(s) of a label job, drawn by the same code as the output, off the GUI thread.

The labels of the first pages are prepared as the job prepares them (QR code, module size in whole
printer dots at the job's dpi, fitted texts) and painted with `draw_label` at the places the job puts
them, onto page images rendered on the runner's "cpu" executor. The widget only scales the finished
images. A preparation that refuses a label (an SN too long for the template, a code that does not fit)
is shown instead of the pages: the job would refuse it too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.errors import DpsError
from app.domain.messages import Message
from app.labels import job as jobs
from app.labels.render import MM_PER_INCH, LabelLayout, begin_painter, draw_label
from app.ui.errors import show_error
from app.ui.messages import translated_error
from app.ui.palette import OUTCOME_COLOURS
from app.ui.tasks import Task, TaskControl, TaskRunner

PREVIEW_LONG_SIDE_PX = 1100  # a page is rendered about this big, then scaled to the widget
PREVIEW_MAX_LONG_SIDE_PX = 4400  # zoomed in: rendered as big as it is shown, up to this
OUTLINE_COLOUR = QColor(215, 215, 215)
DEBOUNCE_MS = 120


@dataclass(frozen=True)
class PreviewPages:
    images: list[QImage]  # the pages as the job draws them (about PREVIEW_LONG_SIDE_PX on the long side)
    shown: list[QImage]  # the same scaled to the size they are shown at (done here, not on the GUI thread)
    total_pages: int
    warnings: list[Message]  # print-quality warnings, in English: the dialog translates them


def preview_page_count(spec: jobs.JobSpec) -> int:
    """How many pages the whole job takes."""
    slots = spec.start_at + len(spec.labels) * spec.copies
    return max(1, math.ceil(slots / spec.template.per_page))


def render_preview(spec: jobs.JobSpec, max_pages: int, control: TaskControl | None = None, *,
                   shown_size: QSize | None = None, long_side_px: int = PREVIEW_LONG_SIDE_PX) -> PreviewPages:
    """The first `max_pages` pages of a job as images (white paper, the label stock outlined in light grey), and
    scaled smoothly to `shown_size` (device pixels) for the screen."""
    template = spec.template
    per_page = template.per_page
    pages = min(max_pages, preview_page_count(spec))
    needed_slots = pages * per_page - spec.start_at
    labels = list(spec.labels[:max(1, math.ceil(needed_slots / spec.copies))])
    subset = replace(spec, labels=labels)
    layout = LabelLayout(template)
    report = jobs.JobReport()
    cancelled = control.cancelled if control is not None else None
    prepared = jobs.prepare(subset, layout, report, cancelled=cancelled)
    dpi = min(600.0, max(40.0, long_side_px / (max(template.page_width, template.page_height) / MM_PER_INCH)))
    px_per_mm = dpi / MM_PER_INCH
    width, height = round(template.page_width * px_per_mm), round(template.page_height * px_per_mm)
    images = [_blank_page(width, height, dpi) for _ in range(pages)]
    painters = [begin_painter(image) for image in images]
    try:
        for painter in painters:
            painter.setPen(QPen(OUTLINE_COLOUR, 1))
            for slot in range(per_page):
                x, y = template.label_origin(slot)
                painter.drawRect(QRectF(x * px_per_mm, y * px_per_mm, template.label_width * px_per_mm,
                                        template.label_height * px_per_mm))
            painter.setPen(QColor(0, 0, 0))
        for page, slot, index in jobs.placements(subset):
            if page >= pages:
                break
            item = prepared[index]
            x, y = template.label_origin(slot)
            draw_label(painters[page], QPointF(x * px_per_mm, y * px_per_mm), px_per_mm, item.layout, item.texts,
                       item.code, item.placement)
    finally:
        for painter in painters:
            painter.end()
    shown = images if shown_size is None or shown_size.isEmpty() else [
        image.scaled(shown_size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        for image in images]
    return PreviewPages(images, shown, preview_page_count(spec), report.warnings)


def _blank_page(width: int, height: int, dpi: float) -> QImage:
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(255, 255, 255))
    return image


class LabelPreview(QWidget):
    """`show_job(spec)` (debounced) renders the first pages in the background; `rendered` / `failed` tell the
    dialog how it went (a refused label's message in `failed`)."""

    rendered = Signal(int)  # pages in the whole job
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, max_pages: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._runner = runner
        self._max_pages = max_pages
        self._spec: jobs.JobSpec | None = None
        self._generation = 0
        self._task: Task | None = None
        self._images: list[QImage] = []
        self._shown: list[QImage] = []
        self._total_pages = 0
        self._text = self.tr("No preview yet")
        self._error = False
        self.renders = 0  # finished renders, for tests and diagnostics
        self._warnings: list[Message] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_render)

    # --- what to show ---------------------------------------------------------------------------------
    def show_job(self, spec: jobs.JobSpec | None) -> None:
        self._spec = spec
        self._generation += 1
        if spec is None:
            self._timer.stop()
            self._images, self._shown = [], []
            self._set_text(self.tr("No preview"), error=False)
            return
        self._timer.start()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """Replace the pages by a message (no template, nothing to print, ...)."""
        self._spec = None
        self._generation += 1
        self._timer.stop()
        self._images, self._shown = [], []
        self._set_text(text, error=error)

    def images(self) -> Sequence[QImage]:
        return list(self._images)

    def warnings(self) -> list[Message]:
        """What the job's preparation warned about for the labels shown (few dots per QR module, shortened text),
        in English: translate_message shows one in the window's language."""
        return list(self._warnings)

    def is_busy(self) -> bool:
        return self._timer.isActive() or (self._task is not None and not self._task.done)

    def shutdown(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self._task is not None:
            self._task.cancel()

    # --- background rendering -------------------------------------------------------------------------
    def _start_render(self) -> None:
        spec = self._spec
        if spec is None:
            return
        if self._task is not None and not self._task.done:
            self._task.cancel()
        generation = self._generation
        max_pages = self._max_pages if spec.template.per_page > 1 else self._max_pages + 1
        count = min(max_pages, preview_page_count(spec))
        rects = self._layout(count, spec.template.page_width / spec.template.page_height)
        ratio = self.devicePixelRatioF()
        shown_size = QSize(round(rects[0].width() * ratio), round(rects[0].height() * ratio))
        long_side = min(PREVIEW_MAX_LONG_SIDE_PX, max(PREVIEW_LONG_SIDE_PX, shown_size.width(), shown_size.height()))
        self._task = self._runner.run(
            "label preview", lambda control: render_preview(spec, max_pages, control, shown_size=shown_size,
                                                            long_side_px=long_side),
            on_done=lambda pages: self._done(generation, pages),
            on_failed=lambda error: self._failed(generation, error), executor="cpu")
        if not self._images:
            self._set_text(self.tr("Rendering the preview…"), error=False)

    def _done(self, generation: int, pages: PreviewPages) -> None:
        if generation != self._generation:
            return
        self.renders += 1
        self._images = pages.images
        self._shown = pages.shown
        self._warnings = pages.warnings
        self._total_pages = pages.total_pages
        self._text = ""
        self.update()
        self.rendered.emit(pages.total_pages)

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self.renders += 1
        self._images, self._shown = [], []
        self._warnings = []
        if not isinstance(error, DpsError):
            self._set_text(self.tr("The preview could not be drawn."), error=True)
            show_error(self, error)
            return
        self._set_text(translated_error(error), error=True)
        self.failed.emit(translated_error(error))

    def _set_text(self, text: str, *, error: bool) -> None:
        self._text = text
        self._error = error
        self.update()

    # --- painting -------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(460, 380)

    def page_rects(self) -> list[QRectF]:
        """Where each rendered page is drawn (widget coordinates), side by side, scaled to fit."""
        if not self._images:
            return []
        return self._layout(len(self._images), self._images[0].width() / self._images[0].height())

    def _layout(self, count: int, aspect: float) -> list[QRectF]:
        caption = self.fontMetrics().height() + 6
        gap = 14.0
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10 - caption)
        height = max(1.0, min(area.height(), (area.width() - gap * (count - 1)) / count / aspect))
        width = height * aspect
        total = width * count + gap * (count - 1)
        left = area.center().x() - total / 2
        top = area.top() + (area.height() - height) / 2
        return [QRectF(left + i * (width + gap), top, width, height) for i in range(count)]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Mid).lighter(115))
        if not self._images:
            colour = QColor(OUTCOME_COLOURS["error"]) if self._error else self.palette().color(QPalette.ColorRole.Text)
            painter.setPen(colour)
            painter.drawText(QRectF(self.rect()).adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        rects = self.page_rects()
        for rect, image in zip(rects, self._shown, strict=True):
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 50))
            painter.drawImage(rect, image)  # already at this size, unless the widget was just resized
            painter.setPen(QPen(QColor(110, 110, 110), 1))
            painter.drawRect(rect)
        last = rects[-1]
        caption = QRectF(self.rect().left(), last.bottom() + 4, self.width(), self.fontMetrics().height() + 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        shown = len(self._images)
        if self._total_pages > shown:
            text = self.tr("Pages 1–%d of %d") % (shown, self._total_pages) if shown > 1 else \
                self.tr("Page 1 of %d") % self._total_pages
        else:
            text = self.tr("Page 1 of 1") if shown == 1 else self.tr("Pages 1–%d of %d") % (shown, shown)
        painter.drawText(caption, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown and self._spec is not None:
            wanted = self.page_rects()[0].size() * self.devicePixelRatioF()
            if abs(wanted.width() - self._shown[0].width()) > 2:
                self._timer.start()  # drawn again at the new size; scaled on the fly until then
