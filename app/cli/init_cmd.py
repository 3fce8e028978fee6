"""dps-station init [--org NAME]"""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import add_format_option, open_station, print_json
from app.services.organisation import get_organisation


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("init", help=help_of("init"))
    parser.add_argument("--org", help="organisation name (first run only)")
    add_format_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    home, db, _ctx = open_station(args, org_name=args.org)
    org = get_organisation(db)
    assert org is not None
    info = {"home": str(home.path), "database": db.display_url(), "organisation": org.name,
            "station": db.station_id, "signing_key_id": org.signing_key_id}
    if args.format == "json":
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key:16} {value}")
    return 0
