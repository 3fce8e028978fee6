"""Validation patterns of master data attributes, matched in linear time.

A pattern is run on every imported cell, so a backtracking engine would let one pattern such as
`^(a+)+$` and one crafted cell hold the station for minutes. RE2 (google-re2) never backtracks:
its time grows with the text, not exponentially. It has no backreferences or look-around, so such
patterns are refused where they are defined.
"""

from __future__ import annotations

from functools import lru_cache

import re2

MAX_PATTERN_LENGTH = 500


class PatternError(ValueError):
    """The pattern cannot be used; the message says why and what is valid."""


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 would write each refused pattern to stderr
    return options


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> re2._Regexp:
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise PatternError(f"is {len(pattern)} characters long; at most {MAX_PATTERN_LENGTH} are allowed")
    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        reason = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
        raise PatternError(f"is not a pattern this station can check ({reason}); use a regular expression without "
                           "backreferences (\\1) or look-around ((?=...), (?!...))") from None


def matches(pattern: str, text: str) -> bool:
    """Whether the whole text matches; raises PatternError for a pattern that cannot be used."""
    return compile_pattern(pattern).fullmatch(text) is not None
