"""ZPL graphic fields (^GFA, ASCII hex with Zebra's compression): the QR code as the exact bitmap to print.

Why a bitmap and not ^BQ: ^BQ makes the printer encode the text again, and its encoder may
choose another (larger) symbol than the one the job laid out and verified. A ^GF field is
printed dot for dot, so what print-and-verify decoded is what comes out of the printer.

Compression (ZPL II manual, "Alternative data compression scheme for ~DG and ^GF"):
a hex digit may be preceded by a repeat count, letters summed: G-Y are 1-19, g-z 20-400;
`,` fills the rest of the row with 0 (white), `!` with 1 (black), `:` repeats the previous row.
`read_graphic_field` is the inverse, used by the verify pass and the tests.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from app.labels.symbol import QrSymbol

_MAX_RUN = 419  # z (400) + Y (19): the largest count of one count pair
_GF_FIELD = re.compile(r"\^GFA,(\d+),(\d+),(\d+),([^\^~]*)")


def qr_bitmap(symbol: QrSymbol, dots_per_module: int) -> np.ndarray:
    """The symbol with its quiet zone at whole dots per module: True = a black dot."""
    dark = symbol.pixels < 128
    return np.repeat(np.repeat(dark, dots_per_module, axis=0), dots_per_module, axis=1)


def _count(n: int) -> str:
    if n == 1:
        return ""
    high, low = divmod(n, 20)
    return (chr(ord("f") + high) if high else "") + (chr(ord("F") + low) if low else "")


def _compress_row(hex_row: str) -> str:
    body = hex_row.rstrip("0")
    parts = []
    for digit, group in itertools.groupby(body):
        run = len(list(group))
        while run > 0:
            chunk = min(run, _MAX_RUN)
            parts.append(_count(chunk) + digit)
            run -= chunk
    if len(body) < len(hex_row):
        parts.append(",")
    return "".join(parts)


def graphic_field(dark: np.ndarray) -> str:
    """`^GFA,total,total,bytes per row,data` for a boolean bitmap (True = black), rows padded white to bytes."""
    rows = dark.shape[0]
    packed = np.packbits(dark.astype(bool), axis=1)
    per_row = packed.shape[1]
    total = per_row * rows
    parts = []
    previous: bytes | None = None
    for row in packed:
        raw = row.tobytes()
        if raw == previous:
            parts.append(":")
            continue
        previous = raw
        parts.append(_compress_row(raw.hex().upper()))
    return f"^GFA,{total},{total},{per_row},{''.join(parts)}"


class GraphicFieldError(ValueError):
    """A ^GF field that is not well-formed ASCII hex graphic data."""


def read_graphic_field(field: str) -> np.ndarray:
    """The bitmap (True = black) of a `^GFA,...` field, compressed or not; GraphicFieldError if malformed."""
    match = _GF_FIELD.match(field)
    if match is None:
        raise GraphicFieldError("not an ASCII ^GFA graphic field")
    total, _count_again, per_row = (int(match.group(i)) for i in (1, 2, 3))
    if per_row <= 0 or total % per_row:
        raise GraphicFieldError(f"{total} bytes is not a whole number of rows of {per_row} bytes")
    width = 2 * per_row
    rows: list[str] = []
    current: list[str] = []
    filled = 0
    repeat = 0
    for char in re.sub(r"\s", "", match.group(4)):
        if "G" <= char <= "Y":
            repeat += ord(char) - ord("F")
        elif "g" <= char <= "z":
            repeat += 20 * (ord(char) - ord("f"))
        elif char in "0123456789ABCDEFabcdef":
            n = repeat or 1
            repeat = 0
            if filled + n > width:
                raise GraphicFieldError(f"row {len(rows) + 1} has more than {per_row} bytes")
            current.append(char.upper() * n)
            filled += n
        elif char in ",!" or char == ":":
            if repeat:
                raise GraphicFieldError(f"a repeat count before {char!r}")
            if char == ":":
                if filled or not rows:
                    raise GraphicFieldError("':' (repeat the row) in the middle of a row or before the first row")
                current, filled = [rows[-1]], width
            else:
                current.append(("0" if char == "," else "F") * (width - filled))
                filled = width
        else:
            raise GraphicFieldError(f"{char!r} is not graphic data")
        if filled == width:
            rows.append("".join(current))
            current, filled = [], 0
    if filled or repeat:
        raise GraphicFieldError("the data ends in the middle of a row")
    if len(rows) * per_row != total:
        raise GraphicFieldError(f"{len(rows)} rows of {per_row} bytes, but the field says {total} bytes")
    data = np.frombuffer(bytes.fromhex("".join(rows)), dtype=np.uint8).reshape(len(rows), per_row)
    return np.unpackbits(data, axis=1).astype(bool)
