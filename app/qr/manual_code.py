"""The manual code: 11 digits derived from Group ID and SN, plus a Verhoeff check digit.

Printed on every label as ``1234-5678-9012`` and typed in when a label cannot be
scanned. It is a lookup key, not a secret and not unique by construction: a
typed code that matches more than one device asks for the SN.
"""

from __future__ import annotations

import hashlib

from app.qr.verhoeff import check_digit

BODY_DIGITS = 11
CODE_DIGITS = BODY_DIGITS + 1


def manual_code_for(group_id: str, sn: str) -> str:
    """The 12-digit manual code (no separators) of a device."""
    digest = hashlib.sha256(f"{group_id}\x1f{sn}".encode()).digest()
    body = str(int.from_bytes(digest[:8], "big") % 10**BODY_DIGITS).zfill(BODY_DIGITS)
    return body + check_digit(body)


def format_manual_code(code: str) -> str:
    """``123456789012`` -> ``1234-5678-9012``."""
    return f"{code[0:4]}-{code[4:8]}-{code[8:12]}"


def normalise_manual_code(text: str) -> str | None:
    """Digits of a typed code with separators and spaces removed, or None if it is not one."""
    digits = "".join(ch for ch in text if ch not in " -\t")
    if len(digits) != CODE_DIGITS or not digits.isdigit():
        return None
    return digits
