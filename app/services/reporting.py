"""Batch reports: gather what the report shows, hand it to a writer (PDF or CSV), write the file atomically.

No Qt here: the caller passes the writer (app.reports.writers.writer_for picks it from the file
name), so the CLI and the window run the same use case. Writing a report is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.db.base import utcnow
from app.domain.permissions import Permission
from app.services.report_model import BatchReport, DeviceLine
from app.services import audit, supervision
from app.services.atomic_file import check_output_path, pending_file
from app.services.audit_checkpoint import report_checkpoint
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery, iter_devices
from app.services.organisation import get_organisation
from app.services.supervision import AnomalyRules

ANOMALY_CAP = 2000  # anomalies listed in one report; the counts always cover all of them
ReportWriter = Callable[[BatchReport, Path], Any]


def gather_batch_report(ctx: ServiceContext, group: str, batch: str, *, rules: AnomalyRules | None = None,
                        anomaly_cap: int = ANOMALY_CAP, with_devices: bool = True) -> BatchReport:
    ctx.require(Permission.VIEW)
    rules = rules or AnomalyRules()
    progress = supervision.batch_progress(ctx, group, batch)
    anomalies = supervision.list_anomalies(ctx, group, batch, rules=rules, limit=supervision.MAX_PAGE)
    items = list(anomalies.items)
    cursor = anomalies.next_cursor
    while cursor is not None and len(items) < anomaly_cap:
        page = supervision.list_anomalies(ctx, group, batch, rules=rules, after=cursor,
                                          limit=min(supervision.MAX_PAGE, anomaly_cap - len(items)))
        items.extend(page.items)
        cursor = page.next_cursor
    devices = []
    if with_devices:
        devices = [DeviceLine(d.sn, d.name, supervision.bucket_of(d.status, d.status_error), d.status, d.asset_id,
                              d.status_error, d.updated_at)
                   for d in iter_devices(ctx, DeviceQuery(group=progress.group, batch=progress.batch))]
    organisation = get_organisation(ctx.db)
    return BatchReport(
        organisation=organisation.name if organisation is not None else "",
        group=progress.group, batch=progress.batch, description=progress.description,
        created_at=progress.created_at, generated_at=utcnow(), generated_by=ctx.actor.name,
        review=progress.review, review_comment=progress.review_comment, reviewed_by=progress.reviewed_by,
        reviewed_at=progress.reviewed_at, counts=progress.counts, anomalies=items, anomaly_counts=anomalies.counts,
        stale_days=rules.stale_days, unlabelled_days=rules.never_labelled_days, devices=devices,
        refused_elsewhere=supervision.refused_elsewhere(ctx, progress.group), audit_checkpoint=report_checkpoint(ctx))


def write_batch_report(ctx: ServiceContext, group: str, batch: str, out: Path, writer: ReportWriter, *,
                       rules: AnomalyRules | None = None, option: str = "--out") -> BatchReport:
    """Gather, write to a temporary file beside `out`, rename it over `out`; audited as 'report.batch'."""
    out = check_output_path(Path(out), option)
    report = gather_batch_report(ctx, group, batch, rules=rules)
    with pending_file(out, secret=False) as pending:
        writer(report, pending.temp_path)
        pending.commit()
    audit.record(ctx, audit.AuditEntry("report.batch", "batch", "", group_name=report.group,
                                       details={"batch": report.batch, "file": out.name,
                                                "format": out.suffix.lower().lstrip("."),
                                                "devices": len(report.devices)}))
    return report
