"""Batches of a group with their progress per state; the selected batch's chart, anomalies and review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.permissions import Permission
from app.services import batch_review, batches, supervision
from app.services.supervision import AnomalyKind, AnomalyRules, BatchProgress, GroupProgress, RefusedElsewhere
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text, moment_text
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import STALE_LABEL_DAYS, UNLABELLED_DAYS
from app.ui.views.supervisor.comment_dialog import CommentDialog
from app.ui.views.supervisor.common import GroupPicker, selected_row, table_view
from app.ui.views.supervisor.models import AnomalyModel, BatchProgressModel, anomaly_counts_text
from app.ui.views.supervisor.progress import ProgressChart
from app.ui.widgets.state_bar import StateBarDelegate

ANOMALY_PAGE = 100
RELOAD_ON = (Topic.BATCHES, Topic.DEVICES, Topic.REPROVISIONS)  # "groups": the group picker reloads, then the batches


class BatchesView(QWidget):
    batchSelected = Signal(str, str)  # group, batch
    loaded = Signal(int)  # batches shown
    reviewed = Signal(str)  # batch number

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchesOverview")
        self.env = env
        self.group_progress: GroupProgress | None = None
        self.comment_dialog: CommentDialog | None = None

        self.groups = GroupPicker(env)
        self.groups.setObjectName("groupPicker")
        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(0, 3650)
        self.stale_days.setValue(env.settings.get(STALE_LABEL_DAYS))
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setToolTip(self.tr("A device labelled longer ago than this and not installed is an anomaly"))
        self.unlabelled_days = QSpinBox()
        self.unlabelled_days.setObjectName("unlabelledDays")
        self.unlabelled_days.setRange(0, 3650)
        self.unlabelled_days.setValue(env.settings.get(UNLABELLED_DAYS))
        self.unlabelled_days.setSuffix(self.tr(" days"))
        self.unlabelled_days.setToolTip(self.tr("A device registered longer ago than this without a label is an "
                                                "anomaly (0: at once)"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshBatches")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Registration group:")))
        top.addWidget(self.groups)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Labelled, not installed after:")))
        top.addWidget(self.stale_days)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Registered, not labelled after:")))
        top.addWidget(self.unlabelled_days)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.model = BatchProgressModel(self)
        self.table = table_view("batchTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(BatchProgressModel.PROGRESS, StateBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BatchProgressModel.PROGRESS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.group_summary = QLabel()
        self.group_summary.setObjectName("groupSummary")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.group_summary)
        self.refused_summary = QLabel()
        self.refused_summary.setObjectName("refusedSummary")
        self.refused_summary.setWordWrap(True)
        self.refused_summary.setVisible(False)
        upper_layout.addWidget(self.refused_summary)

        self.batch_title = QLabel(self.tr("Select a batch to see its progress and anomalies."))
        self.batch_title.setObjectName("batchTitle")
        font = self.batch_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.batch_title.setFont(font)
        self.chart = ProgressChart()
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewState")
        self.review_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Approve batch…"))
        self.approve_button.setObjectName("approveBatch")
        self.reject_button = QPushButton(self.tr("Reject batch…"))
        self.reject_button.setObjectName("rejectBatch")
        self.reopen_button = QPushButton(self.tr("Reopen review…"))
        self.reopen_button.setObjectName("reopenReview")
        self.reopen_button.setToolTip(self.tr("Take back the approval or rejection: the batch is open again"))
        review_box = QGroupBox(self.tr("Review"))
        review_layout = QVBoxLayout(review_box)
        review_layout.addWidget(self.review_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        review_layout.addLayout(buttons)
        review_layout.addStretch(1)
        chart_box = QGroupBox(self.tr("Progress by state"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        facts = QHBoxLayout()
        facts.addWidget(chart_box, 3)
        facts.addWidget(review_box, 2)

        self.anomaly_summary = QLabel()
        self.anomaly_summary.setObjectName("anomalySummary")
        self.anomaly_summary.setWordWrap(True)
        self.anomalies = AnomalyModel(env.runner, self)
        self.anomaly_table = table_view("anomalyTable")
        self.anomaly_table.setModel(self.anomalies)
        for column, width in ((AnomalyModel.KIND, 190), (AnomalyModel.SN, 130), (AnomalyModel.BATCH, 90),
                              (AnomalyModel.SINCE, 150)):
            self.anomaly_table.setColumnWidth(column, width)
        self.anomaly_table.horizontalHeader().setStretchLastSection(False)
        self.anomaly_table.horizontalHeader().setSectionResizeMode(AnomalyModel.WHAT, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.batch_title)
        lower_layout.addLayout(facts)
        lower_layout.addWidget(self.anomaly_summary)
        lower_layout.addWidget(self.anomaly_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.groups.groupChanged.connect(lambda _name: self.reload_batches())
        self.refresh_button.clicked.connect(self.reload)
        self.stale_days.valueChanged.connect(self._stale_days_changed)
        self.unlabelled_days.valueChanged.connect(self._unlabelled_days_changed)
        self.approve_button.clicked.connect(lambda: self.ask_review(approve=True))
        self.reject_button.clicked.connect(lambda: self.ask_review(approve=False))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.anomalies.loaded.connect(self._anomalies_loaded)
        self.anomalies.failed.connect(lambda error: show_error(self, error))
        env.runner.changed.connect(self._data_changed)
        self._show_batch(None)

    # ---- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.groups.reload()  # emits groupChanged, which reloads the batches

    def reload_batches(self) -> None:
        group = self.groups.group()
        if not group:
            self.model.set_records([])
            self.group_summary.setText(self.tr("No registration group yet."))
            self._show_batch(None)
            return
        ctx = self.env.ctx
        self.env.runner.call("batch progress", lambda: supervision.group_progress(ctx, group),
                             on_done=self._batches_loaded, on_failed=lambda error: show_error(self, error))
        self.env.runner.call("refused labels", lambda: supervision.refused_elsewhere(ctx, group),
                             on_done=self._refused_loaded, on_failed=lambda error: show_error(self, error))

    def _refused_loaded(self, refused: RefusedElsewhere) -> None:
        """Refused labels no batch's anomalies list: the group's own, and those naming no known group."""
        if refused.group != self.groups.group():
            return
        parts = []
        if refused.outside_batches:
            parts.append(self.tr("%1 of group %2 outside any batch").replace("%1", str(refused.outside_batches))
                         .replace("%2", refused.group))
        if refused.no_group:
            parts.append(self.tr("%1 naming no known group").replace("%1", str(refused.no_group)))
        self.refused_summary.setText(self.tr("Refused labels (forged, altered or unreadable): %1. "
                                             "The audit trail lists them (action scan.refused).")
                                     .replace("%1", "; ".join(parts)))
        self.refused_summary.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self.refused_summary.setVisible(bool(parts))

    def _batches_loaded(self, progress: GroupProgress) -> None:
        if progress.group != self.groups.group():
            return
        previous = self.selected_batch()
        self.group_progress = progress
        self.model.set_records(progress.batches)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(BatchProgressModel.PROGRESS, QHeaderView.ResizeMode.Stretch)
        total = progress.total
        self.group_summary.setText(self.tr("Group %1: %2 in %3, %4 activated, %5 failed; "
                                           "%6 without a batch.")
                                   .replace("%1", progress.group).replace("%2", count_text(total.total, "device"))
                                   .replace("%3", count_text(len(progress.batches), "batch", "batches"))
                                   .replace("%4", str(total.activated))
                                   .replace("%5", str(total.failed)).replace("%6", str(progress.unbatched.total)))
        numbers = [b.batch for b in progress.batches]
        row = numbers.index(previous.batch) if previous is not None and previous.batch in numbers else 0
        if progress.batches:
            self.table.selectRow(row)
        else:
            self._show_batch(None)
        self.loaded.emit(len(progress.batches))

    def select_batch(self, number: str) -> None:
        for row, record in enumerate(self.model.records()):
            if record.batch == number:
                self.table.selectRow(row)

    def selected_batch(self) -> BatchProgress | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def rules(self) -> AnomalyRules:
        return AnomalyRules(stale_days=self.stale_days.value(), never_labelled_days=self.unlabelled_days.value())

    def _selection_changed(self) -> None:
        batch = self.selected_batch()
        self._show_batch(batch)
        if batch is not None:
            self.batchSelected.emit(batch.group, batch.batch)

    def _show_batch(self, batch: BatchProgress | None) -> None:
        if batch is None:
            self.batch_title.setText(self.tr("Select a batch to see its progress and anomalies."))
            self.chart.set_counts(supervision.StateCounts())
            self.review_label.setText("")
            self.anomalies.clear()
            self.anomaly_summary.setText("")
            for button in (self.approve_button, self.reject_button, self.reopen_button):
                button.setEnabled(False)
            return
        self.batch_title.setText(self.tr("Batch %1 · %2").replace("%1", batch.batch)
                                 .replace("%2", count_text(batch.counts.total, "device")))
        self.chart.set_counts(batch.counts)
        self._show_review(batch)
        self._update_review_buttons(batch)
        self._load_anomalies(batch)

    def _update_review_buttons(self, batch: BatchProgress | None) -> None:
        may_review = self.env.can(Permission.APPROVE)
        open_ = batch is not None and batch.review == "open"
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(may_review and open_)
            button.setToolTip("" if may_review else self.tr("Only a supervisor may approve or reject"))
        self.reopen_button.setEnabled(may_review and batch is not None and not open_)

    def _show_review(self, batch: BatchProgress) -> None:
        if batch.review == "open":
            self.review_label.setText(self.tr("Open: not reviewed yet."))
            self.review_label.setStyleSheet("")
            return
        when = moment_text(batch.reviewed_at) if batch.reviewed_at else ""
        colour = OUTCOME_COLOURS["ok" if batch.review == "approved" else "error"]
        comment = f"\n“{batch.review_comment}”" if batch.review_comment else ""
        self.review_label.setText(f"{batch.review.capitalize()} by {batch.reviewed_by} on {when}{comment}")
        self.review_label.setStyleSheet(f"color: {colour}")

    def _load_anomalies(self, batch: BatchProgress) -> None:
        ctx, rules = self.env.ctx, self.rules()
        group, number = batch.group, batch.batch
        self.anomaly_summary.setText(self.tr("Looking for anomalies…"))

        def fetch(cursor: Any) -> tuple[list[Any], Any, dict[AnomalyKind, int]]:
            page = supervision.list_anomalies(ctx, group, number, rules=rules, limit=ANOMALY_PAGE, after=cursor)
            return page.items, page.next_cursor, page.counts

        self.anomalies.load(fetch)

    def _anomalies_loaded(self, _rows: int) -> None:
        counts: dict[AnomalyKind, int] = self.anomalies.page_extra or {}
        total = sum(counts.values())
        if total == 0:
            self.anomaly_summary.setText(self.tr("No anomalies in this batch."))
            self.anomaly_summary.setStyleSheet(f"color: {OUTCOME_COLOURS['ok']}")
            return
        self.anomaly_summary.setText(self.tr("%1 — %2").replace("%1", count_text(total, "anomaly", "anomalies"))
                                     .replace("%2", anomaly_counts_text(counts)))
        self.anomaly_summary.setStyleSheet(f"color: {OUTCOME_COLOURS['warning']}")

    def _unlabelled_days_changed(self, days: int) -> None:
        self.env.settings.set(UNLABELLED_DAYS, days)
        self._rules_changed()

    def _stale_days_changed(self, days: int) -> None:
        self.env.settings.set(STALE_LABEL_DAYS, days)
        self._rules_changed()

    def _rules_changed(self) -> None:
        batch = self.selected_batch()
        if batch is not None:
            self._load_anomalies(batch)

    def _data_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(*RELOAD_ON, group=self.groups.group()):
            self.reload_batches()

    # ---- review -------------------------------------------------------------------------------------

    def ask_review(self, *, approve: bool) -> None:
        """Reject: the comment dialog at once. Approve: first what speaks against it (devices not installed,
        open anomalies; loaded on the runner), listed in the dialog, which then needs a tick."""
        batch = self.selected_batch()
        if batch is None:
            return
        if not approve:
            self._open_review_dialog(batch, approve=False, warnings=[])
            return
        ctx, rules = self.env.ctx, self.rules()
        self.approve_button.setEnabled(False)
        self.env.runner.call("approval warnings",
                             lambda: batch_review.approval_warnings(ctx, batch.group, batch.batch, rules=rules),
                             on_done=lambda warnings: self._open_review_dialog(batch, approve=True,
                                                                               warnings=warnings.lines()),
                             on_failed=self._warnings_failed)

    def _warnings_failed(self, error: Exception) -> None:
        self._update_review_buttons(self.selected_batch())
        show_error(self, error)

    def _open_review_dialog(self, batch: BatchProgress, *, approve: bool, warnings: list[str]) -> None:
        self._update_review_buttons(self.selected_batch())
        title = self.tr("Approve batch %1") if approve else self.tr("Reject batch %1")
        devices_text = count_text(batch.counts.total, "device")
        if approve and warnings:
            prompt = self.tr("Approve batch %1 of %2 (%3)? It is not finished yet:")
        elif approve:
            prompt = self.tr("Approve batch %1 of %2 (%3)? Every device is installed and there are no open "
                             "anomalies.")
        else:
            prompt = self.tr("Reject batch %1 of %2 (%3)? Say why: the technicians see the comment.")
        dialog = CommentDialog(title.replace("%1", batch.batch),
                               prompt.replace("%1", batch.batch).replace("%2", batch.group)
                               .replace("%3", devices_text), approve=approve, warnings=warnings, parent=self)
        self.comment_dialog = dialog
        dialog.accepted.connect(lambda: self.review(batch.group, batch.batch, approve=approve, comment=dialog.text(),
                                                    warnings=warnings if approve else None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_reopen(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.review == "open":
            return
        dialog = CommentDialog(
            self.tr("Reopen the review of batch %1").replace("%1", batch.batch),
            self.tr("Batch %1 was %2 by %3. Reopen its review? The batch becomes open again and can be approved "
                    "or rejected anew; say why (recorded in the audit trail).")
            .replace("%1", batch.batch).replace("%2", batch.review).replace("%3", batch.reviewed_by),
            approve=False, ok_text=self.tr("Reopen review"), comment_required=True,
            missing_text=self.tr("Reopening a review needs a comment saying why."), parent=self)
        self.comment_dialog = dialog
        group, number = batch.group, batch.batch
        dialog.accepted.connect(lambda: self.reopen(group, number, comment=dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def reopen(self, group: str, number: str, *, comment: str) -> None:
        ctx = self.env.ctx
        self.env.runner.call("reopen review", lambda: batches.reopen_review(ctx, group, number, comment=comment),
                             on_done=self._reviewed, on_failed=lambda error: show_error(self, error),
                             changes=ChangeNotice.of(Topic.BATCHES, Topic.AUDIT, group=group, batch=number))

    def review(self, group: str, number: str, *, approve: bool, comment: str,
               warnings: list[str] | None = None) -> None:
        """Approve or reject; an approval records the warnings the dialog showed (None: the service looks)."""
        ctx = self.env.ctx
        self.env.runner.call("review batch",
                             lambda: batches.review_batch(ctx, group, number, approve=approve, comment=comment,
                                                          warnings=warnings),
                             on_done=self._reviewed, on_failed=lambda error: show_error(self, error),
                             changes=ChangeNotice.of(Topic.BATCHES, Topic.AUDIT, group=group, batch=number))

    def _reviewed(self, record: Any) -> None:
        state = self.tr("reopened for review") if record.review == "open" else record.review
        self.env.status.show_message(self.tr("Batch %1 %2.").replace("%1", record.number).replace("%2", state))
        self.reviewed.emit(record.number)
