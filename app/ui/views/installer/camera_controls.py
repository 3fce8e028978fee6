"""Camera picker (cameras found, a video file, none), resolution and sound switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from app.scan.sources import CameraInfo
from app.ui.messages import translate_message

NO_CAMERA = ""
CHOOSE_FILE = "__choose_file__"
RESOLUTIONS = ("640x480", "1280x720", "1920x1080")


class CameraControls(QWidget):
    sourceChosen = Signal(str)  # a camera index, a video file or URL; "" for none
    resolutionChosen = Signal(str)
    refreshRequested = Signal()
    soundToggled = Signal(bool)

    def __init__(self, resolution: str, sound: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = QComboBox()
        self.picker.setObjectName("cameraPicker")
        self.picker.setMinimumContentsLength(18)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setToolTip(self.tr("Camera, or a video file to scan from"))
        self.resolution = QComboBox()
        self.resolution.setObjectName("cameraResolution")
        self.resolution.addItems(RESOLUTIONS)
        if self.resolution.findText(resolution) < 0:
            self.resolution.addItem(resolution)
        self.resolution.setCurrentText(resolution)
        self.resolution.setToolTip(self.tr("Resolution asked of the camera (many webcams give 640x480 unless asked)"))
        self.refresh = QToolButton()
        self.refresh.setObjectName("cameraRefresh")
        self.refresh.setText(self.tr("Search again"))
        self.refresh.setToolTip(self.tr("Look for cameras again (after plugging one in)"))
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setObjectName("scanSound")
        self.sound.setChecked(sound)
        layout.addWidget(QLabel(self.tr("Camera:")))
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.resolution)
        layout.addWidget(self.refresh)
        layout.addWidget(self.sound)
        self._current = NO_CAMERA
        self.set_cameras([], NO_CAMERA)
        self.picker.activated.connect(self._picked)
        self.resolution.activated.connect(lambda _i: self.resolutionChosen.emit(self.resolution.currentText()))
        self.refresh.clicked.connect(self.refreshRequested)
        self.sound.toggled.connect(self.soundToggled)

    def set_cameras(self, cameras: list[CameraInfo], current: str) -> None:
        self.picker.clear()
        for camera in cameras:
            self.picker.addItem(self.tr("%s (%d)") % (translate_message(camera.name), camera.index), str(camera.index))
        if current and not current.isdigit():
            self.picker.addItem(Path(current).name if "://" not in current else current, current)
        self.picker.addItem(self.tr("No camera (scanner or typing)"), NO_CAMERA)
        self.picker.addItem(self.tr("Video file…"), CHOOSE_FILE)
        self.select(current)

    def select(self, target: str) -> None:
        index = self.picker.findData(target)
        if index < 0 and target:
            self.picker.insertItem(self.picker.count() - 2, Path(target).name if "://" not in target else target,
                                   target)
            index = self.picker.findData(target)
        self._current = target if index >= 0 else NO_CAMERA
        self.picker.setCurrentIndex(index if index >= 0 else self.picker.findData(NO_CAMERA))

    def _picked(self, index: int) -> None:
        target = self.picker.itemData(index)
        if target == CHOOSE_FILE:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Scan from a video file"), "",
                                                        self.tr("Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All (*)"))
            if not path:
                self.select(self._current)
                return
            target = path
            self.select(target)
        self._current = target
        self.sourceChosen.emit(target)
