"""Light and dark palettes that follow the system's colour scheme, also when it changes while running."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OUTCOME_COLOURS = {
    "ok": "#2e7d32",
    "warning": "#ef6c00",
    "error": "#c62828",
    "info": "#1565c0",
    "third_party": "#6a1b9a",  # a valid Matter or Z-Wave code: read right, but not one of ours
}


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(42, 45, 50), QColor(230, 230, 230)
    role = QPalette.ColorRole
    palette.setColor(role.Window, window)
    palette.setColor(role.WindowText, text)
    palette.setColor(role.Base, base)
    palette.setColor(role.AlternateBase, window)
    palette.setColor(role.ToolTipBase, window)
    palette.setColor(role.ToolTipText, text)
    palette.setColor(role.Text, text)
    palette.setColor(role.Button, window)
    palette.setColor(role.ButtonText, text)
    palette.setColor(role.BrightText, QColor(255, 90, 90))
    palette.setColor(role.Highlight, QColor(64, 128, 220))
    palette.setColor(role.HighlightedText, QColor(255, 255, 255))
    palette.setColor(role.Link, QColor(110, 170, 255))
    palette.setColor(role.PlaceholderText, QColor(150, 150, 150))
    for disabled in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, disabled, QColor(120, 120, 120))
    return palette


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_system_palette(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if is_dark(app) else app.style().standardPalette())


def follow_system_palette(app: QApplication) -> None:
    apply_system_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_system_palette(app))
