"""Z-Wave S2 / SmartStart QR codes (Z-Wave Alliance node provisioning QR code format).

All decimal digits: `90` (lead-in), version (2 digits: 00 S2, 01 SmartStart), checksum (5 digits: the
first 2 bytes of SHA-1 over the ASCII text after the checksum, big-endian), requested keys (3 digits, a
bit mask), the DSK (8 blocks of 5 digits, each a 16-bit number; the first block is the PIN printed on the
device), then TLV blocks: type and critical flag (2 digits: type * 2 + critical), length (2 digits), data.
Types read here: 0 product type, 1 product ID, 2 max inclusion request interval, 3 UUID16, 4 supported
protocols. An unknown block is kept when it is not critical; an unknown critical block refuses the code.

The DSK (and so its PIN) is a secret: `repr()` leaves it out, and no error message contains it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from app.domain.messages import Message, message
from app.domain.messages_scan import (
    NONE,
    SUMMARY_APPLICATION_VERSION,
    SUMMARY_DEVICE_CLASS,
    SUMMARY_KEYS,
    SUMMARY_MANUFACTURER_ID,
    SUMMARY_PRODUCT_ID,
    SUMMARY_PRODUCT_TYPE,
    SUMMARY_PROTOCOLS,
    listed,
    HOLDS_NON_DIGITS,
    ZWAVE_BLOCK_CUT_SHORT,
    ZWAVE_BLOCK_LENGTH,
    ZWAVE_BLOCK_LENGTHS,
    ZWAVE_BLOCK_MISSING,
    ZWAVE_CHECKSUM,
    ZWAVE_DSK_BLOCK,
    ZWAVE_ENDS_INSIDE,
    ZWAVE_HIDDEN_OUT_OF_RANGE,
    ZWAVE_IN_BLOCK,
    ZWAVE_IN_TYPED_BLOCK,
    ZWAVE_NO_LEAD_IN,
    ZWAVE_OUT_OF_RANGE,
    ZWAVE_TOO_SHORT,
    ZWAVE_UNKNOWN_CRITICAL,
    ZWAVE_VERSION,
)
from app.qr.onboarding_errors import DamageKind, OnboardingCodeError

LEAD_IN = "90"
FORMAT = "Z-Wave QR code"
MIN_LENGTH = 52  # lead-in 2, version 2, checksum 5, keys 3, DSK 40
VERSIONS = {0: "S2", 1: "SmartStart"}
KEY_NAMES = ((0x01, "S2 Unauthenticated"), (0x02, "S2 Authenticated"), (0x04, "S2 Access Control"),
             (0x80, "S0"))
PROTOCOL_NAMES = ((0x01, "Z-Wave"), (0x02, "Z-Wave Long Range"))

TYPE_PRODUCT_TYPE = 0
TYPE_PRODUCT_ID = 1
TYPE_MAX_INCLUSION_INTERVAL = 2
TYPE_UUID16 = 3
TYPE_SUPPORTED_PROTOCOLS = 4


@dataclass(frozen=True)
class ZWaveCode:
    version: int  # 0 S2, 1 SmartStart
    requested_keys: int  # bit mask
    dsk: str = field(repr=False)  # 8 blocks of 5 digits joined by '-'
    generic_device_class: int
    specific_device_class: int
    installer_icon_type: int
    manufacturer_id: int
    product_type: int
    product_id: int
    application_version: str  # "major.minor"
    max_inclusion_request_interval: int | None = None  # seconds
    uuid: str | None = None  # 32 hex digits (presentation format 0) or the raw digits
    supported_protocols: int | None = None  # bit mask
    other_blocks: tuple[tuple[int, str], ...] = ()  # unknown non-critical blocks: (type, digits)

    @property
    def kind(self) -> str:
        return VERSIONS[self.version]

    @property
    def pin(self) -> str:
        """The DSK's first block: the 5-digit PIN printed on the device. A secret."""
        return self.dsk[:5]

    @property
    def key_names(self) -> tuple[str, ...]:
        return tuple(name for bit, name in KEY_NAMES if self.requested_keys & bit)

    @property
    def protocol_names(self) -> tuple[str, ...]:
        if self.supported_protocols is None:
            return ()
        return tuple(name for bit, name in PROTOCOL_NAMES if self.supported_protocols & bit)

    @property
    def serial_number(self) -> str | None:
        return None  # the QR code has no serial number field

    def summary(self) -> Message:
        """What it is, without the DSK."""
        keys: str = ", ".join(self.key_names) or message(NONE)
        parts = [message(SUMMARY_MANUFACTURER_ID, id=self.manufacturer_id),
                 message(SUMMARY_PRODUCT_TYPE, id=self.product_type), message(SUMMARY_PRODUCT_ID, id=self.product_id),
                 message(SUMMARY_APPLICATION_VERSION, version=self.application_version),
                 message(SUMMARY_DEVICE_CLASS, generic=self.generic_device_class,
                         specific=self.specific_device_class),
                 message(SUMMARY_KEYS, names=keys)]
        if self.supported_protocols is not None:
            protocols: str = " + ".join(self.protocol_names) or message(NONE)
            parts.append(message(SUMMARY_PROTOCOLS, names=protocols))
        return listed(parts)

    def masked_text(self) -> str:
        return f"90… (Z-Wave {self.kind} QR code, hidden)"


def is_zwave_qr(text: str) -> bool:
    """The shape of a Z-Wave code: digits only, starting with 90, at least 52 of them."""
    stripped = text.strip()
    return stripped.startswith(LEAD_IN) and stripped.isdigit() and len(stripped) >= MIN_LENGTH


def checksum_of(rest: str) -> int:
    return int.from_bytes(hashlib.sha1(rest.encode("ascii")).digest()[:2], "big")


class _Where:
    """Which TLV block a reason is about: "TLV block at digit 53 ...", "TLV block 1 at digit 53 ..."."""

    def __init__(self, digit: int, block_type: int | None = None) -> None:
        self.digit, self.block_type = digit, block_type

    def of(self, reason: Message) -> Message:
        if self.block_type is None:
            return message(ZWAVE_IN_BLOCK, digit=self.digit, reason=reason)
        return message(ZWAVE_IN_TYPED_BLOCK, type=self.block_type, digit=self.digit, reason=reason)


def _located(where: _Where | None, reason: Message) -> Message:
    return where.of(reason) if where is not None else reason


class _Reader:
    def __init__(self, text: str, offset: int = 0, where: _Where | None = None) -> None:
        self.text, self.offset, self.where = text, offset, where

    def number(self, digits: int, limit: int, name: str) -> int:
        chunk = self.text[self.offset:self.offset + digits]
        if len(chunk) != digits:
            raise OnboardingCodeError(FORMAT, DamageKind.STRUCTURE,
                                      _located(self.where, message(ZWAVE_ENDS_INSIDE, name=name)))
        value = int(chunk)
        if value > limit:
            out_of_range = ZWAVE_HIDDEN_OUT_OF_RANGE if name.startswith("DSK") else ZWAVE_OUT_OF_RANGE
            raise OnboardingCodeError(FORMAT, DamageKind.VALUE,
                                      _located(self.where, message(out_of_range, name=name, digit=self.offset + 1)))
        self.offset += digits
        return value


def parse(text: str) -> ZWaveCode:
    """The digits of a Z-Wave QR code -> ZWaveCode; OnboardingCodeError if it is damaged (naming why)."""
    qr = text.strip()
    if not qr.startswith(LEAD_IN):
        raise OnboardingCodeError(FORMAT, DamageKind.STRUCTURE, message(ZWAVE_NO_LEAD_IN))
    if not qr.isdigit():
        raise OnboardingCodeError(FORMAT, DamageKind.CHARACTER, message(HOLDS_NON_DIGITS))
    if len(qr) < MIN_LENGTH:
        raise OnboardingCodeError(FORMAT, DamageKind.LENGTH, message(ZWAVE_TOO_SHORT, count=len(qr), minimum=MIN_LENGTH))
    reader = _Reader(qr, 2)
    version = reader.number(2, 99, "version")
    if version not in VERSIONS:
        raise OnboardingCodeError(FORMAT, DamageKind.VERSION, message(ZWAVE_VERSION, version=version))
    checksum = reader.number(5, 99999, "checksum")  # above 65535 it cannot match either
    if checksum != checksum_of(qr[9:]):
        raise OnboardingCodeError(FORMAT, DamageKind.CHECKSUM,
                                  message(ZWAVE_CHECKSUM))
    keys = reader.number(3, 0xFF, "requested keys")
    blocks = [reader.number(5, 0xFFFF, message(ZWAVE_DSK_BLOCK, number=i)) for i in range(1, 9)]
    dsk = "-".join(f"{block:05d}" for block in blocks)
    found: dict[str, object] = {}
    others: list[tuple[int, str]] = []
    while reader.offset < len(qr):
        start = reader.offset
        block = _Reader(qr, start, _Where(start + 1))
        type_critical = block.number(2, 99, "type")
        length = block.number(2, 99, "length")
        data = qr[block.offset:block.offset + length]
        if len(data) != length:
            raise OnboardingCodeError(FORMAT, DamageKind.STRUCTURE,
                                      message(ZWAVE_BLOCK_CUT_SHORT, digit=start + 1, got=len(data), length=length))
        reader.offset = block.offset + length
        block_type, critical = type_critical >> 1, bool(type_critical & 1)
        if not _read_block(block_type, data, found, _Where(start + 1, block_type)):
            if critical:
                raise OnboardingCodeError(FORMAT, DamageKind.STRUCTURE,
                                          message(ZWAVE_UNKNOWN_CRITICAL, type=block_type, digit=start + 1))
            others.append((block_type, data))
    for needed, name in (("manufacturer_id", "product ID"), ("generic_device_class", "product type")):
        if needed not in found:
            raise OnboardingCodeError(FORMAT, DamageKind.STRUCTURE, message(ZWAVE_BLOCK_MISSING, name=name))
    return ZWaveCode(version=version, requested_keys=keys, dsk=dsk, other_blocks=tuple(others),
                     **found)  # type: ignore[arg-type]


def _read_block(block_type: int, data: str, found: dict[str, object], where: _Where) -> bool:
    reader = _Reader(data, 0, where)
    if block_type == TYPE_PRODUCT_TYPE:
        _need_length(data, 10, where)
        classes, icon = reader.number(5, 0xFFFF, "device class"), reader.number(5, 0xFFFF, "installer icon")
        found.update(generic_device_class=classes >> 8, specific_device_class=classes & 0xFF,
                     installer_icon_type=icon)
    elif block_type == TYPE_PRODUCT_ID:
        _need_length(data, 20, where)
        values = [reader.number(5, 0xFFFF, name) for name in ("manufacturer ID", "product type", "product ID",
                                                              "application version")]
        found.update(manufacturer_id=values[0], product_type=values[1], product_id=values[2],
                     application_version=f"{values[3] >> 8}.{values[3] & 0xFF}")
    elif block_type == TYPE_MAX_INCLUSION_INTERVAL:
        _need_length(data, 2, where)
        found["max_inclusion_request_interval"] = 128 * reader.number(2, 99, "interval")
    elif block_type == TYPE_UUID16:
        _need_length(data, 42, where)
        presentation = reader.number(2, 99, "presentation format")
        if presentation == 0:
            found["uuid"] = b"".join(reader.number(5, 0xFFFF, "UUID").to_bytes(2, "big") for _ in range(8)).hex()
        else:
            found["uuid"] = data
    elif block_type == TYPE_SUPPORTED_PROTOCOLS:
        if len(data) not in (2, 3, 5):
            raise OnboardingCodeError(FORMAT, DamageKind.LENGTH, where.of(message(ZWAVE_BLOCK_LENGTHS, count=len(data))))
        found["supported_protocols"] = reader.number(len(data), 0xFFFF, "protocols")
    else:
        return False
    return True


def _need_length(data: str, digits: int, where: _Where) -> None:
    if len(data) != digits:
        raise OnboardingCodeError(FORMAT, DamageKind.LENGTH,
                                  where.of(message(ZWAVE_BLOCK_LENGTH, count=len(data), expected=digits)))


def encode(code: ZWaveCode) -> str:
    """The QR text of a code (the blocks in type order, then the others); the checksum computed."""
    dsk_blocks = [int(block) for block in code.dsk.split("-")]
    if len(dsk_blocks) != 8 or any(not 0 <= b <= 0xFFFF for b in dsk_blocks):
        raise ValueError("a DSK is 8 blocks of 0-65535")
    major, minor = (int(x) for x in code.application_version.split("."))
    blocks = [
        (TYPE_PRODUCT_TYPE, (f"{(code.generic_device_class << 8) | code.specific_device_class:05d}"
                            f"{code.installer_icon_type:05d}")),
        (TYPE_PRODUCT_ID, (f"{code.manufacturer_id:05d}{code.product_type:05d}{code.product_id:05d}"
                          f"{(major << 8) | minor:05d}")),
    ]
    if code.max_inclusion_request_interval is not None:
        blocks.append((TYPE_MAX_INCLUSION_INTERVAL, f"{code.max_inclusion_request_interval // 128:02d}"))
    if code.uuid is not None:
        raw = bytes.fromhex(code.uuid)
        blocks.append((TYPE_UUID16, "00" + "".join(f"{int.from_bytes(raw[i:i + 2], 'big'):05d}"
                                                   for i in range(0, 16, 2))))
    if code.supported_protocols is not None:
        blocks.append((TYPE_SUPPORTED_PROTOCOLS, f"{code.supported_protocols:02d}"))
    blocks += list(code.other_blocks)
    rest = f"{code.requested_keys:03d}" + "".join(f"{b:05d}" for b in dsk_blocks) \
        + "".join(f"{block_type * 2:02d}{len(data):02d}{data}" for block_type, data in blocks)
    return f"{LEAD_IN}{code.version:02d}{checksum_of(rest):05d}{rest}"
