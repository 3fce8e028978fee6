"""`dps-station service init|ca`: the provisioning service's CA and server certificate."""

from __future__ import annotations

import argparse

from app.cli.commands import help_of
from app.cli.common import open_station


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("service", help=help_of("service"))
    sub = parser.add_subparsers(title="service commands", metavar="SUBCOMMAND", required=True)
    init = sub.add_parser("init", help="create the provisioning CA and a server certificate (idempotent)",
                          description="Creates the organisation's provisioning CA once and a server certificate for "
                                      "the names devices dial (IP addresses become IP SANs). Run again with other "
                                      "names to re-issue the server certificate; the CA stays.")
    init.add_argument("--hostname", action="append", required=True, metavar="NAME",
                      help="a host name or IP address devices dial (repeat for several)")
    init.set_defaults(handler=run_init)
    ca = sub.add_parser("ca", help="write the CA certificate (PEM) that devices trust")
    ca.add_argument("--out", required=True, metavar="FILE", help="where to write the PEM file")
    ca.set_defaults(handler=run_ca)


def run_init(args: argparse.Namespace) -> int:
    from app.services.service_tls import init_service_tls

    _home, db, ctx = open_station(args)
    info = init_service_tls(ctx, args.hostname)
    print(f"provisioning CA: {'created' if info.created_ca else 'kept'} (SHA-256 {info.ca_fingerprint})")
    print(f"server certificate: {'issued' if info.created_server else 'kept'} for {', '.join(info.hostnames)}, "
          f"valid until {info.server_not_after:%Y-%m-%d}")
    db.dispose()
    return 0


def run_ca(args: argparse.Namespace) -> int:
    from app.services.service_tls import write_ca_certificate

    _home, db, _ctx = open_station(args)
    write_ca_certificate(db, args.out)
    print(f"wrote the provisioning CA certificate to {args.out}")
    db.dispose()
    return 0
