"""The scan field: takes a USB barcode scanner (keyboard wedge) and a typed SN or manual code."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.scan.wedge import EntryKind, WedgeDetector, WedgeEntry


class ScanInput(QLineEdit):
    """Emits `entered(WedgeEntry)` on Enter: a scanner's burst (SCANNER) or what a person typed (TYPED).

    The main scan field clears itself on Enter; a field that keeps its text (the Replace page's) selects it
    instead, so that the next scan or typing replaces it.
    """

    entered = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, keep_text: bool = False) -> None:
        super().__init__(parent)
        self.keep_text = keep_text
        self.setObjectName("scanInput")
        self.detector = WedgeDetector()
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Scan, or type an SN or manual code, then Enter"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self.setMinimumHeight(40)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        now = time.monotonic()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            self._complete(now)
            event.accept()
            return
        if key == Qt.Key.Key_Backspace:
            self.detector.feed("\b", now)
        elif key == Qt.Key.Key_Escape:
            self.discard()
        elif event.text() and event.text().isprintable():
            for char in event.text():
                self.detector.feed(char, now)
        super().keyPressEvent(event)

    def discard(self) -> None:
        """Forget what was typed or half-scanned."""
        self.detector.reset()
        self.clear()

    def _complete(self, now: float) -> None:
        typed = self.text().strip()
        entry = self.detector.feed("Enter", now)
        self.detector.reset()
        if self.keep_text:
            self.selectAll()
        else:
            self.clear()
        if not typed:
            return
        if entry is None or (entry.kind is EntryKind.TYPED and entry.text.strip() != typed) or (
                entry.kind is EntryKind.SCANNER and entry.text.strip() not in typed):
            entry = WedgeEntry(typed, EntryKind.TYPED)  # pasted or edited with the mouse: taken as typed
        self.entered.emit(entry)
