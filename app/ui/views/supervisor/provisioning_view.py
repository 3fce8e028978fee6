"""The Office's provisioning service page: is it running (here or elsewhere on this database), on which ports,
how many devices registered in the last hour, the newest registrations and the last refusals.

Read from the heartbeats and errors the service writes (app/services/provisioning_status.py), on the runner;
while the page is shown it refreshes every 10 s (the service beats every ~10 s; fresh means within 30 s).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Topic
from app.domain.records import ProvisioningOverview
from app.services import provisioning_status
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text, moment_text
from app.ui.palette import OUTCOME_COLOURS

REFRESH_MS = 10_000


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))


class ProvisioningView(QWidget):
    loaded = Signal(object)  # ProvisioningOverview

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provisioningService")
        self.env = env
        self.overview: ProvisioningOverview | None = None
        self._busy = False
        self.state = QLabel(self.tr("Loading…"))
        self.state.setObjectName("serviceState")
        font = self.state.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.state.setFont(font)
        self.state.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("serviceCounts")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshProvisioning")
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button)
        self.instances = _table("serviceInstances", [self.tr("Instance"), self.tr("Ports"), self.tr("Last seen (UTC)"),
                                                     self.tr("State")])
        self.recent = _table("recentRegistrations", [self.tr("Time (UTC)"), self.tr("Group"), self.tr("SN"),
                                                     self.tr("Status"), self.tr("Hub"), self.tr("Error")])
        self.errors = _table("serviceErrors", [self.tr("Time (UTC)"), self.tr("Peer"), self.tr("Transport"),
                                               self.tr("Message")])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(QLabel(self.tr("Service instances on this database:")))
        layout.addWidget(self.instances, 1)
        layout.addWidget(QLabel(self.tr("Newest registrations:")))
        layout.addWidget(self.recent, 2)
        layout.addWidget(QLabel(self.tr("Last refused connections and registrations:")))
        layout.addWidget(self.errors, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        env.runner.changed.connect(
            lambda notice: self.reload() if notice.touches(Topic.DEVICES, Topic.REGISTRATIONS) and self.isVisible()
            else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def reload(self) -> None:
        if self._busy:
            return
        self._busy = True
        ctx = self.env.ctx
        self.env.runner.call("provisioning service status", lambda: provisioning_status.overview(ctx),
                             on_done=self._loaded, on_failed=self._failed)

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.timer.stop()  # no dialog every 10 s: Refresh starts over
        show_error(self, error)

    def _loaded(self, overview: ProvisioningOverview) -> None:
        self._busy = False
        self.overview = overview
        running = overview.running
        here = [i for i in running if i.on_this_machine]
        if running:
            where = (self.tr("on this computer") if here and len(here) == len(running)
                     else self.tr("%s, %s on this computer") % (count_text(len(running), "instance"), len(here)))
            ports = sorted({f"{name} {address}" for i in running for name, address in i.endpoints.items()})
            self.state.setText(self.tr("The provisioning service is running (%s): %s")
                               % (where, ", ".join(ports) or self.tr("no ports")))
            colour = OUTCOME_COLOURS["ok"]
        else:
            self.state.setText(self.tr("The provisioning service is not running against this database "
                                       "(start it with: dps-station serve)"))
            colour = OUTCOME_COLOURS["warning"]
        self.state.setStyleSheet(f"color: {colour};")
        self.counts.setText(self.tr("Registrations in the last hour: %s (%s failed)")
                            % (overview.registrations_last_hour, overview.failed_last_hour))
        _fill(self.instances, [
            (i.instance, ", ".join(f"{name} {address}" for name, address in i.endpoints.items()),
             moment_text(i.last_seen, seconds=True, utc=True),
             self.tr("running") if i.running else self.tr("stopped or silent"))
            for i in overview.instances])
        _fill(self.recent, [
            (moment_text(r.at, seconds=True, utc=True), r.group, r.sn,
             r.substatus if r.status == "assigned" else r.status, r.hub or "-", r.error)
            for r in overview.recent])
        _fill(self.errors, [(moment_text(e.at, seconds=True, utc=True), e.peer, e.transport, e.message)
                            for e in overview.errors])
        self.loaded.emit(overview)
