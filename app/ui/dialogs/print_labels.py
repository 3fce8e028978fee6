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

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent, QStandardItemModel
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSpinBox,
                               QStackedWidget, QVBoxLayout, QWidget)

from app.domain.errors import CancelledError, DpsError, InputError
from app.domain.permissions import Permission
from app.labels import job as jobs
from app.labels import targets, zpl
from app.labels.model import LabelData
from app.labels.templates import LabelTemplate, list_templates
from app.labels.verify import PrintVerificationError
from app.security.signing import VerifyingKey
from app.services import labelling
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import LABEL_DPI, LABEL_PRINTER, LABEL_TEMPLATE
from app.ui.tasks import Task, TaskControl
from app.ui.widgets.label_preview import LabelPreview
from app.ui.widgets.sheet_position import SheetPositionWidget

TARGET_KINDS = ("printer", "pdf", "png", "zpl")
PHASES = ("prepare", "verify", "output")
PROGRESS_STEPS = 1000  # per phase
INVALID_STYLE = f"border: 1px solid {OUTCOME_COLOURS['error']};"


PAPER_NAMES = {(210.0, 297.0): "A4", (215.9, 279.4): "US Letter"}


def template_summary(template: LabelTemplate) -> str:
    """One line about a template: labels per page, the paper, the label size."""
    size = f"{template.label_width:g} × {template.label_height:g} mm"
    if template.per_page == 1:
        return f"{size}, one label per page" + (" (thermal roll)" if template.is_thermal else "")
    paper = PAPER_NAMES.get((round(template.page_width, 1), round(template.page_height, 1)),
                            f"{template.page_width:g} × {template.page_height:g} mm")
    return f"{template.per_page} labels ({template.columns} × {template.rows}) of {size} on {paper}"


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
        self._printer: QPrinter | None = None
        self._print_dialog: QPrintDialog | None = None
        self._preview_problem = ""
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

        self.target_kind = QComboBox()
        self.target_kind.setObjectName("targetKind")
        for kind, text in zip(TARGET_KINDS, (self.tr("System printer"), self.tr("PDF file"),
                                             self.tr("PNG images (one per label)"),
                                             self.tr("ZPL (Zebra thermal printer)"))):
            self.target_kind.addItem(text, kind)
        self.printer_name = QLabel()
        self.printer_name.setObjectName("printerName")
        self.choose_printer = QPushButton(self.tr("Choose &printer…"))
        self.choose_printer.setObjectName("choosePrinter")
        self.pdf_path = QLineEdit()
        self.pdf_path.setObjectName("pdfPath")
        self.pdf_path.setPlaceholderText(self.tr("labels.pdf"))
        self.png_folder = QLineEdit()
        self.png_folder.setObjectName("pngFolder")
        self.png_folder.setPlaceholderText(self.tr("a folder for the PNG files"))
        self.zpl_target = QLineEdit()
        self.zpl_target.setObjectName("zplTarget")
        self.zpl_target.setPlaceholderText(self.tr("labels.zpl, or printer-host:9100"))
        self.browse_pdf = QPushButton(self.tr("Browse…"))
        self.browse_pdf.setObjectName("browsePdf")
        self.browse_png = QPushButton(self.tr("Browse…"))
        self.browse_png.setObjectName("browsePng")
        self.browse_zpl = QPushButton(self.tr("Browse…"))
        self.browse_zpl.setObjectName("browseZpl")
        self.target_pages = QStackedWidget()
        self.target_pages.setObjectName("targetPages")
        for widget, button in ((self.printer_name, self.choose_printer), (self.pdf_path, self.browse_pdf),
                               (self.png_folder, self.browse_png), (self.zpl_target, self.browse_zpl)):
            page = QWidget()
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            row.addWidget(button)
            self.target_pages.addWidget(page)
        self.dpi = QComboBox()
        self.dpi.setObjectName("dpi")
        self.dpi.setToolTip(self.tr("The printer's resolution: QR modules are whole printer dots at it"))

        output_box = QGroupBox(self.tr("Output"))
        output_form = QFormLayout(output_box)
        output_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        output_form.addRow(self.tr("Send &to"), self.target_kind)
        output_form.addRow(self.tr("Where"), self.target_pages)
        output_form.addRow(self.tr("&Resolution"), self.dpi)

        left_panel = QWidget()
        left_panel.setMinimumWidth(400)
        left_panel.setMaximumWidth(460)
        self.left = QVBoxLayout(left_panel)
        self.left.setContentsMargins(0, 0, 0, 0)
        self.left.addWidget(self.device_summary)
        self.left.addWidget(labels_box, 1)  # the sheet picture takes the height; a roll gives it to the stretch
        self.left.addWidget(output_box)
        self.left.addStretch(0)

        self.preview = LabelPreview(self.env.runner, self)
        self.preview.setMinimumSize(380, 380)
        self.job_summary = QLabel()
        self.job_summary.setObjectName("jobSummary")
        self.job_summary.setWordWrap(True)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(f"color: {OUTCOME_COLOURS['warning']};")
        self.preview_note.hide()
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
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
        self.inputs: tuple[QWidget, ...] = (labels_box, output_box)
        for form in (self.labels_form, output_form):
            _give_labels_room(form)
        for widget in self.progress_widgets:
            widget.hide()
        self.resize(940, 680)

        self._restore_target_settings()

    def _restore_target_settings(self) -> None:
        printer = self.env.settings.get(LABEL_PRINTER)
        self._set_printer_text(printer)
        stem = "-".join(part for part in ("labels", self.selection.group, self.selection.batch or "") if part)
        stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self.pdf_path.setText(str(folder / f"{stem}.pdf"))
        self.png_folder.setText(str(folder / stem))
        self.target_kind.setCurrentIndex(TARGET_KINDS.index("printer" if printer else "pdf"))
        self.target_pages.setCurrentIndex(self.target_kind.currentIndex())
        self._fill_dpi(self.env.settings.get(LABEL_DPI))

    def _connect(self) -> None:
        self.template_picker.currentIndexChanged.connect(self._template_changed)
        self.copies.valueChanged.connect(self._job_changed)
        self.start_at.valueChanged.connect(lambda value: self.sheet.set_start(value - 1))
        self.sheet.startChanged.connect(lambda start: self.start_at.setValue(start + 1))
        self.start_at.valueChanged.connect(self._job_changed)
        self.target_kind.currentIndexChanged.connect(self._target_changed)
        self.dpi.currentIndexChanged.connect(self._job_changed)
        for edit in (self.pdf_path, self.png_folder, self.zpl_target):
            edit.textChanged.connect(self.revalidate)
        self.choose_printer.clicked.connect(self.choose_system_printer)
        self.browse_pdf.clicked.connect(self._browse_pdf)
        self.browse_png.clicked.connect(self._browse_png)
        self.browse_zpl.clicked.connect(self._browse_zpl)
        self.print_button.clicked.connect(self.start_print)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.open_button.clicked.connect(self._open_output)
        self.close_button.clicked.connect(self.reject)
        self.preview.rendered.connect(self._preview_rendered)
        self.preview.failed.connect(self._preview_failed)

    # --- loading: the devices (database) and the templates (files) ---------------------------------------
    def _load(self) -> None:
        ctx, selection, templates_dir = self.env.ctx, self.selection, self.env.home.templates_dir

        def select() -> labelling.LabelBatch:
            with jobs.cyclic_gc_paused():  # see run() in start_print
                return labelling.prepare_labels(ctx, selection)

        self.env.runner.call("select devices for labels", select, on_done=self._devices_loaded,
                             on_failed=self._load_failed)
        self.env.runner.call("read label templates", lambda: list_templates(templates_dir),
                             on_done=self._templates_loaded, on_failed=self._load_failed, executor="cpu")
        self.revalidate()

    def _devices_loaded(self, batch: labelling.LabelBatch) -> None:
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

    def target_kind_value(self) -> str:
        return str(self.target_kind.currentData())

    def select_target(self, kind: str) -> None:
        self.target_kind.setCurrentIndex(TARGET_KINDS.index(kind))

    def start_position(self) -> int:
        """Positions already used on the first sheet (the job's start_at)."""
        return self.start_at.value() - 1

    def dpi_value(self) -> int:
        return int(self.dpi.currentData() or 300)

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
        self._update_zpl_choice(template)
        self._job_changed()

    def _update_zpl_choice(self, template: LabelTemplate | None) -> None:
        """ZPL only for thermal templates: the choice is disabled for sheets (and left if it was chosen)."""
        model = self.target_kind.model()
        assert isinstance(model, QStandardItemModel)
        thermal = template is not None and template.is_thermal
        item = model.item(TARGET_KINDS.index("zpl"))
        item.setEnabled(thermal)
        item.setToolTip("" if thermal else self.tr("ZPL is for thermal label printers: choose a thermal template"))
        if not thermal and self.target_kind_value() == "zpl":
            self.select_target("pdf")

    def _target_changed(self, index: int) -> None:
        self.target_pages.setCurrentIndex(index)
        self._fill_dpi(self.dpi_value())
        self.revalidate()

    def _fill_dpi(self, wanted: int) -> None:
        choices = zpl.ZPL_DPI if self.target_kind_value() == "zpl" else jobs.SUPPORTED_DPI
        if wanted not in choices:
            wanted = min(choices, key=lambda dpi: abs(dpi - wanted))
        self.dpi.blockSignals(True)
        self.dpi.clear()
        for dpi in choices:
            self.dpi.addItem(self.tr("%d dpi") % dpi, dpi)
        self.dpi.setCurrentIndex(choices.index(wanted))
        self.dpi.blockSignals(False)
        self._job_changed()

    def _job_changed(self, *_args: object) -> None:
        if self._closed:
            return
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
            self.job_summary.setText(self.tr("%1 on %2 at %3 dpi").replace("%1", self._labels(labels))
                                     .replace("%2", self._pages(pages)).replace("%3", str(spec.dpi)))
            self.preview.show_job(spec)
        self.revalidate()

    def job_spec(self, labels: Sequence[LabelData]) -> jobs.JobSpec:
        template = self.template()
        assert template is not None
        return jobs.JobSpec(template, labels, start_at=self.start_position() if template.per_page > 1 else 0,
                            copies=self.copies.value(), dpi=self.dpi_value())

    def _preview_rendered(self, _pages: int) -> None:
        self.preview_note.hide()
        self.revalidate()

    def _preview_failed(self, message: str) -> None:
        self._preview_problem = message
        self.revalidate()

    # --- the output -------------------------------------------------------------------------------------
    def output_target(self) -> targets.OutputTarget:
        """The target as chosen; InputError naming the field when it is not usable."""
        kind = self.target_kind_value()
        if kind == "printer":
            if self._printer is not None:
                return targets.OutputTarget("printer", self._printer.printerName() or self._printer.outputFileName())
            return targets.OutputTarget("printer", self.env.settings.get(LABEL_PRINTER))
        if kind == "pdf":
            text = self.pdf_path.text().strip()
            if not text:
                raise InputError("choose a PDF file to write", field="pdf")
            if not text.lower().endswith(".pdf"):
                raise InputError(f"{text} does not end in .pdf", field="pdf")
            return targets.OutputTarget("pdf", text)
        if kind == "png":
            text = self.png_folder.text().strip()
            if not text:
                raise InputError("choose a folder for the PNG files", field="png")
            if Path(text).is_file():
                raise InputError(f"{text} is a file; choose a folder for the PNG files", field="png")
            return targets.OutputTarget("png", text)
        text = self.zpl_target.text().strip()
        if not text:
            raise InputError("give a .zpl file or the printer as host:9100", field="zpl")
        try:
            network = zpl.parse_target(text) is not None
        except InputError as error:
            raise InputError(error.reason, field="zpl") from None
        if not network and not text.lower().endswith(".zpl"):
            raise InputError(f"{text}: give a file ending in .zpl or the printer as host:9100", field="zpl")
        return targets.OutputTarget("zpl", text)

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {"pdf": self.pdf_path, "png": self.png_folder, "zpl": self.zpl_target, "out": self.target_pages
                .currentWidget(), "start-at": self.start_at, "copies": self.copies,
                "dpi": self.dpi}.get(field or "")

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
        try:
            self.output_target()
        except InputError as error:
            return str(error)
        return ""

    def revalidate(self) -> bool:
        problem = self.problem()
        busy = self.is_busy()
        try:
            marked = None if not problem else self._field_widget(self._problem_field())
        except InputError:
            marked = None
        for widget in (self.pdf_path, self.png_folder, self.zpl_target):
            widget.setStyleSheet(INVALID_STYLE if widget is marked else "")
        if not busy:
            self.message.setText(problem)
        ready = self.is_loaded() and not problem and not busy and self.template() is not None
        self.print_button.setEnabled(ready and self.env.can(Permission.PRINT_LABELS))
        if not self.env.can(Permission.PRINT_LABELS):
            self.print_button.setToolTip(self.tr("Your role cannot print labels"))
        return ready

    def _problem_field(self) -> str | None:
        try:
            self.output_target()
        except InputError as error:
            return error.field
        return None

    def _set_printer_text(self, name: str) -> None:
        self.printer_name.setText(name or self.tr("<i>none chosen: Print asks</i>"))

    def choose_system_printer(self, *, then_print: bool = False) -> QPrintDialog:
        """The system print dialog (window-modal); its printer is used for the job and its name remembered."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.env.settings.get(LABEL_PRINTER)
        if name:
            printer.setPrinterName(name)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("systemPrintDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.accepted.connect(lambda: self._printer_chosen(printer, then_print))
        self._print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() is the overload that takes a receiver
        return dialog

    def _printer_chosen(self, printer: QPrinter, then_print: bool) -> None:
        if printer.copyCount() > 1:  # copies are labels per device here, laid out by the job, not repeated jobs
            self.copies.setValue(min(jobs.MAX_COPIES, printer.copyCount()))
            printer.setCopyCount(1)
        self.use_printer(printer)
        if then_print:
            self.start_print()

    def use_printer(self, printer: QPrinter) -> None:
        """Print on this configured printer (what the system print dialog returned)."""
        self._printer = printer
        name = printer.printerName()
        if name:
            self.env.settings.set(LABEL_PRINTER, name)
        self._set_printer_text(name or printer.outputFileName())
        self.select_target("printer")
        self.revalidate()

    def _browse_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"), self.pdf_path.text(),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.pdf_path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _browse_png(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PNG files"), self.png_folder.text())
        if path:
            self.png_folder.setText(path)

    def _browse_zpl(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save labels as ZPL"), self.zpl_target.text(),
                                                    self.tr("ZPL files (*.zpl)"))
        if path:
            self.zpl_target.setText(path if path.lower().endswith(".zpl") else path + ".zpl")

    # --- the job ----------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._job is not None and not self._job.done

    def start_print(self) -> Task | None:
        if not self.revalidate():
            return None
        target = self.output_target()
        if target.kind == "printer" and self._printer is None and not target.where:
            self.choose_system_printer(then_print=True)
            return None
        template = self.template()
        assert template is not None
        ctx, selection, printer = self.env.ctx, self.selection, self._printer if target.kind == "printer" else None
        start_at, copies, dpi = self.job_spec([]).start_at, self.copies.value(), self.dpi_value()

        def run(control: TaskControl) -> tuple[labelling.LabelBatch, jobs.JobReport]:
            def progress(phase: str, done: int, total: int) -> None:
                control.report(done, total, phase)

            def render(labels: Sequence[LabelData], keys: Mapping[str, VerifyingKey]) -> jobs.JobReport:
                spec = jobs.JobSpec(template, labels, start_at=start_at, copies=copies, dpi=dpi)
                return targets.run_job(target, spec, keys, printer=printer, progress=progress,
                                       cancelled=control.cancelled)

            # The job pauses cyclic GC while it renders; the same for the selection and the recording around it:
            # a full collection walks every object of the process with the GIL held (over 100 ms here), which
            # would stall the GUI thread as surely as work on it.
            with jobs.cyclic_gc_paused():
                return labelling.print_labels(ctx, selection, render, copies=copies, template=template.name,
                                              output=target.describe())

        self.result = None
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
            self.message.setText(str(error))
            widget = self._field_widget(error.field if isinstance(error, InputError) else None)
            if isinstance(widget, QLineEdit):
                widget.setStyleSheet(INVALID_STYLE)
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
