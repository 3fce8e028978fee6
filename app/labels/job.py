"""A label job: prepare every label (QR code, texts, quality rules), print-and-verify, then write one output.

Outputs are written to a temporary name and moved into place only when complete, so a
refused, failed or cancelled job leaves nothing behind (PNG files: app/labels/png_output.py).
Errors and the report's print-quality warnings are Messages (app/domain/messages_labels.py):
English text, translated by the window. Recording devices as labelled is
the caller's business (app/services/labelling.py), after `run_job` returned.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from app.domain.errors import CancelledError, InputError, OutputError
from app.domain.messages import message, Message, term
from app.domain.messages_labels import (
    BETWEEN,
    CANNOT_WRITE_INTO,
    DPI_NOT_SUPPORTED,
    FEW_DOTS_IN_ALL,
    JOB_CANCELLED,
    NO_FOLDER,
    NO_LABELS,
    NO_MORE_PAGES,
    SHORTENED,
    SN_IN_JOB_TWICE,
    START_AT_RANGE,
)
from app.labels.job_spec import Cancelled, JobSpec, PreparedLabel, Progress
from app.labels.render import (
    MM_PER_INCH,
    LabelLayout,
    begin_painter,
    draw_label,
    place_qr,
    qr_qimage,
)
from app.labels.symbol import make_symbol
from app.labels.templates import LabelTemplate
from app.labels.png_output import write_pngs
from app.labels.verify import VerifyItem, verify_labels
from app.security.signing import VerifyingKey

PDF_RESOLUTION = 1200
SUPPORTED_DPI = (150, 203, 300, 600, 1200)
MAX_COPIES = 100

@dataclass
class JobReport:
    labels: int = 0  # distinct labels
    printed: int = 0  # labels with copies
    pages: int = 0
    warnings: list[Message] = field(default_factory=list)  # print-quality warnings (the window translates them)
    outputs: list[Path] = field(default_factory=list)


def check_spec(spec: JobSpec) -> None:
    if not spec.labels:
        raise InputError(message(NO_LABELS), field="devices")
    if spec.dpi not in SUPPORTED_DPI:
        raise InputError(message(DPI_NOT_SUPPORTED, dpi=spec.dpi, choices=", ".join(map(str, SUPPORTED_DPI))),
                         field="dpi")
    if not 1 <= spec.copies <= MAX_COPIES:
        raise InputError(message(BETWEEN, least=1, most=MAX_COPIES), field="copies")
    per_page = spec.template.per_page
    if not 0 <= spec.start_at < per_page:
        raise InputError(message(START_AT_RANGE, last=per_page - 1, label_template=spec.template.name,
                                 per_page=per_page), field="start-at")
    seen: set[tuple[str, str]] = set()
    for label in spec.labels:
        key = (label.group_id, label.sn)
        if key in seen:
            raise InputError(message(SN_IN_JOB_TWICE, sn=label.sn), field="sn")
        seen.add(key)


def placements(spec: JobSpec) -> list[tuple[int, int, int]]:
    """(page, slot on the page, label index) for every label printed, copies next to each other."""
    per_page = spec.template.per_page
    out = []
    position = spec.start_at
    for index in range(len(spec.labels)):
        for _ in range(spec.copies):
            page, slot = divmod(position, per_page)
            out.append((page, slot, index))
            position += 1
    return out


def prepare(spec: JobSpec, layout: LabelLayout, report: JobReport, *, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> list[PreparedLabel]:
    """QR codes, fitted texts and module sizes for every label; InputError at the first label that cannot print."""
    prepared: list[PreparedLabel] = []
    total = len(spec.labels)
    warned = 0
    for index, label in enumerate(spec.labels):
        if cancelled is not None and index % 64 == 0 and cancelled():
            raise CancelledError(message(JOB_CANCELLED))
        symbol = make_symbol(label.payload, sn=label.sn)
        placement, warning = place_qr(spec.template, symbol, spec.dpi, sn=label.sn)
        if warning is not None:
            warned += 1
            if warned <= 5:
                report.warnings.append(warning)
        texts = layout.fit(label)
        for fitted, text_field in zip(texts, spec.template.texts, strict=True):
            if fitted is not None and fitted.elided and len(report.warnings) < 20:
                report.warnings.append(message(SHORTENED, sn=label.sn, field=term(text_field.name)))
        prepared.append(PreparedLabel(label, symbol, qr_qimage(symbol), texts, placement, layout))
        if progress is not None and (index % 100 == 99 or index + 1 == total):
            progress("prepare", index + 1, total)
    if warned > 5:
        report.warnings.append(message(FEW_DOTS_IN_ALL, count=warned))
    return prepared


def verify(spec: JobSpec, layout: LabelLayout, prepared: Sequence[PreparedLabel], keys: Mapping[str, VerifyingKey],
           *, progress: Progress | None = None, cancelled: Cancelled | None = None) -> None:
    items = [VerifyItem(p.label.sn, p.label.group_id, p.label.payload, p.texts, p.code, p.symbol) for p in prepared]
    verify_labels(layout, items, keys, cancelled=cancelled,
                  progress=(lambda done, total: progress("verify", done, total)) if progress else None)


# -- paged outputs: PDF and printers --------------------------------------------------------------------------


def configure_paged_device(device: QPagedPaintDevice, template: LabelTemplate) -> None:
    """Page size from the template, no margins: label positions are measured from the paper's corner."""
    size = QPageSize(QSizeF(template.page_width, template.page_height), QPageSize.Unit.Millimeter,
                     template.name, QPageSize.SizeMatchPolicy.ExactMatch)
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))


def paint_pages(device: QPagedPaintDevice, spec: JobSpec, prepared: Sequence[PreparedLabel], *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Draw every placement onto a paged device (PDF writer or printer); returns the page count."""
    template = spec.template
    slots = placements(spec)
    px_per_mm = device.logicalDpiX() / MM_PER_INCH
    painter = begin_painter(device)
    current_page = 0
    try:
        for done, (page, slot, index) in enumerate(slots):
            if page != current_page:
                if cancelled is not None and cancelled():
                    raise CancelledError(message(JOB_CANCELLED))
                if not device.newPage():
                    raise OutputError(message(NO_MORE_PAGES))
                current_page = page
            x, y = template.label_origin(slot)
            item = prepared[index]
            draw_label(painter, QPointF(x * px_per_mm, y * px_per_mm), px_per_mm, item.layout, item.texts, item.code,
                       item.placement)
            if progress is not None and (done % 200 == 199 or done + 1 == len(slots)):
                progress("output", done + 1, len(slots))
    finally:
        painter.end()
    return current_page + 1


def write_pdf(path: Path, spec: JobSpec, prepared: Sequence[PreparedLabel], *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> int:
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(message(NO_FOLDER, folder=str(path.parent)), field="out")
    tmp_name = temporary_file_beside(path)
    try:
        writer = QPdfWriter(tmp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("DPS Station")
        writer.setTitle(f"Labels ({spec.template.name})")
        configure_paged_device(writer, spec.template)
        pages = paint_pages(writer, spec, prepared, progress=progress, cancelled=cancelled)
        del writer  # flushes and closes the file
        publish_file(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return pages


def temporary_file_beside(path: Path) -> str:
    """A temporary file in the output's folder (so the final rename is atomic); OutputError if it cannot be made."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise OutputError(message(CANNOT_WRITE_INTO, folder=str(path.parent),
                                  reason=error.strerror or str(error))) from None
    os.close(fd)
    return tmp_name


def print_pages(printer: QPrinter, spec: JobSpec, prepared: Sequence[PreparedLabel], *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    printer.setFullPage(True)
    printer.setResolution(max(spec.dpi, 300))
    configure_paged_device(printer, spec.template)
    printer.setDocName(f"Labels ({spec.template.name})")
    if cancelled is not None and cancelled():
        raise CancelledError(message(JOB_CANCELLED))
    # No cancelling once the printer has pages: Qt's print engines cannot take a started job back (abort() is
    # not honoured by the PDF/CUPS engines), and painting is the short part of a job (seconds for 10,000 labels).
    return paint_pages(printer, spec, prepared, progress=progress, cancelled=None)


def publish_file(tmp_name: str, path: Path) -> None:
    """Move a finished temporary file into place with the permissions of a normally created file."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp_name, 0o666 & ~umask)
    os.replace(tmp_name, path)


# -- the whole job --------------------------------------------------------------------------------------------


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a job: with tens of thousands of prepared labels alive, every
    collection walks them all (measured: 20-35 % of a 10,000-label job). Reference counting still frees
    everything a job drops; collection resumes when the job ends, however it ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def prepare_job(spec: JobSpec, report: JobReport, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> tuple[LabelLayout, list[PreparedLabel]]:
    """Check the spec and prepare every label, without the verify pass (ZPL verifies its own output)."""
    check_spec(spec)
    layout = LabelLayout(spec.template)
    prepared = prepare(spec, layout, report, progress=progress, cancelled=cancelled)
    report.labels = len(prepared)
    report.printed = len(prepared) * spec.copies
    return layout, prepared


def prepare_and_verify(spec: JobSpec, keys: Mapping[str, VerifyingKey] | None, report: JobReport, *,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> list[PreparedLabel]:
    layout, prepared = prepare_job(spec, report, progress=progress, cancelled=cancelled)
    if keys is not None:
        verify(spec, layout, prepared, keys, progress=progress, cancelled=cancelled)
    return prepared


def run_pdf_job(path: Path, spec: JobSpec, keys: Mapping[str, VerifyingKey] | None, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> JobReport:
    report = JobReport()
    with cyclic_gc_paused():
        prepared = prepare_and_verify(spec, keys, report, progress=progress, cancelled=cancelled)
        report.pages = write_pdf(path, spec, prepared, progress=progress, cancelled=cancelled)
    report.outputs.append(Path(path))
    return report


def run_png_job(directory: Path, spec: JobSpec, keys: Mapping[str, VerifyingKey] | None, *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> JobReport:
    report = JobReport()
    with cyclic_gc_paused():
        prepared = prepare_and_verify(spec, keys, report, progress=progress, cancelled=cancelled)
        report.outputs.extend(write_pngs(directory, spec, prepared, progress=progress, cancelled=cancelled))
    report.pages = len(report.outputs)
    return report


def print_to_printer(printer: QPrinter, spec: JobSpec, keys: Mapping[str, VerifyingKey] | None, *,
                     progress: Progress | None = None, cancelled: Cancelled | None = None) -> JobReport:
    """Print a job on a configured QPrinter (what the print dialog returns, or a PDF QPrinter)."""
    report = JobReport()
    with cyclic_gc_paused():
        prepared = prepare_and_verify(spec, keys, report, progress=progress, cancelled=cancelled)
        report.pages = print_pages(printer, spec, prepared, progress=progress, cancelled=cancelled)
    return report
