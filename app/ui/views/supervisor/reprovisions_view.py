"""Reprovision requests waiting for a supervisor: approve (carried out, master data migrated) or reject."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import ReprovisionState
from app.domain.permissions import Permission
from app.domain.records import ReprovisionRecord
from app.services import lifecycle
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.views.supervisor.comment_dialog import CommentDialog
from app.ui.views.supervisor.common import GroupPicker, fit_columns, selected_row, table_view
from app.ui.views.supervisor.models import ReprovisionModel

RELOAD_ON = (Topic.REPROVISIONS, Topic.DEVICES)  # "groups": the group picker reloads, then the list


class ReprovisionsView(QWidget):
    loaded = Signal(int)
    decided = Signal(str, str)  # SN, new state

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprovisionRequests")
        self.env = env
        self.comment_dialog: CommentDialog | None = None
        self.groups = GroupPicker(env, allow_all=True)
        self.groups.setObjectName("reprovisionGroup")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshReprovisions")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Registration group:")))
        top.addWidget(self.groups)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.summary = QLabel()
        self.summary.setObjectName("reprovisionSummary")
        self.model = ReprovisionModel(self)
        self.table = table_view("reprovisionTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approveReprovision")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectReprovision")
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        note = QLabel(self.tr("An approved reprovision gets a new allocation in the target OU/environment and keeps "
                              "the device's master data; it is pending until the device connects again."))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.groups.groupChanged.connect(lambda _name: self.reload_requests())
        self.refresh_button.clicked.connect(self.reload)
        self.approve_button.clicked.connect(lambda: self.ask_decision(approve=True))
        self.reject_button.clicked.connect(lambda: self.ask_decision(approve=False))
        env.runner.changed.connect(lambda notice: self.reload_requests() if notice.touches(*RELOAD_ON) else None)
        self._update_buttons()

    def reload(self) -> None:
        self.groups.reload()

    def reload_requests(self) -> None:
        ctx, group = self.env.ctx, self.groups.group() or None
        self.summary.setText(self.tr("Loading…"))
        self.env.runner.call("reprovision requests",
                             lambda: lifecycle.list_reprovisions(ctx, [ReprovisionState.AWAITING_APPROVAL.value], group),
                             on_done=self._loaded, on_failed=lambda error: show_error(self, error))

    def _loaded(self, records: list[ReprovisionRecord]) -> None:
        self.model.set_records(records)
        fit_columns(self.table)
        self.summary.setText(self.tr("%1 waiting for approval.").replace("%1", count_text(len(records), "request"))
                             if records else self.tr("No reprovision request is waiting for approval."))
        if records:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit(len(records))

    def selected_request(self) -> ReprovisionRecord | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def select_sn(self, sn: str) -> None:
        for row, record in enumerate(self.model.records()):
            if record.sn == sn:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        enabled = self.selected_request() is not None and self.env.can(Permission.APPROVE)
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(enabled)

    def ask_decision(self, *, approve: bool) -> None:
        request = self.selected_request()
        if request is None:
            return
        move = f"{request.from_ou}/{request.from_environment} → {request.target_ou}/{request.target_environment}"
        title = self.tr("Approve reprovision") if approve else self.tr("Reject reprovision")
        prompt = self.tr("%1 of %2: %3, requested by %4.").replace("%1", request.sn).replace("%2", request.group) \
            .replace("%3", move).replace("%4", request.requested_by)
        dialog = CommentDialog(title, prompt, approve=approve, parent=self)
        self.comment_dialog = dialog
        dialog.accepted.connect(lambda: self.decide(request, approve=approve, comment=dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def decide(self, request: ReprovisionRecord, *, approve: bool, comment: str) -> None:
        ctx = self.env.ctx
        self.env.runner.call("decide reprovision",
                             lambda: lifecycle.decide_reprovision(ctx, request.id, approve=approve, comment=comment),
                             on_done=self._decided, on_failed=self._failed,
                             changes=ChangeNotice.of(Topic.REPROVISIONS, Topic.DEVICES, Topic.AUDIT,
                                                     group=request.group))

    def _decided(self, record: ReprovisionRecord) -> None:
        text = (self.tr("Reprovision of %1 approved: pending until it connects in %2/%3.")
                if record.state == ReprovisionState.PENDING.value else self.tr("Reprovision of %1: %4."))
        self.env.status.show_message(text.replace("%1", record.sn).replace("%2", record.target_ou)
                                     .replace("%3", record.target_environment)
                                     .replace("%4", record.state.replace("_", " ")))
        self.decided.emit(record.sn, record.state)

    def _failed(self, error: Exception) -> None:
        show_error(self, error)
        # a failed approval is kept as failed: show it gone
        self.env.runner.publish(ChangeNotice.of(Topic.REPROVISIONS, Topic.AUDIT))
