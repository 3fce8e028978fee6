"""The print dialog's setup: load the devices and templates, follow the choices, keep the preview and the
Print button current (app/ui/dialogs/print_labels.py runs the job)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from app.domain.errors import DpsError, InputError
from app.domain.permissions import Permission
from app.labels import job as jobs
from app.labels.model import LabelData
from app.labels.templates import LabelTemplate, list_templates
from app.services import labelling
from app.ui.dialogs.print_labels_form import PrintLabelsForm, html, template_summary
from app.ui.errors import show_error
from app.ui.messages import translate_message, translated_error
from app.ui.settings import LABEL_TEMPLATE
from app.ui.tasks import TaskControl, heavy_python_work


class PrintLabelsSetup(PrintLabelsForm):
    """Loading and the choices; the job and closing are PrintLabelsDialog's."""

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
            text = self.tr("Reprint of %1: %2").replace("%1", self._devices(count)).replace("%2", html(shown))
        elif self.selection.batch:
            text = self.tr("%1 of batch %2 in group %3").replace("%1", self._devices(count)).replace(
                "%2", html(self.selection.batch)).replace("%3", html(self.selection.group))
        else:
            text = self.tr("%1 of group %2").replace("%1", self._devices(count)).replace(
                "%2", html(self.selection.group))
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
            self.template_message.setText(self.tr("This template cannot be used: %s") % translated_error(item))
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
                                          else self._load_problem(), error=batch is None)
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
        warnings = [translate_message(warning) for warning in self.preview.warnings()]
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
            return self._load_problem()
        if self.template() is None:  # a template that cannot be used is explained next to the picker
            return "" if self.template_message.text() else self.tr("Choose a template that can be used.")
        if self._preview_problem:
            return self._preview_problem
        output_problem = self.output.problem()
        return translated_error(output_problem) if output_problem is not None else ""

    def _load_problem(self) -> str:
        """Why loading failed, in the window's language ("" when it did not)."""
        return translated_error(self._load_error) if self._load_error is not None else ""

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

    def is_busy(self) -> bool:
        return self._job is not None and not self._job.done
