"""An image's width and height from its header, before anything is decoded.

A 151 KB PNG can declare 30000 x 30000 pixels and take gigabytes once decoded, so the size
is read from the first bytes and checked against a limit first. PNG, JPEG, WebP, GIF and BMP
are read here; OpenCV's own limit (OPENCV_IO_MAX_IMAGE_PIXELS, set in app/scan/__init__.py)
stands behind every other format.
"""

from __future__ import annotations

import struct

from app.domain.messages import Message, message
from app.domain.messages_scan import IMAGE_TOO_LARGE

MAX_IMAGE_PIXELS = 100_000_000
"""A 100-megapixel photograph decodes to about 300 MB; every real label photo is far smaller."""


def image_dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) declared by the header, or None for a format or header this cannot read."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_dimensions(data)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return _webp_dimensions(data)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    if data.startswith(b"BM") and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        return abs(width), abs(height)
    return None


def _jpeg_dimensions(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2:position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            height, width = struct.unpack(">HH", data[position + 5:position + 9])
            return width, height
        position += 2 + length
    return None


def _webp_dimensions(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def size_problem(data: bytes) -> Message | None:
    """Why this image is too large to decode, naming the limit; None when it may be decoded."""
    dimensions = image_dimensions(data)
    if dimensions is None:
        return None
    width, height = dimensions
    if width * height > MAX_IMAGE_PIXELS:
        return message(IMAGE_TOO_LARGE, width=width, height=height, megapixels=width * height / 1e6,
                       limit=MAX_IMAGE_PIXELS / 1e6)
    return None
