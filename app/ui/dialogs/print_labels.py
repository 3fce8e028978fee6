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

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import CancelledError, DpsError, InputError
from app.labels import job as jobs
from app.labels import targets
from app.labels.model import LabelData
from app.domain.messages_labels import failure_text
from app.labels.verify import PrintVerificationError
from app.security.signing import VerifyingKey
from app.services import labelling
from app.ui.dialogs.print_labels_form import PHASES, PROGRESS_STEPS, html
from app.ui.dialogs.print_labels_setup import PrintLabelsSetup
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translate_message, translated_error
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import LABEL_DPI, LABEL_TEMPLATE
from app.ui.tasks import Task, TaskControl, heavy_python_work

__all__ = ["PrintLabelsDialog"]


class PrintLabelsDialog(PrintLabelsSetup):
    """`jobFinished(outcome)`: "printed", "cancelled", "not verified" or "failed", when a job ends."""

    def __init__(self, env: UiEnvironment, group: str, batch: str | None = None, sns: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, group, batch, sns, parent)
        self._connect()
        self._load()

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

    def _printer_chosen(self, copies: int) -> None:
        if copies > 1:  # asked for in the system print dialog: labels per device here
            self.copies.setValue(min(jobs.MAX_COPIES, copies))
        if self._print_after_choice:
            self._print_after_choice = False
            self.start_print()

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

        self.printed = None
        if self.preview.is_busy():  # not now: the job needs the processor, the preview is drawn again after it
            self.preview.shutdown()
            self._preview_stale = True
        self._close_when_done = False
        self._outcome = "failed"
        self.env.settings.set(LABEL_TEMPLATE, template.name)
        self.env.settings.set(LABEL_DPI, dpi)
        self._show_running(True, target)
        self._job = self.env.runner.run(self.tr("print labels"), run, on_done=self._printed,
                                        on_failed=self._job_failed, on_progress=self._progressed,
                                        changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT,
                                                                group=selection.group, batch=selection.batch))
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
        self.printed = result
        target = self._running_target
        assert target is not None
        pages = " " + self.tr("on %1").replace("%1", self._pages(report.pages)) \
            if target.kind in ("pdf", "printer") else ""
        ok = OUTCOME_COLOURS["ok"]
        lines = [f"<span style='color:{ok}'>&#10004;</span> <b>"
                 + self.tr("%1 for %2%3 to %4.").replace("%1", self._labels(report.printed))
                 .replace("%2", self._devices(report.labels)).replace("%3", pages)
                 .replace("%4", html(target.describe())) + "</b>",
                 self.tr("Every label was read back and its signature verified; %1 recorded as labelled.")
                 .replace("%1", self._devices(len(batch.device_ids)))]
        if batch.skipped:
            lines.append(self.tr("%1 disabled or retired left out.").replace("%1", self._devices(batch.skipped)))
        for warning in report.warnings:
            lines.append(f"<span style='color:{OUTCOME_COLOURS['warning']}'>{html(translate_message(warning))}</span>")
        self.result_text.setText("<br>".join(lines))
        self.open_button.setVisible(target.kind in ("pdf", "png", "zpl") and bool(report.outputs))
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
            self.failure_list.addItems([translate_message(failure_text(sn, why)) for sn, why in error.failures])
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
        if self.printed is None or not self.printed[1].outputs:
            return
        first = self.printed[1].outputs[0]
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
