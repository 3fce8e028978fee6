"""Watches the shown device for a registration with the provisioning service (another process writes it).

The Field shows the moment a device the installer activated provisions itself: while a device is shown, its newest
registration is polled on the runner every few seconds; a new one (another operation id than when the device was
loaded) is reported once by `registered`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.domain.records import RegistrationRecord
from app.services import provisioning_status
from app.ui.environment import UiEnvironment

log = logging.getLogger(__name__)
POLL_MS = 5000


class RegistrationWatch(QObject):
    registered = Signal(object)  # RegistrationRecord: the device's new registration

    def __init__(self, env: UiEnvironment, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.target: tuple[str, str, str] | None = None  # group, SN, the operation id already known
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def watch(self, group: str, sn: str, known_operation: str) -> None:
        self.target = (group, sn, known_operation)
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.target = None
        self.timer.stop()

    def poll(self) -> None:
        owner = self.parent()
        if self._busy or self.target is None or (isinstance(owner, QWidget) and not owner.isVisible()):
            return  # a hidden Field (another workspace shown) asks nothing; it catches up when shown again
        self._busy = True
        target = self.target
        ctx = self.env.ctx
        group, sn, _known = target
        self.env.runner.call("registration watch",
                             lambda: provisioning_status.last_registrations(ctx, group, [sn]).get(sn),
                             on_done=lambda record: self._polled(target, record), on_failed=self._poll_failed)

    def _polled(self, target: tuple[str, str, str], record: RegistrationRecord | None) -> None:
        self._busy = False
        if target != self.target or record is None or record.operation_id == target[2]:
            return
        self.stop()
        self.registered.emit(record)

    def _poll_failed(self, error: Exception) -> None:
        self._busy = False  # e.g. the database is busy for a moment: the next poll tries again
        log.info("registration watch: %s", error)
