"""The unmodified Azure IoT Node SDK (azure-iot-provisioning-device with its -mqtt and -http transports)
provisions against `dps-station serve` over MQTT/TLS (:8883) and HTTPS (:443)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import device_lookup, lifecycle
from tests.endpoint.endpoint_support import (
    GROUP,
    OPEN_GROUP,
    ServiceProcess,
    Station,
    node_register,
)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("transport, sn", [("mqtt", "SN-1"), ("http", "SN-2"), ("mqtt-ws", "SN-8")])
def test_first_assignment(node_script: Path, station: Station, service: ServiceProcess, transport: str,
                          sn: str) -> None:
    result = node_register(node_script, station, sn, transport=transport, payload={"fw": "2.0"})
    device = device_lookup.get_device(station.ctx, GROUP, sn)
    assert result["ok"], result
    assert (result["status"], result["substatus"], result["assigned_hub"], result["device_id"]) == (
        "assigned", "initialAssignment", "gw.example.com", device.asset_id)
    assert result["payload"]["productKey"] == "PK-1" and result["payload"]["ou"] == "ou-a"
    assert device.status == "connected"
    logged = {"http": "https", "mqtt": "mqtt", "mqtt-ws": "mqtt-ws"}[transport]
    assert f"registration transport={logged} " in service.output()


@pytest.mark.parametrize("transport", ["mqtt", "http"])
def test_wrong_key_is_refused(node_script: Path, station: Station, service: ServiceProcess, transport: str) -> None:
    result = node_register(node_script, station, "SN-3", transport=transport, key=station.key("SN-4"))
    assert not result["ok"], result
    # mqtt.js reports CONNACK 5 as "Connection refused: Not authorized"; the HTTP transport as UnauthorizedError
    assert ("Not authorized" in result["message"]) if transport == "mqtt" else result["error"] == "UnauthorizedError"
    assert device_lookup.get_device(station.ctx, GROUP, "SN-3").status == "registered"


def test_https_disabled_replaced_reprovision_and_unregistered(node_script: Path, station: Station,
                                                              service: ServiceProcess) -> None:
    lifecycle.disable(station.ctx, GROUP, "SN-5", "")
    disabled = node_register(node_script, station, "SN-5", transport="http")
    assert not disabled["ok"] and "disabled" in disabled["message"], disabled

    first = node_register(node_script, station, "SN-6", transport="http")
    lifecycle.replace(station.ctx, GROUP, "SN-6", "SN-7")
    assert not node_register(node_script, station, "SN-6", transport="http")["ok"]
    replacement = node_register(node_script, station, "SN-7", transport="http")
    assert replacement["device_id"] == first["device_id"], replacement

    lifecycle.reprovision(station.ctx, GROUP, "SN-7", "ou-c", "test")
    moved = node_register(node_script, station, "SN-7", transport="mqtt")
    assert (moved["substatus"], moved["payload"]["ou"]) == ("deviceDataMigrated", "ou-c"), moved

    assert not node_register(node_script, station, "NEW-9", transport="http")["ok"]
    new = node_register(node_script, station, "NEW-9", transport="http", group=OPEN_GROUP)
    assert (new["status"], new["assigned_hub"]) == ("assigned", "open-gw.example.com"), new
