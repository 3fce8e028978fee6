"""Zoom for the label preview: the preview sits in a scroll area and is made larger than the view to zoom in.

Zoom in, out and back to fit with the buttons, Ctrl+wheel over the preview, or Ctrl++ / Ctrl+- / Ctrl+0
anywhere in the dialog. At "fit" (100 %) the pages fill the view as before; zoomed in, the preview is
drawn again at the larger size (on the runner, as always) and the view scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from app.ui.widgets.label_preview import LabelPreview

ZOOM_LEVELS = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0)


class PreviewZoom(QWidget):
    zoomChanged = Signal(float)

    def __init__(self, preview: LabelPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewZoom")
        self.preview = preview
        self._zoom = 1.0
        self.area = QScrollArea()
        self.area.setObjectName("previewArea")
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidgetResizable(True)
        self.area.setWidget(preview)
        self.zoom_out_button = self._button("zoomOut", "−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out)
        self.fit_button = self._button("zoomFit", self.tr("Fit"), self.tr("Show the whole page (Ctrl+0)"),
                                       self.fit)
        self.zoom_in_button = self._button("zoomIn", "+", self.tr("Zoom in (Ctrl++, or Ctrl and the mouse wheel)"),
                                           self.zoom_in)
        self.level = QLabel()
        self.level.setObjectName("zoomLevel")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Zoom:")))
        for widget in (self.zoom_out_button, self.level, self.zoom_in_button, self.fit_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addLayout(row)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), (QKeySequence("Ctrl+="), self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out), (QKeySequence("Ctrl+0"), self.fit)):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(slot)
        preview.installEventFilter(self)
        self.area.viewport().installEventFilter(self)
        self._show_level()

    def _button(self, name: str, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    @property
    def zoom(self) -> float:
        return self._zoom

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_LEVELS if z > self._zoom + 1e-6), ZOOM_LEVELS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_LEVELS) if z < self._zoom - 1e-6), ZOOM_LEVELS[0]))

    def fit(self) -> None:
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        zoom = min(ZOOM_LEVELS[-1], max(ZOOM_LEVELS[0], zoom))
        if abs(zoom - self._zoom) < 1e-6:
            return
        horizontal, vertical = self.area.horizontalScrollBar(), self.area.verticalScrollBar()
        centre = (_relative(horizontal.value(), horizontal.maximum(), horizontal.pageStep()),
                  _relative(vertical.value(), vertical.maximum(), vertical.pageStep()))
        self._zoom = zoom
        self._apply()
        for bar, share in ((horizontal, centre[0]), (vertical, centre[1])):
            bar.setValue(round(share * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self._show_level()
        self.zoomChanged.emit(zoom)

    def _apply(self) -> None:
        if self._zoom == 1.0:
            self.area.setWidgetResizable(True)
            return
        self.area.setWidgetResizable(False)
        viewport = self.area.viewport().size()
        self.preview.resize(QSize(round(viewport.width() * self._zoom), round(viewport.height() * self._zoom)))

    def _show_level(self) -> None:
        self.level.setText(f"{self._zoom * 100:.0f} %")
        self.zoom_out_button.setEnabled(self._zoom > ZOOM_LEVELS[0])
        self.fit_button.setEnabled(self._zoom != 1.0)
        self.zoom_in_button.setEnabled(self._zoom < ZOOM_LEVELS[-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.preview and event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps > 0:
                self.zoom_in()
            elif steps < 0:
                self.zoom_out()
            return True
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize and self._zoom != 1.0:
            self._apply()
        return super().eventFilter(watched, event)


def _relative(value: int, maximum: int, page: int) -> float:
    """Where the middle of the visible part is, as a share of the whole (0.5 when nothing scrolls)."""
    total = maximum + page
    return 0.5 if total <= 0 or maximum <= 0 else (value + page / 2) / total
