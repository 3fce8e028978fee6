"""dps-station user add|list|disable|enable|role|password (the services of the Office's Users page)"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import (
    add_format_option,
    open_station,
    print_json,
    print_table,
    read_password,
)
from app.domain.enums import PERSON_ROLES
from app.services import users


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("user", help=help_of("user"))
    sub = parser.add_subparsers(title="user commands", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a user (password from a prompt or standard input)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in PERSON_ROLES])
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=run_add)
    listing = sub.add_parser("list", help="list users")
    add_format_option(listing)
    listing.set_defaults(handler=run_list)
    for action, alias, helptext, active in (
            ("deactivate", "disable", "deactivate a user: they can no longer sign in (also: disable)", False),
            ("activate", "enable", "reactivate a user: they can sign in again (also: enable)", True)):
        toggle = sub.add_parser(action, aliases=[alias], help=helptext)
        toggle.add_argument("name")
        toggle.set_defaults(handler=run_set_active, active=active)
    role = sub.add_parser("role", help="give a user another role")
    role.add_argument("name")
    role.add_argument("role", choices=[role.value for role in PERSON_ROLES])
    role.set_defaults(handler=run_role)
    password = sub.add_parser("password", help="reset a user's password (from a prompt or standard input)")
    password.add_argument("name")
    password.set_defaults(handler=run_password)


def run_add(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    password = read_password(f"Password for {args.name}: ", confirm=True)
    user = users.add_user(ctx, args.name, password, args.role, args.full_name)
    print(f"added {user.name} ({user.role})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = users.list_users(ctx)
    if args.format == "json":
        print_json([{"name": u.name, "full_name": u.full_name, "role": u.role, "active": u.active} for u in rows])
    else:
        print_table(["name", "role", "active", "full name"], [[u.name, u.role, u.active, u.full_name] for u in rows])
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    user = users.set_active(ctx, args.name, args.active)
    print(f"{user.name} is {'active' if user.active else 'deactivated'}")
    return 0


def run_role(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    user = users.set_role(ctx, args.name, args.role)
    print(f"{user.name} is {user.role}")
    return 0


def run_password(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    password = read_password(f"New password for {args.name}: ", confirm=True)
    user = users.reset_password(ctx, args.name, password)
    print(f"password of {user.name} reset")
    return 0
