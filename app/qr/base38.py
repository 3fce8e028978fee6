"""Base-38 as Matter uses it in its QR payloads (Matter Core Specification 5.1.3.1).

Bytes are taken in chunks of 3 (read little-endian as a 24-bit number, written as 5 characters), and a
last chunk of 2 bytes (4 characters) or 1 byte (2 characters). Each number is written least significant
digit first. The alphabet is 0-9, A-Z, '-' and '.'.
"""

from __future__ import annotations

from app.domain.messages import Message, message
from app.domain.messages_scan import BASE38_CHARACTER, BASE38_LENGTH, BASE38_RANGE

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-."
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_CHARS_FOR_BYTES = {1: 2, 2: 4, 3: 5}
_BYTES_FOR_CHARS = {2: 1, 4: 2, 5: 3}


class Base38Error(ValueError):
    """Not base-38: a character outside the alphabet, a length no chunk has, or a chunk out of range."""

    def __init__(self, reason: Message, *, kind: str) -> None:
        super().__init__(reason)
        self.reason = reason  # the English text, with its template and parameters
        self.kind = kind  # "character", "length" or "value"


def encode(data: bytes) -> str:
    out: list[str] = []
    for start in range(0, len(data), 3):
        chunk = data[start:start + 3]
        value = int.from_bytes(chunk, "little")
        for _ in range(_CHARS_FOR_BYTES[len(chunk)]):
            value, digit = divmod(value, 38)
            out.append(ALPHABET[digit])
    return "".join(out)


def decode(text: str) -> bytes:
    for position, ch in enumerate(text, start=1):
        if ch not in _VALUE:
            raise Base38Error(message(BASE38_CHARACTER, position=position, character=ch),
                              kind="character")
    remainder = len(text) % 5
    if remainder not in (0, 2, 4):
        raise Base38Error(message(BASE38_LENGTH, count=len(text)), kind="length")
    out = bytearray()
    for start in range(0, len(text), 5):
        chunk = text[start:start + 5]
        value = 0
        for ch in reversed(chunk):
            value = value * 38 + _VALUE[ch]
        size = _BYTES_FOR_CHARS[len(chunk)]
        if value >= 1 << (8 * size):
            raise Base38Error(message(BASE38_RANGE, first=start + 1, last=start + len(chunk)),
                              kind="value")
        out += value.to_bytes(size, "little")
    return bytes(out)
