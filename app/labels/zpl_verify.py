"""Print-and-verify for ZPL: read back the QR graphic of every label from the ZPL text the printer will get.

Each label's format (^XA ... ^XZ) is turned into the label's dots as the printer lays them
out: a white ^PW x ^LL bitmap with every ^FO...^GF graphic placed at its origin. A graphic
that does not lie on the label or in the template's QR square fails; the QR square is then
decoded with zxing-cpp and the text checked as on every other target (payload sent,
signature, Group ID and SN).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from app.domain.errors import CancelledError
from app.domain.messages import Message, message
from app.domain.messages_labels import (
    VERIFY_CANCELLED,
    ZPL_DIFFERS,
    ZPL_GRAPHIC_MALFORMED,
    ZPL_GRAPHIC_OFF_LABEL,
    ZPL_GRAPHIC_OUTSIDE_SQUARE,
    ZPL_GRAPHICS_COUNT,
    ZPL_MODULES_NOT_UNIFORM,
    ZPL_NO_GRAPHIC,
    ZPL_NO_SIZE,
    ZPL_NOT_READ_BACK,
    ZPL_NOT_WHOLE_MODULES,
)
from app.labels.render import MM_PER_INCH
from app.labels.templates import Box
from app.labels.verify import PrintVerificationError, check_text, decode_texts
from app.labels.zpl_graphic import GraphicFieldError, read_graphic_field
from app.security.signing import VerifyingKey

_SIZE = re.compile(r"\^(PW|LL)(\d+)")
_GRAPHIC = re.compile(r"\^FO(\d+),(\d+)(\^GFA,[^\^~]*)")
_MARGIN_MM = 1.0


@dataclass(frozen=True)
class PrintedLabel:
    """A label's graphics as the printer places them; `dots` paints them (0 = black, 255 = white)."""

    width: int
    height: int
    graphics: tuple[tuple[int, int, int, int], ...]  # x, y, width, height in dots
    bitmaps: tuple[np.ndarray, ...]  # each graphic as sent (rows padded to whole bytes), True = black

    @property
    def dots(self) -> np.ndarray:
        dots = np.full((self.height, self.width), 255, dtype=np.uint8)
        for (x, y, columns, rows), bitmap in zip(self.graphics, self.bitmaps, strict=True):
            area = dots[y:y + rows, x:x + columns]
            area[bitmap[:rows, :columns]] = 0
        return dots


class ZplLabelError(ValueError):
    """A format the reader cannot lay out (no size, a malformed or off-label graphic). `str()` is the English
    text; `message` the Message the window translates."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.message = reason

    def __str__(self) -> str:
        return str(self.message)


def lay_out(zpl_format: str) -> PrintedLabel:
    """The dots of one ^XA...^XZ format: its ^GF graphics on white (text fields are not drawn)."""
    sizes = {key: int(value) for key, value in _SIZE.findall(zpl_format)}
    if "PW" not in sizes or "LL" not in sizes:
        raise ZplLabelError(message(ZPL_NO_SIZE))
    width, height = sizes["PW"], sizes["LL"]
    graphics = []
    bitmaps = []
    for match in _GRAPHIC.finditer(zpl_format):
        x, y = int(match.group(1)), int(match.group(2))
        try:
            bitmap = read_graphic_field(match.group(3))
        except GraphicFieldError as error:
            raise ZplLabelError(message(ZPL_GRAPHIC_MALFORMED, reason=error.message)) from None
        bitmaps.append(bitmap)
        rows, columns = bitmap.shape
        columns -= _white_padding(bitmap)
        if x + columns > width or y + rows > height:
            raise ZplLabelError(message(ZPL_GRAPHIC_OFF_LABEL, columns=columns, rows=rows, x=x, y=y, width=width,
                                        height=height))
        graphics.append((x, y, columns, rows))
    if not graphics:
        raise ZplLabelError(message(ZPL_NO_GRAPHIC))
    return PrintedLabel(width, height, tuple(graphics), tuple(bitmaps))


def _white_padding(bitmap: np.ndarray) -> int:
    """The white columns (at most 7) that only pad the graphic's rows to whole bytes."""
    inked = np.flatnonzero(bitmap[:, -8:].any(axis=0))
    return 8 - 1 - int(inked[-1]) if inked.size else min(8, bitmap.shape[1])


def formats_of(zpl: str) -> list[str]:
    """The ^XA...^XZ formats of a ZPL job, in order."""
    return re.findall(r"\^XA.*?\^XZ", zpl, flags=re.S)


def read_zpl_codes(zpl: str) -> list[list[str]]:
    """The QR texts zxing-cpp reads from each label of a ZPL job (tests, and anyone checking a .zpl file)."""
    return [decode_texts(lay_out(body).dots) for body in formats_of(zpl)]


def _qr_square(box: Box, dpi: int) -> tuple[int, int, int, int]:
    """The template's QR square in dots (rounded outwards by 1 dot), as left, top, right, bottom."""
    def dots(mm: float) -> float:
        return mm / MM_PER_INCH * dpi

    return (int(dots(box.x)) - 1, int(dots(box.y)) - 1, int(dots(box.x + box.width)) + 2,
            int(dots(box.y + box.height)) + 2)


@dataclass(frozen=True)
class ZplCheck:
    sn: str
    group_id: str
    payload: str
    zpl: str
    dots_per_module: int | None = None  # known to the job: the graphic is then read at 3 pixels per module


def verify_zpl(checks: Sequence[ZplCheck], qr_box: Box, dpi: int, keys: Mapping[str, VerifyingKey], *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Lay out and read back every label's ZPL; PrintVerificationError listing every failure by SN."""
    failures: list[tuple[str, str]] = []  # (SN, why): why is a Message
    margin = round(_MARGIN_MM / MM_PER_INCH * dpi)
    for index, check in enumerate(checks):
        if cancelled is not None and index % 64 == 0 and cancelled():
            raise CancelledError(message(VERIFY_CANCELLED))
        problem = _problem(check, qr_box, dpi, margin, keys)
        if problem:
            failures.append((check.sn, problem))
        if progress is not None and (index % 100 == 99 or index + 1 == len(checks)):
            progress(index + 1, len(checks))
    if failures:
        raise PrintVerificationError(failures)


def _problem(check: ZplCheck, qr_box: Box, dpi: int, margin: int,
             keys: Mapping[str, VerifyingKey]) -> str | None:
    try:
        label = lay_out(check.zpl)
    except ZplLabelError as error:
        return error.message
    left, top, right, bottom = _qr_square(qr_box, dpi)
    for x, y, width, height in label.graphics:
        if x < left or y < top or x + width > right or y + height > bottom:
            return message(ZPL_GRAPHIC_OUTSIDE_SQUARE, width=width, height=height, x=x, y=y)
    if check.dots_per_module:
        modules = _module_image(label, check.dots_per_module)
        if isinstance(modules, Message):
            return modules
        texts = decode_texts(modules)
    else:
        area = label.dots[max(0, top - margin):bottom + margin, max(0, left - margin):right + margin]
        texts = decode_texts(np.ascontiguousarray(area))
    if not texts:
        return message(ZPL_NOT_READ_BACK)
    if texts[0] != check.payload:
        return message(ZPL_DIFFERS)
    return check_text(texts[0], sn=check.sn, group_id=check.group_id, keys=keys)


def _module_image(label: PrintedLabel, dots_per_module: int) -> np.ndarray | Message:
    """The graphic reduced losslessly to 3 pixels per module, or why it cannot be.

    Decoding a 600 dpi graphic at 20+ dots per module costs 30 times more than at 3 pixels per
    module and reads nothing more: every module is checked to be a uniform square of
    dots_per_module dots (so the reduction loses nothing), then each becomes 3 x 3 pixels.
    """
    if len(label.bitmaps) != 1:
        return message(ZPL_GRAPHICS_COUNT, count=len(label.bitmaps))
    bitmap = label.bitmaps[0]
    side = bitmap.shape[0]
    if bitmap.shape[1] < side or bitmap[:, side:].any() or side % dots_per_module:
        return message(ZPL_NOT_WHOLE_MODULES, dots=dots_per_module)
    centre = dots_per_module // 2
    dark = bitmap[centre:side:dots_per_module, centre:side:dots_per_module]
    if not np.array_equal(np.repeat(np.repeat(dark, dots_per_module, axis=0), dots_per_module, axis=1),
                          bitmap[:, :side]):
        return message(ZPL_MODULES_NOT_UNIFORM, dots=dots_per_module)
    pixels = np.where(dark, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.pad(np.repeat(np.repeat(pixels, 3, axis=0), 3, axis=1), 3, constant_values=255))
