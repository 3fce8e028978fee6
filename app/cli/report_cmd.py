"""dps-station report batch --group NAME --batch NUMBER --out FILE.pdf|FILE.csv"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.commands import help_of
from app.cli.common import open_station
from app.domain.errors import InputError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help=help_of("report"))
    sub = parser.add_subparsers(title="report commands", metavar="REPORT", required=True)
    batch = sub.add_parser("batch", help="a batch's progress per state, anomalies and review, as PDF or CSV",
                           description="The file name's ending picks the format: .pdf (with the progress chart) "
                                       "or .csv (counts per state and every device with its state).")
    batch.add_argument("--group", required=True, help="registration group")
    batch.add_argument("--batch", required=True, help="batch number")
    batch.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")
    batch.add_argument("--stale-days", type=int, default=None,
                       help="labelled but not installed after this many days is an anomaly (default: 14)")
    batch.add_argument("--unlabelled-days", type=int, default=0,
                       help="registered but never labelled after this many days is an anomaly (default: 0, at once)")
    batch.set_defaults(handler=run_batch)


def run_batch(args: argparse.Namespace) -> int:
    from app.reports.writers import report_format, writer_for
    from app.services import reporting
    from app.services.supervision import DEFAULT_STALE_DAYS, AnomalyRules

    stale_days = DEFAULT_STALE_DAYS if args.stale_days is None else args.stale_days
    if stale_days < 0:
        raise InputError("must be 0 or more", field="--stale-days")
    if args.unlabelled_days < 0:
        raise InputError("must be 0 or more", field="--unlabelled-days")
    writer = writer_for(args.out)
    if report_format(args.out) == "pdf":
        from app.labels.qt_app import ensure_gui_application

        ensure_gui_application()
    _home, _db, ctx = open_station(args)
    report = reporting.write_batch_report(ctx, args.group, args.batch, args.out, writer,
                                          rules=AnomalyRules(stale_days=stale_days,
                                                             never_labelled_days=args.unlabelled_days))
    anomalies = sum(report.anomaly_counts.values())
    print(f"wrote {args.out}: batch {report.batch} of {report.group}, {report.counts.total} devices, "
          f"{anomalies} anomal{'y' if anomalies == 1 else 'ies'}")
    return 0
