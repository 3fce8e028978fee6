"""dps-station user add|list|disable|enable|role|password|unlock (the services of the Office's Users page)"""

from __future__ import annotations

import argparse
from datetime import datetime

from app.cli.commands import help_of
from app.cli.common import (
    add_format_option,
    open_station,
    print_json,
    print_table,
    read_password,
)
from app.domain.enums import PERSON_ROLES
from app.services import sign_in_guard, users


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
    unlock = sub.add_parser("unlock", help="lift the lock that repeated wrong passwords put on a user")
    unlock.add_argument("name")
    unlock.set_defaults(handler=run_unlock)


def run_add(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    users.check_may_add(ctx, args.role)
    password = read_password(f"Password for {args.name}: ", confirm=True)
    user = users.add_user(ctx, args.name, password, args.role, args.full_name)
    print(f"added {user.name} ({user.role})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    rows = users.list_users(ctx)
    if args.format == "json":
        print_json([{"name": u.name, "full_name": u.full_name, "role": u.role, "active": u.active,
                     "locked_until": u.locked_until.isoformat() if u.locked_until else None} for u in rows])
    else:
        print_table(["name", "role", "active", "locked until", "full name"],
                    [[u.name, u.role, u.active, _until(u.locked_until), u.full_name] for u in rows])
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


def run_unlock(args: argparse.Namespace) -> int:
    _home, _db, ctx = open_station(args)
    if sign_in_guard.unlock(ctx, args.name):
        print(f"{args.name} is unlocked")
    else:
        print(f"{args.name} was not locked")
    return 0


def _until(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment else ""
