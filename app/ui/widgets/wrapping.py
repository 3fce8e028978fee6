"""Labels whose text wraps, however long it is, and never make their window wider.

A word-wrapped QLabel cannot break inside a word: one long unbroken run (a scanned payload, a path, a
long SN in an error message) becomes its minimum width, and the layout grows the window to fit it, past
the screen's edge. `breakable` lets such runs break (a zero-width space every few characters), and
`make_wrapping` also stops the label's width hint from reaching the window.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QSizePolicy

ZERO_WIDTH_SPACE = "\u200b"
RUN = 24  # characters without a break after which one may break
_LONG_RUN = re.compile(rf"\S{{{RUN + 1},}}")


def breakable(text: str, run: int = RUN) -> str:
    """`text` with a zero-width space after every `run` characters of a run without white space."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return ZERO_WIDTH_SPACE.join(word[i:i + run] for i in range(0, len(word), run))

    return _LONG_RUN.sub(split, text) if run > 0 else text


def make_wrapping(label: QLabel) -> QLabel:
    """Word wrap on; the label takes the width its layout gives and grows in height instead of in width."""
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(60)
    return label
