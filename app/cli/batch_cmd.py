"""dps-station batch create|list|rename|approve|reject|reopen"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import add_format_option, open_station, print_json, print_table
from app.domain.errors import LifecycleError
from app.domain.permissions import Permission
from app.domain.records import BatchRecord
from app.services import batches
from app.services.batch_review import approval_warnings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("batch", help=help_of("batch"))
    sub = parser.add_subparsers(title="batch commands", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a batch in a group")
    create.add_argument("number")
    create.add_argument("--group", required=True)
    create.add_argument("--description", default="")
    create.set_defaults(handler=run_create)
    listing = sub.add_parser("list", help="batches with progress per state")
    listing.add_argument("--group")
    add_format_option(listing)
    listing.set_defaults(handler=run_list)
    rename = sub.add_parser("rename", help="rename a batch")
    rename.add_argument("number")
    rename.add_argument("new_number")
    rename.add_argument("--group", required=True)
    rename.set_defaults(handler=run_rename)
    for action in ("approve", "reject"):
        review = sub.add_parser(action, help=f"{action} a batch (supervisor)")
        review.add_argument("number")
        review.add_argument("--group", required=True)
        review.add_argument("--comment", default="")
        if action == "approve":
            review.add_argument("--yes", action="store_true",
                                help="approve although devices are not installed yet or anomalies are open "
                                     "(without it, such warnings are printed and nothing changes)")
        review.set_defaults(handler=run_review, approve=action == "approve")
    reopen = sub.add_parser("reopen", help="take back an approval or a rejection (supervisor; needs --comment)")
    reopen.add_argument("number")
    reopen.add_argument("--group", required=True)
    reopen.add_argument("--comment", required=True, help="why the review is reopened (audited)")
    reopen.set_defaults(handler=run_reopen)


def _json(batch: BatchRecord) -> dict[str, object]:
    return {"group": batch.group, "number": batch.number, "description": batch.description, "review": batch.review,
            "review_comment": batch.review_comment, "reviewed_by": batch.reviewed_by, "counts": batch.counts,
            "total": batch.total}


def run_create(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    batch = batches.create_batch(ctx, args.group, args.number, args.description)
    print(f"created batch {batch.number} in {batch.group}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = batches.list_batches(ctx, args.group)
    if args.format == "json":
        print_json([_json(b) for b in rows])
    else:
        print_table(["group", "batch", "devices", "review", "states"],
                    [[b.group, b.number, b.total, b.review, " ".join(f"{k}={v}" for k, v in b.counts.items() if v)]
                     for b in rows])
    return 0


def run_rename(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    batch = batches.rename_batch(ctx, args.group, args.number, args.new_number)
    print(f"renamed batch {args.number} to {batch.number}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    if args.approve:
        ctx.require(Permission.APPROVE)
        warnings = approval_warnings(ctx, args.group, args.number).lines()
        if warnings and not args.yes:
            raise LifecycleError(f"batch {args.number} was not approved: {'; '.join(warnings)}. Add --yes to "
                                 "approve it anyway")
    else:
        warnings = []
    batch = batches.review_batch(ctx, args.group, args.number, approve=args.approve, comment=args.comment,
                                 warnings=warnings if args.approve else None)
    print(f"batch {batch.number}: {batch.review}")
    for line in warnings:
        print(f"  despite: {line}")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    batch = batches.reopen_review(ctx, args.group, args.number, comment=args.comment)
    print(f"batch {batch.number}: review reopened")
    return 0
