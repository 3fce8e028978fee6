"""Limits that keep one client (or a flood of them) from starving everyone else.

Connections are counted per IP address and in total BEFORE the TLS handshake (a refused one costs nothing);
the handshake has a deadline; each connection has an idle deadline.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    max_packet: int = 16 * 1024           # bytes: an MQTT packet, an HTTPS body, a WebSocket message
    max_connections: int = 2000           # open connections per port
    max_per_ip: int = 100                 # open connections per port from one IP address
    handshake_timeout: float = 10.0       # TLS handshake, then the first MQTT packet (CONNECT)
    idle_timeout: float = 60.0            # nothing received for this long: closed (MQTT: 1.5 x keep-alive if less)
    request_timeout: float = 30.0         # an HTTPS connection must finish each request within this
    max_in_flight: int = 8                # unanswered requests on one MQTT connection
    # threads for key look-ups, status reads and the registrations a batch leaves (webhook, repeats): one per core.
    # First assignments are written in batches on one more thread (app/endpoint/batching.py). Before batching, more
    # threads only queued on the GIL and on PostgreSQL's audit head lock (2 cores: 8 threads p99 306-349 ms, 2
    # threads 244-271 ms at the same rate).
    workers: int = field(default_factory=lambda: min(8, max(2, os.cpu_count() or 2)))
    max_waiting_calls: int = 400          # registrations waiting for a thread; more are answered 429
    token_skew: int = 300                 # seconds a SAS token's expiry may lie in the past (clock skew)


class ConnectionGate:
    def __init__(self, limits: Limits, name: str) -> None:
        self.limits = limits
        self.name = name
        self.per_ip: Counter[str] = Counter()
        self.total = 0
        self.refused = 0
        self.connections: dict[asyncio.BaseTransport, GatedTlsProtocol] = {}  # by TLS transport
        self.live: set[GatedTlsProtocol] = set()  # every counted connection, also during its handshake

    def abort_all(self) -> None:
        """Stopping: every connection ends now (in-flight registrations finish in their threads)."""
        for protocol in list(self.live):
            protocol.abort()

    def acquire(self, ip: str) -> bool:
        if self.total >= self.limits.max_connections or self.per_ip[ip] >= self.limits.max_per_ip:
            self.refused += 1
            if self.refused % 100 == 1:
                log.warning("%s: refusing connections from %s (open: %d from it, %d in all; refused so far %d)",
                            self.name, ip, self.per_ip[ip], self.total, self.refused)
            return False
        self.total += 1
        self.per_ip[ip] += 1
        return True

    def release(self, ip: str) -> None:
        self.total -= 1
        self.per_ip[ip] -= 1
        if self.per_ip[ip] <= 0:
            del self.per_ip[ip]


def peer_of(transport: asyncio.BaseTransport) -> tuple[str, str]:
    """(ip, "ip:port") of a connection."""
    peer = transport.get_extra_info("peername")
    if isinstance(peer, tuple) and len(peer) >= 2:
        ip = str(peer[0])
        return ip, (f"[{ip}]:{peer[1]}" if ":" in ip else f"{ip}:{peer[1]}")
    return "unknown", "unknown"


class GatedTlsProtocol(asyncio.Protocol):
    """Counts the connection, then upgrades it to TLS (with a deadline), then hands it to the inner protocol.

    `on_refused(peer, reason)` hears about refused connections and failed handshakes."""

    def __init__(self, gate: ConnectionGate, context: ssl.SSLContext, inner_factory: Callable[[], asyncio.Protocol],
                 on_refused: Callable[[str, str], None], deadline: float | None = None) -> None:
        self.gate = gate
        self.deadline = deadline
        self.timer: asyncio.TimerHandle | None = None
        self.tls: asyncio.BaseTransport | None = None
        self.context = context
        self.inner_factory = inner_factory
        self.on_refused = on_refused
        self.inner: asyncio.Protocol | None = None
        self.ip = ""
        self.peer = ""
        self.counted = False
        self.task: asyncio.Task[None] | None = None
        self.raw: asyncio.BaseTransport | None = None
        self.early: list[bytes] = []   # data decrypted before start_tls() returned (a client that talks at once)
        self.early_eof = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.ip, self.peer = peer_of(transport)
        if not self.gate.acquire(self.ip):
            cast(asyncio.WriteTransport, transport).abort()
            self.on_refused(self.peer, "too many connections")
            return
        self.counted = True
        self.raw = transport
        self.gate.live.add(self)
        self.task = asyncio.get_running_loop().create_task(self._upgrade(transport))  # type: ignore[arg-type]

    async def _upgrade(self, transport: asyncio.Transport) -> None:
        loop = asyncio.get_running_loop()
        try:
            tls = await asyncio.wait_for(
                loop.start_tls(transport, self, self.context, server_side=True,
                               ssl_handshake_timeout=self.gate.limits.handshake_timeout),
                self.gate.limits.handshake_timeout + 1)
        except (OSError, ssl.SSLError, TimeoutError, ConnectionError, asyncio.CancelledError) as error:
            transport.abort()
            self._release()
            self.on_refused(self.peer, f"TLS handshake failed ({type(error).__name__})")
            return
        if tls is None or tls.is_closing():
            self._release()
            return
        self.tls = tls
        self.gate.connections[tls] = self
        self.touch()
        self.inner = self.inner_factory()
        self.inner.connection_made(tls)
        early, self.early = self.early, []
        for chunk in early:
            self.inner.data_received(chunk)
        if self.early_eof and not self.inner.eof_received():
            tls.close()

    def touch(self) -> None:
        """Restart the deadline (HTTPS: each request must be complete within it, idle keep-alive included)."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.deadline is not None and self.tls is not None:
            self.timer = asyncio.get_running_loop().call_later(self.deadline, self._expire)

    def no_deadline(self) -> None:
        """The connection became a WebSocket: the MQTT session keeps its own idle deadline."""
        self.deadline = None
        self.touch()

    def _expire(self) -> None:
        if self.tls is not None and not self.tls.is_closing():
            self.on_refused(self.peer, "connection idle or too slow; closed")
            cast(asyncio.WriteTransport, self.tls).abort()

    def abort(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        for transport in (self.tls, self.raw):
            if transport is not None and not transport.is_closing():
                cast(asyncio.WriteTransport, transport).abort()
        self._release()

    def _release(self) -> None:
        if self.counted:
            self.counted = False
            self.gate.release(self.ip)
            self.gate.live.discard(self)

    def data_received(self, data: bytes) -> None:
        if self.inner is not None:
            self.inner.data_received(data)
        elif self.counted:
            self.early.append(data)

    def eof_received(self) -> bool | None:
        if self.inner is None:
            self.early_eof = True
            return True
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        self._release()
        if self.timer is not None:
            self.timer.cancel()
        if self.tls is not None:
            self.gate.connections.pop(self.tls, None)
        if self.inner is not None:
            inner, self.inner = self.inner, None
            inner.connection_lost(exc)


async def serve_gated(host: str, port: int, gate: ConnectionGate, context: ssl.SSLContext,
                      inner_factory: Callable[[], asyncio.Protocol],
                      on_refused: Callable[[str, str], None], deadline: float | None = None,
                      reuse_port: bool = False) -> asyncio.Server:
    loop = asyncio.get_running_loop()

    def factory() -> Any:
        return GatedTlsProtocol(gate, context, inner_factory, on_refused, deadline)

    return await loop.create_server(factory, host, port, reuse_address=True, reuse_port=reuse_port or None,
                                    backlog=1024)
