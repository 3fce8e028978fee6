"""dps-station group create|list|show|update"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app.cli.commands import help_of
from app.cli.common import add_format_option, open_station, print_json, print_table
from app.domain.enums import AllocationPolicy, ReprovisionPolicy
from app.domain.errors import InputError
from app.services import groups
from app.services.allocation import Target, parse_target

MAX_CA_FILE = 256 * 1024


def _provisioning_options(parser: argparse.ArgumentParser, *, update: bool) -> None:
    """The provisioning service's options of a group (docs/allocation.md)."""
    parser.add_argument("--allocation", choices=[p.value for p in AllocationPolicy],
                        help="allocation policy of devices that register themselves" + ("" if update else
                                                                                         " (default: static)"))
    parser.add_argument("--target", action="append", metavar="URL,OU,ENV,PRODUCT_KEY[,WEIGHT]",
                        help="a target of the hashed policy (repeatable" +
                             ("; replaces all targets)" if update else ")"))
    if update:
        parser.add_argument("--clear-targets", action="store_true", help="remove every target")
    parser.add_argument("--webhook-url", metavar="URL", help="https:// URL the webhook policy asks")
    parser.add_argument("--webhook-ca", metavar="FILE",
                        help="PEM file of the CA(s) the webhook's certificate must chain to"
                             + (" ('' = the system's CAs)" if update else " (default: the system's CAs)"))
    parser.add_argument("--allow-unregistered", action=argparse.BooleanOptionalAction, default=None,
                        help="a device with the right derived key but not registered in advance is registered "
                             "on the spot" + ("" if update else " (default: no)"))
    parser.add_argument("--device-provisioning", action=argparse.BooleanOptionalAction, default=None,
                        help="devices may provision themselves from this group" + ("" if update else
                                                                                   " (default: yes)"))


def _targets(args: argparse.Namespace) -> list[Target] | None:
    if getattr(args, "clear_targets", False):
        if args.target:
            raise InputError("give either --target or --clear-targets", field="target")
        return []
    if args.target is None:
        return None
    return [parse_target(text, field=f"target {index}") for index, text in enumerate(args.target, start=1)]


def _ca_pem(path: str | None) -> str | None:
    if path is None:
        return None
    if path == "":
        return ""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_CA_FILE:
            raise InputError(f"is larger than {MAX_CA_FILE // 1024} KiB; a CA file is a few KiB", file=path)
        return file.read_text(encoding="ascii")
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot be read as a PEM text file ({error.__class__.__name__})", file=path) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("group", help=help_of("group"))
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
    _provisioning_options(create, update=False)
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
    _provisioning_options(update, update=True)
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
    data["targets"] = [dict(target) for target in record.targets]
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
    options = groups.ProvisioningOptions(
        allocation_policy=args.allocation or AllocationPolicy.STATIC.value, targets=_targets(args) or [],
        webhook_url=args.webhook_url or "", webhook_ca_pem=_ca_pem(args.webhook_ca) or "",
        device_provisioning=args.device_provisioning is not False, allow_unregistered=bool(args.allow_unregistered))
    _home, _db, ctx = open_station(args)
    record = groups.create_group(ctx, args.name, masterdata_group=args.masterdata_group, ou=args.ou,
                                 environment=args.environment, product_key=args.product_key, gateway=args.gateway,
                                 reprovision_policy=args.reprovision, label_template=args.template,
                                 description=args.description, provisioning=options)
    _print(record, args.format)
    return 0


def run_update(args: argparse.Namespace) -> int:
    targets, ca_pem = _targets(args), _ca_pem(args.webhook_ca)
    _home, _db, ctx = open_station(args)
    record = groups.update_group(ctx, args.name, groups.GroupChanges(
        new_name=args.rename, ou=args.ou, environment=args.environment, product_key=args.product_key,
        gateway=args.gateway, reprovision_policy=args.reprovision, label_template=args.template,
        description=args.description, allocation_policy=args.allocation, targets=targets,
        webhook_url=args.webhook_url, webhook_ca_pem=ca_pem, device_provisioning=args.device_provisioning,
        allow_unregistered=args.allow_unregistered))
    _print(record, args.format)
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = groups.list_groups(ctx)
    if args.format == "json":
        print_json([_as_json(record) for record in rows])
    else:
        print_table(["name", "group id", "ou", "environment", "devices", "reprovision", "allocation", "template"],
                    [[g.name, g.group_id, g.ou, g.environment, g.device_count, g.reprovision_policy,
                      g.allocation_policy, g.label_template] for g in rows])
    return 0


def run_show(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    record = groups.get_group(ctx, args.name)
    secret = groups.reveal_group_secret(ctx, args.name) if args.show_secret else None
    _print(record, args.format, secret)
    return 0
