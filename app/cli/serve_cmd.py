"""`dps-station serve`: the provisioning service devices talk to, in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from typing import TYPE_CHECKING

from app.cli.commands import help_of
from app.domain.errors import InputError

if TYPE_CHECKING:
    from app.endpoint.limits import Limits
    from app.endpoint.server import Endpoints, ProvisioningServer

DEFAULT_MQTT = "0.0.0.0:8883"
DEFAULT_HTTPS = "0.0.0.0:443"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.endpoint.limits import Limits

    defaults = Limits()
    parser = subparsers.add_parser(
        "serve", help=help_of("serve"),
        description="Devices provision themselves with an unmodified Azure IoT device SDK. Stop with Ctrl+C or "
                    "SIGTERM. Needs a certificate: run 'dps-station service init --hostname NAME' first.")
    parser.add_argument("--mqtt", default=DEFAULT_MQTT, metavar="HOST:PORT|off",
                        help="MQTT 3.1.1 over TLS (default: %(default)s)")
    parser.add_argument("--https", default=DEFAULT_HTTPS, metavar="HOST:PORT|off",
                        help="HTTPS routes, bootstrap and MQTT over WebSockets (default: %(default)s)")
    parser.add_argument("--max-connections", type=int, default=defaults.max_connections, metavar="N",
                        help="open connections per port (default: %(default)s)")
    parser.add_argument("--max-per-ip", type=int, default=defaults.max_per_ip, metavar="N",
                        help="open connections per port from one IP address (default: %(default)s)")
    parser.add_argument("--idle-timeout", type=float, default=defaults.idle_timeout, metavar="SECONDS",
                        help="close a connection that sends nothing for this long (default: %(default)s)")
    parser.add_argument("--handshake-timeout", type=float, default=defaults.handshake_timeout, metavar="SECONDS",
                        help="TLS handshake and first MQTT packet deadline (default: %(default)s)")
    parser.add_argument("--request-timeout", type=float, default=defaults.request_timeout, metavar="SECONDS",
                        help="an HTTPS request must be complete within this (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=defaults.workers, metavar="N",
                        help="threads per process for key look-ups, status reads and the registrations a batch "
                             "leaves (webhook, repeats); first assignments are written in batches on one more "
                             "thread (default: %(default)s)")
    parser.add_argument("--processes", type=int, default=1, metavar="N",
                        help="service processes sharing the ports (SO_REUSEPORT; use the machine's cores; "
                             "default: %(default)s)")
    parser.add_argument("--worker-process", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_serve)


def parse_endpoint(value: str, option: str) -> tuple[str, int] | None:
    if value.strip().lower() == "off":
        return None
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"{value!r} is not HOST:PORT (port 1-65535) or 'off'", field=option)
    return host, int(port)


def _limits(args: argparse.Namespace) -> Limits:
    from app.endpoint.limits import Limits

    for option in ("max_connections", "max_per_ip", "workers", "processes"):
        if getattr(args, option) < 1:
            raise InputError("must be at least 1", field="--" + option.replace("_", "-"))
    for option in ("idle_timeout", "handshake_timeout", "request_timeout"):
        if not getattr(args, option) > 0:
            raise InputError("must be more than 0 seconds", field="--" + option.replace("_", "-"))
    return Limits(max_connections=args.max_connections, max_per_ip=args.max_per_ip, idle_timeout=args.idle_timeout,
                  handshake_timeout=args.handshake_timeout, request_timeout=args.request_timeout,
                  workers=args.workers)


def run_serve(args: argparse.Namespace) -> int:
    from app.cli.common import open_station
    from app.endpoint.registrar import Registrar
    from app.endpoint.server import Endpoints, ProvisioningServer, instance_name
    from app.security.tls import server_ssl_context
    from app.services.device_registration import service_context
    from app.services.service_tls import load_service_tls

    endpoints = Endpoints(parse_endpoint(args.mqtt, "--mqtt"), parse_endpoint(args.https, "--https"))
    if endpoints.mqtt is None and endpoints.https is None:
        raise InputError("both ports are off; nothing to serve", field="--mqtt/--https")
    limits = _limits(args)
    home, db, _ctx = open_station(args, sign_in=False)  # the service acts as its own principal
    tls = load_service_tls(db, _ctx.keyring)
    context = server_ssl_context(tls.server, tls.ca_certificate_pem)
    if args.processes > 1 and not args.worker_process:
        db.dispose()
        return _supervise(args, str(home.path), endpoints)
    _log_to_terminal()
    ctx = service_context(db, _ctx.keyring, home)
    registrar = Registrar(ctx, instance_name(), limits)
    server = ProvisioningServer(registrar, context, endpoints, reuse_port=args.worker_process)
    try:
        asyncio.run(_serve(server, endpoints))
    finally:
        registrar.close()
        try:
            registrar.heartbeat(endpoints.describe(), stopping=True)
        except Exception as error:  # noqa: BLE001 - the service stops anyway
            logging.getLogger(__name__).warning("last heartbeat not recorded: %s", error)
        db.dispose()
    print("dps-station serve: stopped", file=sys.stderr)
    return 0


def _worker_command(args: argparse.Namespace, home: str) -> list[str]:
    command = [sys.executable, "-m", "app", "--home", home]
    if getattr(args, "db", None):
        command += ["--db", args.db]
    command += ["serve", "--mqtt", args.mqtt, "--https", args.https, "--worker-process"]
    for option in ("max_connections", "max_per_ip", "idle_timeout", "handshake_timeout", "request_timeout",
                   "workers"):
        command += ["--" + option.replace("_", "-"), str(getattr(args, option))]
    return command


def _supervise(args: argparse.Namespace, home: str, endpoints: Endpoints) -> int:
    """`--processes N`: N worker processes (this command again) share the ports; SIGTERM and Ctrl+C reach them all;
    the exit code is 0 when every one stopped cleanly."""
    import subprocess

    from app.endpoint.server import check_ports_free

    check_ports_free(endpoints)
    command = _worker_command(args, home)
    workers = [subprocess.Popen(command) for _ in range(args.processes)]

    def forward(signum: int, _frame: object) -> None:
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    import time

    while any(worker.poll() is None for worker in workers):
        if any(worker.poll() not in (None, 0) for worker in workers):
            forward(signal.SIGTERM, None)  # one worker failed (a port, the database): stop the others too
        time.sleep(0.2)
    codes = [worker.returncode for worker in workers]
    return max(codes, key=abs)


async def _serve(server: ProvisioningServer, endpoints: Endpoints) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await server.start()
    described = ", ".join(f"{name} {where}" for name, where in endpoints.describe().items())
    print(f"dps-station serve: listening on {described} (TLS); Ctrl+C stops", file=sys.stderr, flush=True)
    heartbeats = loop.create_task(server.heartbeats())
    try:
        await stop.wait()
    finally:
        heartbeats.cancel()
        await server.stop()


def _log_to_terminal() -> None:
    """Registration lines and refusals also go to standard error (the service runs in the foreground)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logging.getLogger("app.endpoint").addHandler(handler)
