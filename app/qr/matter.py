"""Matter onboarding payloads (Matter Core Specification 5.1): the `MT:` QR code and the manual pairing code.

QR payload: `MT:` then one or more base-38 payloads joined by `*`. Each holds 88 bits packed least
significant bit first: version (3), vendor ID (16), product ID (16), commissioning flow (2), discovery
capabilities (8), discriminator (12), passcode (27), padding (4); optional TLV data may follow (serial
number, vendor data). Manual pairing code: 11 digits (or 21 with vendor and product ID) ending with a
Verhoeff check digit.

The passcode is a secret: `repr()` leaves it out, and no error message contains it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from app.domain.messages import message, Message, term
from app.domain.messages_scan import (
    HOLDS_NON_DIGITS,
    MANUAL_PAIRING_CHECK_DIGIT,
    MANUAL_PAIRING_FIRST_DIGIT,
    MANUAL_PAIRING_IDS,
    MANUAL_PAIRING_LENGTH,
    MANUAL_PAIRING_LENGTH_SAID,
    MANUAL_PAIRING_RANGE,
    MATTER_BAD_PASSCODE,
    MATTER_EMPTY_PAYLOAD,
    MATTER_FLOW_UNDEFINED,
    MATTER_IN_PAYLOAD,
    MATTER_NO_PREFIX,
    MATTER_PAYLOAD_TOO_SHORT,
    MATTER_PAYLOAD_VERSION,
    NONE,
    NUMBERED_PAYLOAD,
    SUMMARY_DISCOVERY,
    SUMMARY_DISCRIMINATOR,
    SUMMARY_FLOW,
    SUMMARY_PRODUCT_ID,
    SUMMARY_SERIAL_NUMBER,
    SUMMARY_SHORT_DISCRIMINATOR,
    SUMMARY_VENDOR_ID,
    LIST_NEXT_PAYLOAD,
    listed,
)
from app.qr import base38, verhoeff
from app.qr.matter_tlv import (
    TAG_SERIAL_NUMBER,
    TlvElement,
    TlvError,
    read_structure,
    write_structure,
)
from app.qr.onboarding_errors import DamageKind, OnboardingCodeError

QR_PREFIX = "MT:"
QR_FORMAT = "Matter QR code"
MANUAL_FORMAT = "Matter manual pairing code"

# (name, bits) in the order they are packed, from the least significant bit of the first byte
_LAYOUT = (("version", 3), ("vendor_id", 16), ("product_id", 16), ("flow", 2), ("discovery", 8),
           ("discriminator", 12), ("passcode", 27), ("padding", 4))
BASE_BITS = sum(bits for _name, bits in _LAYOUT)  # 88
BASE_BYTES = BASE_BITS // 8  # 11
BASE_CHARS = 19  # 11 bytes in base-38: 3 chunks of 3 bytes (5 characters each) and one of 2 (4)

MAX_PASSCODE = 99999998
# Matter Core Specification 5.1.7.1: passcodes a device must never use
INVALID_PASSCODES = frozenset({0, 11111111, 22222222, 33333333, 44444444, 55555555, 66666666, 77777777,
                               88888888, 99999999, 12345678, 87654321})

DISCOVERY_NAMES = ((0x01, "Soft-AP"), (0x02, "BLE"), (0x04, "on network"), (0x08, "Wi-Fi PAF"), (0x10, "NFC"))


class CommissioningFlow(IntEnum):
    STANDARD = 0
    USER_ACTION = 1  # the device needs a user action (a button) before it can be commissioned
    CUSTOM = 2  # the manufacturer's own flow (see its documentation or the DCL)

    @property
    def label(self) -> str:
        return {0: "standard", 1: "user action required", 2: "custom"}[self.value]


@dataclass(frozen=True)
class MatterPayload:
    """One Matter device's onboarding data, from a QR payload or a manual pairing code.

    A manual code holds only the 4 upper bits of the discriminator (`short_discriminator` True, the value
    then 0-15) and no discovery capabilities; a short (11-digit) one holds no vendor or product ID.
    """

    source: str  # "qr" or "manual"
    version: int
    vendor_id: int | None
    product_id: int | None
    flow: CommissioningFlow
    discovery: int | None  # bit mask, QR only
    discriminator: int
    short_discriminator: bool
    passcode: int = field(repr=False)
    serial_number: str | None = None
    vendor_data: tuple[TlvElement, ...] = ()

    @property
    def discovery_names(self) -> tuple[str, ...]:
        if self.discovery is None:
            return ()
        return tuple(name for bit, name in DISCOVERY_NAMES if self.discovery & bit)

    def summary(self) -> Message:
        """What it is, without the passcode."""
        parts = []
        if self.vendor_id is not None:
            parts.append(message(SUMMARY_VENDOR_ID, id=self.vendor_id))
        if self.product_id is not None:
            parts.append(message(SUMMARY_PRODUCT_ID, id=self.product_id))
        parts.append(message(SUMMARY_SHORT_DISCRIMINATOR if self.short_discriminator else SUMMARY_DISCRIMINATOR,
                             value=self.discriminator))
        if self.discovery is not None:
            names = term(" + ".join(self.discovery_names)) if self.discovery_names else message(NONE)
            parts.append(message(SUMMARY_DISCOVERY, names=names))
        if self.flow is not CommissioningFlow.STANDARD:
            parts.append(message(SUMMARY_FLOW, flow=term(self.flow.label)))
        if self.serial_number:
            parts.append(message(SUMMARY_SERIAL_NUMBER, serial=self.serial_number))
        return listed(parts)


@dataclass(frozen=True)
class MatterCode:
    """A scanned or typed Matter code: one payload, or several from a QR code that joins them with `*`."""

    source: str  # "qr" or "manual"
    payloads: tuple[MatterPayload, ...]

    @property
    def serial_number(self) -> str | None:
        return self.payloads[0].serial_number if len(self.payloads) == 1 else None

    def summary(self) -> Message:
        if len(self.payloads) == 1:
            return self.payloads[0].summary()
        return listed([message(NUMBERED_PAYLOAD, number=i, summary=p.summary())
                       for i, p in enumerate(self.payloads, start=1)], LIST_NEXT_PAYLOAD)

    def masked_text(self) -> str:
        """Stands in for the code's text wherever text is shown, printed or logged: no passcode."""
        if self.source == "manual":
            return "Matter manual pairing code (hidden)"
        return f"MT:… (Matter QR code, {len(self.payloads)} payload(s), hidden)"


def passcode_problem(passcode: int) -> Message | None:
    if passcode in INVALID_PASSCODES or not 1 <= passcode <= MAX_PASSCODE:
        return message(MATTER_BAD_PASSCODE)
    return None


# -- QR code ------------------------------------------------------------------------------------------------

def is_matter_qr(text: str) -> bool:
    return text.strip().upper().startswith(QR_PREFIX)


def parse_qr(text: str) -> MatterCode:
    """`MT:...` -> MatterCode; OnboardingCodeError if it is damaged (naming why)."""
    stripped = text.strip()
    if not stripped.upper().startswith(QR_PREFIX):
        raise OnboardingCodeError(QR_FORMAT, DamageKind.STRUCTURE, message(MATTER_NO_PREFIX))
    body = stripped[len(QR_PREFIX):]
    parts = body.split("*")
    payloads = []
    for number, part in enumerate(parts, start=1):
        try:
            payloads.append(_parse_qr_payload(part))
        except OnboardingCodeError as error:
            if len(parts) == 1:
                raise
            raise OnboardingCodeError(QR_FORMAT, error.kind, message(MATTER_IN_PAYLOAD, number=number,
                                                                     count=len(parts), reason=error.reason)) from None
    return MatterCode("qr", tuple(payloads))


def _parse_qr_payload(part: str) -> MatterPayload:
    if not part:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.LENGTH, message(MATTER_EMPTY_PAYLOAD))
    try:
        data = base38.decode(part)
    except base38.Base38Error as error:
        kind = {"character": DamageKind.CHARACTER, "length": DamageKind.LENGTH}.get(error.kind, DamageKind.VALUE)
        raise OnboardingCodeError(QR_FORMAT, kind, error.reason) from None
    if len(data) < BASE_BYTES:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.LENGTH,
                                  message(MATTER_PAYLOAD_TOO_SHORT, count=len(part), minimum=BASE_CHARS))
    number = int.from_bytes(data[:BASE_BYTES], "little")
    fields: dict[str, int] = {}
    for name, bits in _LAYOUT:
        fields[name] = number & ((1 << bits) - 1)
        number >>= bits
    if fields["version"] != 0:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.VERSION,
                                  message(MATTER_PAYLOAD_VERSION, version=fields["version"]))
    if fields["flow"] > CommissioningFlow.CUSTOM:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.VALUE, message(MATTER_FLOW_UNDEFINED))
    problem = passcode_problem(fields["passcode"])
    if problem:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.VALUE, problem)
    try:
        elements = read_structure(data[BASE_BYTES:])
    except TlvError as error:
        raise OnboardingCodeError(QR_FORMAT, DamageKind.STRUCTURE, error.reason) from None
    serial: str | None = None
    vendor: list[TlvElement] = []
    for element in elements:
        if element.tag == TAG_SERIAL_NUMBER and isinstance(element.value, (str, int)) \
                and not isinstance(element.value, bool):
            serial = str(element.value)
        else:
            vendor.append(element)
    return MatterPayload(source="qr", version=0, vendor_id=fields["vendor_id"], product_id=fields["product_id"],
                         flow=CommissioningFlow(fields["flow"]), discovery=fields["discovery"],
                         discriminator=fields["discriminator"], short_discriminator=False,
                         passcode=fields["passcode"], serial_number=serial, vendor_data=tuple(vendor))


def encode_qr(payloads: list[MatterPayload] | tuple[MatterPayload, ...]) -> str:
    """The `MT:` text of one or more payloads (QR form: full discriminator, discovery bits)."""
    parts = []
    for payload in payloads:
        if payload.short_discriminator or payload.discovery is None or payload.vendor_id is None \
                or payload.product_id is None:
            raise ValueError("a QR payload needs vendor and product ID, discovery bits and the full discriminator")
        values = {"version": payload.version, "vendor_id": payload.vendor_id, "product_id": payload.product_id,
                  "flow": int(payload.flow), "discovery": payload.discovery,
                  "discriminator": payload.discriminator, "passcode": payload.passcode, "padding": 0}
        number, shift = 0, 0
        for name, bits in _LAYOUT:
            if not 0 <= values[name] < 1 << bits:
                raise ValueError(f"{name} does not fit in {bits} bits")
            number |= values[name] << shift
            shift += bits
        data = number.to_bytes(BASE_BYTES, "little")
        elements = ([TlvElement(TAG_SERIAL_NUMBER, payload.serial_number)] if payload.serial_number else []) \
            + list(payload.vendor_data)
        if elements:
            data += write_structure(elements)
        parts.append(base38.encode(data))
    return QR_PREFIX + "*".join(parts)


# -- manual pairing code ------------------------------------------------------------------------------------

def manual_digits(text: str) -> str | None:
    """The digits of a typed code without `-` and spaces, when it has the length of a Matter manual code."""
    digits = "".join(ch for ch in text.strip() if ch not in " -\t")
    return digits if digits.isdigit() and len(digits) in (11, 21) else None


def parse_manual(text: str) -> MatterCode:
    """An 11- or 21-digit manual pairing code -> MatterCode; OnboardingCodeError if damaged."""
    digits = "".join(ch for ch in text.strip() if ch not in " -\t")
    if not digits.isdigit():
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.CHARACTER, message(HOLDS_NON_DIGITS))
    if len(digits) not in (11, 21):
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.LENGTH,
                                  message(MANUAL_PAIRING_LENGTH, count=len(digits)))
    if not verhoeff.is_valid(digits):
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.CHECK_DIGIT,
                                  message(MANUAL_PAIRING_CHECK_DIGIT))
    first = int(digits[0])
    long_code = bool(first & 0x4)
    if first > 7:
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.VERSION, message(MANUAL_PAIRING_FIRST_DIGIT, digit=first))
    if long_code != (len(digits) == 21):
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.LENGTH,
                                  message(MANUAL_PAIRING_LENGTH_SAID, said=21 if long_code else 11,
                                          count=len(digits)))
    chunk2, chunk3 = int(digits[1:6]), int(digits[6:10])
    if chunk2 >= 1 << 16 or chunk3 >= 1 << 13:
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.VALUE, message(MANUAL_PAIRING_RANGE))
    passcode = (chunk3 << 14) | (chunk2 & 0x3FFF)
    short = ((first & 0x3) << 2) | (chunk2 >> 14)
    problem = passcode_problem(passcode)
    if problem:
        raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.VALUE, problem)
    vendor_id = product_id = None
    if long_code:
        vendor_id, product_id = int(digits[10:15]), int(digits[15:20])
        if vendor_id > 0xFFFF or product_id > 0xFFFF:
            raise OnboardingCodeError(MANUAL_FORMAT, DamageKind.VALUE, message(MANUAL_PAIRING_IDS))
    payload = MatterPayload(source="manual", version=0, vendor_id=vendor_id, product_id=product_id,
                            flow=CommissioningFlow.CUSTOM if long_code else CommissioningFlow.STANDARD,
                            discovery=None, discriminator=short, short_discriminator=True, passcode=passcode)
    return MatterCode("manual", (payload,))


def encode_manual(passcode: int, discriminator: int, *, vendor_id: int | None = None,
                  product_id: int | None = None, long_discriminator: bool = True) -> str:
    """The manual pairing code (digits only). `discriminator` is the 12-bit one (its upper 4 bits are used)
    unless long_discriminator is False; with vendor and product ID the code has 21 digits."""
    short = discriminator >> 8 if long_discriminator else discriminator
    if not 0 <= short < 16 or not 0 <= passcode < 1 << 27:
        raise ValueError("discriminator or passcode out of range")
    long_code = vendor_id is not None and product_id is not None
    body = (f"{(int(long_code) << 2) | (short >> 2)}{((short & 0x3) << 14) | (passcode & 0x3FFF):05d}"
            f"{passcode >> 14:04d}")
    if long_code:
        body += f"{vendor_id:05d}{product_id:05d}"
    return body + verhoeff.check_digit(body)


def format_manual(digits: str) -> str:
    """As printed on a box: 1234-567-8901 (11 digits) or 1234-567-8901-23456-78901-2 (21)."""
    groups = (4, 3, 4, 5, 5, 1) if len(digits) == 21 else (4, 3, 4)
    out, position = [], 0
    for size in groups:
        out.append(digits[position:position + size])
        position += size
    return "-".join(out)
