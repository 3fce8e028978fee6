"""Which writer a report file name asks for (.pdf or .csv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_labels import REPORT_FILE_NAME
from app.services.report_model import BatchReport

ReportWriter = Callable[[BatchReport, Path], Any]
FORMATS = ("pdf", "csv")


def report_format(path: Path, option: str = "--out") -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(message(REPORT_FILE_NAME, name=Path(path).name), field=option)
    return suffix


def writer_for(path: Path, option: str = "--out") -> ReportWriter:
    if report_format(path, option) == "pdf":
        from app.reports.pdf_report import write_pdf

        return write_pdf
    from app.reports.csv_report import write_csv

    return write_csv
