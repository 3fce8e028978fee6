"""Bad input on every port: each gets a refusal or a closed connection, nothing about devices is written, no
secret is logged, and a real SDK still provisions afterwards."""

from __future__ import annotations

import base64
import http.client
import json
import socket
import ssl
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.endpoint import bootstrap
from app.endpoint import mqtt_codec as mqtt
from app.security.sas import make_token
from tests.endpoint.conftest import running_service
from tests.endpoint.endpoint_support import (
    HTTPS_PORT,
    MQTT_PORT,
    ServiceProcess,
    Station,
    python_register,
)
from tests.support.ctx import table_dump

pytestmark = pytest.mark.slow
LIMITS = ("--handshake-timeout", "2", "--idle-timeout", "3", "--request-timeout", "3", "--max-per-ip", "8")
SERVICE_TABLES = ("service_errors", "service_heartbeats")
CLOSE_DEADLINE = 15.0  # the limits above are 2-3 s; a busy 2-core machine gets a generous margin


@pytest.fixture(scope="module")
def service(station: Station, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    yield from running_service(station, tmp_path_factory.mktemp("serve"), *LIMITS)


@pytest.fixture(scope="module")
def device_tables(station: Station, service: ServiceProcess) -> dict[str, object]:
    """Every row outside the service's own status tables, before any garbage is sent."""
    return {name: rows for name, rows in table_dump(station.ctx.db.engine).items() if name not in SERVICE_TABLES}


def _context(station: Station) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(station.ca_file))
    return context


def tls(station: Station, port: int = MQTT_PORT) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", port), timeout=CLOSE_DEADLINE)
    return _context(station).wrap_socket(raw, server_hostname="localhost")


def closed_by_server(sock: socket.socket, deadline: float = CLOSE_DEADLINE) -> bytes:
    """Everything the server sent until it closed the connection; fails if it stays open past the deadline."""
    sock.settimeout(deadline)
    received = b""
    end = time.monotonic() + deadline
    try:
        while time.monotonic() < end:
            chunk = sock.recv(4096)
            if not chunk:
                return received
            received += chunk
    except (ConnectionResetError, ssl.SSLError, BrokenPipeError):
        return received
    except TimeoutError:
        pass
    raise AssertionError(f"the server kept the connection open for {deadline} s")


def _username(station: Station, sn: str) -> str:
    return f"{station.scope()}/registrations/{sn}/api-version=2019-03-31&ClientVersion=test"


def _token(station: Station, sn: str, expiry: int) -> str:
    return make_token(base64.b64decode(station.key(sn)), f"{station.scope()}/registrations/{sn}", expiry)


def test_plain_tcp_and_http_on_the_mqtt_port_are_closed(station: Station, service: ServiceProcess,
                                                        device_tables: dict[str, object]) -> None:
    raw = socket.create_connection(("127.0.0.1", MQTT_PORT), timeout=5)
    raw.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert b"HTTP" not in closed_by_server(raw)
    with tls(station) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert closed_by_server(sock) == b""


@pytest.mark.parametrize("packet", [
    bytes([0x10, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]),                        # remaining length of 5 bytes
    bytes([0x10, 0x04, 0x00, 0x04, 0x4D, 0x51]),                        # CONNECT cut in the middle of a field
    bytes([0xC0, 0x00]),                                                # PINGREQ before CONNECT
    bytes([0x10, 0xFF, 0xFF, 0x3F]) + b"\x00" * 64,                     # CONNECT announcing 1 MB (over the limit)
    b"\x00" * 32,                                                       # reserved packet type 0
])
def test_malformed_and_oversized_mqtt_is_closed_without_an_answer(station: Station, service: ServiceProcess,
                                                                  packet: bytes) -> None:
    with tls(station) as sock:
        sock.sendall(packet)
        assert closed_by_server(sock) == b""


def test_mqtt_3_1_gets_connack_1(station: Station, service: ServiceProcess) -> None:
    body = mqtt._string("MQTT") + bytes([3, 0xC2]) + struct.pack("!H", 60) + mqtt._string("SN-1")
    body += mqtt._string(_username(station, "SN-1")) + mqtt._string("x")
    with tls(station) as sock:
        sock.sendall(bytes([0x10, len(body)]) + body)
        assert closed_by_server(sock) == mqtt.connack(1)


@pytest.mark.parametrize("case", ["expired", "garbled", "missing", "other device"])
def test_bad_tokens_get_connack_5(station: Station, service: ServiceProcess, case: str) -> None:
    now = int(time.time())
    password: str | None = {"expired": _token(station, "SN-1", now - 3600),
                            "garbled": "SharedAccessSignature sr=%%%&sig=***&se=abc",
                            "missing": None,
                            "other device": _token(station, "SN-2", now + 3600)}[case]
    with tls(station) as sock:
        sock.sendall(mqtt.connect("SN-1", _username(station, "SN-1"), password))
        assert closed_by_server(sock) == mqtt.connack(5)


def test_oversized_publish_after_a_good_connect_is_closed(station: Station, service: ServiceProcess) -> None:
    with tls(station) as sock:
        sock.sendall(mqtt.connect("SN-9", _username(station, "SN-9"), _token(station, "SN-9", int(time.time()) + 60)))
        assert sock.recv(4) == mqtt.connack(0)
        sock.sendall(mqtt.subscribe(1, "$dps/registrations/res/#"))
        assert sock.recv(5) == mqtt.suback(1, [1])
        big = b"{" + b" " * 200_000 + b"}"
        sock.sendall(mqtt.publish("$dps/registrations/PUT/iotdps-register/?$rid=1", big, qos=1, packet_id=1)[:70000])
        assert closed_by_server(sock) == b""


def test_non_json_register_body_over_mqtt_gets_400(station: Station, service: ServiceProcess) -> None:
    with tls(station) as sock:
        sock.sendall(mqtt.connect("SN-9", _username(station, "SN-9"), _token(station, "SN-9", int(time.time()) + 60)))
        assert sock.recv(4) == mqtt.connack(0)
        sock.sendall(mqtt.subscribe(1, "$dps/registrations/res/#"))
        sock.recv(5)
        sock.sendall(mqtt.publish("$dps/registrations/PUT/iotdps-register/?$rid=7", b"not json"))
        answer = sock.recv(4096)
        assert b"$dps/registrations/res/400/?$rid=7" in answer and b'"errorCode":400004' in answer
        sock.sendall(mqtt.publish("devices/SN-9/messages/events/", b"x"))  # a topic this service does not answer
        assert closed_by_server(sock) == b""


def test_slow_clients_are_closed(station: Station, service: ServiceProcess) -> None:
    started = time.monotonic()
    silent_tcp = socket.create_connection(("127.0.0.1", MQTT_PORT))       # never starts TLS
    silent_tls = tls(station)                                             # TLS, but never sends CONNECT
    https_tls = tls(station, HTTPS_PORT)
    https_tls.sendall(b"PUT /x/registrations/y/register HTTP/1.1\r\nHost: localhost\r\n")  # headers never end
    for sock in (silent_tcp, silent_tls, https_tls):
        closed_by_server(sock)
        sock.close()
    assert time.monotonic() - started < CLOSE_DEADLINE


def test_the_garbage_so_far_wrote_nothing(station: Station, service: ServiceProcess,
                                          device_tables: dict[str, object]) -> None:
    """The tests above sent only garbage (no registration went through): no device data changed, but the Office's
    "last errors" heard about it."""
    after = {name: rows for name, rows in table_dump(station.ctx.db.engine).items() if name not in SERVICE_TABLES}
    assert after == device_tables
    with station.ctx.db.engine.connect() as connection:
        from sqlalchemy import text

        assert connection.scalar(text("SELECT count(*) FROM service_errors")) > 0


def test_a_flood_from_one_address_is_cut_and_others_are_served(sdk_python: Path, station: Station,
                                                               service: ServiceProcess) -> None:
    held = [socket.create_connection(("127.0.0.1", MQTT_PORT)) for _ in range(8)]
    try:
        time.sleep(0.5)  # the server counts them as they are accepted
        extra = [socket.create_connection(("127.0.0.1", MQTT_PORT)) for _ in range(20)]
        for sock in extra:
            closed_by_server(sock, 5.0)
            sock.close()
    finally:
        for sock in held:
            sock.close()
    assert "too many connections" in service.output()
    result = python_register(sdk_python, station, "SN-10")  # the same address once the flood is over
    assert result["ok"], result


def _https(station: Station, method: str, path: str, body: bytes = b"",
           headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPSConnection("localhost", HTTPS_PORT, context=_context(station), timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_https_garbage(station: Station, service: ServiceProcess) -> None:
    scope = station.scope()
    path = f"/{scope}/registrations/SN-11/register?api-version=2021-06-01"
    auth = {"Authorization": _token(station, "SN-11", int(time.time()) + 60), "Content-Type": "application/json"}
    status, body = _https(station, "PUT", path, b"{not json", auth)
    assert status == 400 and json.loads(body)["errorCode"] == 400004
    status, body = _https(station, "PUT", path, b'{"registrationId":"SN-11"}',
                          {"Authorization": "SharedAccessSignature garbage"})
    assert status == 401 and json.loads(body)["errorCode"] == 401002
    status, body = _https(station, "PUT", path, b'{"registrationId":"SN-11"}',
                          {"Authorization": _token(station, "SN-11", int(time.time()) - 3600)})
    assert status == 401
    status, _ = _https(station, "PUT", path, b"x" * 100_000, auth)
    assert status == 413
    status, _ = _https(station, "GET", "/no/such/route")
    assert status == 404
    status, _ = _https(station, "GET", "/$iothub/websocket")
    assert status == 400
    status, body = _https(station, "POST", "/bootstrap/v1/register", b"\xff\xfe not json")
    assert status == 400 and json.loads(body)["errorCode"] == 400004


def test_bootstrap_assigns_and_refuses_a_replay(station: Station, service: ServiceProcess) -> None:
    scope, key = station.scope(), base64.b64decode(station.key("SN-12"))
    stamp = int(time.time() * 1000)
    payload = json.dumps({"fw": "0.9"})
    request = {"groupId": scope, "sn": "SN-12", "timestamp": stamp, "payload": payload, "signMethod": "hmacsha256",
               "sign": bootstrap.signature(key, scope, "SN-12", stamp, payload)}
    status, body = _https(station, "POST", "/bootstrap/v1/register", json.dumps(request).encode())
    answer = json.loads(body)
    assert status == 200 and answer["status"] == "assigned", answer
    assert answer["registrationState"]["payload"]["productKey"] == "PK-1"
    assert "transport=bootstrap" in service.output()
    status, body = _https(station, "POST", "/bootstrap/v1/register", json.dumps(request).encode())
    assert status == 401 and json.loads(body)["errorCode"] == 401004
    wrong = {**request, "timestamp": stamp + 1}
    status, _ = _https(station, "POST", "/bootstrap/v1/register", json.dumps(wrong).encode())
    assert status == 401
    late = {**request, "timestamp": stamp - 600_000,
            "sign": bootstrap.signature(key, scope, "SN-12", stamp - 600_000, payload)}
    status, body = _https(station, "POST", "/bootstrap/v1/register", json.dumps(late).encode())
    assert status == 401 and json.loads(body)["errorCode"] == 401003


def test_after_the_garbage_the_sdk_is_served_and_no_secret_was_logged(
        sdk_python: Path, station: Station, service: ServiceProcess) -> None:
    result = python_register(sdk_python, station, "SN-3", websockets=True)
    assert result["ok"], result
    assert service.alive()
    log = service.output()
    for secret in (station.key("SN-9"), station.key("SN-11"), "sig=", "SharedAccessSignature sr"):
        assert secret not in log


def test_websocket_garbage_is_closed(station: Station, service: ServiceProcess) -> None:
    import asyncio

    import aiohttp

    async def go() -> list[str]:
        outcomes = []
        async with aiohttp.ClientSession() as session:
            url = f"https://localhost:{HTTPS_PORT}/$iothub/websocket"
            for frame in (b"\x00\x00garbage", "text frame", b"\x10\xff\xff\xff\x7f"):
                async with session.ws_connect(url, protocols=("mqtt",), ssl=_context(station)) as ws:
                    assert ws.protocol == "mqtt"
                    if isinstance(frame, bytes):
                        await ws.send_bytes(frame)
                    else:
                        await ws.send_str(frame)
                    message = await ws.receive(timeout=CLOSE_DEADLINE)
                    outcomes.append(message.type.name)
        return outcomes
    assert asyncio.run(go()) == ["CLOSE"] * 3


def test_https_operation_status(station: Station, service: ServiceProcess) -> None:
    scope = station.scope()
    auth = {"Authorization": _token(station, "SN-11", int(time.time()) + 60), "Content-Type": "application/json"}
    status, body = _https(station, "PUT", f"/{scope}/registrations/SN-11/register?api-version=2021-06-01",
                          b'{"registrationId":"SN-11","payload":{"fw":"1"}}', auth)
    registered = json.loads(body)
    assert status == 200 and registered["status"] == "assigned", registered
    status, body = _https(station, "GET", f"/{scope}/registrations/SN-11/operations/{registered['operationId']}"
                                          "?api-version=2021-06-01", headers=auth)
    assert status == 200 and json.loads(body) == registered
    status, body = _https(station, "GET", f"/{scope}/registrations/SN-11/operations/nope", headers=auth)
    assert status == 404 and json.loads(body)["errorCode"] == 404201
    other = {"Authorization": _token(station, "SN-10", int(time.time()) + 60)}
    status, _ = _https(station, "GET", f"/{scope}/registrations/SN-10/operations/{registered['operationId']}",
                       headers=other)
    assert status == 404  # another device's operation is unknown to this one
