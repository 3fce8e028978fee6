"""The typed error of a third-party onboarding code (Matter, Z-Wave) that was recognised but is damaged.

The message names the format and why the code is refused; it never contains a secret (passcode, DSK). The reason
is a Message (app/domain/messages_scan.py): the CLI prints its English text, the window translates it.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.messages import message, Message, term
from app.domain.messages_scan import DAMAGED_CODE_NAMED


class DamageKind(StrEnum):
    LENGTH = "length"  # too short, too long, a chunk of the wrong size
    CHARACTER = "character"  # a character outside the format's alphabet
    CHECK_DIGIT = "check_digit"  # Matter manual code: the Verhoeff check digit does not match
    CHECKSUM = "checksum"  # Z-Wave: the SHA-1 checksum does not match the content
    VALUE = "value"  # a field out of its range (a base-38 chunk, a passcode, a TLV element)
    VERSION = "version"  # a version this station does not read
    STRUCTURE = "structure"  # TLV data cut short, a required block missing, an unknown critical block


class OnboardingCodeError(ValueError):
    """A Matter or Z-Wave code that is recognised by its form but cannot be read: damaged, naming why."""

    def __init__(self, code_format: str, kind: DamageKind, reason: Message) -> None:
        self.message = message(DAMAGED_CODE_NAMED, format=term(code_format), reason=reason)
        super().__init__(self.message)
        self.code_format = code_format  # "Matter QR code", "Matter manual pairing code", "Z-Wave QR code"
        self.kind = kind
        self.reason = reason
