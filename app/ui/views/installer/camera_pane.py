"""The camera side of the field view: live view, picker and resolution, and what the camera is doing.

Finds cameras on a worker, starts the remembered one (setting CAMERA, per user; only a real camera is
remembered, never a video file or a stream), and reports every state
change to the status bar (env.status.cameraChanged): starting, running (with its resolution),
unplugged and back, none, ended. With no camera the view says that scanning by USB scanner or
typing still works.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.messages import Message
from app.domain.messages_scan import CAMERA_BACK, PIPELINE_STOPPED
from app.scan.pipeline import PipelineEnd
from app.scan.session import ScanSession
from app.scan.sources import CameraInfo, FrameSource, list_cameras
from app.ui.camera import CameraBridge, parse_resolution, source_for
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_message, translated_error
from app.ui.settings import CAMERA, CAMERA_RESOLUTION, SCAN_SOUND
from app.ui.views.installer.camera_controls import NO_CAMERA, CameraControls
from app.ui.views.installer.camera_view import CameraView


class CameraPane(QWidget):
    def __init__(self, env: UiEnvironment, bridge: CameraBridge, session: Callable[[], ScanSession | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.bridge = bridge
        self._session = session
        self.cameras: list[CameraInfo] = []
        self._pending: FrameSource | None = None
        self._first_frame_seen = False
        self.target = NO_CAMERA  # what start_source started: a camera index, a video file or a stream URL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = CameraView(bridge)
        layout.addWidget(self.view, 1)
        self.controls = CameraControls(env.settings.get(CAMERA_RESOLUTION), env.settings.get(SCAN_SOUND))
        layout.addWidget(self.controls)
        bridge.ended.connect(self._ended)
        bridge.statusChanged.connect(self._status)
        bridge.frameReady.connect(self._first_frame)
        self.controls.sourceChosen.connect(self.start_source)
        self.controls.resolutionChosen.connect(self._resolution_chosen)
        self.controls.refreshRequested.connect(self.list_cameras)

    def list_cameras(self, start: bool = False) -> None:
        """Look for cameras (on a worker: probing takes a while); `start`: then start the remembered one."""
        self.controls.refresh.setEnabled(False)

        def listed(cameras: list[CameraInfo]) -> None:
            self.controls.refresh.setEnabled(True)
            self.cameras = cameras
            wanted = self.env.settings.get(CAMERA)
            current = self.target if self.bridge.running else wanted if start else \
                self.controls.picker.currentData() or ""
            self.controls.set_cameras(cameras, current if self._usable(current) else NO_CAMERA)
            if start and not self.bridge.running:
                if self._usable(wanted):
                    self.start_source(wanted)
                else:
                    self._no_camera(self.tr("No camera found") if not cameras else
                                    self.tr("Camera %s is not connected") % wanted if wanted else
                                    self.tr("No camera chosen: pick one above"))

        def failed(error: Exception) -> None:
            self.controls.refresh.setEnabled(True)
            show_error(self, error)

        self.env.runner.run("list cameras", lambda _control: list_cameras(), executor="cpu", on_done=listed,
                            on_failed=failed)

    def _usable(self, target: str) -> bool:
        if not target:
            return False
        if target.isdigit():
            return any(camera.index == int(target) for camera in self.cameras)
        return True

    def start_source(self, target: str) -> None:
        """Scan from a camera index, a video file (played at its frame rate) or a stream URL; "" stops."""
        if not target:
            self.target = NO_CAMERA
            self.bridge.stop()
            self.env.settings.set(CAMERA, NO_CAMERA)
            self._no_camera(self.tr("Camera off"))
            return
        resolution = parse_resolution(self.controls.resolution.currentText())
        self.target = target
        if target.isdigit():  # a real camera is remembered for this person; a video or a stream never is
            self.env.settings.set(CAMERA, target)
        self.start_frame_source(source_for(target, resolution))

    def start_frame_source(self, source: FrameSource) -> None:
        session = self._session()
        if session is None:
            self._pending = source  # started once the scan session is open
            return
        self._first_frame_seen = False
        path = getattr(source, "path", None)
        index = getattr(source, "index", None)
        self.controls.select(str(path) if path is not None else str(index) if index is not None else NO_CAMERA)
        self.view.show_state(self.tr("Starting %s…") % translate_message(source.name), "")
        self.env.status.cameraChanged.emit(self.tr("camera: starting %s") % translate_message(source.name))
        self.bridge.start(source, session)

    def session_ready(self) -> None:
        if self._pending is not None:
            source, self._pending = self._pending, None
            self.start_frame_source(source)

    def _resolution_chosen(self, text: str) -> None:
        self.env.settings.set(CAMERA_RESOLUTION, text)
        target = self.target
        if self.bridge.running and target.isdigit():
            self.start_source(target)

    def _first_frame(self) -> None:
        source = self.bridge.source
        if self._first_frame_seen or source is None:
            return
        self._first_frame_seen = True
        size = getattr(source, "actual_resolution", None)
        where = f" ({size[0]}x{size[1]})" if size else ""
        self.env.status.cameraChanged.emit(self.tr("camera: %s%s") % (translate_message(source.name), where))

    def _status(self, message: str) -> None:
        shown = translate_message(message)
        if isinstance(message, Message) and message.template == CAMERA_BACK:
            self.env.status.cameraChanged.emit(self.tr("camera: %s") % shown)
            return
        self.view.show_state(self.tr("Camera unplugged"),
                             shown + "\n" + self.tr("The USB scanner and typing still work."))
        self.env.status.cameraChanged.emit(self.tr("camera: unplugged, waiting for it"))

    def _ended(self, end: PipelineEnd) -> None:
        if end.error is not None:
            self._no_camera(self.tr("No camera"), translated_error(end.error))
        elif end.message != PIPELINE_STOPPED:
            shown = translate_message(end.message)
            self.view.show_state(self.tr("Camera stopped"),
                                 shown + "\n" + self.tr("The USB scanner and typing still work."))
            self.env.status.cameraChanged.emit(self.tr("camera: %s") % shown)

    def _no_camera(self, title: str, detail: str = "") -> None:
        text = (detail + "\n" if detail else "") + self.tr(
            "Scan with a USB scanner or type the SN or manual code in the field below.")
        self.view.show_state(title, text)
        self.env.status.cameraChanged.emit(self.tr("camera: none (%s); scanner and typing work") % title.lower())
