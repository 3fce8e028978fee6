"""dps-station masterdata add-attribute|attributes|create-group|groups"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import add_format_option, open_station, print_json, print_table
from app.domain.enums import AttributeType
from app.services import masterdata


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("masterdata", help=help_of("masterdata"))
    sub = parser.add_subparsers(title="masterdata commands", metavar="ACTION", required=True)
    add = sub.add_parser("add-attribute", help="define a device attribute")
    add.add_argument("key")
    add.add_argument("--type", required=True, choices=[t.value for t in AttributeType])
    add.add_argument("--required", action="store_true")
    add.add_argument("--choices", help="comma-separated values of an enum")
    add.add_argument("--label")
    add.add_argument("--default")
    add.add_argument("--min", type=float)
    add.add_argument("--max", type=float)
    add.add_argument("--pattern", help="regular expression (RE2: no backreferences or look-around) a text value "
                     "must match as a whole")
    add.set_defaults(handler=run_add_attribute)
    attrs = sub.add_parser("attributes", help="list attribute definitions")
    add_format_option(attrs)
    attrs.set_defaults(handler=run_attributes)
    create = sub.add_parser("create-group", help="create a master data group")
    create.add_argument("name")
    create.add_argument("--asset-type", required=True)
    create.add_argument("--attribute", action="append", default=[], help="attribute key (repeatable)")
    create.add_argument("--description", default="")
    create.set_defaults(handler=run_create_group)
    groups = sub.add_parser("groups", help="list master data groups")
    add_format_option(groups)
    groups.set_defaults(handler=run_groups)


def run_add_attribute(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rules = {key: value for key, value in (("min", args.min), ("max", args.max), ("pattern", args.pattern))
             if value is not None}
    choices = args.choices.split(",") if args.choices else None
    record = masterdata.add_attribute(ctx, args.key, args.type, label=args.label, required=args.required,
                                      choices=choices, default=args.default, rules=rules)
    print(f"added attribute {record.key} ({record.type})")
    return 0


def run_attributes(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = masterdata.list_attributes(ctx)
    if args.format == "json":
        print_json([{"key": a.key, "label": a.label, "type": a.type, "required": a.required, "choices": list(a.choices),
                     "default": a.default, "builtin": a.builtin} for a in rows])
    else:
        print_table(["key", "type", "required", "builtin", "label", "choices"],
                    [[a.key, a.type, a.required, a.builtin, a.label, ",".join(a.choices)] for a in rows])
    return 0


def run_create_group(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = masterdata.create_group(ctx, args.name, args.asset_type, args.attribute, args.description)
    print(f"created master data group {record.name} ({', '.join(record.attribute_keys) or 'no attributes'})")
    return 0


def run_groups(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = masterdata.list_groups(ctx)
    if args.format == "json":
        print_json([{"name": g.name, "asset_type": g.asset_type, "attributes": list(g.attribute_keys)} for g in rows])
    else:
        print_table(["name", "asset type", "attributes"], [[g.name, g.asset_type, ",".join(g.attribute_keys)] for g in rows])
    return 0
