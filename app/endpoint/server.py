"""`dps-station serve`'s engine: the MQTT/TLS port and the HTTPS port over one Registrar, heartbeats, clean stop."""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from app.domain.errors import DpsError
from app.endpoint.https_app import HttpsEndpoint
from app.endpoint.limits import ConnectionGate, Limits, serve_gated
from app.endpoint.mqtt_session import MqttSession
from app.endpoint.registrar import Registrar

log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 10.0


class PortUnavailableError(DpsError):
    exit_code = 4


@dataclass(frozen=True)
class Endpoints:
    mqtt: tuple[str, int] | None
    https: tuple[str, int] | None

    def describe(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in (("mqtt", self.mqtt), ("https", self.https)):
            if value is not None:
                out[name] = f"{value[0]}:{value[1]}"
        return out


def instance_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class ProvisioningServer:
    def __init__(self, registrar: Registrar, context: ssl.SSLContext, endpoints: Endpoints, *,
                 reuse_port: bool = False) -> None:
        self.registrar = registrar
        self.reuse_port = reuse_port  # one of several worker processes sharing the ports (serve --processes)
        self.context = context
        self.endpoints = endpoints
        self.limits: Limits = registrar.limits
        self.servers: list[asyncio.Server] = []
        self.runner: web.AppRunner | None = None
        self.mqtt_gate = ConnectionGate(self.limits, "mqtt")
        self.https_gate = ConnectionGate(self.limits, "https")
        self.sessions: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        try:
            if self.endpoints.mqtt is not None:
                host, port = self.endpoints.mqtt
                self.servers.append(await serve_gated(host, port, self.mqtt_gate, self.context, self._mqtt_protocol,
                                                      self._refused("mqtt"), reuse_port=self.reuse_port))
            if self.endpoints.https is not None:
                host, port = self.endpoints.https
                self.runner = web.AppRunner(HttpsEndpoint(self.registrar, self.https_gate).app(), access_log=None,
                                            keepalive_timeout=self.limits.request_timeout,
                                            handle_signals=False, shutdown_timeout=2.0)
                await self.runner.setup()
                server = self.runner.server
                assert server is not None
                self.servers.append(await serve_gated(host, port, self.https_gate, self.context, server,
                                                      self._refused("https"), deadline=self.limits.request_timeout,
                                                      reuse_port=self.reuse_port))
        except OSError as error:
            await self.stop()
            raise PortUnavailableError(_port_message(error, self.endpoints)) from None

    def _refused(self, transport: str) -> Callable[[str, str], None]:
        def report(peer: str, reason: str) -> None:
            self.registrar.refused(peer, transport, None, reason)
        return report

    def _mqtt_protocol(self) -> asyncio.Protocol:
        reader = asyncio.StreamReader(limit=self.limits.max_packet + 8)
        return asyncio.StreamReaderProtocol(reader, self._mqtt_connected)

    async def _mqtt_connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        name = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else "unknown"

        async def send(data: bytes) -> None:
            writer.write(data)
            await writer.drain()

        session = MqttSession(self.registrar, self.limits, name, "mqtt", send, writer.close)
        task = asyncio.current_task()
        if task is not None:
            self.sessions.add(task)
        try:
            await session.run(reader)
        finally:
            if task is not None:
                self.sessions.discard(task)

    async def heartbeats(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.registrar.heartbeat, self.endpoints.describe())
            except Exception as error:  # noqa: BLE001 - a missed heartbeat must not stop the service
                log.warning("heartbeat not recorded: %s", error)
            await asyncio.sleep(HEARTBEAT_SECONDS)

    async def stop(self) -> None:
        for server in self.servers:
            server.close()
        for task in list(self.sessions):
            task.cancel()
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
        self.mqtt_gate.abort_all()
        self.https_gate.abort_all()
        for server in self.servers:
            try:
                await asyncio.wait_for(server.wait_closed(), 3.0)
            except TimeoutError:
                pass
        self.servers.clear()


def check_ports_free(endpoints: Endpoints) -> None:
    """Before worker processes bind with SO_REUSEPORT (which would share a port with another serve instead of
    failing): the ports must be free now."""
    for _name, value in (("mqtt", endpoints.mqtt), ("https", endpoints.https)):
        if value is None:
            continue
        family = socket.AF_INET6 if ":" in value[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(value)
            except OSError as error:
                raise PortUnavailableError(_port_message(error, endpoints)) from None


def _port_message(error: OSError, endpoints: Endpoints) -> str:
    where = ", ".join(f"{name} {value}" for name, value in endpoints.describe().items())
    if error.errno == errno.EADDRINUSE:
        return f"a port is already taken ({where}): another program (or another dps-station serve) listens there"
    if error.errno == errno.EACCES:
        return (f"no permission to listen on a port ({where}); ports below 1024 need privileges "
                "(e.g. setcap cap_net_bind_service or choose another port with --mqtt/--https)")
    return f"cannot listen ({where}): {error.strerror}"
