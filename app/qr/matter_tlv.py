"""The small part of Matter TLV (Matter Core Specification, appendix A) that a setup payload's optional data uses.

The optional data after the 88 bits of a Matter QR payload is one anonymous structure whose members carry
context tags: 0x00 the serial number (UTF-8 string or unsigned integer), 0x80-0xFF vendor data (strings or
integers). Only scalar members are read; anything else is a damaged payload. Little-endian throughout.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.messages import Message, message
from app.domain.messages_scan import (
    TLV_ENDS_IN_STRUCTURE,
    TLV_ENDS_IN_TAG,
    TLV_ENDS_IN_VALUE,
    TLV_NO_STRUCTURE,
    TLV_NOT_UTF8,
    TLV_TAG_FORM,
    TLV_TRAILING_BYTES,
    TLV_UNUSED_TYPE,
)

TAG_SERIAL_NUMBER = 0x00

_ANONYMOUS = 0x00
_CONTEXT = 0x20
_STRUCTURE = 0x15
_END = 0x18
_SIGNED = range(0x04)
_UNSIGNED = range(0x04, 0x08)
_BOOLEAN = (0x08, 0x09)
_UTF8 = range(0x0C, 0x10)
_BYTES = range(0x10, 0x14)
_NULL = 0x14

TlvValue = int | str | bytes | bool | None


class TlvError(ValueError):
    """TLV data that is cut short or holds what a setup payload does not."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason  # the English text, with its template and parameters


@dataclass(frozen=True)
class TlvElement:
    tag: int
    value: TlvValue


def read_structure(data: bytes) -> tuple[TlvElement, ...]:
    """The members of the anonymous structure at the start of `data`; bytes after its end must be zero
    padding (base-38 works in whole bytes)."""
    if not data:
        return ()
    if data[0] != _ANONYMOUS | _STRUCTURE:
        raise TlvError(message(TLV_NO_STRUCTURE))
    position = 1
    elements: list[TlvElement] = []
    while True:
        if position >= len(data):
            raise TlvError(message(TLV_ENDS_IN_STRUCTURE))
        control = data[position]
        position += 1
        if control == _END:
            break
        if control & 0xE0 != _CONTEXT:
            raise TlvError(message(TLV_TAG_FORM, form=control & 0xE0))
        if position >= len(data):
            raise TlvError(message(TLV_ENDS_IN_TAG))
        tag = data[position]
        position += 1
        value, position = _read_value(data, position, control & 0x1F)
        elements.append(TlvElement(tag, value))
    if any(data[position:]):
        raise TlvError(message(TLV_TRAILING_BYTES))
    return tuple(elements)


def _take(data: bytes, position: int, size: int) -> tuple[bytes, int]:
    if position + size > len(data):
        raise TlvError(message(TLV_ENDS_IN_VALUE))
    return data[position:position + size], position + size


def _read_value(data: bytes, position: int, kind: int) -> tuple[TlvValue, int]:
    if kind in _SIGNED or kind in _UNSIGNED:
        raw, position = _take(data, position, 1 << (kind & 0x03))
        return int.from_bytes(raw, "little", signed=kind in _SIGNED), position
    if kind in _BOOLEAN:
        return kind == 0x09, position
    if kind == _NULL:
        return None, position
    if kind in _UTF8 or kind in _BYTES:
        raw_length, position = _take(data, position, 1 << (kind & 0x03))
        body, position = _take(data, position, int.from_bytes(raw_length, "little"))
        if kind in _BYTES:
            return body, position
        try:
            return body.decode("utf-8"), position
        except UnicodeDecodeError:
            raise TlvError(message(TLV_NOT_UTF8)) from None
    raise TlvError(message(TLV_UNUSED_TYPE, type=kind))


def write_structure(elements: tuple[TlvElement, ...] | list[TlvElement]) -> bytes:
    """The anonymous structure holding `elements` (strings, byte strings, unsigned integers, booleans)."""
    out = bytearray([_ANONYMOUS | _STRUCTURE])
    for element in elements:
        value = element.value
        if isinstance(value, bool):
            out += bytes([_CONTEXT | (0x09 if value else 0x08), element.tag])
        elif isinstance(value, int):
            if value < 0:
                raise ValueError("only unsigned integers are written")
            size_code = 0 if value < 1 << 8 else 1 if value < 1 << 16 else 2 if value < 1 << 32 else 3
            out += bytes([_CONTEXT | 0x04 | size_code, element.tag]) + value.to_bytes(1 << size_code, "little")
        elif isinstance(value, (str, bytes)):
            body = value.encode("utf-8") if isinstance(value, str) else value
            base = 0x0C if isinstance(value, str) else 0x10
            if len(body) > 0xFF:
                raise ValueError("TLV strings of more than 255 bytes are not written here")
            out += bytes([_CONTEXT | base, element.tag, len(body)]) + body
        else:
            raise TypeError(f"cannot write a TLV {type(value).__name__}")
    out.append(_END)
    return bytes(out)
