"""dps-station label print|templates"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence

from app.cli.commands import help_of
from app.cli.common import bounded_int, open_station, print_table
from app.domain.errors import InputError
from app.labels.model import LabelData
from app.security.signing import VerifyingKey


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("label", help=help_of("label"))
    sub = parser.add_subparsers(title="label commands", metavar="ACTION", required=True)
    prt = sub.add_parser("print", help="print the labels of a group, a batch or single devices",
                         description="Every label is rendered, read back and its signature checked before anything "
                                     "is written; printed devices become 'labelled'.")
    prt.add_argument("--group", required=True, help="registration group name")
    prt.add_argument("--batch", help="only this batch of the group")
    prt.add_argument("--sn", action="append", default=[], help="only this device (repeat for more; a reprint)")
    prt.add_argument("--template", help="template name or .json file (default: the group's label template)")
    target = prt.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", help="FILE.pdf, a folder (one PNG per label), FILE.zpl, or HOST:9100 (ZPL, "
                                      "raw TCP to a Zebra printer)")
    target.add_argument("--printer", help="a system printer (CUPS queue) by name")
    prt.add_argument("--start-at", type=int, default=0, help="positions already used on the first sheet")
    prt.add_argument("--copies", type=int, default=1, help="labels per device (default 1)")
    prt.add_argument("--dpi", type=bounded_int("--dpi", 72, 2400), default=None, help="printer resolution (default 300; ZPL: 203/300/600)")
    prt.set_defaults(handler=run_print)
    templates = sub.add_parser("templates", help="list label templates (shipped and in <home>/templates)")
    templates.set_defaults(handler=run_templates)


def run_print(args: argparse.Namespace) -> int:
    from app.labels import job as jobs
    from app.labels import targets
    from app.labels.qt_app import ensure_gui_application
    from app.labels.templates import load_template
    from app.services import labelling

    home, _db, ctx = open_station(args)
    ensure_gui_application()
    selection = labelling.LabelSelection(args.group, args.batch, tuple(args.sn))
    prepared = labelling.prepare_labels(ctx, selection)  # fails early (no devices, unknown SN) before any rendering
    template = load_template(args.template or prepared.template, home.templates_dir)
    target = targets.OutputTarget("printer", args.printer) if args.printer else targets.output_target(args.out)
    kind = target.kind
    dpi = args.dpi if args.dpi is not None else 300
    progress = _progress_printer() if sys.stderr.isatty() else None

    def render(labels: Sequence[LabelData], keys: Mapping[str, VerifyingKey]) -> jobs.JobReport:
        spec = jobs.JobSpec(template, labels, start_at=args.start_at, copies=args.copies, dpi=dpi)
        return targets.run_job(target, spec, keys, progress=progress)

    output = target.describe()
    batch, report = labelling.print_labels(ctx, selection, render, copies=args.copies, template=template.name,
                                           output=output, prepared=prepared)
    if progress is not None:
        print(file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    pages = f" on {report.pages} page(s)" if kind in ("pdf", "printer") else ""
    print(f"{report.printed} label(s) for {report.labels} device(s){pages} to {output} (template {template.name}, "
          f"{dpi} dpi, every label read back and verified); {len(batch.device_ids)} device(s) recorded as labelled")
    if batch.skipped:
        print(f"{batch.skipped} disabled or retired device(s) were left out")
    return 0


def _progress_printer() -> Callable[[str, int, int], None]:
    last: dict[str, object] = {"phase": "", "percent": -1}

    def show(phase: str, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if phase != last["phase"] or percent != last["percent"]:
            last.update(phase=phase, percent=percent)
            print(f"\r{phase}: {done}/{total} ({percent}%)   ", end="", file=sys.stderr, flush=True)

    return show


def run_templates(args: argparse.Namespace) -> int:
    from app.config import resolve_home
    from app.labels.templates import list_templates

    home = resolve_home(getattr(args, "home", None))
    rows = []
    problems = []
    for item in list_templates(home.templates_dir):
        if isinstance(item, InputError):
            problems.append(str(item))
            continue
        rows.append([item.name, item.kind, f"{item.columns}x{item.rows}",
                     f"{item.label_width:.1f} x {item.label_height:.1f} mm",
                     f"{item.page_width:.1f} x {item.page_height:.1f} mm", item.description])
    print_table(["name", "kind", "per page", "label", "page", "description"], rows)
    for problem in problems:
        print(f"unusable template: {problem}", file=sys.stderr)
    return 0
