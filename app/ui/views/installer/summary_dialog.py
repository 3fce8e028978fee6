"""The session summary: devices done, failed and pending, on demand and when a session ends."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.installer.ledger import DeviceProgress, SessionSummary


def summary_text(summary: SessionSummary) -> str:
    def block(title: str, devices: list[DeviceProgress]) -> list[str]:
        if not devices:
            return []
        return [f"{title}:", *(f"  {d.sn}  ({d.group})  {d.note}" for d in devices), ""]

    lines = [summary.line(), ""]
    lines += block("Done", summary.done)
    lines += block("Failed", summary.failed)
    lines += block("Pending", summary.pending)
    return "\n".join(lines).rstrip() + "\n"


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, *, ending: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSummaryDialog")
        self.setWindowTitle(self.tr("End of session") if ending else self.tr("Session summary"))
        self.summary = summary
        layout = QVBoxLayout(self)
        counts = QHBoxLayout()
        for name, value, level in (("done", len(summary.done), "ok"), ("failed", len(summary.failed), "error"),
                                   ("pending", len(summary.pending), "warning")):
            label = QLabel(f"<div style='font-size:22pt'><b>{value}</b></div>{self.tr(name)}")
            label.setObjectName(f"summary_{name}")
            label.setStyleSheet(f"background: {OUTCOME_COLOURS[level]}; color: white; padding: 8px 16px; "
                                f"border-radius: 6px;")
            counts.addWidget(label)
        layout.addLayout(counts)
        details = QPlainTextEdit(summary_text(summary))
        details.setObjectName("summaryText")
        details.setReadOnly(True)
        layout.addWidget(details)
        if ending:
            note = QLabel(self.tr("A new session starts: the list of scans is cleared and devices may be scanned "
                                  "again without counting as duplicates."))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(520, 420)
