"""Batch reports: pick a group and batch, see what the report will show, write it as PDF or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.services.report_model import BatchReport
from app.reports.writers import writer_for
from app.services import batches, reporting, supervision
from app.services.supervision import AnomalyKind, AnomalyRules, BatchProgress
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import STALE_LABEL_DAYS, UNLABELLED_DAYS
from app.ui.views.supervisor.common import GroupPicker
from app.ui.views.supervisor.models import anomaly_counts_text
from app.ui.views.supervisor.progress import ProgressChart

FILTERS = {"pdf": "PDF report (*.pdf)", "csv": "CSV table (*.csv)"}


class ReportsView(QWidget):
    written = Signal(str)  # the path
    batchesLoaded = Signal(int)

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.env = env
        self.output_dir = Path.home()
        self._wanted_batch = ""
        self.groups = GroupPicker(env)
        self.groups.setObjectName("reportGroup")
        self.batch = QComboBox()
        self.batch.setObjectName("reportBatch")
        self.batch.setMinimumContentsLength(10)
        self.pdf_button = QPushButton(self.tr("Write PDF report…"))
        self.pdf_button.setObjectName("writePdf")
        self.csv_button = QPushButton(self.tr("Write CSV…"))
        self.csv_button.setObjectName("writeCsv")
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Registration group:")))
        pick.addWidget(self.groups)
        pick.addSpacing(16)
        pick.addWidget(QLabel(self.tr("Batch:")))
        pick.addWidget(self.batch)
        pick.addStretch(1)

        self.preview_title = QLabel()
        self.preview_title.setObjectName("reportPreviewTitle")
        self.chart = ProgressChart()
        self.chart.setMaximumWidth(760)
        self.preview_anomalies = QLabel()
        self.preview_anomalies.setObjectName("reportPreviewAnomalies")
        self.preview_anomalies.setWordWrap(True)
        contents = QLabel(self.tr(
            "The PDF report shows the batch's facts and dates, this progress chart, the devices per state, the "
            "anomalies (refused labels, never labelled, labelled but not installed, duplicate scans, failed "
            "allocations, reprovisions awaiting approval) and the review. The CSV holds the counts per state, "
            "the anomalies and every device with its state."))
        contents.setWordWrap(True)
        contents.setEnabled(False)
        preview = QGroupBox(self.tr("What the report shows"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.chart)
        preview_layout.addWidget(self.preview_anomalies)
        preview_layout.addWidget(contents)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setObjectName("reportResult")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(preview)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.groups.groupChanged.connect(lambda _name: self.reload_batches())
        env.runner.changed.connect(self._data_changed)
        self.batch.currentIndexChanged.connect(lambda _index: self._preview())
        self.pdf_button.clicked.connect(lambda: self.ask_and_write("pdf"))
        self.csv_button.clicked.connect(lambda: self.ask_and_write("csv"))
        self._set_buttons()

    def reload(self) -> None:
        self.groups.reload()

    def _data_changed(self, notice: ChangeNotice) -> None:
        """Batches or devices of the chosen group changed (here or pulled by a sync): the list and preview follow."""
        group = self.groups.group()
        if group and notice.touches(Topic.BATCHES, Topic.DEVICES, group=group):
            self.reload_batches()

    def select(self, group: str, batch: str) -> None:
        """Follow the batch selected elsewhere (the batches overview)."""
        self._wanted_batch = batch
        if self.groups.count() == 0:
            self.groups.preferred = group
        elif self.groups.group() != group:
            self.groups.select(group)
        else:
            index = self.batch.findText(batch)
            if index >= 0:
                self.batch.setCurrentIndex(index)

    def reload_batches(self) -> None:
        group, ctx = self.groups.group(), self.env.ctx
        if not group:
            self.batch.clear()
            self._set_buttons()
            return
        self.env.runner.call("list batches", lambda: [b.number for b in batches.list_batches(ctx, group)],
                             on_done=self._batches_loaded, on_failed=lambda error: show_error(self, error))

    def _batches_loaded(self, numbers: list[str]) -> None:
        wanted = self._wanted_batch or self.batch.currentText()
        self.batch.blockSignals(True)
        self.batch.clear()
        self.batch.addItems(numbers)
        index = self.batch.findText(wanted)
        self.batch.setCurrentIndex(index if index >= 0 else 0)
        self.batch.blockSignals(False)
        self._preview()
        self.batchesLoaded.emit(len(numbers))

    def _preview(self) -> None:
        self._set_buttons()
        group, number, ctx = self.groups.group(), self.batch.currentText(), self.env.ctx
        if not group or not number:
            self.preview_title.setText(self.tr("No batch in this group."))
            self.chart.set_counts(supervision.StateCounts())
            self.preview_anomalies.setText("")
            return
        rules = self._rules()

        def work() -> tuple[BatchProgress, dict[AnomalyKind, int]]:
            return (supervision.batch_progress(ctx, group, number),
                    supervision.anomaly_counts(ctx, group, number, rules=rules))

        self.env.runner.call("batch progress", work, on_done=self._show_preview,
                             on_failed=lambda error: show_error(self, error))

    def _show_preview(self, result: tuple[BatchProgress, dict[AnomalyKind, int]]) -> None:
        progress, anomalies = result
        if (progress.group, progress.batch) != (self.groups.group(), self.batch.currentText()):
            return
        listed = anomaly_counts_text(anomalies)
        self.preview_anomalies.setText(self.tr("Anomalies: %1.").replace("%1", listed) if listed
                                       else self.tr("No anomalies."))
        self.preview_title.setText(self.tr("Batch %1 of %2: %3, review %4.")
                                   .replace("%1", progress.batch).replace("%2", progress.group)
                                   .replace("%3", count_text(progress.counts.total, "device"))
                                   .replace("%4", progress.review))
        self.chart.set_counts(progress.counts)

    def _set_buttons(self) -> None:
        ready = bool(self.groups.group() and self.batch.currentText())
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    # ---- writing ------------------------------------------------------------------------------------

    def ask_and_write(self, fmt: str) -> None:
        group, number = self.groups.group(), self.batch.currentText()
        if not group or not number:
            return
        suggested = self.output_dir / f"batch-{_file_part(group)}-{_file_part(number)}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Write batch report"), str(suggested),
                                                    FILTERS[fmt])
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        self.write(target)

    def _rules(self) -> AnomalyRules:
        return AnomalyRules(stale_days=self.env.settings.get(STALE_LABEL_DAYS),
                            never_labelled_days=self.env.settings.get(UNLABELLED_DAYS))

    def write(self, path: Path) -> None:
        group, number, ctx = self.groups.group(), self.batch.currentText(), self.env.ctx
        rules = self._rules()
        self.result.setText(self.tr("Writing %1…").replace("%1", str(path)))
        self.result.setStyleSheet("")
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(False)

        def work() -> tuple[Path, BatchReport]:
            writer = writer_for(path, "file")
            return path, reporting.write_batch_report(ctx, group, number, path, writer, rules=rules, option="file")

        self.env.runner.call("write batch report", work, on_done=self._written, on_failed=self._failed,
                             changes=ChangeNotice.of(Topic.AUDIT, group=group))

    def _written(self, result: tuple[Path, BatchReport]) -> None:
        path, report = result
        self.output_dir = path.parent
        anomalies = sum(report.anomaly_counts.values())
        self.result.setText(self.tr("Wrote %1: batch %2, %3, %4.").replace("%1", str(path))
                            .replace("%2", report.batch).replace("%3", count_text(report.counts.total, "device"))
                            .replace("%4", count_text(anomalies, "anomaly", "anomalies")))
        self.result.setStyleSheet(f"color: {OUTCOME_COLOURS['ok']}")
        self._set_buttons()
        self.written.emit(str(path))

    def _failed(self, error: Exception) -> None:
        self.result.setText(self.tr("The report was not written."))
        self.result.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self._set_buttons()
        show_error(self, error)


def _file_part(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)
