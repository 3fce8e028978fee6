"""Third-party onboarding codes a scanner meets on device boxes: which format a text is, read into a record.

`read_third_party(text, typed=...)` returns a MatterCode or a ZWaveCode, None when the text has the form
of neither, and raises OnboardingCodeError when it has the form of one but is damaged. The forms:

- `MT:` at the start: a Matter QR code (one or more payloads joined by `*`);
- digits only, starting with `90`, at least 52 of them: a Z-Wave S2/SmartStart QR code;
- 11 or 21 digits, with or without `-` and spaces: a Matter manual pairing code, but only when typed by a
  person or when it reads exactly as printed on a box (`1234-567-8901`, `1234-567-8901-23456-78901-2`):
  a bare 11-digit number a scanner reads is more likely a serial number.
"""

from __future__ import annotations

import re

from app.qr import matter, zwave
from app.qr.matter import MatterCode
from app.qr.onboarding_errors import DamageKind, OnboardingCodeError
from app.qr.zwave import ZWaveCode

ThirdPartyCode = MatterCode | ZWaveCode

_PRINTED_MANUAL = re.compile(r"\d{4}-\d{3}-\d{4}(-\d{5}-\d{5}-\d)?")

__all__ = [
    "DamageKind",
    "OnboardingCodeError",
    "ThirdPartyCode",
    "could_be_matter_manual",
    "format_name",
    "is_printed_matter_manual",
    "read_third_party",
]


def is_printed_matter_manual(text: str) -> bool:
    """Grouped as Matter prints its manual codes: 1234-567-8901 or 1234-567-8901-23456-78901-2."""
    return bool(_PRINTED_MANUAL.fullmatch(text.strip()))


def could_be_matter_manual(text: str, *, typed: bool) -> bool:
    if is_printed_matter_manual(text):
        return True
    return typed and matter.manual_digits(text.strip()) is not None


def read_third_party(text: str, *, typed: bool = False) -> ThirdPartyCode | None:
    stripped = text.strip()
    if matter.is_matter_qr(stripped):
        return matter.parse_qr(stripped)
    if zwave.is_zwave_qr(stripped):
        return zwave.parse(stripped)
    if could_be_matter_manual(stripped, typed=typed):
        return matter.parse_manual(stripped)
    return None


def format_name(code: ThirdPartyCode) -> str:
    if isinstance(code, ZWaveCode):
        return f"Z-Wave {code.kind} QR code"
    return matter.QR_FORMAT if code.source == "qr" else matter.MANUAL_FORMAT
