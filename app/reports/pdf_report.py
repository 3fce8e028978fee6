"""The batch report as PDF (A4): heading, batch facts, progress chart, counts table, anomalies, review status.

Drawn with QPainter on a QPdfWriter; long lists continue on new pages with their table header repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_labels import REPORT_CANNOT_WRITE, REPORT_NO_MORE_PAGES
from app.reports.chart import STATE_COLOURS, paint_state_bars
from app.services.report_model import BatchReport, anomaly_title, local_time
from app.services.supervision import ANOMALY_ORDER

RESOLUTION = 300
MARGIN_MM = 18.0
FOOTER_MM = 10.0
INK = QColor("#202124")
MUTED = QColor("#5f6368")
RULE = QColor("#c4c7cc")
HEADER_FILL = QColor("#eef1f4")


class _Page:
    """A cursor down the page: draws text blocks and table rows, starts a new page when one is full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        self.mm = writer.resolution() / 25.4
        page = writer.pageLayout().fullRectPixels(writer.resolution())
        self.left = MARGIN_MM * self.mm
        self.right = page.width() - MARGIN_MM * self.mm
        self.top = MARGIN_MM * self.mm
        self.bottom = page.height() - (MARGIN_MM + FOOTER_MM) * self.mm
        self.page_height = page.height()
        self.y = self.top
        self.number = 1
        self.repeat_header: tuple[Sequence[float], Sequence[str]] | None = None
        self._draw_footer()

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    def line_height(self) -> float:
        return QFontMetricsF(self.painter.font()).height()

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def new_page(self) -> None:
        if not self.writer.newPage():
            raise InputError(message(REPORT_NO_MORE_PAGES), field="--out")
        self.number += 1
        self.y = self.top
        self._draw_footer()
        if self.repeat_header is not None:
            widths, titles = self.repeat_header
            self.table_row(widths, titles, header=True)

    def _draw_footer(self) -> None:
        self.painter.save()
        font = QFont()
        font.setPointSizeF(8)
        self.painter.setFont(font)
        self.painter.setPen(MUTED)
        box = QRectF(self.left, self.page_height - (MARGIN_MM + FOOTER_MM / 2) * self.mm, self.width, FOOTER_MM * self.mm)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"page {self.number}")
        self.painter.restore()

    def text(self, text: str, size: float = 10, *, bold: bool = False, colour: QColor = INK, gap_mm: float = 1.0) -> None:
        self.font(size, bold=bold)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        bounds = self.painter.boundingRect(QRectF(self.left, 0, self.width, 10_000), flags, text)
        self.ensure(bounds.height())
        self.font(size, bold=bold)
        self.painter.setPen(colour)
        self.painter.drawText(QRectF(self.left, self.y, self.width, bounds.height()), flags, text)
        self.y += bounds.height() + gap_mm * self.mm

    def heading(self, text: str) -> None:
        self.font(13, bold=True)
        self.ensure(self.line_height() * 4)  # never a heading alone at the bottom of a page
        self.y += 3 * self.mm
        self.text(text, 13, bold=True, gap_mm=0.5)
        self.painter.setPen(QPen(RULE, 0.3 * self.mm))
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))
        self.y += 2.5 * self.mm

    def facts(self, pairs: Sequence[tuple[str, str]]) -> None:
        key_width = 38 * self.mm
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        for key, value in pairs:
            self.font(10)
            bounds = self.painter.boundingRect(QRectF(0, 0, self.width - key_width, 10_000), flags, value or "-")
            self.ensure(bounds.height())
            self.font(10, bold=True)
            self.painter.setPen(MUTED)
            self.painter.drawText(QRectF(self.left, self.y, key_width, bounds.height()), flags, key)
            self.font(10)
            self.painter.setPen(INK)
            self.painter.drawText(QRectF(self.left + key_width, self.y, self.width - key_width, bounds.height()),
                                  flags, value or "-")
            self.y += bounds.height() + 0.8 * self.mm

    def table_row(self, widths: Sequence[float], cells: Sequence[str], *, header: bool = False,
                  swatch: str | None = None) -> None:
        self.font(9, bold=header)
        height = self.line_height() + 2 * self.mm
        self.ensure(height)
        self.font(9, bold=header)  # a page break drew the repeated header in bold
        if header:
            self.painter.fillRect(QRectF(self.left, self.y, self.width, height), HEADER_FILL)
        x = self.left
        metrics = QFontMetricsF(self.painter.font())
        for index, (fraction, cell) in enumerate(zip(widths, cells, strict=True)):
            cell_width = fraction * self.width
            inset = 1.5 * self.mm
            if index == 0 and swatch is not None:
                side = 3 * self.mm
                self.painter.fillRect(QRectF(x + inset, self.y + (height - side) / 2, side, side), QColor(swatch))
                inset += side + 1.5 * self.mm
            text = metrics.elidedText(cell, Qt.TextElideMode.ElideRight, cell_width - inset - self.mm)
            self.painter.setPen(INK)
            self.painter.drawText(QRectF(x + inset, self.y, cell_width - inset, height),
                                  Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += cell_width
        self.y += height
        self.painter.setPen(QPen(RULE, 0.15 * self.mm))
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))

    def chart(self, report: BatchReport) -> None:
        rows = report.state_rows()
        self.font(10)
        height = len(rows) * 8 * self.mm
        self.ensure(height)
        paint_state_bars(self.painter, QRectF(self.left, self.y, self.width, height), rows, report.counts.total,
                         text_colour=INK)
        self.y += height + 2 * self.mm


def write_pdf(report: BatchReport, path: Path) -> int:
    """Write the report to `path` (the caller makes that atomic); returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setCreator("DPS Station")
    writer.setTitle(f"Batch report {report.group} / {report.batch}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise InputError(message(REPORT_CANNOT_WRITE, path=str(path)), field="--out")
    try:
        page = _Page(writer, painter, f"DPS Station · {report.organisation} · {report.group} / batch {report.batch}")
        _paint(page, report)
        pages = page.number
    finally:
        painter.end()
    del writer  # closes the file
    return pages


def _paint(page: _Page, report: BatchReport) -> None:
    page.text("Batch report", 20, bold=True, gap_mm=0.5)
    page.text(f"Registration group {report.group} · batch {report.batch}", 13, colour=MUTED, gap_mm=4)
    page.facts([
        ("Organisation", report.organisation),
        ("Group", report.group),
        ("Batch", report.batch),
        ("Description", report.description),
        ("Created", local_time(report.created_at)),
        ("Generated", f"{local_time(report.generated_at)} by {report.generated_by}"),
        ("Devices", str(report.counts.total)),
        ("Review", report.review_text()),
        *([("Audit checkpoint", report.audit_checkpoint)] if report.audit_checkpoint else []),
    ])

    page.heading("Progress by state")
    page.chart(report)

    page.heading("Devices per state")
    widths: tuple[float, ...] = (0.5, 0.25, 0.25)
    page.table_row(widths, ("State", "Devices", "Share"), header=True)
    total = report.counts.total
    for key, title, count in report.state_rows():
        share = f"{100 * count / total:.1f}%" if total else "-"
        page.table_row(widths, (title, str(count), share), swatch=STATE_COLOURS.get(key))
    page.table_row(widths, ("Total", str(total), "100%" if total else "-"), header=True)

    page.heading("Anomalies")
    summary = ", ".join(f"{anomaly_title(kind)}: {report.anomaly_counts.get(kind, 0)}" for kind in ANOMALY_ORDER)
    page.text(summary, 10, colour=MUTED, gap_mm=2)
    elsewhere = [f"{count} {title.replace('refused labels', 'refused label' if count == 1 else 'refused labels')}"
                 for title, count in report.refused_elsewhere_lines() if count]
    if elsewhere:
        page.text("Not in this batch: " + "; ".join(elsewhere) + " (see the audit trail, scan.refused).", 9,
                  colour=MUTED, gap_mm=2)
    unlabelled = (f"registered more than {_days(report.unlabelled_days)} ago" if report.unlabelled_days
                  else "registered, whenever that was")
    page.text(f"'Labelled, not installed' counts devices labelled more than {_days(report.stale_days)} ago; "
              f"'never labelled' those {unlabelled}.", 8, colour=MUTED, gap_mm=2)
    if not report.anomalies:
        page.text("No anomalies.", 10)
        return
    widths = (0.21, 0.15, 0.43, 0.21)
    titles = ("Anomaly", "SN", "What", "Since")
    page.table_row(widths, titles, header=True)
    page.repeat_header = (widths, titles)
    for anomaly in report.anomalies:
        page.table_row(widths, (anomaly_title(anomaly.kind), anomaly.sn, anomaly.what, local_time(anomaly.since)))
    page.repeat_header = None
    if report.anomalies_left_out > 0:
        page.text(f"... and {report.anomalies_left_out} more anomalies, not listed here (see the Office workspace).",
                  9, colour=MUTED)


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"
