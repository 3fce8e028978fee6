"""Print-and-verify: every label rendered to an image, read back with zxing-cpp, its signature and device checked."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import zxingcpp
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from app.domain.errors import CancelledError, DpsError, SignatureError
from app.domain.messages import AND_MORE, message
from app.domain.messages_labels import (
    NOT_READ_BACK,
    NOT_SIGNED_PAYLOAD,
    NOT_VERIFIED,
    OTHER_DEVICE,
    READ_BACK_DIFFERS,
    SIGNATURE_FAILS,
    VERIFY_CANCELLED,
    failure_text,
    listed,
)
from app.labels.render import (
    MM_PER_INCH,
    FittedText,
    LabelLayout,
    QrPlacement,
    begin_painter,
    draw_label,
    place_qr,
    scaled_code,
)
from app.labels.symbol import QrSymbol
from app.qr.payload import parse_payload, verify_payload
from app.labels.templates import Box
from app.security.signing import VerifyingKey

VERIFY_PIXELS_PER_MODULE = 3


class PrintVerificationError(DpsError):
    """Labels that did not read back as the device they are for. Nothing was printed or recorded."""

    exit_code = 11

    def __init__(self, failures: Sequence[tuple[str, str]]) -> None:
        self.failures = list(failures)  # (SN, why): why is a Message where the label layer made it
        shown = listed([failure_text(sn, why) for sn, why in self.failures[:10]])
        more: str = message(AND_MORE, count=len(self.failures) - 10) if len(self.failures) > 10 else ""
        super().__init__(message(NOT_VERIFIED, count=len(self.failures), shown=shown, more=more))


QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def decode_texts(grey: np.ndarray) -> list[str]:
    """Texts of the QR codes zxing-cpp finds in a grey image."""
    # Our own labels, drawn upright at 3 pixels per module: no rotated, inverted or downscaled retries needed.
    results = zxingcpp.read_barcodes(grey, formats=QR_ONLY, try_rotate=False,
                                     try_downscale=False, try_invert=False)
    return [result.text for result in results]


def check_text(text: str, *, sn: str, group_id: str, keys: Mapping[str, VerifyingKey]) -> str | None:
    """Why a decoded text is not a genuine label of device (group_id, sn), or None if it is."""
    try:
        payload = parse_payload(text)
    except SignatureError as error:
        return error.message
    if payload is None:
        return message(NOT_SIGNED_PAYLOAD)
    if not verify_payload(payload, keys):
        return message(SIGNATURE_FAILS, key=payload.key_id)
    if payload.sn != sn or payload.group_id != group_id:
        return message(OTHER_DEVICE, sn=payload.sn, group_id=payload.group_id)
    return None


@dataclass(frozen=True)
class VerifyItem:
    """What the verify pass needs of one prepared label."""

    sn: str
    group_id: str
    payload: str
    texts: tuple[FittedText | None, ...]
    code: QImage
    symbol: QrSymbol


def verify_labels(layout: LabelLayout, items: Sequence[VerifyItem], keys: Mapping[str, VerifyingKey], *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> None:
    """Render and read back every label; PrintVerificationError listing every failure by SN."""
    template = layout.template
    failures: list[tuple[str, str]] = []
    canvas: _Canvas | None = None
    try:
        for index, item in enumerate(items):
            if cancelled is not None and cancelled():
                raise CancelledError(message(VERIFY_CANCELLED))
            modules = item.symbol.total_modules
            dpi = math.ceil(VERIFY_PIXELS_PER_MODULE * modules / (template.qr.width / MM_PER_INCH))
            placement, _ = place_qr(template, item.symbol, dpi, sn=item.sn)
            if canvas is None or canvas.dpi != dpi:
                if canvas is not None:
                    canvas.close()
                canvas = _Canvas(template.label_width, template.label_height, dpi)
            code = scaled_code(item.symbol, placement.dots_per_module)
            canvas.draw(layout, item.texts, code, placement)
            problem = _problem(decode_texts(canvas.qr_area(template.qr)), item, keys)
            if problem:
                failures.append((item.sn, problem))
            if progress is not None and (index % 100 == 99 or index + 1 == len(items)):
                progress(index + 1, len(items))
    finally:
        if canvas is not None:
            canvas.close()
    if failures:
        raise PrintVerificationError(failures)


def _problem(texts: list[str], item: VerifyItem, keys: Mapping[str, VerifyingKey]) -> str | None:
    if not texts:
        return message(NOT_READ_BACK)
    if texts[0] != item.payload:
        return message(READ_BACK_DIFFERS)
    return check_text(texts[0], sn=item.sn, group_id=item.group_id, keys=keys)


class _Canvas:
    """One grey image and one painter, reused label after label (a painter per label costs more than the label)."""

    def __init__(self, width_mm: float, height_mm: float, dpi: int) -> None:
        self.dpi = dpi
        self.px_per_mm = dpi / MM_PER_INCH
        self.image = QImage(math.ceil(width_mm * self.px_per_mm), math.ceil(height_mm * self.px_per_mm),
                            QImage.Format.Format_Grayscale8)
        dots_per_metre = round(dpi / 0.0254)
        self.image.setDotsPerMeterX(dots_per_metre)
        self.image.setDotsPerMeterY(dots_per_metre)
        self.painter = begin_painter(self.image)
        self.rect = self.image.rect()
        self.array = np.frombuffer(self.image.constBits(), dtype=np.uint8).reshape(
            self.image.height(), self.image.bytesPerLine())[:, :self.image.width()]

    def draw(self, layout: LabelLayout, texts: tuple[FittedText | None, ...], code: QImage,
             placement: QrPlacement) -> None:
        self.painter.fillRect(self.rect, QColor(255, 255, 255))
        draw_label(self.painter, QPointF(0, 0), self.px_per_mm, layout, texts, code, placement)

    def qr_area(self, box: Box) -> np.ndarray:
        """The template's QR square (code and quiet zone) plus 1 mm around it: all the decoder needs to look at."""
        top = max(0, math.floor((box.y - 1) * self.px_per_mm))
        left = max(0, math.floor((box.x - 1) * self.px_per_mm))
        bottom = math.ceil((box.y + box.height + 1) * self.px_per_mm)
        right = math.ceil((box.x + box.width + 1) * self.px_per_mm)
        return np.ascontiguousarray(self.array[top:bottom, left:right])

    def close(self) -> None:
        self.painter.end()
