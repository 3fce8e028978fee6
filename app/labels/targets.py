"""Where a label job goes (a PDF file, a folder of PNG files, ZPL to a file or host:port, a system printer),
and running a job to it. The CLI and the print dialog both choose and run targets through here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_labels import NO_PRINTER, NO_PRINTER_AT_ALL, NOT_AN_OUTPUT, OUT_NOT_UNDERSTOOD
from app.labels import job as jobs
from app.labels import zpl
from app.security.signing import VerifyingKey

KINDS = ("pdf", "png", "zpl", "printer")


@dataclass(frozen=True)
class OutputTarget:
    kind: str  # one of KINDS
    where: str  # the file, the folder, FILE.zpl or HOST:PORT, or the printer's name

    def describe(self) -> str:
        """How the output is named in messages and in the `device.label` audit event."""
        return f"printer {self.where}" if self.kind == "printer" else self.where


def output_kind(out: str) -> str:
    """pdf, png (a folder) or zpl (a file or HOST:PORT), from what `--out` looks like."""
    if out.lower().endswith(".pdf"):
        return "pdf"
    if out.lower().endswith(".zpl") or zpl.parse_target(out) is not None:
        return "zpl"
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")) or not path.suffix:
        return "png"
    raise InputError(message(OUT_NOT_UNDERSTOOD, out=out), field="out")


def output_target(out: str) -> OutputTarget:
    return OutputTarget(output_kind(out), out)


def system_printer(name: str) -> QPrinter:
    """A QPrinter for the system printer (CUPS queue) `name`; InputError naming the printers there are."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames())
        raise InputError(message(NO_PRINTER, name=name, available=known) if known
                         else message(NO_PRINTER_AT_ALL, name=name), field="printer")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def run_job(target: OutputTarget, spec: jobs.JobSpec, keys: Mapping[str, VerifyingKey] | None, *,
            printer: QPrinter | None = None, progress: jobs.Progress | None = None,
            cancelled: jobs.Cancelled | None = None) -> jobs.JobReport:
    """Print-and-verify, then write the output. `printer`: a QPrinter already configured (by the print dialog)
    for a printer target; without it the printer is looked up by name."""
    if target.kind == "pdf":
        return jobs.run_pdf_job(Path(target.where), spec, keys, progress=progress, cancelled=cancelled)
    if target.kind == "png":
        return jobs.run_png_job(Path(target.where), spec, keys, progress=progress, cancelled=cancelled)
    if target.kind == "zpl":
        return zpl.run_zpl_job(target.where, spec, keys, progress=progress, cancelled=cancelled)
    if target.kind == "printer":
        return jobs.print_to_printer(printer if printer is not None else system_printer(target.where), spec, keys,
                                     progress=progress, cancelled=cancelled)
    raise InputError(message(NOT_AN_OUTPUT, kind=target.kind, choices=", ".join(KINDS)), field="out")
