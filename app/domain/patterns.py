"""Validation patterns of master data attributes, matched in linear time.

A pattern is run on every imported cell, so a backtracking engine would let one pattern such as
`^(a+)+$` and one crafted cell hold the station for minutes. RE2 (google-re2) never backtracks:
its time grows with the text, not exponentially. It has no backreferences or look-around, so such
patterns are refused where they are defined.
"""

from __future__ import annotations

from functools import lru_cache

import re2

from app.domain.messages import message
from app.domain.messages_import import PATTERN_UNSUPPORTED, TOO_LONG

MAX_PATTERN_LENGTH = 500


class PatternError(ValueError):
    """The pattern cannot be used; the message says why and what is valid.

    `message` is the Message (template and parameters) the window translates; str() is its English text."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 would write each refused pattern to stderr
    return options


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re2._Regexp:
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(message(TOO_LONG, length=len(pattern), limit=MAX_PATTERN_LENGTH))
    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        reason = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
        raise PatternError(message(PATTERN_UNSUPPORTED, reason=reason)) from None


def matches(pattern: str, text: str) -> bool:
    """Whether the whole text matches; raises PatternError for a pattern that cannot be used."""
    return compile_pattern(pattern).fullmatch(text) is not None
