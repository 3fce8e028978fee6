"""The HTTPS port: Azure-DPS-compatible routes, the bootstrap route and MQTT over WebSockets.

PUT  /{idScope}/registrations/{registrationId}/register?api-version=...
GET  /{idScope}/registrations/{registrationId}/operations/{operationId}?api-version=...
POST /bootstrap/v1/register                          (docs/bootstrap.md)
GET  /$iothub/websocket   (Upgrade: websocket, Sec-WebSocket-Protocol: mqtt)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import WSMsgType, web

from app.endpoint import bootstrap
from app.endpoint.dps import (
    DpsAnswer,
    DpsRequestError,
    Identity,
    error_answer,
    parse_register_body,
    valid_identifier,
)
from app.endpoint.limits import ConnectionGate, peer_of
from app.endpoint.mqtt_session import MqttSession
from app.endpoint.registrar import UNAUTHORIZED, Registrar

log = logging.getLogger(__name__)
WEBSOCKET_PATH = "/$iothub/websocket"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _json(answer: DpsAnswer) -> web.Response:
    headers = {"retry-after": str(answer.retry_after)} if answer.retry_after is not None else None
    return web.Response(status=answer.status, body=answer.json_bytes(), content_type="application/json",
                        headers=headers)


class HttpsEndpoint:
    def __init__(self, registrar: Registrar, gate: ConnectionGate) -> None:
        self.registrar = registrar
        self.gate = gate
        self.limits = registrar.limits
        self.replays = bootstrap.ReplayGuard()

    def app(self) -> web.Application:
        app = web.Application(client_max_size=self.limits.max_packet, middlewares=[self._middleware],
                              handler_args={"max_line_size": 4096, "max_field_size": 4096})
        app.router.add_put("/{scope}/registrations/{rid}/register", self.register)
        app.router.add_get("/{scope}/registrations/{rid}/operations/{op}", self.operation)
        app.router.add_post("/bootstrap/v1/register", self.bootstrap)
        app.router.add_get(WEBSOCKET_PATH, self.websocket)
        return app

    def _peer(self, request: web.Request) -> str:
        return peer_of(request.transport)[1] if request.transport is not None else "unknown"

    def _touch(self, request: web.Request) -> None:
        connection = self.gate.connections.get(request.transport) if request.transport is not None else None
        if connection is not None:
            connection.touch()

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self._touch(request)
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status >= 400:
                self.registrar.refused(self._peer(request), "https", None, f"HTTP {exc.status} for {request.method}")
                body = error_answer(exc.status, exc.status * 1000, exc.reason).json_bytes()
                return web.Response(status=exc.status, body=body, content_type="application/json")
            raise
        finally:
            self._touch(request)

    async def _body(self, request: web.Request) -> bytes:
        try:
            return await asyncio.wait_for(request.read(), self.limits.request_timeout)
        except web.HTTPRequestEntityTooLarge:
            raise
        except TimeoutError:
            raise web.HTTPRequestTimeout() from None

    def _identity(self, request: web.Request) -> Identity:
        scope, rid = request.match_info["scope"], request.match_info["rid"]
        if not valid_identifier(scope) or not valid_identifier(rid):
            raise web.HTTPBadRequest(reason="invalid ID scope or registration ID")
        return Identity(scope, rid)

    async def _authenticate(self, request: web.Request, identity: Identity) -> DpsAnswer | None:
        return await self.registrar.authenticate(identity, request.headers.get("Authorization"),
                                                 self._peer(request), "https")

    async def register(self, request: web.Request) -> web.StreamResponse:
        identity = self._identity(request)
        body = await self._body(request)
        refusal = await self._authenticate(request, identity)
        if refusal is not None:
            return _json(refusal)
        try:
            payload = parse_register_body(body, identity.registration_id)
        except DpsRequestError as error:
            self.registrar.refused(self._peer(request), "https", identity, str(error))
            return _json(error_answer(400, 400004, str(error)))
        return _json(await self.registrar.register(identity, payload, "https", self._peer(request)))

    async def operation(self, request: web.Request) -> web.StreamResponse:
        identity = self._identity(request)
        refusal = await self._authenticate(request, identity)
        if refusal is not None:
            return _json(refusal)
        return _json(await self.registrar.operation_status(identity, request.match_info["op"]))

    async def bootstrap(self, request: web.Request) -> web.StreamResponse:
        peer = self._peer(request)
        try:
            parsed = bootstrap.parse_request(await self._body(request))
            self.replays.check_time(parsed.timestamp)
            identity = Identity(parsed.group_id, parsed.sn)
            key = await self.registrar.device_key(parsed.group_id, parsed.sn)
            if key is None or not bootstrap.verify(parsed, key):
                raise bootstrap.BootstrapError(*UNAUTHORIZED)
            self.replays.remember(parsed.sign)
        except bootstrap.BootstrapError as error:
            self.registrar.refused(peer, "bootstrap", None, error.message)
            return _json(error_answer(error.status, error.code, error.message))
        return _json(await self.registrar.register(identity, parsed.payload, "bootstrap", peer))

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        offered = [p.strip() for p in request.headers.get("Sec-WebSocket-Protocol", "").split(",")]
        if "mqtt" not in offered:
            raise web.HTTPBadRequest(reason="WebSocket subprotocol 'mqtt' required")
        ws = web.WebSocketResponse(protocols=("mqtt",), max_msg_size=self.limits.max_packet + 8,
                                   autoping=True, heartbeat=None)
        await ws.prepare(request)
        connection = self.gate.connections.get(request.transport) if request.transport is not None else None
        if connection is not None:
            connection.no_deadline()
        reader = asyncio.StreamReader(limit=self.limits.max_packet + 8)
        closing: list[asyncio.Task[bool]] = []

        def close() -> None:
            closing.append(asyncio.get_running_loop().create_task(ws.close()))

        session = MqttSession(self.registrar, self.limits, self._peer(request), "mqtt-ws", ws.send_bytes, close)
        task = asyncio.get_running_loop().create_task(session.run(reader))
        try:
            async for message in ws:
                if message.type == WSMsgType.BINARY:
                    reader.feed_data(message.data)
                else:
                    self.registrar.refused(self._peer(request), "mqtt-ws", session.identity,
                                           "WebSocket message that is not binary")
                    break
                if task.done():
                    break
        finally:
            reader.feed_eof()
            try:
                await asyncio.wait_for(asyncio.shield(task), 1.0)
            except (TimeoutError, Exception):  # noqa: BLE001 - the session logs its own failures
                task.cancel()
            await ws.close()
        return ws
