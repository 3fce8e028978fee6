"""Import devices from CSV or XLSX: pick a file, see every row with each invalid cell marked, then import.

The file is read and checked on the runner (`preview_file`, nothing written). Import
stays disabled while the preview has problems; the import itself (all or nothing)
runs on the runner with a progress bar and Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import ApprovedBatchError, CancelledError, InputError
from app.services import importing
from app.services.batches import check_batch_number
from app.ui.dialogs.approved_batch import confirm_approved_batch
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translate_message, translated_error
from app.ui.models.import_preview_model import ImportPreviewModel, PreviewTable
from app.ui.palette import OUTCOME_COLOURS
from app.ui.tasks import Task, TaskControl, heavy_python_work

PROBLEMS_LISTED = 1000
ProblemRole = Qt.ItemDataRole.UserRole + 1




class ImportDialog(QDialog):
    registered = Signal(int)

    def __init__(self, env: UiEnvironment, group: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import devices into %s") % group)
        self.env = env
        self.group = group
        self.task: Task | None = None
        self._preview_generation = 0
        self.model = ImportPreviewModel(self)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("a .csv or .xlsx file with a header row (sn, name, batch, …)"))
        self.path_edit.returnPressed.connect(self.load_preview)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("browse")
        self.browse_button.clicked.connect(self.choose_file)
        self.batch_edit = QLineEdit()
        self.batch_edit.setObjectName("defaultBatch")
        self.batch_edit.setPlaceholderText(self.tr("optional: batch for rows without one"))
        self.batch_edit.returnPressed.connect(self.load_preview)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setObjectName("recheck")
        self.recheck_button.setToolTip(self.tr("Read the file again, e.g. after fixing it in a spreadsheet"))
        self.recheck_button.clicked.connect(self.load_preview)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_row.addWidget(self.recheck_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Default batch:"), self.batch_edit)

        self.summary = QLabel(self.tr("Choose a file to see its rows before anything is imported."))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.itemActivated.connect(self._show_problem)
        self.problems.itemClicked.connect(self._show_problem)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(self.tr("Problems"))
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.preview_area = splitter

        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(900, 620)

    # --- choosing and previewing ----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import devices"), self.path_edit.text(),
                                                    # tab-separated text from Excel is .txt ("Text (Tab
                                                    # delimited)", "Unicode Text") or .tsv
                                                    self.tr("Device lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;"
                                                            "All files (*)"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        """Show the preview of this file (as if the user chose it)."""
        self.path_edit.setText(str(path))
        self.load_preview()

    def _default_batch(self) -> str | None:
        return self.batch_edit.text().strip() or None

    def load_preview(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.task is not None:
            return
        batch = self._default_batch()
        if batch:
            try:
                check_batch_number(batch)
            except InputError as error:
                self._show_message(self.tr("Default batch: %s") % translate_message(error.reason))
                return
        path, ctx, group = Path(text), self.env.ctx, self.group
        self._preview_generation += 1
        generation = self._preview_generation
        self.model.set_table(None)
        self.problems.clear()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %s …") % path.name)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        def work() -> PreviewTable:
            with heavy_python_work():
                return PreviewTable.of(importing.preview_file(ctx, path, group, batch))

        self.env.runner.call("preview import", work,
                             on_done=lambda table: self._preview_ready(generation, table),
                             on_failed=lambda error: self._preview_failed(generation, error))

    def _preview_ready(self, generation: int, table: PreviewTable) -> None:
        if generation != self._preview_generation:
            return
        self.progress.setVisible(False)
        self.model.set_table(table)
        preview = table.preview
        count = len(preview.rows)
        self.problems.clear()
        for error in preview.errors[:PROBLEMS_LISTED]:
            item = QListWidgetItem(translated_error(error))
            item.setData(ProblemRole, (error.row, error.column))
            self.problems.addItem(item)
        if len(preview.errors) > PROBLEMS_LISTED:
            self.problems.addItem(self.tr("… and %s more") % f"{len(preview.errors) - PROBLEMS_LISTED:,}")
        for warning in preview.warnings:  # not errors: the import may go ahead
            self.problems.addItem(self.tr("Warning: %s") % translate_message(warning))
        if preview.errors:
            self._show_message(self.tr("%s, %s: fix the file, then Check again. Nothing was imported.")
                               % (count_text(count, "row"), count_text(len(preview.errors), "problem")))
        elif not preview.devices:
            self._show_message(self.tr("The file has a header but no devices."))
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("%s, no problems. Nothing is written until you press Import.")
                                 % count_text(count, "device")
                                 + (" " + self.tr("%s listed below.") % count_text(len(preview.warnings), "warning")
                                    if preview.warnings else ""))
        self.problems_title.setText(self.tr("Problems (%s)") % f"{len(preview.errors):,}")
        self.import_button.setEnabled(preview.valid)

    def _preview_failed(self, generation: int, error: Exception) -> None:
        if generation != self._preview_generation:
            return
        self.progress.setVisible(False)
        if isinstance(error, InputError):
            self._show_message(translated_error(error))
        else:
            show_error(self, error)

    def _show_message(self, text: str) -> None:
        self.summary.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self.summary.setText(text)

    def _show_problem(self, item: QListWidgetItem) -> None:
        where = item.data(ProblemRole)
        if not where or where[0] is None:
            return
        index: QModelIndex = self.model.index_of(where[0], where[1])
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- importing ------------------------------------------------------------------------------
    def start_import(self, *, approved_batch_ok: bool = False) -> None:
        table = self.model.table
        if table is None or not table.preview.valid or self.task is not None:
            return
        preview, ctx = table.preview, self.env.ctx

        def work(control: TaskControl) -> int:
            with heavy_python_work():
                return importing.import_preview(ctx, preview, cancelled=control.cancelled,
                                                progress=lambda done, total: control.report(done, total),
                                                approved_batch_ok=approved_batch_ok)

        self.task = self.env.runner.run("import devices", work, on_done=self._imported, on_failed=self._import_failed,
                                        on_progress=lambda done, _total, _text: self.progress.setValue(done),
                                        changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, Topic.AUDIT,
                                                                group=self.group))
        self.import_button.setEnabled(False)
        for widget in (self.path_edit, self.browse_button, self.recheck_button, self.batch_edit):
            widget.setEnabled(False)
        self.preview_area.setVisible(False)  # nothing to look at meanwhile, and no repaints that call into Python
        self.progress.setRange(0, len(preview.devices))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Importing %s …") % count_text(len(preview.devices), "device"))

    def reject(self) -> None:
        """Cancel (or Esc) during an import cancels it (nothing is written); otherwise it closes the dialog."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self.model.set_table(None)  # the preview's rows are freed now (by reference counting, frozen or not)

    def _imported(self, count: int) -> None:
        self.task = None
        self.env.status.show_message(self.tr("Imported %s into %s") % (count_text(count, "device"), self.group), 8000)
        self.registered.emit(count)
        self.accept()

    def _import_failed(self, error: Exception) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(True)
        for widget in (self.path_edit, self.browse_button, self.recheck_button, self.batch_edit):
            widget.setEnabled(True)
        self.preview_area.setVisible(True)
        table = self.model.table
        self.import_button.setEnabled(table is not None and table.preview.valid)
        if isinstance(error, CancelledError):
            self._show_message(self.tr("Import cancelled; nothing was imported."))
        elif isinstance(error, ApprovedBatchError):
            self._show_message(translated_error(error))
            confirm_approved_batch(self, error, self.tr("Import anyway"),
                                   lambda: self.start_import(approved_batch_ok=True))
        elif isinstance(error, InputError):
            self._show_message(translated_error(error))
        else:
            show_error(self, error)
