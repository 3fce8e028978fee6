"""The signed label payload: encode, parse, verify. No Qt.

Text format (docs/qr-payload.md has it byte by byte)::

    DPS1:<group id>*<sn>*<batch>*<key id>*<signature, 155 decimal digits>
    DPS1:<group id>*<sn>*<batch>*<key id>*R<registration>*<signature>   (an SN registered again, see below)

Fields are escaped so that the separator never appears inside them and the SN
stays a literal, readable substring. The signature covers the ASCII bytes of
everything before it, separator included.

A device whose SN was deleted and registered again is a new registration of that SN (2, 3, ...): its labels
carry `R<n>` as a sixth field, so that a label of an earlier registration is told apart. A first registration's
label has no such field (every label printed before it existed is one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from app.domain.errors import InputError, SignatureError
from app.domain.messages import SN_EMPTY, message, term
from app.domain.messages_scan import (
    PAYLOAD_BAD_ESCAPE,
    PAYLOAD_BAD_KEY_ID,
    PAYLOAD_BAD_REGISTRATION,
    PAYLOAD_EMPTY_FIELD,
    PAYLOAD_FIELD_COUNT,
    PAYLOAD_GROUP_ID_EMPTY,
    PAYLOAD_NOT_ASCII,
    PAYLOAD_NOT_CANONICAL,
    PAYLOAD_NOT_UTF8,
    PAYLOAD_SIGNATURE_DIGITS,
    PAYLOAD_SIGNATURE_RANGE,
    PAYLOAD_TOO_LONG,
    PAYLOAD_VERSION_UNREAD,
)
from app.security.signing import SIGNATURE_LENGTH, SigningKey, VerifyingKey

PAYLOAD_VERSION = 1
PREFIX = f"DPS{PAYLOAD_VERSION}:"
SEPARATOR = "*"
ESCAPE = "%"
SIGNATURE_DIGITS = 155  # len(str(2**512 - 1)): 64 bytes as a zero-padded decimal number (QR numeric mode)
MAX_QR_VERSION = 10
EC_LEVEL = "M"

_ANY_PREFIX = re.compile(r"DPS(\d{1,3}):")
_KEY_ID = re.compile(r"[0-9A-F]{4}")
_REGISTRATION = re.compile(r"R([2-9]|[1-9][0-9]{1,5})")
_ESCAPED = re.compile(r"%[0-9A-F]{2}")
_QR_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
# Data bits of QR version 10 at level M, and the character count widths of versions 10-26.
_V10_M_DATA_BITS = 216 * 8
_COUNT_BITS = {"numeric": 12, "alphanumeric": 11, "byte": 16}


@dataclass(frozen=True)
class LabelPayload:
    version: int
    group_id: str
    sn: str
    batch: str | None
    key_id: str
    signature: bytes
    signed_bytes: bytes  # the exact bytes the signature covers
    registration: int = 1  # which registration of the SN the label was printed for

    @property
    def text(self) -> str:
        """The payload text as it is printed in the QR code."""
        return self.signed_bytes.decode("ascii") + signature_digits(self.signature)


def escape_field(value: str) -> str:
    """Printable ASCII stays as it is, except ``%`` and ``*``; anything else becomes %XX per UTF-8 byte."""
    out: list[str] = []
    for ch in value:
        if "!" <= ch <= "~" and ch not in (ESCAPE, SEPARATOR):
            out.append(ch)
        else:
            out.extend(f"%{byte:02X}" for byte in ch.encode("utf-8"))
    return "".join(out)


def unescape_field(text: str, field: str) -> str:
    """The inverse of escape_field; only its canonical output is accepted."""
    if ESCAPE not in text:
        value = text
    else:
        raw = bytearray()
        i = 0
        while i < len(text):
            if text[i] == ESCAPE:
                if not _ESCAPED.fullmatch(text, i, i + 3):
                    raise SignatureError(message(PAYLOAD_BAD_ESCAPE, field=term(field)))
                raw.append(int(text[i + 1:i + 3], 16))
                i += 3
            else:
                raw.extend(text[i].encode("ascii"))
                i += 1
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SignatureError(message(PAYLOAD_NOT_UTF8, field=term(field))) from None
    if escape_field(value) != text:
        raise SignatureError(message(PAYLOAD_NOT_CANONICAL, field=term(field)))
    return value


def signature_digits(signature: bytes) -> str:
    return str(int.from_bytes(signature, "big")).zfill(SIGNATURE_DIGITS)


def _signed_part(group_id: str, sn: str, batch: str | None, key_id: str, registration: int = 1) -> str:
    fields = [escape_field(group_id), escape_field(sn), escape_field(batch or ""), key_id]
    if registration > 1:
        fields.append(f"R{registration}")
    return PREFIX + SEPARATOR.join(fields) + SEPARATOR


def estimated_qr_bits(text: str) -> int:
    """Data bits of `text` in two segments: head (alphanumeric, or byte) and the signature digits (numeric).

    An upper bound of what an optimising encoder (zxing-cpp/zint) needs for our payloads.
    """
    head, _, digits = text.rpartition(SEPARATOR)
    head += SEPARATOR
    if all(ch in _QR_ALPHANUMERIC for ch in head):
        head_bits = 4 + _COUNT_BITS["alphanumeric"] + 11 * (len(head) // 2) + 6 * (len(head) % 2)
    else:
        head_bits = 4 + _COUNT_BITS["byte"] + 8 * len(head.encode("utf-8"))
    digit_bits = 4 + _COUNT_BITS["numeric"] + 10 * (len(digits) // 3) + (0, 4, 7)[len(digits) % 3]
    return head_bits + digit_bits


def fits_qr_limit(text: str) -> bool:
    return estimated_qr_bits(text) <= _V10_M_DATA_BITS


def encode_payload(*, group_id: str, sn: str, batch: str | None, signing_key: SigningKey,
                   registration: int = 1) -> str:
    """The signed payload text for one device. InputError if it would not fit a QR code of version 10, level M."""
    if not group_id:
        raise InputError(message(PAYLOAD_GROUP_ID_EMPTY), field="group_id")
    if not sn:
        raise InputError(message(SN_EMPTY), field="sn")
    head = _signed_part(group_id, sn, batch, signing_key.key_id, registration)
    text = head + signature_digits(signing_key.sign(head.encode("ascii")))
    if not fits_qr_limit(text):
        raise InputError(message(PAYLOAD_TOO_LONG, sn=sn, version=MAX_QR_VERSION, level=EC_LEVEL), field="sn")
    return text


def parse_payload(text: str) -> LabelPayload | None:
    """The payload in `text`; None if it is not in our format (a plain code); SignatureError if it is broken."""
    text = text.strip()
    match = _ANY_PREFIX.match(text)
    if match is None:
        return None
    version = int(match.group(1))
    if version != PAYLOAD_VERSION:
        raise SignatureError(message(PAYLOAD_VERSION_UNREAD, version=version, supported=PAYLOAD_VERSION))
    if not text.isascii():
        raise SignatureError(message(PAYLOAD_NOT_ASCII))
    parts = text[len(PREFIX):].split(SEPARATOR)
    registration = 1
    if len(parts) == 6:
        marker = _REGISTRATION.fullmatch(parts.pop(4))
        if marker is None:
            raise SignatureError(message(PAYLOAD_BAD_REGISTRATION))
        registration = int(marker.group(1))
    if len(parts) != 5:
        raise SignatureError(message(PAYLOAD_FIELD_COUNT, count=len(parts)))
    group_text, sn_text, batch_text, key_id, digits = parts
    group_id = unescape_field(group_text, "Group ID")
    sn = unescape_field(sn_text, "SN")
    batch = unescape_field(batch_text, "batch") or None
    if not group_id or not sn:
        raise SignatureError(message(PAYLOAD_EMPTY_FIELD))
    if not _KEY_ID.fullmatch(key_id):
        raise SignatureError(message(PAYLOAD_BAD_KEY_ID))
    if len(digits) != SIGNATURE_DIGITS or not digits.isdigit():
        raise SignatureError(message(PAYLOAD_SIGNATURE_DIGITS, count=SIGNATURE_DIGITS))
    number = int(digits)
    if number.bit_length() > 8 * SIGNATURE_LENGTH:
        raise SignatureError(message(PAYLOAD_SIGNATURE_RANGE))
    signed_bytes = text[:len(text) - SIGNATURE_DIGITS].encode("ascii")
    return LabelPayload(version, group_id, sn, batch, key_id, number.to_bytes(SIGNATURE_LENGTH, "big"), signed_bytes,
                        registration)


def verify_payload(payload: LabelPayload, keys: Mapping[str, VerifyingKey]) -> bool:
    """True if the signature verifies under the key named by the payload's key id."""
    key = keys.get(payload.key_id)
    if key is None:
        return False
    signed = _signed_part(payload.group_id, payload.sn, payload.batch, payload.key_id, payload.registration)
    if signed.encode("ascii") != payload.signed_bytes:
        return False  # fields and signed bytes disagree: a payload put together by hand
    return key.verify(payload.signature, payload.signed_bytes)


def claimed_fields(text: str) -> tuple[str, str, str]:
    """What a label in our format claims to be (Group ID, SN, batch), read as far as it goes, for the record of a
    refused label: nothing here is verified, and a field that does not unescape is given as printed."""
    text = text.strip()
    match = _ANY_PREFIX.match(text)
    if match is None:
        return "", "", ""
    parts = (text[match.end():].split(SEPARATOR) + ["", "", ""])[:3]
    values = []
    for part, name in zip(parts, ("Group ID", "SN", "batch"), strict=True):
        try:
            values.append(unescape_field(part, name))
        except SignatureError:
            values.append(part)
    return values[0], values[1], values[2]
