"""dps-station device disable|enable|delete: one device, or many at once through the bulk service.

`--sn SN` once acts on that device as before (its record printed; a state the action does not apply to is an
error). Several `--sn`, `--batch B` or `--all` act on many: a confirmation first (or `--yes`), progress on
stderr, Ctrl+C cancels after the batch in progress (what is done stays done), then a summary.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType
from typing import Any

from app.cli.common import add_format_option, open_station, print_json
from app.domain.errors import CancelledError, InputError, LifecycleError, NotFoundError
from app.domain.lifecycle import device_named, refusal
from app.domain.wording import count_of
from app.services import bulk_actions, device_lookup
from app.services.bulk_actions import BulkAction, BulkOutcome, BulkTarget
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery

HELP = {BulkAction.DISABLE: "disable devices (one, several, a batch or all of a group)",
        BulkAction.ENABLE: "enable disabled devices (one, several, a batch or all of a group)",
        BulkAction.DELETE: "delete devices: tombstones that sync (one, several, a batch or all of a group)"}
PAST = {BulkAction.DISABLE: "disabled", BulkAction.ENABLE: "enabled", BulkAction.DELETE: "deleted"}
EXIT_REFUSED = LifecycleError.exit_code  # some devices refused (approved batch, deleted meanwhile)
EXIT_UNKNOWN = NotFoundError.exit_code  # some named SNs are not in the group
EXIT_CANCELLED = CancelledError.exit_code
REFUSED_LISTED = 20


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], action: BulkAction) -> None:
    command = sub.add_parser(action.value, help=HELP[action], description=(
        f"{HELP[action].capitalize()}. One --sn: that device, its record printed. Several --sn, --batch or --all: "
        "asks first (or --yes), shows progress on stderr, Ctrl+C stops after the batch in progress, then prints "
        "what was done, skipped (per state) and refused (per SN). Exit codes: 0 done (skipped ones included), "
        "3 unknown SNs, 5 refused devices, 10 cancelled."))
    command.add_argument("--group", required=True)
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--sn", action="append", help="this device (repeatable)")
    which.add_argument("--batch", help="every device of this batch")
    which.add_argument("--all", action="store_true", help="every device of the group")
    command.add_argument("--reason", default="", help="why (recorded in each device's audit event)")
    command.add_argument("--yes", action="store_true", help="act on many devices without asking")
    if action is BulkAction.DELETE:
        command.add_argument("--approved-batch-ok", action="store_true",
                             help="delete devices of batches a supervisor approved too")
    add_format_option(command)
    command.set_defaults(handler=run, bulk_action=action)


def _target(args: argparse.Namespace) -> BulkTarget:
    if args.sn:
        return BulkTarget.named(args.sn)
    return BulkTarget.matching(DeviceQuery(group=args.group, batch=args.batch))


def run(args: argparse.Namespace) -> int:
    action = BulkAction(args.bulk_action)
    _home, _db, ctx = open_station(args)
    target = _target(args)
    if args.sn and len(args.sn) == 1:
        return _run_one(ctx, action, args)
    count = bulk_actions.count_target(ctx, args.group, target)
    if count == 0 and not args.sn:
        where = f"batch {args.batch!r} of group {args.group!r}" if args.batch else f"group {args.group!r}"
        raise NotFoundError(f"{where} has no devices")
    if not args.yes:
        _confirm(action, count, args)
    outcome = _run_with_progress(ctx, action, args, target)
    _summary(outcome, args.format)
    if outcome.cancelled:
        return EXIT_CANCELLED
    if len(outcome.refused) > outcome.unknown:
        return EXIT_REFUSED
    return EXIT_UNKNOWN if outcome.unknown else 0


def _run_one(ctx: ServiceContext, action: BulkAction, args: argparse.Namespace) -> int:
    """One named device: no confirmation; not changing it is an error, as for every single-device command."""
    sn = args.sn[0]
    outcome = bulk_actions.run_bulk(ctx, action, args.group, BulkTarget.named([sn]), reason=args.reason,
                                    approved_batch_ok=getattr(args, "approved_batch_ok", False))
    if outcome.skipped:
        raise LifecycleError(refusal(outcome.skipped[0][1], bulk_actions.LIFECYCLE_ACTIONS[action], device_named(sn)))
    if outcome.refused:
        error = NotFoundError if outcome.unknown else LifecycleError
        raise error(outcome.refused[0][1])
    if action is BulkAction.DELETE:
        print(f"deleted {sn}")
        return 0
    device = device_lookup.get_device(ctx, args.group, sn)
    if args.format == "json":
        print_json(device.as_json())
    else:
        for key, value in device.as_json().items():
            print(f"{key:14} {'' if value is None else value}")
    return 0


def _confirm(action: BulkAction, count: int, args: argparse.Namespace) -> None:
    what = f"{count_of(count, 'device')} of group {args.group!r}" + (f" (batch {args.batch!r})" if args.batch else "")
    if not sys.stdin.isatty():
        raise InputError(f"this would {action.value} {what}; confirm with --yes (no terminal to ask on)",
                         field="--yes")
    print(f"{action.value.capitalize()} {what}? Type 'yes' to continue: ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    if answer.strip().lower() != "yes":
        raise CancelledError(f"not confirmed; no device was {PAST[action]}")


class _Progress:
    """Progress on stderr: one line rewritten on a terminal, a line per tenth otherwise."""

    def __init__(self, action: BulkAction) -> None:
        self.verb = {BulkAction.DISABLE: "disabling", BulkAction.ENABLE: "enabling",
                     BulkAction.DELETE: "deleting"}[action]
        self.tty = sys.stderr.isatty()
        self.next_tenth = 1
        self.cancel_requested = False

    def __call__(self, done: int, total: int) -> None:
        text = f"{self.verb}: {done:,} / {total:,} devices"
        if self.tty:
            print("\r" + text, end="", file=sys.stderr, flush=True)
        elif total and done * 10 >= self.next_tenth * total:
            print(text, file=sys.stderr, flush=True)
            self.next_tenth = done * 10 // total + 1

    def finish(self) -> None:
        if self.tty:
            print(file=sys.stderr, flush=True)

    def interrupted(self, _signum: int, _frame: FrameType | None) -> None:
        if self.cancel_requested:
            raise KeyboardInterrupt
        self.cancel_requested = True
        print(f"\n{self.verb} stops after the batch in progress (Ctrl+C again to stop at once)", file=sys.stderr,
              flush=True)


def _run_with_progress(ctx: ServiceContext, action: BulkAction, args: argparse.Namespace,
                       target: BulkTarget) -> BulkOutcome:
    progress = _Progress(action)
    previous = signal.signal(signal.SIGINT, progress.interrupted)
    try:
        return bulk_actions.run_bulk(ctx, action, args.group, target, reason=args.reason,
                                     approved_batch_ok=getattr(args, "approved_batch_ok", False),
                                     progress=progress, cancelled=lambda: progress.cancel_requested)
    finally:
        signal.signal(signal.SIGINT, previous)
        progress.finish()


def _summary(outcome: BulkOutcome, fmt: str) -> None:
    action = outcome.action
    if fmt == "json":
        data: dict[str, Any] = {
            "action": action.value, "group": outcome.group, "devices": outcome.total, "done": outcome.done,
            "skipped": [{"state": state, "devices": devices, "reason": bulk_actions.skip_reason(state, action)}
                        for state, devices in outcome.skipped_by_state().items()],
            "refused": [{"sn": sn, "reason": why} for sn, why in outcome.refused],
            "cancelled": outcome.cancelled, "not_reached": outcome.not_reached}
        print_json(data)
        return
    print(f"{PAST[action]} {outcome.done:,} of {count_of(outcome.total, 'device')} in group {outcome.group}")
    for state, devices in outcome.skipped_by_state().items():
        print(f"skipped {devices:,} {state}: {bulk_actions.skip_reason(state, action)}")
    for sn, why in outcome.refused[:REFUSED_LISTED]:
        print(f"refused {sn}: {why}")
    if len(outcome.refused) > REFUSED_LISTED:
        print(f"refused {len(outcome.refused) - REFUSED_LISTED:,} more (--format json lists every one)")
    if outcome.cancelled:
        print(f"cancelled: {count_of(outcome.not_reached, 'device')} not reached")
