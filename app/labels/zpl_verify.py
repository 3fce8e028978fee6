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
    """A format the reader cannot lay out (no size, a malformed or off-label graphic)."""


def lay_out(zpl_format: str) -> PrintedLabel:
    """The dots of one ^XA...^XZ format: its ^GF graphics on white (text fields are not drawn)."""
    sizes = {key: int(value) for key, value in _SIZE.findall(zpl_format)}
    if "PW" not in sizes or "LL" not in sizes:
        raise ZplLabelError("the label has no ^PW (width) or ^LL (length)")
    width, height = sizes["PW"], sizes["LL"]
    graphics = []
    bitmaps = []
    for match in _GRAPHIC.finditer(zpl_format):
        x, y = int(match.group(1)), int(match.group(2))
        try:
            bitmap = read_graphic_field(match.group(3))
        except GraphicFieldError as error:
            raise ZplLabelError(f"the QR graphic is malformed: {error}") from None
        bitmaps.append(bitmap)
        rows, columns = bitmap.shape
        columns -= _white_padding(bitmap)
        if x + columns > width or y + rows > height:
            raise ZplLabelError(f"the QR graphic ({columns} x {rows} dots at {x},{y}) runs off the "
                                f"{width} x {height} dot label")
        graphics.append((x, y, columns, rows))
    if not graphics:
        raise ZplLabelError("the label has no QR graphic (^GF)")
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
    failures: list[tuple[str, str]] = []
    margin = round(_MARGIN_MM / MM_PER_INCH * dpi)
    for index, check in enumerate(checks):
        if cancelled is not None and index % 64 == 0 and cancelled():
            raise CancelledError("label job cancelled during print-and-verify; nothing was printed or recorded")
        problem = _problem(check, qr_box, dpi, margin, keys)
        if problem:
            failures.append((check.sn, problem))
        if progress is not None and (index % 100 == 99 or index + 1 == len(checks)):
            progress(index + 1, len(checks))
    if failures:
        raise PrintVerificationError(failures)


def _problem(check: ZplCheck, qr_box: Box, dpi: int, margin: int, keys: Mapping[str, VerifyingKey]) -> str | None:
    try:
        label = lay_out(check.zpl)
    except ZplLabelError as error:
        return str(error)
    left, top, right, bottom = _qr_square(qr_box, dpi)
    for x, y, width, height in label.graphics:
        if x < left or y < top or x + width > right or y + height > bottom:
            return f"the QR graphic ({width} x {height} dots at {x},{y}) does not lie in the template's QR square"
    if check.dots_per_module:
        modules = _module_image(label, check.dots_per_module)
        if isinstance(modules, str):
            return modules
        texts = decode_texts(modules)
    else:
        area = label.dots[max(0, top - margin):bottom + margin, max(0, left - margin):right + margin]
        texts = decode_texts(np.ascontiguousarray(area))
    if not texts:
        return "the QR code the printer gets did not read back"
    if texts[0] != check.payload:
        return "the code the printer gets differs from the payload"
    return check_text(texts[0], sn=check.sn, group_id=check.group_id, keys=keys)


def _module_image(label: PrintedLabel, dots_per_module: int) -> np.ndarray | str:
    """The graphic reduced losslessly to 3 pixels per module, or why it cannot be.

    Decoding a 600 dpi graphic at 20+ dots per module costs 30 times more than at 3 pixels per
    module and reads nothing more: every module is checked to be a uniform square of
    dots_per_module dots (so the reduction loses nothing), then each becomes 3 x 3 pixels.
    """
    if len(label.bitmaps) != 1:
        return f"the label has {len(label.bitmaps)} graphics, expected the QR code alone"
    bitmap = label.bitmaps[0]
    side = bitmap.shape[0]
    if bitmap.shape[1] < side or bitmap[:, side:].any() or side % dots_per_module:
        return f"the QR graphic is not a square of whole modules of {dots_per_module} dots"
    centre = dots_per_module // 2
    dark = bitmap[centre:side:dots_per_module, centre:side:dots_per_module]
    if not np.array_equal(np.repeat(np.repeat(dark, dots_per_module, axis=0), dots_per_module, axis=1),
                          bitmap[:, :side]):
        return f"the QR graphic has modules that are not uniform squares of {dots_per_module} dots"
    pixels = np.where(dark, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.pad(np.repeat(np.repeat(pixels, 3, axis=0), 3, axis=1), 3, constant_values=255))
