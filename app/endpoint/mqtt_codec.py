"""A strict MQTT 3.1.1 codec for the packets a provisioning client sends and the ones the server answers.

Only what a DPS client needs: CONNECT, PUBLISH (QoS 0/1), PUBACK, SUBSCRIBE, UNSUBSCRIBE, PINGREQ, DISCONNECT in;
CONNACK, PUBLISH (QoS 0), PUBACK, SUBACK, UNSUBACK, PINGRESP out. Anything malformed raises ProtocolError and the
connection is closed (MQTT 3.1.1 section 4.8).
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import dataclass

CONNECT, CONNACK, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP = 1, 2, 3, 4, 5, 6, 7
SUBSCRIBE, SUBACK, UNSUBSCRIBE, UNSUBACK, PINGREQ, PINGRESP, DISCONNECT = 8, 9, 10, 11, 12, 13, 14

CONNACK_ACCEPTED = 0
CONNACK_BAD_PROTOCOL = 1
CONNACK_IDENTIFIER_REJECTED = 2
CONNACK_BAD_CREDENTIALS = 4
CONNACK_NOT_AUTHORIZED = 5

# Fixed-header flags that MQTT 3.1.1 (2.2.2) requires for each packet type the server accepts.
_REQUIRED_FLAGS = {CONNECT: 0, PUBACK: 0, SUBSCRIBE: 2, UNSUBSCRIBE: 2, PINGREQ: 0, DISCONNECT: 0}


class ProtocolError(Exception):
    """Not MQTT 3.1.1, or a packet this server refuses. The message is safe to log (no payload, no password)."""


@dataclass(frozen=True)
class Packet:
    kind: int
    flags: int
    body: bytes


@dataclass(frozen=True)
class Connect:
    protocol: str
    level: int
    clean_session: bool
    keep_alive: int
    client_id: str
    username: str | None
    password: bytes | None

    def __repr__(self) -> str:
        return f"Connect(client_id={self.client_id!r}, username={self.username!r}, password=<hidden>)"


@dataclass(frozen=True)
class Publish:
    topic: str
    qos: int
    packet_id: int | None
    payload: bytes


@dataclass(frozen=True)
class Subscribe:
    packet_id: int
    filters: list[tuple[str, int]]


async def read_packet(reader: asyncio.StreamReader, max_size: int) -> Packet:
    """One packet. Raises ProtocolError for a packet over `max_size` bytes before reading its body;
    asyncio.IncompleteReadError at end of stream."""
    first = (await reader.readexactly(1))[0]
    length = 0
    for shift in (0, 7, 14, 21):
        byte = (await reader.readexactly(1))[0]
        length |= (byte & 0x7F) << shift
        if not byte & 0x80:
            break
    else:
        raise ProtocolError("malformed remaining length")
    if length > max_size:
        raise ProtocolError(f"packet of {length} bytes is over the limit of {max_size}")
    body = await reader.readexactly(length) if length else b""
    kind, flags = first >> 4, first & 0x0F
    if kind in _REQUIRED_FLAGS and flags != _REQUIRED_FLAGS[kind]:
        raise ProtocolError(f"packet type {kind} with reserved flags {flags:#x}")
    return Packet(kind, flags, body)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, count: int) -> bytes:
        if self.pos + count > len(self.data):
            raise ProtocolError("packet shorter than its fields")
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int(struct.unpack("!H", self.take(2))[0])

    def binary(self) -> bytes:
        return self.take(self.u16())

    def text(self) -> str:
        raw = self.binary()
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError("a string is not UTF-8") from None
        if "\x00" in value:
            raise ProtocolError("a string holds U+0000")
        return value

    def rest(self) -> bytes:
        return self.take(len(self.data) - self.pos)

    def done(self) -> bool:
        return self.pos == len(self.data)


def parse_connect(packet: Packet) -> Connect:
    cursor = _Cursor(packet.body)
    protocol = cursor.text()
    level = cursor.u8()
    flags = cursor.u8()
    keep_alive = cursor.u16()
    if protocol != "MQTT":
        raise ProtocolError(f"protocol name {protocol[:16]!r} is not MQTT")
    if flags & 0x01:
        raise ProtocolError("CONNECT reserved flag set")
    client_id = cursor.text()
    if flags & 0x04:  # will flag: topic and message are read and ignored (a DPS client has no use for them)
        cursor.text()
        cursor.binary()
    elif flags & 0x38:
        raise ProtocolError("will QoS/retain without a will")
    username = cursor.text() if flags & 0x80 else None
    password = cursor.binary() if flags & 0x40 else None
    if password is not None and username is None:
        raise ProtocolError("password without user name")
    if not cursor.done():
        raise ProtocolError("CONNECT longer than its fields")
    return Connect(protocol, level, bool(flags & 0x02), keep_alive, client_id, username, password)


def parse_publish(packet: Packet) -> Publish:
    qos = (packet.flags >> 1) & 0x03
    if qos == 3:
        raise ProtocolError("PUBLISH with QoS 3")
    if qos == 2:
        raise ProtocolError("PUBLISH with QoS 2 (this server takes QoS 0 and 1)")
    cursor = _Cursor(packet.body)
    topic = cursor.text()
    if not topic or "+" in topic or "#" in topic:
        raise ProtocolError("PUBLISH topic empty or with wildcards")
    packet_id = cursor.u16() if qos else None
    if packet_id == 0:
        raise ProtocolError("packet identifier 0")
    return Publish(topic, qos, packet_id, cursor.rest())


def parse_subscribe(packet: Packet) -> Subscribe:
    cursor = _Cursor(packet.body)
    packet_id = cursor.u16()
    filters: list[tuple[str, int]] = []
    while not cursor.done():
        topic = cursor.text()
        qos = cursor.u8()
        if not topic or qos > 2:
            raise ProtocolError("SUBSCRIBE with an empty filter or a bad QoS")
        filters.append((topic, qos))
    if not filters or packet_id == 0:
        raise ProtocolError("SUBSCRIBE without filters")
    return Subscribe(packet_id, filters)


def parse_unsubscribe(packet: Packet) -> tuple[int, list[str]]:
    cursor = _Cursor(packet.body)
    packet_id = cursor.u16()
    topics: list[str] = []
    while not cursor.done():
        topics.append(cursor.text())
    if not topics:
        raise ProtocolError("UNSUBSCRIBE without topics")
    return packet_id, topics


def parse_packet_id(packet: Packet) -> int:
    if len(packet.body) != 2:
        raise ProtocolError("acknowledgement of the wrong length")
    return int(struct.unpack("!H", packet.body)[0])


def _remaining_length(length: int) -> bytes:
    out = bytearray()
    while True:
        byte = length % 128
        length //= 128
        out.append(byte | (0x80 if length else 0))
        if not length:
            return bytes(out)


def _packet(first: int, body: bytes) -> bytes:
    return bytes([first]) + _remaining_length(len(body)) + body


def _string(value: str) -> bytes:
    raw = value.encode("utf-8")
    return struct.pack("!H", len(raw)) + raw


def connack(code: int) -> bytes:
    return _packet(CONNACK << 4, bytes([0, code]))


def suback(packet_id: int, granted: list[int]) -> bytes:
    return _packet(SUBACK << 4, struct.pack("!H", packet_id) + bytes(granted))


def unsuback(packet_id: int) -> bytes:
    return _packet(UNSUBACK << 4, struct.pack("!H", packet_id))


def puback(packet_id: int) -> bytes:
    return _packet(PUBACK << 4, struct.pack("!H", packet_id))


def pingresp() -> bytes:
    return _packet(PINGRESP << 4, b"")


def publish(topic: str, payload: bytes, qos: int = 0, packet_id: int | None = None) -> bytes:
    body = _string(topic) + (struct.pack("!H", packet_id or 1) if qos else b"") + payload
    return _packet((PUBLISH << 4) | (qos << 1), body)


def connect(client_id: str, username: str | None, password: str | None, keep_alive: int = 60) -> bytes:
    """A client CONNECT (for the tests and the benchmark)."""
    flags = 0x02 | (0x80 if username is not None else 0) | (0x40 if password is not None else 0)
    body = _string("MQTT") + bytes([4, flags]) + struct.pack("!H", keep_alive) + _string(client_id)
    if username is not None:
        body += _string(username)
    if password is not None:
        body += _string(password)
    return _packet(CONNECT << 4, body)


def subscribe(packet_id: int, topic: str, qos: int = 1) -> bytes:
    return _packet((SUBSCRIBE << 4) | 2, struct.pack("!H", packet_id) + _string(topic) + bytes([qos]))
