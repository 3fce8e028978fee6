"""One drawing function for every target (PDF, printer, PNG, the verify pass): QPainter in device pixels.

Fonts are set in points, so the device's logical dpi sizes them; positions are
millimetres times the device's pixels per millimetre.
"""

from __future__ import annotations

import math

import numpy as np
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from app.domain.errors import InputError, OutputError
from app.domain.messages import message, Message, term
from app.domain.messages_labels import (
    CANNOT_PAINT,
    FEW_DOTS,
    FIELD_TOO_LOW,
    LOGO_UNREADABLE,
    QR_DOES_NOT_FIT,
    TEXT_TOO_LONG,
)
from app.labels.model import LabelData
from app.labels.symbol import QrSymbol
from app.labels.templates import LabelTemplate, TextField

MM_PER_INCH = 25.4
MIN_DOTS_PER_MODULE = 2  # below this a printer cannot make clean modules: refused
GOOD_DOTS_PER_MODULE = 4  # below this: a warning
FONT_FAMILY = "DejaVu Sans"
_FONT_STEP = 0.25
_REFERENCE_DPI = 1200


@dataclass(frozen=True)
class QrPlacement:
    """Where the code goes inside the template's QR square, and how big a module is."""

    dots_per_module: int
    module_mm: float
    side_mm: float  # the code with its quiet zone
    offset_mm: float  # from the QR square's corner, to centre the code


def place_qr(template: LabelTemplate, symbol: QrSymbol, dpi: int, *,
             sn: str = "") -> tuple[QrPlacement, Message | None]:
    """Whole printer dots per module, quiet zone of 4 modules included; refused under 2 dots, warned under 4."""
    available_dots = template.qr.width / MM_PER_INCH * dpi
    dots = math.floor(available_dots / symbol.total_modules)
    if dots < MIN_DOTS_PER_MODULE:
        raise InputError(message(QR_DOES_NOT_FIT, sn=sn, modules=symbol.modules, version=symbol.version,
                                 width=template.qr.width, label_template=template.name, dpi=dpi,
                                 dots=available_dots / symbol.total_modules, least=MIN_DOTS_PER_MODULE), field="sn")
    warning = None
    if dots < GOOD_DOTS_PER_MODULE:
        warning = message(FEW_DOTS, sn=sn, dots=dots, dpi=dpi)
    module_mm = dots * MM_PER_INCH / dpi
    side = module_mm * symbol.total_modules
    return QrPlacement(dots, module_mm, side, (template.qr.width - side) / 2), warning


@dataclass
class _FontCache:
    fonts: dict[tuple[float, bool], QFont] = field(default_factory=dict)
    metrics: dict[tuple[float, bool], QFontMetricsF] = field(default_factory=dict)
    reference: QImage = field(default_factory=lambda: _reference_device())

    def font(self, size: float, bold: bool) -> QFont:
        key = (size, bold)
        font = self.fonts.get(key)
        if font is None:
            font = QFont(FONT_FAMILY)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self.fonts[key] = font
        return font

    def metrics_for(self, size: float, bold: bool) -> QFontMetricsF:
        key = (size, bold)
        metrics = self.metrics.get(key)
        if metrics is None:
            metrics = QFontMetricsF(self.font(size, bold), self.reference)
            self.metrics[key] = metrics
        return metrics


def _reference_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_Grayscale8)
    dots_per_metre = round(_REFERENCE_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


@dataclass(frozen=True)
class FittedText:
    text: str
    size: float
    bold: bool
    elided: bool


class LabelLayout:
    """Fits the texts of labels into a template's fields (once per label, whatever the target)."""

    def __init__(self, template: LabelTemplate) -> None:
        self.template = template
        self._fonts = _FontCache()
        self._px_per_mm = _REFERENCE_DPI / MM_PER_INCH
        self._logo: QImage | None = None

    def logo_image(self) -> QImage:
        """The template's logo, read once per layout."""
        if self._logo is None:
            assert self.template.logo is not None
            image = QImage(str(self.template.logo.file))
            if image.isNull():
                raise InputError(message(LOGO_UNREADABLE), file=str(self.template.logo.file),
                                 field="fields.logo.file")
            self._logo = image
        return self._logo

    def font(self, fitted: FittedText) -> QFont:
        return self._fonts.font(fitted.size, fitted.bold)

    def fit(self, label: LabelData) -> tuple[FittedText | None, ...]:
        """The text of every field of the template, in the template's order (None for an empty field)."""
        return tuple(self._fit_field(text_field, label) for text_field in self.template.texts)

    def _fit_field(self, text_field: TextField, label: LabelData) -> FittedText | None:
        text = label.text_of(text_field.name)
        if not text:
            return None
        width_px = text_field.box.width * self._px_per_mm
        height_px = text_field.box.height * self._px_per_mm
        size = text_field.font_size
        metrics = self._fonts.metrics_for(size, text_field.bold)
        advance = metrics.horizontalAdvance(text)
        if advance > width_px:
            # text width scales with the point size: jump straight to the size that should fit
            size = max(text_field.min_font_size, math.floor(size * width_px / advance / _FONT_STEP) * _FONT_STEP)
            while True:
                metrics = self._fonts.metrics_for(size, text_field.bold)
                advance = metrics.horizontalAdvance(text)
                if advance <= width_px or size <= text_field.min_font_size:
                    break
                size = max(text_field.min_font_size, size - _FONT_STEP)
        if metrics.height() > height_px * 1.15:
            raise InputError(message(FIELD_TOO_LOW, label_template=self.template.name, field=text_field.name,
                                     height=text_field.box.height, size=size),
                             file=self.template.source.name, field=f"fields.{text_field.name}")
        if advance <= width_px:
            return FittedText(text, size, text_field.bold, False)
        if text_field.overflow == "elide":
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width_px)
            return FittedText(elided, size, text_field.bold, True)
        what = term({"sn": "SN", "group_name": "group name", "manual_code": "manual code"}.get(text_field.name,
                                                                                              text_field.name))
        raise InputError(message(TEXT_TOO_LONG, what=what, text=text, sn=label.sn, label_template=self.template.name,
                                 needed=advance / self._px_per_mm, size=size, width=text_field.box.width),
                         field=text_field.name)


def qr_qimage(symbol: QrSymbol) -> QImage:
    """The symbol as a 1-bit image (one pixel per module, dark = 1), owning its memory."""
    packed = np.packbits(symbol.pixels < 128, axis=1)
    image = QImage(packed.data, symbol.pixels.shape[1], symbol.pixels.shape[0], packed.strides[0],
                   QImage.Format.Format_Mono)
    image.setColorTable([0xFFFFFFFF, 0xFF000000])
    return image.copy()


def scaled_code(symbol: QrSymbol, pixels_per_module: int) -> QImage:
    """The symbol as a grey image of whole pixels per module, for raster targets (a blit, no scaling)."""
    grey = np.repeat(np.repeat(symbol.pixels, pixels_per_module, axis=0), pixels_per_module, axis=1)
    image = QImage(grey.data, grey.shape[1], grey.shape[0], grey.strides[0], QImage.Format.Format_Grayscale8)
    return image.copy()


def draw_label(painter: QPainter, origin: QPointF, px_per_mm: float, layout: LabelLayout,
               texts: tuple[FittedText | None, ...], code: QImage, placement: QrPlacement) -> None:
    """Draw one label with its top-left corner at `origin` (device pixels). Every target calls this."""
    template = layout.template
    qr = template.qr
    side = placement.side_mm * px_per_mm
    target = QRectF(origin.x() + (qr.x + placement.offset_mm) * px_per_mm,
                    origin.y() + (qr.y + placement.offset_mm) * px_per_mm, side, side)
    painter.fillRect(target, QColor(255, 255, 255))  # the quiet zone stays white whatever the label stock
    if code.width() == round(side) and abs(side - round(side)) < 0.01:
        painter.drawImage(QPointF(round(target.x()), round(target.y())), code)  # pre-scaled for a raster: a blit
    else:
        painter.drawImage(target, code)
    if template.logo is not None:
        logo = layout.logo_image()
        box = template.logo.box
        painter.drawImage(QRectF(origin.x() + box.x * px_per_mm, origin.y() + box.y * px_per_mm,
                                 box.width * px_per_mm, box.height * px_per_mm), logo)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for text_field, fitted in zip(template.texts, texts, strict=True):
        if fitted is None:
            continue
        box = text_field.box
        painter.setFont(layout.font(fitted))
        painter.drawText(QRectF(origin.x() + box.x * px_per_mm, origin.y() + box.y * px_per_mm,
                                box.width * px_per_mm, box.height * px_per_mm), align, fitted.text)


def begin_painter(device: object) -> QPainter:
    painter = QPainter()
    if not painter.begin(device):  # type: ignore[arg-type]
        raise OutputError(message(CANNOT_PAINT))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setPen(QColor(0, 0, 0))
    return painter
