"""PNG output of a label job: one file per printed label, written whole or not at all."""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from app.domain.errors import CancelledError, OutputError
from app.domain.messages import message
from app.domain.messages_labels import CANNOT_MOVE_PNGS, CANNOT_WRITE_FILE, CANNOT_WRITE_PNGS, PNG_JOB_CANCELLED
from app.labels.job_spec import Cancelled, JobSpec, PreparedLabel, Progress
from app.labels.model import LabelData
from app.labels.render import MM_PER_INCH, begin_painter, draw_label, scaled_code
from app.output_files import TEMP_MARK, hold_lock, release, remove_leftovers, write_journal


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def png_name(position: int, label: LabelData, copy: int, copies: int) -> str:
    safe = _UNSAFE.sub("_", label.sn)
    suffix = f"-copy{copy + 1}" if copies > 1 else ""
    return f"{position:05d}-{safe}{suffix}.png"


def write_pngs(directory: Path, spec: JobSpec, prepared: Sequence[PreparedLabel], *,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> list[Path]:
    """The files appear whole or not at all: they are drawn into a folder next to `directory`, which then
    becomes `directory` in one rename (a new or empty folder), or whose files move into it under a journal that
    the next output there rolls back if this job is killed while moving (app/output_files.py)."""
    directory = Path(directory).absolute()
    try:
        if directory.exists() and not directory.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder")
        directory.parent.mkdir(parents=True, exist_ok=True)
        if directory.is_dir():
            remove_leftovers(directory)  # a killed job's journal first: it names its staging folder
        remove_leftovers(directory.parent)
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}{TEMP_MARK}labels-", dir=directory.parent))
        lock = hold_lock(staging)
    except OSError as error:
        raise OutputError(message(CANNOT_WRITE_PNGS, folder=str(directory), reason=error.strerror or str(error))) \
            from None
    template = spec.template
    px_per_mm = spec.dpi / MM_PER_INCH
    width = round(template.label_width * px_per_mm)
    height = round(template.label_height * px_per_mm)
    names: list[str] = []
    try:
        total = len(prepared) * spec.copies
        for index, item in enumerate(prepared):
            if cancelled is not None and cancelled():
                raise CancelledError(message(PNG_JOB_CANCELLED))
            image = QImage(width, height, QImage.Format.Format_Grayscale8)
            dots_per_metre = round(spec.dpi / 0.0254)
            image.setDotsPerMeterX(dots_per_metre)
            image.setDotsPerMeterY(dots_per_metre)
            image.fill(QColor(255, 255, 255))
            painter = begin_painter(image)
            try:
                draw_label(painter, QPointF(0, 0), px_per_mm, item.layout, item.texts,
                           scaled_code(item.symbol, item.placement.dots_per_module), item.placement)
            finally:
                painter.end()
            for copy in range(spec.copies):
                name = png_name(index * spec.copies + copy + 1, item.label, copy, spec.copies)
                if not image.save(str(staging / name), "PNG"):  # type: ignore[call-overload]  # str at run time (bytes fails)
                    raise OutputError(message(CANNOT_WRITE_FILE, file=str(directory / name)))
                names.append(name)
            if progress is not None:
                progress("output", (index + 1) * spec.copies, total)
        _move_in(staging, directory, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        release(lock)
    return [directory / name for name in names]


def _move_in(staging: Path, directory: Path, names: list[str]) -> None:
    try:
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
        if not directory.exists():
            os.rename(staging, directory)  # the whole folder at once
            staging.mkdir()  # for the cleanup in the caller (it removes an empty folder)
            return
        journal = directory / f"{TEMP_MARK[:-1]}{staging.name.rsplit(TEMP_MARK, 1)[1]}.moving"
        journal_lock = write_journal(journal, staging, names)
        try:
            for name in names:
                os.replace(staging / name, directory / name)
            journal.unlink()
        finally:
            release(journal_lock)
    except OSError as error:
        raise OutputError(message(CANNOT_MOVE_PNGS, folder=str(directory), reason=error.strerror or str(error))) \
            from None


