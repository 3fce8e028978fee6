"""The batch report as CSV: a header block, the devices per state, the anomalies (counts, then the list), then
every device with its state.

Sections are separated by one empty row; every cell goes through csv_safety (no formula injection).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.services.report_model import BatchReport, anomaly_title, local_time
from app.services.csv_safety import safe_cell
from app.services.supervision import ANOMALY_ORDER

ANOMALY_COLUMNS = ("anomaly", "sn", "batch", "what", "since")
DEVICE_COLUMNS = ("sn", "name", "state", "status", "asset_id", "error", "updated")


def write_csv(report: BatchReport, path: Path) -> None:
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        rows = _rows(report)
        writer.writerows([safe_cell(str(cell)) for cell in row] for row in rows)


def _rows(report: BatchReport) -> Iterable[Sequence[object]]:
    yield ("report", "batch")
    yield ("organisation", report.organisation)
    yield ("group", report.group)
    yield ("batch", report.batch)
    yield ("description", report.description)
    yield ("created", local_time(report.created_at))
    yield ("generated", local_time(report.generated_at))
    yield ("generated_by", report.generated_by)
    yield ("review", report.review_text())
    if report.audit_checkpoint:
        yield ("audit_checkpoint", report.audit_checkpoint)
    yield ()
    yield ("state", "devices")
    yield from report.counts.as_dict().items()
    yield ("total", report.counts.total)
    yield ()
    yield ("anomaly", "count")
    for kind in ANOMALY_ORDER:
        yield (anomaly_title(kind), report.anomaly_counts.get(kind, 0))
    yield from report.refused_elsewhere_lines()
    yield ()
    yield ANOMALY_COLUMNS
    for anomaly in report.anomalies:
        yield (anomaly_title(anomaly.kind), anomaly.sn, anomaly.batch or "", anomaly.what, local_time(anomaly.since))
    if report.anomalies_left_out > 0:
        yield ("not listed", report.anomalies_left_out)
    yield ()
    yield DEVICE_COLUMNS
    for device in report.devices:
        yield (device.sn, device.name, device.state, device.status, device.asset_id, device.error,
               local_time(device.updated_at))
