"""dps-station device ...: register, list, export, lifecycle."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.cli.commands import help_of
from app.cli.device_bulk_cmd import add_parser as add_bulk_parser
from app.cli.common import (
    add_format_option,
    bounded_int,
    open_station,
    parse_assignments,
    print_csv,
    print_json,
    print_table,
)
from app.domain.enums import DeviceStatus
from app.domain.errors import InputError
from app.domain.records import DeviceRecord
from app.domain.serials import serial_range
from app.domain.wording import count_of
from app.services import device_keys, device_listing, groups, lifecycle, registering
from app.services.bulk_actions import BulkAction

LIST_HEADERS = ["sn", "name", "batch", "status", "asset_id", "master_data"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("device", help=help_of("device"))
    sub = parser.add_subparsers(title="device commands", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="register one device")
    _group_sn(add)
    add.add_argument("--batch")
    add.add_argument("--name", default="")
    add.add_argument("--description", default="")
    add.add_argument("--set", action="append", metavar="KEY=VALUE", help="master data value (repeatable)")
    _approved_batch_ok(add, "add it to the batch even if a supervisor approved that batch")
    add_format_option(add)
    add.set_defaults(handler=run_add)

    rng = sub.add_parser("range", help="register a serial range")
    rng.add_argument("--group", required=True)
    rng.add_argument("--prefix", default="", help="text before the counter, e.g. PUMP-")
    rng.add_argument("--no-prefix", action="store_true", help="the SNs are only the counter (000001, ...)")
    rng.add_argument("--start", type=int, required=True)
    rng.add_argument("--count", type=int, required=True)
    rng.add_argument("--width", type=int, help="pad the counter with zeros to this many digits")
    rng.add_argument("--batch")
    _approved_batch_ok(rng, "add them to the batch even if a supervisor approved that batch")
    rng.set_defaults(handler=run_range)

    imp = sub.add_parser("import", help="register devices from a CSV or XLSX file (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--group", required=True)
    imp.add_argument("--batch", help="batch for rows without a batch column")
    _approved_batch_ok(imp, "add them to batches even if a supervisor approved those batches")
    imp.set_defaults(handler=run_import)

    listing = sub.add_parser("list", help="list devices")
    listing.add_argument("--group", required=True)
    listing.add_argument("--batch")
    listing.add_argument("--status", action="append", choices=[s.value for s in DeviceStatus])
    listing.add_argument("--search", default="", help="SN prefix, asset ID or manual code")
    listing.add_argument("--limit", type=bounded_int("--limit", 1, 1_000_000_000), help="at most this many devices")
    add_format_option(listing, ("table", "csv", "json"))
    listing.set_defaults(handler=run_list)

    export = sub.add_parser("export", help="export devices to CSV, XLSX or JSON")
    export.add_argument("--group", required=True)
    export.add_argument("--batch")
    export.add_argument("--out", type=Path, required=True, help="FILE.csv, FILE.xlsx or FILE.json")
    export.add_argument("--with-secrets", action="store_true", help="include device keys (asks to confirm; audited)")
    export.add_argument("--yes", action="store_true", help="confirm an export with secrets without asking")
    export.set_defaults(handler=run_export)

    prov = sub.add_parser("provisioning", help="per-device provisioning files (JSON) for firmware flashing")
    prov.add_argument("--group", required=True)
    prov.add_argument("--batch")
    prov.add_argument("--sn", action="append", help="only these devices (repeatable)")
    prov.add_argument("--out", type=Path, required=True, help="a directory (one file per device) or FILE.json (one per batch)")
    prov.add_argument("--with-secrets", action="store_true", help="include device keys and secrets (asks to confirm; audited)")
    prov.add_argument("--yes", action="store_true", help="confirm an export with secrets without asking")
    prov.set_defaults(handler=run_provisioning)

    key = sub.add_parser("key", help="print the device's registration key (audited)")
    _group_sn(key)
    key.set_defaults(handler=run_key)

    show = sub.add_parser("show", help="details of one device")
    _group_sn(show)
    add_format_option(show)
    show.set_defaults(handler=run_show)

    for action, helptext in (("install", "record on-site master data; the device becomes installed"),
                             ("activate", "allocate the device (installs it first with --set values)"),
                             ("connected", "record that the device connected through its gateway")):
        command = sub.add_parser(action, help=helptext)
        _group_sn(command)
        if action in ("install", "activate"):
            command.add_argument("--set", action="append", metavar="KEY=VALUE", help="master data value (repeatable)")
        add_format_option(command)
        command.set_defaults(handler=run_transition, action=action)
    for bulk_action in BulkAction:
        add_bulk_parser(sub, bulk_action)

    replace = sub.add_parser("replace", help="replace a faulty device by a new SN of the same group")
    _group_sn(replace)
    replace.add_argument("--new-sn", required=True)
    add_format_option(replace)
    replace.set_defaults(handler=run_replace)

    reprovision = sub.add_parser("reprovision", help="move a device to another OU/environment")
    _group_sn(reprovision)
    reprovision.add_argument("--ou", required=True)
    reprovision.add_argument("--environment", required=True)
    reprovision.add_argument("--product-key")
    add_format_option(reprovision)
    reprovision.set_defaults(handler=run_reprovision)

    requests = sub.add_parser("reprovisions", help="list reprovision requests")
    requests.add_argument("--group")
    requests.add_argument("--state", action="append")
    add_format_option(requests)
    requests.set_defaults(handler=run_reprovisions)
    for verb in ("approve", "reject"):
        decide = sub.add_parser(f"{verb}-reprovision", help=f"{verb} a reprovision request (supervisor)")
        decide.add_argument("request_id")
        decide.add_argument("--comment", default="")
        decide.set_defaults(handler=run_decide, approve=verb == "approve")


def _approved_batch_ok(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--approved-batch-ok", action="store_true", help=text)


def _group_sn(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True)
    parser.add_argument("--sn", required=True)


def _print_device(device: DeviceRecord, fmt: str) -> None:
    if fmt == "json":
        print_json(device.as_json())
    else:
        for key, value in device.as_json().items():
            print(f"{key:14} {'' if value is None else value}")


def run_add(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    device = registering.register_device(ctx, args.group, args.sn, batch=args.batch, name=args.name,
                                     description=args.description, master_data=parse_assignments(args.set),
                                     approved_batch_ok=args.approved_batch_ok)
    _print_device(device, args.format)
    _warn(groups.sdk_sn_warnings(ctx, args.group, [args.sn]))
    return 0


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def run_range(args: argparse.Namespace) -> int:
    if not args.prefix and not args.no_prefix:
        raise InputError("give a prefix such as PUMP-, or --no-prefix if the SNs are only numbers", field="--prefix")
    if args.prefix and args.no_prefix:
        raise InputError("--prefix and --no-prefix contradict each other", field="--no-prefix")
    _home, _db, ctx = open_station(args)
    count = registering.register_range(ctx, args.group, args.prefix, args.start, args.count, width=args.width,
                                   batch=args.batch, no_prefix=args.no_prefix,
                                   approved_batch_ok=args.approved_batch_ok)
    print(f"registered {count_of(count, 'device')} in {args.group}")
    _warn(groups.sdk_sn_warnings(ctx, args.group, serial_range(args.prefix or "", args.start, 1, args.width)))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from app.services import importing

    _home, _db, ctx = open_station(args)
    warnings: list[str] = []
    count = importing.import_file(ctx, args.file, args.group, default_batch=args.batch,
                                  approved_batch_ok=args.approved_batch_ok, warnings=warnings)
    print(f"imported {count_of(count, 'device')} from {args.file} into {args.group}")
    _warn(warnings)
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    spec = device_listing.DeviceQuery(group=args.group, batch=args.batch, statuses=tuple(args.status or ()), text=args.search)
    records = device_listing.iter_devices(ctx, spec)
    if args.limit is not None:
        records = (record for index, record in enumerate(records) if index < args.limit)
    if args.format == "json":
        _stream_json(record.as_json() for record in records)
    elif args.format == "csv":
        print_csv(LIST_HEADERS, [[r.sn, r.name, r.batch, r.status, r.asset_id, r.master_data] for r in records])
    else:
        print_table(LIST_HEADERS, [[r.sn, r.name, r.batch, r.status, r.asset_id, r.master_data] for r in records])
    return 0


def _stream_json(items: Iterable[dict[str, Any]]) -> None:
    """A JSON array written item by item, so a million devices never sit in memory at once."""
    import json
    import sys

    sys.stdout.write("[")
    for index, item in enumerate(items):
        sys.stdout.write(("," if index else "") + "\n  " + json.dumps(item, ensure_ascii=False, default=str))
    sys.stdout.write("\n]\n")


def _confirm_secrets(args: argparse.Namespace) -> bool:
    if not args.with_secrets:
        return False
    if args.yes:
        return True
    import sys

    if not sys.stdin.isatty():
        raise InputError("an export with secrets needs confirmation: add --yes", field="--with-secrets")
    answer = input("This file will contain device secrets. Anyone holding it can impersonate the devices. "
                   "Type 'yes' to continue: ")
    if answer.strip().lower() != "yes":
        raise InputError("export with secrets not confirmed; nothing was written", field="--with-secrets")
    return True


def run_export(args: argparse.Namespace) -> int:
    from app.services import exporting

    _home, _db, ctx = open_station(args)
    with_secrets = _confirm_secrets(args)
    count = exporting.export_devices(ctx, args.group, args.out, batch=args.batch, with_secrets=with_secrets)
    print(f"exported {count} devices to {args.out}")
    return 0


def run_provisioning(args: argparse.Namespace) -> int:
    from app.services import provisioning

    _home, _db, ctx = open_station(args)
    with_secrets = _confirm_secrets(args)
    count = provisioning.export_provisioning(ctx, args.group, args.out, batch=args.batch, sns=args.sn,
                                             with_secrets=with_secrets)
    print(f"wrote provisioning data for {count} devices to {args.out}")
    return 0


def run_key(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    print(device_keys.device_key(ctx, args.group, args.sn))
    return 0


def run_show(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    details = lifecycle.device_details(ctx, args.group, args.sn)
    data = details.device.as_json()
    data["allocations"] = [{"asset_id": a.asset_id, "ou": a.ou, "environment": a.environment,
                            "product_key": a.product_key, "state": a.state} for a in details.allocations]
    data["reprovisions"] = [{"id": str(r.id), "target_ou": r.target_ou, "target_environment": r.target_environment,
                             "state": r.state} for r in details.reprovisions]
    data["registrations"] = [{"at": r.at.isoformat(), "status": r.status, "substatus": r.substatus, "hub": r.hub,
                              "device_id": r.device_id, "transport": r.transport, "error": r.error}
                             for r in details.registrations]
    if args.format == "json":
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:14} {'' if value is None else value}")
    return 0


def run_transition(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    values = parse_assignments(getattr(args, "set", None))
    action = args.action
    if action == "install":
        device = lifecycle.install(ctx, args.group, args.sn, values)
    elif action == "activate":
        device = lifecycle.activate(ctx, args.group, args.sn, values)
    else:
        device = lifecycle.mark_connected(ctx, args.group, args.sn)
    _print_device(device, args.format)
    return 0


def run_replace(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    result = lifecycle.replace(ctx, args.group, args.sn, args.new_sn)
    if args.format == "json":
        print_json({"old": result.old.as_json(), "new": result.new.as_json(), "moved": result.moved})
    else:
        print(f"{args.new_sn} replaces {args.sn}; moved: asset {result.moved['asset_id']}, "
              f"batch {result.moved['batch']}, master data {result.moved['master_data']}")
    return 0


def _request_json(record: lifecycle.ReprovisionRecord) -> dict[str, object]:
    return {"id": str(record.id), "sn": record.sn, "group": record.group, "from": f"{record.from_ou}/{record.from_environment}",
            "to": f"{record.target_ou}/{record.target_environment}", "policy": record.policy, "state": record.state,
            "requested_by": record.requested_by, "decided_by": record.decided_by, "comment": record.comment}


def run_reprovision(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = lifecycle.reprovision(ctx, args.group, args.sn, args.ou, args.environment, args.product_key)
    if args.format == "json":
        print_json(_request_json(record))
    else:
        print(f"reprovision of {record.sn} to {record.target_ou}/{record.target_environment}: {record.state.replace('_', ' ')}")
    return 0


def run_reprovisions(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = lifecycle.list_reprovisions(ctx, args.state or (), args.group)
    if args.format == "json":
        print_json([_request_json(r) for r in rows])
    else:
        print_table(["id", "sn", "group", "to", "state", "requested by"],
                    [[str(r.id), r.sn, r.group, f"{r.target_ou}/{r.target_environment}", r.state, r.requested_by] for r in rows])
    return 0


def run_decide(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    try:
        request_id = uuid.UUID(args.request_id)
    except ValueError:
        raise InputError("not a request id (a UUID from 'device reprovisions')", field="request_id") from None
    record = lifecycle.decide_reprovision(ctx, request_id, approve=args.approve, comment=args.comment)
    print(f"reprovision of {record.sn}: {record.state.replace('_', ' ')}")
    return 0
