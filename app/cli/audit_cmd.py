"""dps-station audit list|verify"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import (
    add_format_option,
    bounded_int,
    open_station,
    print_json,
    print_table,
)
from app.services import audit
from app.services.audit_checkpoint import check_checkpoint, make_checkpoint


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("audit", help=help_of("audit"))
    sub = parser.add_subparsers(title="audit commands", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="newest events first")
    listing.add_argument("--limit", type=bounded_int("--limit", 1, 1_000_000_000), default=50)
    listing.add_argument("--sn")
    listing.add_argument("--group")
    listing.add_argument("--actor")
    listing.add_argument("--action", help="action prefix, e.g. device.")
    add_format_option(listing)
    listing.set_defaults(handler=run_list)
    verify = sub.add_parser("verify", help="check every station's keyed chain, the protected rows and the keys; "
                            "non-zero exit on any problem")
    verify.add_argument("--checkpoint", action="append", default=[], metavar="TEXT",
                        help="also check against a signed checkpoint (from a report or 'audit checkpoint')")
    add_format_option(verify)
    checkpoint = sub.add_parser("checkpoint", help="print a signed checkpoint of this station's audit chain")
    checkpoint.set_defaults(handler=run_checkpoint)
    verify.set_defaults(handler=run_verify)


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    events = audit.list_events(ctx, audit.AuditFilter(actor=args.actor, action=args.action, sn=args.sn, group=args.group),
                               limit=args.limit)
    if args.format == "json":
        print_json([event.as_json() for event in events])
    else:
        print_table(["when", "station", "#", "actor", "action", "group", "sn"],
                    [[e.at.strftime("%Y-%m-%d %H:%M:%S"), e.station, e.seq, e.actor, e.action, e.group, e.sn] for e in events])
    return 0


def run_verify(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    result = audit.verify(ctx)
    for text in args.checkpoint:
        result.problems.extend(audit.KeysProblem(problem, "checkpoint") for problem in check_checkpoint(ctx, text))
    if args.format == "json":
        print_json({"ok": result.ok, "events": result.events, "stations": result.stations,
                    "unkeyed_events": result.legacy_events, "problems": [str(problem) for problem in result.problems]})
    elif result.ok:
        print(f"audit trail intact: {result.events} events from {result.stations} station(s)")
        if result.legacy_events:
            print(f"({result.legacy_events} of them written before the chain was keyed, checked by their "
                  "unkeyed hashes)")
    else:
        for problem in result.problems:
            print(f"TAMPERED: {problem}")
    return 0 if result.ok else 11


def run_checkpoint(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    print(make_checkpoint(ctx))
    return 0
