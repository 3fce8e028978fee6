"""Print the labels of a batch, a whole group or single devices (a reprint).

The dialog picks the template (shipped and user templates), the copies, the first position on a
half-used sheet (on a picture of the sheet) and the output: a system printer (the system print
dialog), a PDF file, a folder of PNG files, or ZPL to a file or a Zebra printer at host:9100 (thermal
templates). A live preview shows the first pages as the job will draw them.

Print runs the same use case as `dps-station label print` (app/services/labelling.print_labels with a
renderer from app/labels/targets) on the runner's database executor: every label is prepared, drawn,
read back and checked before anything is written, then the devices are recorded as labelled in one
transaction. Cancel stops the job between labels and nothing is recorded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QProgressBar, QSpinBox, QVBoxLayout, QWidget)

from app.domain.errors import CancelledError, DpsError, InputError
from app.domain.permissions import Permission
from app.labels import job as jobs
from app.labels import targets
from app.labels.model import LabelData
from app.labels.templates import LabelTemplate, list_templates
from app.labels.verify import PrintVerificationError
from app.security.signing import VerifyingKey
from app.services import labelling
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translated_error
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import LABEL_DPI, LABEL_TEMPLATE
from app.ui.tasks import Task, TaskControl, heavy_python_work
from app.ui.widgets.label_output import LabelOutputPicker
from app.ui.widgets.label_preview import LabelPreview
from app.ui.widgets.preview_zoom import PreviewZoom
from app.ui.widgets.sheet_position import SheetPositionWidget

PHASES = ("prepare", "verify", "output")
PROGRESS_STEPS = 1000  # per phase


PAPER_NAMES = {(210.0, 297.0): "A4", (215.9, 279.4): "US Letter"}


def template_summary(template: LabelTemplate) -> str:
    """One line about a template: labels per page, the paper, the label size."""
    size = f"{template.label_width:g} × {template.label_height:g} mm"
    if template.per_page == 1:
        return (QCoreApplication.translate("PrintLabelsDialog", "%1, one label per page (thermal roll)")
                if template.is_thermal else
                QCoreApplication.translate("PrintLabelsDialog", "%1, one label per page")).replace("%1", size)
    paper = PAPER_NAMES.get((round(template.page_width, 1), round(template.page_height, 1)),
                            f"{template.page_width:g} × {template.page_height:g} mm")
    return (QCoreApplication.translate("PrintLabelsDialog", "%1 labels (%2 × %3) of %4 on %5")
            .replace("%1", str(template.per_page)).replace("%2", str(template.columns))
            .replace("%3", str(template.rows)).replace("%4", size).replace("%5", paper))


def counted(n: int, one: str, many: str) -> str:
    """"1 label", "2,000 labels"."""
    return f"{n:,} {one if n == 1 else many}"


class PrintLabelsDialog(QDialog):
    """`jobFinished(outcome)`: "printed", "cancelled", "not verified" or "failed", when a job ends."""

    loaded = Signal()
    jobFinished = Signal(str)

    def __init__(self, env: UiEnvironment, group: str, batch: str | None = None, sns: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printLabelsDialog")
        self.env = env
        self.selection = labelling.LabelSelection(group, batch, tuple(sns or ()))
        self.label_batch: labelling.LabelBatch | None = None
        self.templates: dict[str, LabelTemplate | InputError] = {}
        self.result: tuple[labelling.LabelBatch, jobs.JobReport] | None = None
        self._load_error: Exception | None = None
        self._loads_pending = 2
        self._job: Task | None = None
        self.loading_task: Task | None = None
        self._print_after_choice = False
        self._preview_problem = ""
        self._preview_stale = False
        self._printed_unchanged = False  # the last job printed and nothing changed since: Print waits for a change
        self._close_when_done = False
        self._closed = False
        self._running_target: targets.OutputTarget | None = None
        self._outcome = ""
        self.setWindowTitle(self._title())
        self._build()
        self._connect()
        self._load()

    def _title(self) -> str:
        if self.selection.sns:
            return self.tr("Reprint labels – %s") % self.selection.group
        if self.selection.batch:
            return self.tr("Print labels – batch %s of %s") % (self.selection.batch, self.selection.group)
        return self.tr("Print labels – %s") % self.selection.group

    def _devices(self, n: int) -> str:
        return counted(n, self.tr("device"), self.tr("devices"))

    def _labels(self, n: int) -> str:
        return counted(n, self.tr("label"), self.tr("labels"))

    def _pages(self, n: int) -> str:
        return counted(n, self.tr("page"), self.tr("pages"))

    # --- building ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.device_summary = QLabel(self.tr("Loading the devices…"))
        self.device_summary.setObjectName("deviceSummary")
        self.device_summary.setWordWrap(True)

        self.template_picker = QComboBox()
        self.template_picker.setObjectName("templatePicker")
        self.template_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_picker.setMinimumContentsLength(18)
        self.template_info = QLabel()
        self.template_info.setObjectName("templateInfo")
        self.template_info.setWordWrap(True)
        self.template_message = QLabel()
        self.template_message.setObjectName("templateMessage")
        self.template_message.setWordWrap(True)
        self.template_message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']};")
        self.template_message.hide()

        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, jobs.MAX_COPIES)
        self.copies.setSuffix(self.tr(" per device"))
        self.start_at = QSpinBox()
        self.start_at.setObjectName("startAt")
        self.start_at.setRange(1, 1)
        self.start_at.setPrefix(self.tr("position "))
        self.start_at.setToolTip(self.tr("The first free position on the sheet; the ones before it are used"))
        self.sheet = SheetPositionWidget()
        self.sheet_hint = QLabel(self.tr("Click the first free position on the sheet."))
        self.sheet_hint.setObjectName("sheetHint")
        self.sheet_hint.setWordWrap(True)
        font = self.sheet_hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.sheet_hint.setFont(font)

        labels_box = QGroupBox(self.tr("Labels"))
        self.labels_form = QFormLayout(labels_box)
        self.labels_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels_form.addRow(self.tr("&Template"), self.template_picker)
        self.labels_form.addRow("", self.template_info)
        self.labels_form.addRow(self.template_message)
        self.labels_form.addRow(self.tr("&Copies"), self.copies)
        self.labels_form.addRow(self.tr("&Start at"), self.start_at)
        self.labels_form.addRow(self.sheet)
        self.labels_form.addRow(self.sheet_hint)

        stem = "-".join(part for part in ("labels", self.selection.group, self.selection.batch or "") if part)
        self.output = LabelOutputPicker(self.env.settings, "".join(c if c.isalnum() or c in "-_." else "_"
                                                                   for c in stem))

        left_panel = QWidget()
        left_panel.setMinimumWidth(400)
        left_panel.setMaximumWidth(460)
        self.left = QVBoxLayout(left_panel)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.left.addWidget(self.device_summary)
        self.left.addWidget(labels_box, 1)  # the sheet picture takes the height; a roll gives it to the stretch
        self.left.addWidget(self.output)
        self.left.addStretch(0)

        self.preview = LabelPreview(self.env.runner, self)
        self.preview.setMinimumSize(380, 380)
        self.preview_zoom = PreviewZoom(self.preview)
        self.job_summary = QLabel()
        self.job_summary.setObjectName("jobSummary")
        self.job_summary.setWordWrap(True)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(f"color: {OUTCOME_COLOURS['warning']};")
        self.preview_note.hide()
        right = QVBoxLayout()
        right.addWidget(self.preview_zoom, 1)
        right.addWidget(self.job_summary)
        right.addWidget(self.preview_note)

        columns = QHBoxLayout()
        columns.addWidget(left_panel, 0)
        columns.addLayout(right, 1)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']};")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, len(PHASES) * PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progressText")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text)
        self.progress_widgets = (self.progress, self.progress_text)
        self.result_text = QLabel()
        self.result_text.setObjectName("resultText")
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure_list = QListWidget()
        self.failure_list.setObjectName("failureList")
        self.failure_list.setMaximumHeight(120)
        self.failure_list.hide()

        self.buttons = QDialogButtonBox()
        self.buttons.setObjectName("buttons")
        self.print_button = self.buttons.addButton(self.tr("&Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel &job"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.hide()
        self.open_button = self.buttons.addButton(self.tr("&Open output"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openOutput")
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_text)
        layout.addWidget(self.failure_list)
        layout.addWidget(self.buttons)
        self.inputs: tuple[QWidget, ...] = (labels_box, self.output)
        for form in (self.labels_form, self.output.form):
            _give_labels_room(form)
        for widget in self.progress_widgets:
            widget.hide()
        self.resize(940, 680)

    def _connect(self) -> None:
        self.template_picker.currentIndexChanged.connect(self._template_changed)
        self.copies.valueChanged.connect(self._job_changed)
        self.start_at.valueChanged.connect(lambda value: self.sheet.set_start(value - 1))
        self.sheet.startChanged.connect(lambda start: self.start_at.setValue(start + 1))
        self.start_at.valueChanged.connect(self._job_changed)
        self.output.changed.connect(self._output_changed)
        self.output.dpiChanged.connect(self._job_changed)
        self.output.printerChosen.connect(self._printer_chosen)
        self.print_button.clicked.connect(self.start_print)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.open_button.clicked.connect(self._open_output)
        self.close_button.clicked.connect(self.reject)
        self.preview.rendered.connect(self._preview_rendered)
        self.preview.failed.connect(self._preview_failed)

    # --- loading: the devices (database) and the templates (files) ---------------------------------------
    def _load(self) -> None:
        ctx, selection, templates_dir = self.env.ctx, self.selection, self.env.home.templates_dir

        def select(control: TaskControl) -> labelling.LabelBatch:
            def progress(phase: str, done: int, total: int) -> None:
                control.report(done, total, phase)

            with heavy_python_work():  # see run() in start_print
                return labelling.prepare_labels(ctx, selection, progress=progress, cancelled=control.cancelled)

        self.loading_task = self.env.runner.run("select devices for labels", select, on_done=self._devices_loaded,
                                              on_failed=self._load_failed, on_progress=self._selection_progressed)
        self.env.runner.call("read label templates", lambda: list_templates(templates_dir),
                             on_done=self._templates_loaded, on_failed=self._load_failed, executor="cpu")
        self.revalidate()

    def _selection_progressed(self, done: int, total: int, phase: str) -> None:
        if phase == "signing":
            text = self.tr("Signing the labels… %1 of %2").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        else:
            text = self.tr("Loading the devices… %1").replace("%1", f"{done:,}")
        self.device_summary.setText(text)

    def _devices_loaded(self, batch: labelling.LabelBatch) -> None:
        self.loading_task = None
        self.label_batch = batch
        count = len(batch.labels)
        if self.selection.sns:
            shown = ", ".join(label.sn for label in batch.labels[:5]) + (" …" if count > 5 else "")
            text = self.tr("Reprint of %1: %2").replace("%1", self._devices(count)).replace("%2", _html(shown))
        elif self.selection.batch:
            text = self.tr("%1 of batch %2 in group %3").replace("%1", self._devices(count)).replace(
                "%2", _html(self.selection.batch)).replace("%3", _html(self.selection.group))
        else:
            text = self.tr("%1 of group %2").replace("%1", self._devices(count)).replace(
                "%2", _html(self.selection.group))
        text = f"<b>{text}</b>"
        if batch.skipped:
            text += " " + self.tr("(%1 disabled or retired left out)").replace("%1", f"{batch.skipped:,}")
        self.device_summary.setText(text)
        self._loaded_one()

    def _templates_loaded(self, items: list[LabelTemplate | InputError]) -> None:
        for item in items:
            name = item.name if isinstance(item, LabelTemplate) else Path(item.file or "?").stem
            self.templates[name] = item
        self._loaded_one()

    def _load_failed(self, error: Exception) -> None:
        self.loading_task = None
        if not isinstance(error, DpsError):
            show_error(self, error)
        self._load_error = error
        self.device_summary.setText(self.tr("The labels cannot be printed."))
        self._loaded_one()

    def _loaded_one(self) -> None:
        self._loads_pending -= 1
        if self._loads_pending > 0:
            return
        if self.label_batch is not None and self.templates:
            self._fill_templates()
        else:  # nothing to print: nothing to choose
            for widget in self.inputs:
                widget.setEnabled(False)
            for widget in (self.template_info, self.start_at, self.sheet, self.sheet_hint):
                self.labels_form.setRowVisible(widget, False)
        self.revalidate()
        self._job_changed()
        self.loaded.emit()

    def is_loaded(self) -> bool:
        return self._loads_pending <= 0

    def _fill_templates(self) -> None:
        assert self.label_batch is not None
        group_template = self.label_batch.template
        picker = self.template_picker
        picker.blockSignals(True)
        picker.clear()
        for name in sorted(self.templates):
            item = self.templates[name]
            text = name if isinstance(item, LabelTemplate) else self.tr("%s (cannot be used)") % name
            if name == group_template:
                text += self.tr(" – the group's template")
            picker.addItem(text, name)
        wanted = next((name for name in (group_template, self.env.settings.get(LABEL_TEMPLATE))
                       if isinstance(self.templates.get(name), LabelTemplate)), None)
        picker.setCurrentIndex(max(0, picker.findData(wanted)) if wanted else 0)
        picker.blockSignals(False)
        self._template_changed()

    # --- the choices ------------------------------------------------------------------------------------
    def template(self) -> LabelTemplate | None:
        item = self.templates.get(self.template_picker.currentData())
        return item if isinstance(item, LabelTemplate) else None

    def select_template(self, name: str) -> None:
        index = self.template_picker.findData(name)
        if index < 0:
            raise KeyError(name)
        self.template_picker.setCurrentIndex(index)

    def select_target(self, kind: str) -> None:
        self.output.select(kind)

    def start_position(self) -> int:
        """Positions already used on the first sheet (the job's start_at)."""
        return self.start_at.value() - 1

    def _template_changed(self, _index: int = -1) -> None:
        name = self.template_picker.currentData()
        item = self.templates.get(name)
        if isinstance(item, InputError):
            self.template_message.setText(self.tr("This template cannot be used: %s") % item)
            self.template_message.show()
            self.template_info.setText("")
        else:
            self.template_message.hide()
            self.template_message.setText("")
            self.template_info.setText(template_summary(item) if item is not None else "")
        template = self.template()
        self.sheet.set_template(template)
        sheet = template is not None and template.per_page > 1
        self.start_at.blockSignals(True)
        self.start_at.setRange(1, template.per_page if template is not None else 1)
        self.start_at.setValue(self.sheet.start() + 1)
        self.start_at.blockSignals(False)
        for widget in (self.start_at, self.sheet, self.sheet_hint):
            self.labels_form.setRowVisible(widget, sheet)
        self.labels_form.setRowVisible(self.template_info, bool(self.template_info.text()))
        self.left.setStretch(1, 1 if sheet else 0)
        self.left.setStretch(3, 0 if sheet else 1)
        self.output.allow_zpl(template is not None and template.is_thermal)
        self._job_changed()

    def _output_changed(self) -> None:
        self._printed_unchanged = False
        self.revalidate()

    def _job_changed(self, *_args: object) -> None:
        if self._closed:
            return
        self._printed_unchanged = False
        template = self.template()
        batch = self.label_batch
        if template is not None:
            self.sheet.set_label_count(len(batch.labels) * self.copies.value() if batch else 0)
        self._preview_problem = ""
        if template is None or batch is None:
            self.job_summary.setText("")
            if self.is_loaded():
                self.preview.show_message(self.tr("Choose a template that can be used.") if batch is not None
                                          else str(self._load_error or ""), error=batch is None)
        else:
            spec = self.job_spec(batch.labels)
            labels = len(batch.labels) * spec.copies
            pages = math.ceil((spec.start_at + labels) / template.per_page)
            if template.per_page == 1:
                summary = self.tr("%1 on the roll at %3 dpi")
            else:
                summary = self.tr("%1 on %2 at %3 dpi")
            self.job_summary.setText(summary.replace("%1", self._labels(labels)).replace("%2", self._pages(pages))
                                     .replace("%3", str(spec.dpi)))
            self.preview.show_job(spec)
        self.revalidate()

    def job_spec(self, labels: Sequence[LabelData]) -> jobs.JobSpec:
        template = self.template()
        assert template is not None
        return jobs.JobSpec(template, labels, start_at=self.start_position() if template.per_page > 1 else 0,
                            copies=self.copies.value(), dpi=self.output.dpi())

    def _preview_rendered(self, _pages: int) -> None:
        warnings = self.preview.warnings()
        self.preview_note.setText("\n".join(warnings[:3]) + ("\n…" if len(warnings) > 3 else ""))
        self.preview_note.setVisible(bool(warnings))
        self.revalidate()

    def _preview_failed(self, message: str) -> None:
        self.preview_note.hide()
        self._preview_problem = message
        self.revalidate()

    def problem(self) -> str:
        """Why Print cannot start now ("" when it can)."""
        if not self.is_loaded():
            return ""
        if self._load_error is not None:
            return str(self._load_error)
        if self.template() is None:  # a template that cannot be used is explained next to the picker
            return "" if self.template_message.text() else self.tr("Choose a template that can be used.")
        if self._preview_problem:
            return self._preview_problem
        output_problem = self.output.problem()
        return str(output_problem) if output_problem is not None else ""

    def revalidate(self) -> bool:
        problem = self.problem()
        busy = self.is_busy()
        output_problem = self.output.problem()
        self.output.mark(output_problem.field if output_problem is not None else None)
        if not busy:
            self.message.setText(problem)
        ready = self.is_loaded() and not problem and not busy and self.template() is not None \
            and not self._printed_unchanged
        self.print_button.setEnabled(ready and self.env.can(Permission.PRINT_LABELS))
        if not self.env.can(Permission.PRINT_LABELS):
            self.print_button.setToolTip(self.tr("Your role cannot print labels"))
        elif self._printed_unchanged:
            self.print_button.setToolTip(self.tr("These labels were printed. Change the template, copies, start "
                                                 "position or output to print again."))
        else:
            self.print_button.setToolTip("")
        return ready

    def _printer_chosen(self, copies: int) -> None:
        if copies > 1:  # asked for in the system print dialog: labels per device here
            self.copies.setValue(min(jobs.MAX_COPIES, copies))
        if self._print_after_choice:
            self._print_after_choice = False
            self.start_print()

    # --- the job ----------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None and not self._job.done

    def start_print(self) -> Task | None:
        if not self.revalidate():
            return None
        if self.output.needs_printer():
            self._print_after_choice = True
            self.output.choose_system_printer()
            return None
        target = self.output.target()
        template = self.template()
        assert template is not None
        ctx, selection = self.env.ctx, self.selection
        printer = self.output.printer() if target.kind == "printer" else None
        start_at, copies, dpi = self.job_spec([]).start_at, self.copies.value(), self.output.dpi()

        def run(control: TaskControl) -> tuple[labelling.LabelBatch, jobs.JobReport]:
            def progress(phase: str, done: int, total: int) -> None:
                control.report(done, total, phase)

            def render(labels: Sequence[LabelData], keys: Mapping[str, VerifyingKey]) -> jobs.JobReport:
                spec = jobs.JobSpec(template, labels, start_at=start_at, copies=copies, dpi=dpi)
                return targets.run_job(target, spec, keys, printer=printer, progress=progress,
                                       cancelled=control.cancelled)

            # Python-heavy from the selection to the recording: see heavy_python_work.
            with heavy_python_work():
                return labelling.print_labels(ctx, selection, render, copies=copies, template=template.name,
                                              output=target.describe())

        self.result = None
        if self.preview.is_busy():  # not now: the job needs the processor, the preview is drawn again after it
            self.preview.shutdown()
            self._preview_stale = True
        self._close_when_done = False
        self._outcome = "failed"
        self.env.settings.set(LABEL_TEMPLATE, template.name)
        self.env.settings.set(LABEL_DPI, dpi)
        self._show_running(True, target)
        self._job = self.env.runner.run(self.tr("print labels"), run, on_done=self._printed,
                                        on_failed=self._job_failed, on_progress=self._progressed)
        self._job.finished.connect(self._job_ended)
        return self._job

    def _show_running(self, running: bool, target: targets.OutputTarget | None = None) -> None:
        for widget in self.inputs:
            widget.setEnabled(not running)
        for widget in self.progress_widgets:
            widget.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.print_button.setEnabled(not running)
        if running:
            self.progress.setValue(0)
            self.progress_text.setText(self.tr("Starting…"))
            self.message.setText("")
            self.result_text.setText("")
            self.failure_list.clear()
            self.failure_list.hide()
            self.open_button.hide()
            self._running_target = target

    def _progressed(self, done: int, total: int, phase: str) -> None:
        if phase not in PHASES:
            return
        index = PHASES.index(phase)
        self.progress.setValue(index * PROGRESS_STEPS + (done * PROGRESS_STEPS // max(total, 1)))
        verb = {"prepare": self.tr("Preparing"), "verify": self.tr("Reading back"),
                "output": self.tr("Printing") if self._running_target and self._running_target.kind == "printer"
                else self.tr("Writing")}[phase]
        text = f"{verb} {done:,} / {total:,}"
        if phase == "output" and self._running_target is not None and self._running_target.kind == "printer":
            self.cancel_button.setEnabled(False)  # the printer has pages: Qt cannot take a started job back
            text += self.tr(" (the printer has the job)")
        self.progress_text.setText(text)

    def cancel_job(self) -> None:
        if self.is_busy() and self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_text.setText(self.tr("Cancelling…"))

    def _printed(self, result: tuple[labelling.LabelBatch, jobs.JobReport]) -> None:
        batch, report = result
        self.result = result
        target = self._running_target
        assert target is not None
        pages = " " + self.tr("on %1").replace("%1", self._pages(report.pages)) \
            if target.kind in ("pdf", "printer") else ""
        ok = OUTCOME_COLOURS["ok"]
        lines = [f"<span style='color:{ok}'>&#10004;</span> <b>"
                 + self.tr("%1 for %2%3 to %4.").replace("%1", self._labels(report.printed))
                 .replace("%2", self._devices(report.labels)).replace("%3", pages)
                 .replace("%4", _html(target.describe())) + "</b>",
                 self.tr("Every label was read back and its signature verified; %1 recorded as labelled.")
                 .replace("%1", self._devices(len(batch.device_ids)))]
        if batch.skipped:
            lines.append(self.tr("%1 disabled or retired left out.").replace("%1", self._devices(batch.skipped)))
        for warning in report.warnings:
            lines.append(f"<span style='color:{OUTCOME_COLOURS['warning']}'>{_html(warning)}</span>")
        self.result_text.setText("<br>".join(lines))
        self.open_button.setVisible(target.kind in ("pdf", "png", "zpl") and bool(report.outputs))
        self.env.status.dataChanged.emit("devices")
        self.env.status.dataChanged.emit("batches")
        self.env.status.show_message(self.tr("%1 printed and verified").replace("%1", self._labels(report.printed)))
        self._outcome = "printed"
        self._printed_unchanged = True

    def _job_failed(self, error: Exception) -> None:
        error_colour = OUTCOME_COLOURS["error"]
        if isinstance(error, CancelledError):
            self.result_text.setText(self.tr("Cancelled: nothing was printed or recorded."))
            self._outcome = "cancelled"
        elif isinstance(error, PrintVerificationError):
            self.result_text.setText(
                f"<span style='color:{error_colour}'>&#10008; <b>"
                + self.tr("%1 did not read back as their device: the job was stopped, nothing was printed or "
                          "recorded.").replace("%1", self._labels(len(error.failures))) + "</b></span>")
            self.failure_list.clear()
            self.failure_list.addItems([f"SN {sn}: {why}" for sn, why in error.failures])
            self.failure_list.show()
            self._outcome = "not verified"
        elif isinstance(error, DpsError):
            self.result_text.setText("")
            self.message.setText(translated_error(error))
            self.output.mark(error.field if isinstance(error, InputError) else None)
            self._outcome = "failed"
        else:
            self._outcome = "failed"
            show_error(self, error)

    def _job_ended(self) -> None:
        self._show_running(False)
        outcome = self._outcome
        message = self.message.text()
        self.revalidate()
        if outcome == "failed" and message:
            self.message.setText(message)  # keep the job's error visible after revalidating
        self.jobFinished.emit(outcome)
        if self._close_when_done:
            self.reject()
        elif self._preview_stale:  # drawn again: not a change of the job (the inputs were locked meanwhile)
            self._preview_stale = False
            printed = self._printed_unchanged
            self._job_changed()
            self._printed_unchanged = printed
            self.revalidate()

    def _open_output(self) -> None:
        if self.result is None or not self.result[1].outputs:
            return
        first = self.result[1].outputs[0]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(first if first.suffix != ".png" else first.parent)))

    # --- closing ----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._closed:  # shown again after a close: the preview was stopped
            self._closed = False
            self._job_changed()

    def reject(self) -> None:
        """Close; a running job is cancelled first and the dialog closes when it has stopped."""
        if self.is_busy():
            self._close_when_done = True
            self.cancel_job()
            return
        self._closed = True
        if self.loading_task is not None:  # a huge group: stop going through it
            self.loading_task.cancel()
        self.preview.shutdown()
        super().reject()


def _give_labels_room(form: QFormLayout) -> None:
    """A few pixels more than the labels' size hints: some fonts draw a mnemonic label wider than measured."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            widget.setMinimumWidth(widget.sizeHint().width() + 4)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
