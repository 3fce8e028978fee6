"""What a label job is made of: its specification and each label made ready to print (job.py runs jobs,
png_output.py writes one PNG file per label)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QImage

from app.labels.model import LabelData
from app.labels.render import FittedText, LabelLayout, QrPlacement
from app.labels.symbol import QrSymbol
from app.labels.templates import LabelTemplate

__all__ = ["Cancelled", "JobSpec", "PreparedLabel", "Progress"]

Progress = Callable[[str, int, int], None]  # phase ("prepare", "verify", "output"), done, total
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class JobSpec:
    template: LabelTemplate
    labels: Sequence[LabelData]
    start_at: int = 0  # positions already used on the first sheet
    copies: int = 1
    dpi: int = 300  # the printer's resolution: QR modules are whole dots at this dpi


@dataclass(frozen=True)
class PreparedLabel:
    label: LabelData
    symbol: QrSymbol
    code: QImage
    texts: tuple[FittedText | None, ...]
    placement: QrPlacement
    layout: LabelLayout  # the template's fonts and fitted fields, shared by every label of the job
