"""The strict MQTT 3.1.1 codec and the DPS topic rules."""

from __future__ import annotations

import asyncio
import struct

import pytest

from app.endpoint import mqtt_codec as mqtt
from app.endpoint.dps import (
    DpsRequestError,
    parse_register_body,
    parse_request_topic,
    parse_username,
    response_topic,
)
from app.endpoint.mqtt_session import topic_matches


def _read(data: bytes, max_size: int = 1024) -> mqtt.Packet:
    async def go() -> mqtt.Packet:
        reader = asyncio.StreamReader()
        reader.feed_data(data)
        reader.feed_eof()
        return await mqtt.read_packet(reader, max_size)
    return asyncio.run(go())


def test_connect_round_trip() -> None:
    packet = _read(mqtt.connect("dev-1", "G1/registrations/dev-1/api-version=2019-03-31", "SharedAccessSignature x"))
    connect = mqtt.parse_connect(packet)
    assert (connect.client_id, connect.username, connect.password, connect.level) == (
        "dev-1", "G1/registrations/dev-1/api-version=2019-03-31", b"SharedAccessSignature x", 4)
    assert "SharedAccessSignature" not in repr(connect)


def test_oversized_packet_refused_before_its_body_is_read() -> None:
    header = bytes([0x30]) + bytes([0xFF, 0xFF, 0xFF, 0x7F])  # 268 MB announced, nothing sent
    with pytest.raises(mqtt.ProtocolError, match="over the limit"):
        _read(header)


@pytest.mark.parametrize("data, match", [
    (bytes([0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]), "remaining length"),
    (bytes([0x82, 0x00]) , None),  # SUBSCRIBE without body: parse fails later
    (bytes([0xC1, 0x00]), "reserved flags"),  # PINGREQ with flags
])
def test_malformed_headers(data: bytes, match: str | None) -> None:
    if match is None:
        with pytest.raises(mqtt.ProtocolError):
            mqtt.parse_subscribe(_read(data))
        return
    with pytest.raises(mqtt.ProtocolError, match=match):
        _read(data)


def test_connect_field_checks() -> None:
    body = mqtt._string("MQIsdp") + bytes([3, 0xC2]) + struct.pack("!H", 60) + mqtt._string("x")
    with pytest.raises(mqtt.ProtocolError, match="not MQTT"):
        mqtt.parse_connect(mqtt.Packet(mqtt.CONNECT, 0, body))
    truncated = mqtt._string("MQTT") + bytes([4, 0xC2]) + struct.pack("!H", 60) + mqtt._string("x") + b"\x00\x09ab"
    with pytest.raises(mqtt.ProtocolError, match="shorter"):
        mqtt.parse_connect(mqtt.Packet(mqtt.CONNECT, 0, truncated))
    bad_utf8 = mqtt._string("MQTT") + bytes([4, 0x02]) + struct.pack("!H", 60) + b"\x00\x02\xff\xfe"
    with pytest.raises(mqtt.ProtocolError, match="UTF-8"):
        mqtt.parse_connect(mqtt.Packet(mqtt.CONNECT, 0, bad_utf8))


def test_publish_qos2_and_wildcards_refused() -> None:
    with pytest.raises(mqtt.ProtocolError, match="QoS 2"):
        mqtt.parse_publish(mqtt.Packet(mqtt.PUBLISH, 4, mqtt._string("a") + b"\x00\x01"))
    with pytest.raises(mqtt.ProtocolError, match="wildcards"):
        mqtt.parse_publish(mqtt.Packet(mqtt.PUBLISH, 0, mqtt._string("a/#")))


def test_username_and_topics() -> None:
    identity = parse_username("0ne00ABC/registrations/dev-1/api-version=2019-03-31&ClientVersion=x%2F1")
    assert (identity.id_scope, identity.registration_id) == ("0ne00ABC", "dev-1")
    assert parse_username("G/registrations/d").registration_id == "d"
    for bad in ("G/devices/d/x", "G", "/registrations/d/", "G/registrations//x"):
        with pytest.raises(DpsRequestError):
            parse_username(bad)
    request = parse_request_topic("$dps/registrations/GET/iotdps-get-operationstatus/?$rid=7&operationId=op-1")
    assert (request.kind, request.rid, request.operation_id) == ("status", "7", "op-1")
    assert parse_request_topic("$dps/registrations/PUT/iotdps-register/?$rid=1").kind == "register"
    for bad in ("$dps/registrations/PUT/iotdps-register/?x=1", "devices/x/messages",
                "$dps/registrations/GET/iotdps-get-operationstatus/?$rid=1",
                "$dps/registrations/PUT/iotdps-register/?$rid=a$b"):
        with pytest.raises(DpsRequestError):
            parse_request_topic(bad)
    topic = response_topic(200, "7", None)
    assert topic == "$dps/registrations/res/200/?$rid=7" and topic.count("$") == 2
    assert response_topic(429, "7", 3).endswith("&retry-after=3")
    assert topic_matches("$dps/registrations/res/#", topic)
    assert not topic_matches("#", topic) and not topic_matches("+/registrations/res/#", topic)


def test_register_body() -> None:
    assert parse_register_body(b'{"registrationId":"dev-1","payload":{"a":1}}', "dev-1") == {"a": 1}
    assert parse_register_body(b'{"registrationId":"dev-1"}', "dev-1") is None
    assert parse_register_body(b" ", "dev-1") is None
    for bad in (b"not json", b"[1]", b'{"registrationId":"dev-2"}', b'{"payload":"x"}', b"\xff"):
        with pytest.raises(DpsRequestError):
            parse_register_body(bad, "dev-1")
