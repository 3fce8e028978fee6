"""dps-station init [--org NAME] [--supervisor NAME]"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import add_format_option, open_station, print_json, sign_in_password
from app.services import users
from app.services.organisation import get_organisation


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help=help_of("init"))
    parser.add_argument("--org", help="organisation name (first run only)")
    parser.add_argument("--supervisor", metavar="NAME",
                        help="also create the first supervisor (a station without users only); the password "
                             "comes from --password-file, $DPS_PASSWORD or a prompt")
    parser.add_argument("--full-name", default="", help="the first supervisor's full name")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    home, db, ctx = open_station(args, org_name=args.org, create=True, sign_in=False)
    if args.supervisor:
        password = sign_in_password(args, f"Password for {args.supervisor}: ", confirm=True)
        users.create_first_supervisor(ctx, args.supervisor, password, args.full_name)
    org = get_organisation(db)
    assert org is not None
    info = {"home": str(home.path), "database": db.display_url(), "organisation": org.name,
            "station": db.station_id, "signing_key_id": org.signing_key_id}
    if args.supervisor:
        info["supervisor"] = args.supervisor
    if args.format == "json":
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key:16} {value}")
        if not args.supervisor and not users.has_users(db):
            print("no users yet: create the first supervisor with 'dps-station init --supervisor NAME' (or "
                  "'dps-station user add NAME --role supervisor'); until then only commands that read run")
    return 0
