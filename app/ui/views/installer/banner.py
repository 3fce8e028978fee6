"""The big coloured banner that says what the last scan or action was: readable from an arm's length."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.scan.outcome_table import Feedback, ScanOutcome
from app.scan.outcomes import ScanResult
from app.ui.messages import translate_message
from app.ui.palette import OUTCOME_COLOURS
from app.ui.widgets.wrapping import breakable, make_wrapping


def tr(text: str) -> str:
    return QCoreApplication.translate("installer", text)


TITLE_LIMIT = 120  # a banner is read from an arm's length: a few lines at most (the full text is the tool tip)
MESSAGE_LIMIT = 400


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def outcome_title(outcome: ScanOutcome) -> str:
    """The outcome's title from its traits (app/scan/outcomes.py), translated."""
    return tr(outcome.traits.title)


LEVELS = {Feedback.GOOD: "ok", Feedback.WARNING: "warning", Feedback.ERROR: "error",
          Feedback.THIRD_PARTY: "third_party"}
assert set(LEVELS) == set(Feedback), "every feedback has its palette colour"


def level_of(outcome: ScanOutcome) -> str:
    """The palette key of an outcome: ok, warning, error or third_party."""
    return LEVELS[outcome.traits.feedback]


class OutcomeBanner(QFrame):
    """Title and message on a colour: ok (green), warning (orange), error (red), info (blue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeBanner")
        self.level = "info"
        self.outcome: str = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("bannerMessage")
        message_font = self.message.font()
        message_font.setPointSizeF(message_font.pointSizeF() * 1.15)
        self.message.setFont(message_font)
        for label in (self.title, self.message):
            make_wrapping(label)  # a long message wraps; it never widens the window
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.setMinimumHeight(84)
        self.show_text("info", QCoreApplication.translate("installer", "Scan a label"),
                       QCoreApplication.translate("installer", "Hold a label in front of the camera, use the USB scanner, or type the SN or manual code."))

    def show_result(self, result: ScanResult) -> None:
        self.outcome = result.outcome.value
        self._paint(level_of(result.outcome), outcome_title(result.outcome), translate_message(result.message))

    def show_text(self, level: str, title: str, message: str = "", outcome: str = "") -> None:
        self.outcome = outcome
        self._paint(level, title, message)

    def _paint(self, level: str, title: str, message: str) -> None:
        self.level = level
        self.setProperty("level", level)
        colour = OUTCOME_COLOURS.get(level, OUTCOME_COLOURS["info"])
        self.setStyleSheet(f"#outcomeBanner {{ background: {colour}; border-radius: 6px; }}"
                           f"#outcomeBanner QLabel {{ color: white; background: transparent; }}")
        self.title.setText(breakable(_clipped(title, TITLE_LIMIT)))
        self.message.setText(breakable(_clipped(message, MESSAGE_LIMIT)))
        self.message.setToolTip(message if len(message) > MESSAGE_LIMIT else "")
        self.message.setVisible(bool(message))
