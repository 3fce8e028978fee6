"""The print dialog's form: its widgets, its state and the texts it shows (app/ui/dialogs/print_labels.py).

The labels (template, copies, first position on a picture of the sheet), the output picker, the live
preview, the progress and the result; PrintLabelsSetup (print_labels_setup.py) fills and checks them,
PrintLabelsDialog (print_labels.py) runs the job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InputError
from app.labels import job as jobs
from app.labels import targets
from app.labels.templates import LabelTemplate
from app.services import labelling
from app.ui.environment import UiEnvironment
from app.ui.palette import OUTCOME_COLOURS
from app.ui.tasks import Task
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


class PrintLabelsForm(QDialog):
    """The dialog's widgets and state; `jobFinished(outcome)`: "printed", "cancelled", "not verified" or
    "failed", when a job ends."""

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
        self.printed: tuple[labelling.LabelBatch, jobs.JobReport] | None = None  # not `result`: QDialog.result()
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
            give_labels_room(form)
        for widget in self.progress_widgets:
            widget.hide()
        self.resize(940, 680)


def give_labels_room(form: QFormLayout) -> None:
    """A few pixels more than the labels' size hints: some fonts draw a mnemonic label wider than measured."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            widget.setMinimumWidth(widget.sizeHint().width() + 4)


def html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

