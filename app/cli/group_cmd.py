"""dps-station group create|list|show|update"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.cli.common import add_format_option, open_station, print_json, print_table
from app.domain.enums import ReprovisionPolicy
from app.services import groups


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("group", help="registration groups")
    sub = parser.add_subparsers(title="group commands", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="create a registration group")
    create.add_argument("name")
    create.add_argument("--masterdata-group", required=True)
    create.add_argument("--ou", required=True)
    create.add_argument("--environment", required=True)
    create.add_argument("--product-key", default="")
    create.add_argument("--gateway", default="")
    create.add_argument("--reprovision", default="migrate", choices=[p.value for p in ReprovisionPolicy])
    create.add_argument("--template", default=groups.DEFAULT_TEMPLATE, help="label template name")
    create.add_argument("--description", default="")
    add_format_option(create)
    create.set_defaults(handler=run_create)
    update = sub.add_parser("update", help="change a registration group")
    update.add_argument("name")
    update.add_argument("--rename")
    update.add_argument("--ou")
    update.add_argument("--environment")
    update.add_argument("--product-key")
    update.add_argument("--gateway")
    update.add_argument("--reprovision", choices=[p.value for p in ReprovisionPolicy])
    update.add_argument("--template")
    update.add_argument("--description")
    add_format_option(update)
    update.set_defaults(handler=run_update)
    listing = sub.add_parser("list", help="list registration groups")
    add_format_option(listing)
    listing.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="show one registration group")
    show.add_argument("name")
    show.add_argument("--show-secret", action="store_true", help="include the Group Secret (audited)")
    add_format_option(show)
    show.set_defaults(handler=run_show)


def _as_json(record: groups.RegistrationGroupRecord) -> dict[str, object]:
    data = asdict(record)
    data["id"] = str(record.id)
    return data


def _print(record: groups.RegistrationGroupRecord, fmt: str, secret: str | None = None) -> None:
    data = _as_json(record)
    if secret is not None:
        data["group_secret"] = secret
    if fmt == "json":
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:20} {value}")


def run_create(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = groups.create_group(ctx, args.name, masterdata_group=args.masterdata_group, ou=args.ou,
                                 environment=args.environment, product_key=args.product_key, gateway=args.gateway,
                                 reprovision_policy=args.reprovision, label_template=args.template,
                                 description=args.description)
    _print(record, args.format)
    return 0


def run_update(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = groups.update_group(ctx, args.name, groups.GroupChanges(
        new_name=args.rename, ou=args.ou, environment=args.environment, product_key=args.product_key,
        gateway=args.gateway, reprovision_policy=args.reprovision, label_template=args.template,
        description=args.description))
    _print(record, args.format)
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = groups.list_groups(ctx)
    if args.format == "json":
        print_json([_as_json(record) for record in rows])
    else:
        print_table(["name", "group id", "ou", "environment", "devices", "reprovision", "template"],
                    [[g.name, g.group_id, g.ou, g.environment, g.device_count, g.reprovision_policy, g.label_template]
                     for g in rows])
    return 0


def run_show(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = groups.get_group(ctx, args.name)
    secret = groups.reveal_group_secret(ctx, args.name) if args.show_secret else None
    _print(record, args.format, secret)
    return 0
