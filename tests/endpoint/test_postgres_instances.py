"""Two `dps-station serve` instances on one PostgreSQL: the Node SDK provisions through each, the same device
through both at the same moment gets one allocation, and an operation started on one is answered by the other."""

from __future__ import annotations

import base64
import json
import socket
import ssl
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.endpoint import mqtt_codec as mqtt
from app.security.sas import make_token
from app.services import device_lookup
from tests.endpoint.endpoint_support import (
    GROUP,
    ServiceProcess,
    Station,
    make_station,
    node_register,
)

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
SECOND_MQTT = 18883
SECOND_HTTPS = 18443


@pytest.fixture(scope="module")
def pg_station(postgres_server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:  # type: ignore[no-untyped-def]
    name = postgres_server.create_database()
    station = make_station(tmp_path_factory.mktemp("pg-station"), db_url=postgres_server.url(name))
    yield station
    station.ctx.db.dispose()
    postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def two_services(pg_station: Station, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ServiceProcess]]:
    logs = tmp_path_factory.mktemp("serve-logs")
    first = ServiceProcess(pg_station, logs / "first.log")
    second = ServiceProcess(pg_station, logs / "second.log", mqtt=f"127.0.0.1:{SECOND_MQTT}",
                            https=f"127.0.0.1:{SECOND_HTTPS}")
    first.start()
    try:
        second.start()
        try:
            yield [first, second]
        finally:
            assert second.stop() == 0, second.output()
    finally:
        assert first.stop() == 0, first.output()


def test_two_instances_race_for_one_device(node_script: Path, pg_station: Station,
                                           two_services: list[ServiceProcess]) -> None:
    hosts = ["localhost", f"localhost:{SECOND_MQTT}"] * 2
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda host: node_register(node_script, pg_station, "SN-1", transport="mqtt",
                                                           host=host), hosts))
    assert all(result["ok"] for result in results), results
    device = device_lookup.get_device(pg_station.ctx, GROUP, "SN-1")
    assert {result["device_id"] for result in results} == {device.asset_id}
    assert {result["substatus"] for result in results} == {"initialAssignment"}
    assert device.status == "connected"
    assert all("id=SN-1" in service.output() for service in two_services)


def test_an_operation_started_on_one_instance_is_answered_by_the_other(pg_station: Station,
                                                                        two_services: list[ServiceProcess]) -> None:
    scope, sn = pg_station.scope(), "SN-2"
    token = make_token(base64.b64decode(pg_station.key(sn)), f"{scope}/registrations/{sn}", int(time.time()) + 300)
    context = ssl.create_default_context(cafile=str(pg_station.ca_file))

    def ask(port: int, topic: str, body: bytes) -> dict[str, object]:
        with context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=30),
                                 server_hostname="localhost") as sock:
            sock.sendall(mqtt.connect(sn, f"{scope}/registrations/{sn}/api-version=2019-03-31", token))
            assert sock.recv(4) == mqtt.connack(0)
            sock.sendall(mqtt.subscribe(1, "$dps/registrations/res/#"))
            assert sock.recv(5) == mqtt.suback(1, [1])
            sock.sendall(mqtt.publish(topic, body))
            data = b""
            while b"}" not in data or not data.rstrip().endswith(b"}"):
                data += sock.recv(8192)
            return dict(json.loads(data[data.index(b"{"):]))

    first = ask(8883, "$dps/registrations/PUT/iotdps-register/?$rid=1", b'{"registrationId":"SN-2"}')
    assert first["status"] == "assigned"
    again = ask(SECOND_MQTT, f"$dps/registrations/GET/iotdps-get-operationstatus/?$rid=2&operationId="
                             f"{first['operationId']}", b" ")
    assert again == first
