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

import re

import numpy as np

from app.domain.messages import Message, message
from app.domain.messages_labels import (
    GF_ENDS_MID_ROW,
    GF_NOT_ASCII,
    GF_NOT_DATA,
    GF_NOT_WHOLE_ROWS,
    GF_REPEAT_MISPLACED,
    GF_SIZE_DIFFERS,
)
from app.labels.symbol import QrSymbol

_MAX_RUN = 419  # z (400) + Y (19): the largest count of one count pair
_GF_FIELD = re.compile(r"\^GFA,(\d+),(\d+),(\d+),([^\^~]*)")
_RUN = re.compile(r"([0-9A-F])\1+")  # runs of 2 or more: a single digit is written as it is
_COUNTED = re.compile(r"([G-Yg-z]+)([0-9A-Fa-f])")
_NOT_DATA = re.compile(r"[^0-9A-Fa-f,!:]")
_MARKS = re.compile(r"([,!:])")


def qr_bitmap(symbol: QrSymbol, dots_per_module: int) -> np.ndarray:
    """The symbol with its quiet zone at whole dots per module: True = a black dot."""
    dark = symbol.pixels < 128
    return np.repeat(np.repeat(dark, dots_per_module, axis=0), dots_per_module, axis=1)


def _count(n: int) -> str:
    if n == 1:
        return ""
    high, low = divmod(n, 20)
    return (chr(ord("f") + high) if high else "") + (chr(ord("F") + low) if low else "")


_RUNS: dict[str, str] = {}  # a run of one digit ("FFFFF") -> its compressed form ("KF"); a few hundred in practice
_EXPANDED: dict[str, str] = {}  # the inverse, for reading


def _run(match: re.Match[str]) -> str:
    text = match.group(0)
    compressed = _RUNS.get(text)
    if compressed is None:
        digit, run = text[0], len(text)
        parts = []
        while run > 0:
            chunk = min(run, _MAX_RUN)
            parts.append(_count(chunk) + digit)
            run -= chunk
        compressed = "".join(parts)
        if len(_RUNS) < 4096:
            _RUNS[text] = compressed
    return compressed


def _compress_row(hex_row: str) -> str:
    body = hex_row.rstrip("0")
    return _RUN.sub(_run, body) + ("," if len(body) < len(hex_row) else "")


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


def _expand(match: re.Match[str]) -> str:
    text = match.group(0)
    expanded = _EXPANDED.get(text)
    if expanded is None:
        count = sum(ord(c) - ord("F") if c <= "Y" else 20 * (ord(c) - ord("f")) for c in match.group(1))
        expanded = match.group(2) * count
        if len(_EXPANDED) < 4096:
            _EXPANDED[text] = expanded
    return expanded


class GraphicFieldError(ValueError):
    """A ^GF field that is not well-formed ASCII hex graphic data. `str()` is the English text; `message` the
    Message the window translates."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.message = reason

    def __str__(self) -> str:
        return str(self.message)


def read_graphic_field(field: str) -> np.ndarray:
    """The bitmap (True = black) of a `^GFA,...` field, compressed or not; GraphicFieldError if malformed."""
    match = _GF_FIELD.match(field)
    if match is None:
        raise GraphicFieldError(message(GF_NOT_ASCII))
    total, _count_again, per_row = (int(match.group(i)) for i in (1, 2, 3))
    if per_row <= 0 or total % per_row:
        raise GraphicFieldError(message(GF_NOT_WHOLE_ROWS, total=total, per_row=per_row))
    width = 2 * per_row
    data = _COUNTED.sub(_expand, re.sub(r"\s+", "", match.group(4)))
    bad = _NOT_DATA.search(data)
    if bad is not None:
        raise GraphicFieldError(message(GF_NOT_DATA, character=bad.group(0)))
    rows: list[str] = []
    current = ""
    for piece in _MARKS.split(data):
        if piece == ":":
            if current or not rows:
                raise GraphicFieldError(message(GF_REPEAT_MISPLACED))
            rows.append(rows[-1])
        elif piece in (",", "!"):
            rows.append(current + ("0" if piece == "," else "F") * (width - len(current)))
            current = ""
        elif piece:
            text = current + piece.upper()
            whole = len(text) - len(text) % width
            rows.extend(text[start:start + width] for start in range(0, whole, width))
            current = text[whole:]
    if current:
        raise GraphicFieldError(message(GF_ENDS_MID_ROW))
    if len(rows) * per_row != total:
        raise GraphicFieldError(message(GF_SIZE_DIFFERS, rows=len(rows), per_row=per_row, total=total))
    packed = np.frombuffer(bytes.fromhex("".join(rows)), dtype=np.uint8).reshape(len(rows), per_row)
    return np.unpackbits(packed, axis=1).view(bool)  # 0 or 1 per dot: a valid bool array as it is
