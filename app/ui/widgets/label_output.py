"""Where a label job goes: a system printer (chosen in the system print dialog), a PDF file, a folder of PNG
files, or ZPL to a file or a Zebra printer at host:9100, and the printer's resolution.

ZPL is offered for thermal templates only, at the resolutions Zebra printers have (203/300/600 dpi).
The printer's name is remembered in LABEL_PRINTER; the resolution starts from LABEL_DPI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QWidget)

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_labels import CHOOSE_PDF, CHOOSE_PNG_FOLDER, GIVE_ZPL, NOT_PDF, NOT_ZPL, PNG_FOLDER_IS_FILE
from app.labels import job as jobs
from app.labels import targets, zpl
from app.ui.palette import OUTCOME_COLOURS
from app.ui.settings import LABEL_DPI, LABEL_FOLDER, LABEL_PRINTER, Settings

KINDS = ("printer", "pdf", "png", "zpl")
INVALID_STYLE = f"border: 1px solid {OUTCOME_COLOURS['error']};"


class LabelOutputPicker(QGroupBox):
    """`changed()`: the output or the resolution changed; `dpiChanged(dpi)`: the resolution (the labels' QR module
    size follows it). `printerChosen(copies)`: the system print dialog was accepted (`copies` as asked there: the
    dialog turns them into labels per device)."""

    changed = Signal()
    dpiChanged = Signal(int)
    printerChosen = Signal(int)

    def __init__(self, settings: Settings, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Output"), parent)
        self.setObjectName("labelOutput")
        self.settings = settings
        self._printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None

        # Our own model, kept referenced: the combo's built-in one can come back from model() as a stale
        # wrapper of another type when a deleted object's address is reused.
        self._kinds = QStandardItemModel(self)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("targetKind")
        self.kind_box.setModel(self._kinds)
        for kind, text in zip(KINDS, (self.tr("System printer"), self.tr("PDF file"),
                                      self.tr("PNG images (one per label)"), self.tr("ZPL (Zebra thermal printer)")),
                              strict=True):
            self.kind_box.addItem(text, kind)
        self.printer_name = QLabel()
        self.printer_name.setObjectName("printerName")
        self.choose_printer = QPushButton(self.tr("C&hoose printer…"))
        self.choose_printer.setObjectName("choosePrinter")
        self.pdf_path = self._line_edit("pdfPath", self.tr("labels.pdf"))
        self.png_folder = self._line_edit("pngFolder", self.tr("a folder for the PNG files"))
        self.zpl_target = self._line_edit("zplTarget", self.tr("labels.zpl, or printer-host:9100"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("targetPages")
        browse = (self._browse_pdf, self._browse_png, self._browse_zpl)
        for widget, name, handler in zip((self.pdf_path, self.png_folder, self.zpl_target),
                                         ("browsePdf", "browsePng", "browseZpl"), browse, strict=True):
            button = QPushButton(self.tr("&Browse…"))
            button.setObjectName(name)
            button.clicked.connect(handler)
            self.pages.addWidget(self._page(widget, button))
        self.pages.insertWidget(0, self._page(self.printer_name, self.choose_printer))
        self.dpi_box = QComboBox()
        self.dpi_box.setObjectName("dpi")
        self.dpi_box.setToolTip(self.tr("The printer's resolution: QR modules are whole printer dots at it"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Sen&d to"), self.kind_box)
        form.addRow(self.tr("Where"), self.pages)
        form.addRow(self.tr("&Resolution"), self.dpi_box)
        self.form = form

        printer = settings.get(LABEL_PRINTER)
        self._show_printer_name(printer)
        self.file_stem = file_stem
        folder = self.default_folder()
        self.pdf_path.setText(str(folder / f"{file_stem}.pdf"))
        self.png_folder.setText(str(folder / file_stem))
        self.kind_box.setCurrentIndex(KINDS.index("printer" if printer else "pdf"))
        self.pages.setCurrentIndex(self.kind_box.currentIndex())
        self._fill_dpi(settings.get(LABEL_DPI))
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.dpi_box.currentIndexChanged.connect(self._dpi_changed)
        self.choose_printer.clicked.connect(lambda: self.choose_system_printer())

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda _text: self.changed.emit())
        return edit

    def _page(self, widget: QWidget, button: QPushButton) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        row.addWidget(button)
        return page

    # --- the choice ---------------------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def select(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def dpi(self) -> int:
        return int(self.dpi_box.currentData() or 300)

    def printer(self) -> QPrinter | None:
        """The printer configured in the system print dialog (None: only a remembered name, or none)."""
        return self._printer

    def needs_printer(self) -> bool:
        """A printer target with no printer chosen yet: the system print dialog has to ask."""
        return self.kind() == "printer" and self._printer is None and not self.settings.get(LABEL_PRINTER)

    def allow_zpl(self, thermal: bool) -> None:
        """ZPL only for thermal templates: disabled for sheets (and left for PDF if it was chosen)."""
        item = self._kinds.item(KINDS.index("zpl"))
        item.setEnabled(thermal)
        item.setToolTip("" if thermal else self.tr("ZPL is for thermal label printers: choose a thermal template"))
        if not thermal and self.kind() == "zpl":
            self.select("pdf")

    def target(self) -> targets.OutputTarget:
        """The output as chosen; InputError naming the field (pdf, png, zpl) when it cannot be used."""
        kind = self.kind()
        if kind == "printer":
            if self._printer is not None:
                return targets.OutputTarget("printer", self._printer.printerName() or self._printer.outputFileName())
            return targets.OutputTarget("printer", self.settings.get(LABEL_PRINTER))
        if kind == "pdf":
            text = self.pdf_path.text().strip()
            if not text:
                raise InputError(message(CHOOSE_PDF), field="pdf")
            if not text.lower().endswith(".pdf"):
                raise InputError(message(NOT_PDF, path=text), field="pdf")
            return targets.OutputTarget("pdf", text)
        if kind == "png":
            text = self.png_folder.text().strip()
            if not text:
                raise InputError(message(CHOOSE_PNG_FOLDER), field="png")
            if Path(text).is_file():
                raise InputError(message(PNG_FOLDER_IS_FILE, path=text), field="png")
            return targets.OutputTarget("png", text)
        text = self.zpl_target.text().strip()
        if not text:
            raise InputError(message(GIVE_ZPL), field="zpl")
        try:
            network = zpl.parse_target(text) is not None
        except InputError as error:
            raise InputError(error.reason, field="zpl") from None
        if not network and not text.lower().endswith(".zpl"):
            raise InputError(message(NOT_ZPL, path=text), field="zpl")
        return targets.OutputTarget("zpl", text)

    def problem(self) -> InputError | None:
        try:
            self.target()
        except InputError as error:
            return error
        return None

    def mark(self, field: str | None) -> None:
        """Outline the field an error names (None: clear)."""
        edits = {"pdf": self.pdf_path, "png": self.png_folder, "zpl": self.zpl_target}
        if field == "out":
            field = self.kind()
        for name, edit in edits.items():
            edit.setStyleSheet(INVALID_STYLE if name == field else "")

    # --- changes ------------------------------------------------------------------------------------------
    def _kind_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        before = self.dpi()
        self._fill_dpi(before)
        if self.dpi() != before:
            self.dpiChanged.emit(self.dpi())
        self.changed.emit()

    def _dpi_changed(self, _index: int) -> None:
        self.dpiChanged.emit(self.dpi())
        self.changed.emit()

    def _fill_dpi(self, wanted: int) -> None:
        choices = zpl.ZPL_DPI if self.kind() == "zpl" else jobs.SUPPORTED_DPI
        if wanted not in choices:
            wanted = min(choices, key=lambda dpi: abs(dpi - wanted))
        self.dpi_box.blockSignals(True)
        self.dpi_box.clear()
        for dpi in choices:
            self.dpi_box.addItem(self.tr("%d dpi") % dpi, dpi)
        self.dpi_box.setCurrentIndex(choices.index(wanted))
        self.dpi_box.blockSignals(False)

    # --- the system printer -------------------------------------------------------------------------------
    def choose_system_printer(self) -> QPrintDialog:
        """The system print dialog (window-modal); on OK its printer is used and its name remembered."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.settings.get(LABEL_PRINTER)
        if name:
            printer.setPrinterName(name)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("systemPrintDialog")
        for option in (QAbstractPrintDialog.PrintDialogOption.PrintToFile,
                       QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                       QAbstractPrintDialog.PrintDialogOption.PrintSelection,
                       QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage):
            dialog.setOption(option, False)
        dialog.accepted.connect(lambda: self._printer_chosen(printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() is the overload that takes a receiver
        return dialog

    def _printer_chosen(self, printer: QPrinter) -> None:
        copies = printer.copyCount()
        printer.setCopyCount(1)  # copies are labels per device, laid out by the job, not the job printed again
        self.use_printer(printer)
        self.printerChosen.emit(copies)

    def use_printer(self, printer: QPrinter) -> None:
        """Print on this configured printer (what the system print dialog returned)."""
        self._printer = printer
        name = printer.printerName()
        if name:
            self.settings.set(LABEL_PRINTER, name)
        self._show_printer_name(name or printer.outputFileName())
        self.select("printer")
        self.changed.emit()

    def _show_printer_name(self, name: str) -> None:
        self.printer_name.setText(name or self.tr("<i>none chosen: Print asks</i>"))

    # --- file choosers ------------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        """The folder label files were last written to, else the user's Documents (never the working directory)."""
        remembered = self.settings.get(LABEL_FOLDER)
        if remembered and Path(remembered).is_absolute() and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def start_path(self, text: str, file_name: str) -> str:
        """Where a file chooser opens: the path in the field when it is absolute and its folder exists, else
        the field's file name (or `file_name`) in the default folder."""
        text = text.strip()
        path = Path(text) if text and not _is_network(text) else None
        if path is not None and path.is_absolute() and path.parent.is_dir():
            return str(path)
        return str(self.default_folder() / (path.name if path is not None and path.name else file_name))

    def _remember_folder(self, folder: Path) -> None:
        self.settings.set(LABEL_FOLDER, str(folder))

    def _browse_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save labels as PDF"),
                                                    self.start_path(self.pdf_path.text(), f"{self.file_stem}.pdf"),
                                                    self.tr("PDF files (*.pdf)"))
        if path:
            self.pdf_path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self._remember_folder(Path(path).parent)

    def _browse_png(self) -> None:
        text = self.png_folder.text().strip()
        start = text if text and Path(text).is_absolute() and Path(text).parent.is_dir() else \
            str(self.default_folder() / self.file_stem)
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PNG files"), start)
        if path:
            self.png_folder.setText(path)
            self._remember_folder(Path(path).parent)

    def _browse_zpl(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save labels as ZPL"),
                                                    self.start_path(self.zpl_target.text(), f"{self.file_stem}.zpl"),
                                                    self.tr("ZPL files (*.zpl)"))
        if path:
            self.zpl_target.setText(path if path.lower().endswith(".zpl") else path + ".zpl")
            self._remember_folder(Path(path).parent)


def _is_network(text: str) -> bool:
    """A ZPL printer address (host:9100), not a file name."""
    try:
        return zpl.parse_target(text) is not None
    except InputError:
        return True
