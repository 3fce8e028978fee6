"""One device's MQTT 3.1.1 connection to the provisioning service, whatever carries it (TLS or a WebSocket).

CONNECT (SAS token checked) -> CONNACK 0, or 5 and close; SUBSCRIBE to `$dps/registrations/res/#`; PUBLISH a
register or an operation-status request (QoS 0/1, PUBACK at once); the answer is published to this connection
only. Anything outside that closes the connection.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.endpoint import mqtt_codec as mqtt
from app.endpoint.dps import (
    DpsAnswer,
    DpsRequestError,
    Identity,
    TopicRequest,
    error_answer,
    parse_register_body,
    parse_request_topic,
    parse_username,
    response_topic,
)
from app.endpoint.limits import Limits

if TYPE_CHECKING:
    from app.endpoint.registrar import Registrar

log = logging.getLogger(__name__)
RESPONSE_PREFIX = "$dps/registrations/res/"


def topic_matches(topic_filter: str, topic: str) -> bool:
    """MQTT 3.1.1 4.7 matching (wildcards do not match topics that start with '$' at the first level)."""
    filter_levels, levels = topic_filter.split("/"), topic.split("/")
    for index, part in enumerate(filter_levels):
        if part == "#":
            return not (index == 0 and topic.startswith("$"))
        if index >= len(levels):
            return False
        if part == "+":
            if index == 0 and topic.startswith("$"):
                return False
            continue
        if part != levels[index]:
            return False
    return len(filter_levels) == len(levels)


class MqttSession:
    def __init__(self, registrar: Registrar, limits: Limits, peer: str, transport: str,
                 send: Callable[[bytes], Awaitable[None]], close: Callable[[], None]) -> None:
        self.registrar = registrar
        self.limits = limits
        self.peer = peer
        self.transport = transport
        self._send = send
        self._close = close
        self.identity: Identity | None = None
        self.filters: list[str] = []
        self.tasks: set[asyncio.Task[None]] = set()
        self.send_lock = asyncio.Lock()

    async def send(self, data: bytes) -> None:
        async with self.send_lock:
            await self._send(data)

    async def run(self, reader: asyncio.StreamReader) -> None:
        try:
            first = await asyncio.wait_for(mqtt.read_packet(reader, self.limits.max_packet),
                                           self.limits.handshake_timeout)
            if first.kind != mqtt.CONNECT:
                raise mqtt.ProtocolError(f"first packet is type {first.kind}, not CONNECT")
            idle = await self._connect(mqtt.parse_connect(first))
            if idle is None:
                return
            while True:
                packet = await asyncio.wait_for(mqtt.read_packet(reader, self.limits.max_packet), idle)
                if not await self._dispatch(packet):
                    return
        except (mqtt.ProtocolError, DpsRequestError) as error:
            self.registrar.refused(self.peer, self.transport, self.identity, str(error))
        except TimeoutError:
            self.registrar.refused(self.peer, self.transport, self.identity, "timed out waiting for the client")
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            for task in self.tasks:
                task.cancel()
            self._close()

    async def _connect(self, connect: mqtt.Connect) -> float | None:
        """CONNACK; the idle deadline when accepted, None when refused (the caller closes)."""
        if connect.level != 4:
            await self.send(mqtt.connack(mqtt.CONNACK_BAD_PROTOCOL))
            raise mqtt.ProtocolError(f"MQTT protocol level {connect.level}; this service speaks 3.1.1 (level 4)")
        try:
            identity = parse_username(connect.username or "")
        except DpsRequestError as error:
            await self.send(mqtt.connack(mqtt.CONNACK_NOT_AUTHORIZED))
            self.registrar.refused(self.peer, self.transport, None, str(error))
            return None
        if connect.client_id != identity.registration_id:
            await self.send(mqtt.connack(mqtt.CONNACK_NOT_AUTHORIZED))
            self.registrar.refused(self.peer, self.transport, identity, "client id differs from the registration ID")
            return None
        try:
            token = connect.password.decode("utf-8") if connect.password is not None else None
        except UnicodeDecodeError:
            token = ""
        refusal = await self.registrar.authenticate(identity, token, self.peer, self.transport)
        if refusal is not None:
            # 429/503: the device may retry later; every refusal is CONNACK 5 for MQTT (what Azure sends).
            await self.send(mqtt.connack(mqtt.CONNACK_NOT_AUTHORIZED))
            return None
        self.identity = identity
        await self.send(mqtt.connack(mqtt.CONNACK_ACCEPTED))
        keep_alive = connect.keep_alive * 1.5
        return min(self.limits.idle_timeout, keep_alive) if keep_alive else self.limits.idle_timeout

    async def _dispatch(self, packet: mqtt.Packet) -> bool:
        if packet.kind == mqtt.PUBLISH:
            await self._publish(mqtt.parse_publish(packet))
        elif packet.kind == mqtt.SUBSCRIBE:
            subscribe = mqtt.parse_subscribe(packet)
            granted = []
            for topic_filter, qos in subscribe.filters:
                if topic_filter.startswith(RESPONSE_PREFIX) or topic_filter == RESPONSE_PREFIX.rstrip("/"):
                    self.filters.append(topic_filter)
                    granted.append(min(qos, 1))
                else:
                    granted.append(0x80)
            await self.send(mqtt.suback(subscribe.packet_id, granted))
        elif packet.kind == mqtt.UNSUBSCRIBE:
            packet_id, topics = mqtt.parse_unsubscribe(packet)
            self.filters = [topic_filter for topic_filter in self.filters if topic_filter not in topics]
            await self.send(mqtt.unsuback(packet_id))
        elif packet.kind == mqtt.PINGREQ:
            if packet.body:
                raise mqtt.ProtocolError("PINGREQ with a body")
            await self.send(mqtt.pingresp())
        elif packet.kind == mqtt.PUBACK:
            mqtt.parse_packet_id(packet)  # we publish QoS 0; a client acknowledging anyway is harmless
        elif packet.kind == mqtt.DISCONNECT:
            return False
        else:
            raise mqtt.ProtocolError(f"packet type {packet.kind} not allowed from a client here")
        return True

    async def _publish(self, publish: mqtt.Publish) -> None:
        request = parse_request_topic(publish.topic)
        if publish.qos == 1 and publish.packet_id is not None:
            await self.send(mqtt.puback(publish.packet_id))
        if len(self.tasks) >= self.limits.max_in_flight:
            raise mqtt.ProtocolError("too many unanswered requests on one connection")
        task = asyncio.get_running_loop().create_task(self._answer(request, publish.payload))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _answer(self, request: TopicRequest, body: bytes) -> None:
        assert self.identity is not None
        answer: DpsAnswer
        if request.kind == "register":
            try:
                payload = parse_register_body(body, self.identity.registration_id)
            except DpsRequestError as error:
                self.registrar.refused(self.peer, self.transport, self.identity, str(error))
                answer = error_answer(400, 400004, str(error))
            else:
                answer = await self.registrar.register(self.identity, payload, self.transport, self.peer)
        else:
            assert request.operation_id is not None
            answer = await self.registrar.operation_status(self.identity, request.operation_id)
        topic = response_topic(answer.status, request.rid, answer.retry_after)
        if not any(topic_matches(topic_filter, topic) for topic_filter in self.filters):
            log.debug("%s: answer dropped, the client has not subscribed to %s", self.peer, RESPONSE_PREFIX)
            return
        try:
            await self.send(mqtt.publish(topic, answer.json_bytes()))
        except (ConnectionError, RuntimeError):
            pass
