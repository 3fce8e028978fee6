"""Counts in words: "1 device", "2 devices", "1,000 devices"."""

from __future__ import annotations


def count_of(count: int, singular: str, plural: str | None = None) -> str:
    """`count` and the noun in the right number, with thousands separators."""
    noun = singular if count == 1 else (plural if plural is not None else singular + "s")
    return f"{count:,} {noun}"
