"""The unmodified Azure IoT Python SDK (azure-iot-device) provisions against `dps-station serve` over MQTT/TLS
on 127.0.0.1:8883 and over MQTT on WebSockets on :443."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import device_lookup, groups, lifecycle
from tests.endpoint.endpoint_support import (
    GROUP,
    OPEN_GROUP,
    RESET_GROUP,
    ServiceProcess,
    Station,
    python_register,
)

pytestmark = pytest.mark.slow
OWNER = {"owner": "ops"}


def test_first_assignment_then_the_same_allocation_again(sdk_python: Path, station: Station,
                                                         service: ServiceProcess) -> None:
    result = python_register(sdk_python, station, "SN-1", payload={"fw": "1.2"})
    device = device_lookup.get_device(station.ctx, GROUP, "SN-1")
    assert result["ok"], result
    assert (result["status"], result["substatus"], result["assigned_hub"], result["device_id"]) == (
        "assigned", "initialAssignment", "gw.example.com", device.asset_id)
    assert '"productKey": "PK-1"' in result["payload"] and '"deviceSecret"' in result["payload"]
    assert device.status == "connected"
    again = python_register(sdk_python, station, "SN-1")
    assert (again["status"], again["device_id"], again["payload"]) == ("assigned", device.asset_id, result["payload"])
    log = service.output()
    line = next(line for line in log.splitlines() if "registration transport=mqtt" in line and "id=SN-1" in line)
    assert "status=assigned" in line and "substatus=initialAssignment" in line
    assert station.key("SN-1") not in log and "deviceSecret" not in log and "SharedAccessSignature" not in log


def test_wrong_key_is_a_credential_error(sdk_python: Path, station: Station, service: ServiceProcess) -> None:
    result = python_register(sdk_python, station, "SN-2", key=station.key("SN-3"))
    assert (result["ok"], result["error"]) == (False, "CredentialError"), result
    assert device_lookup.get_device(station.ctx, GROUP, "SN-2").status == "registered"


def test_disabled_device_gets_no_allocation(sdk_python: Path, station: Station, service: ServiceProcess) -> None:
    lifecycle.disable(station.ctx, GROUP, "SN-4", "stolen")
    result = python_register(sdk_python, station, "SN-4")
    assert not result["ok"] and "disabled" in result["message"], result
    assert device_lookup.get_device(station.ctx, GROUP, "SN-4").status == "disabled"


def test_replaced_identity_refused_and_its_replacement_gets_the_device_id(sdk_python: Path, station: Station,
                                                                          service: ServiceProcess) -> None:
    first = python_register(sdk_python, station, "SN-5")
    assert first["ok"], first
    lifecycle.replace(station.ctx, GROUP, "SN-5", "SN-6")
    old = python_register(sdk_python, station, "SN-5")
    assert not old["ok"] and "401" in old["message"], old
    new = python_register(sdk_python, station, "SN-6")
    assert (new["status"], new["device_id"]) == ("assigned", first["device_id"]), new


def test_reprovision_is_carried_out_on_the_next_registration(sdk_python: Path, station: Station,
                                                             service: ServiceProcess) -> None:
    first = python_register(sdk_python, station, "SN-7")
    assert first["ok"], first
    lifecycle.reprovision(station.ctx, GROUP, "SN-7", "ou-b", "test")
    moved = python_register(sdk_python, station, "SN-7")
    assert (moved["status"], moved["substatus"]) == ("assigned", "deviceDataMigrated"), moved
    assert moved["device_id"] != first["device_id"] and '"ou": "ou-b"' in moved["payload"]


def test_reprovision_in_a_group_that_initializes(sdk_python: Path, station: Station,
                                                 service: ServiceProcess) -> None:
    first = python_register(sdk_python, station, "R-1", group=RESET_GROUP)
    assert first["ok"], first
    lifecycle.reprovision(station.ctx, RESET_GROUP, "R-1", "ou-z", "test")
    moved = python_register(sdk_python, station, "R-1", group=RESET_GROUP)
    assert (moved["status"], moved["substatus"]) == ("assigned", "deviceDataReset"), moved
    assert moved["device_id"] != first["device_id"] and '"ou": "ou-z"' in moved["payload"]


def test_device_not_registered_in_advance(sdk_python: Path, station: Station, service: ServiceProcess) -> None:
    refused = python_register(sdk_python, station, "NEW-1")  # line1 takes registered devices only
    assert not refused["ok"] and "401" in refused["message"], refused
    accepted = python_register(sdk_python, station, "NEW-2", group=OPEN_GROUP)
    assert (accepted["status"], accepted["assigned_hub"]) == ("assigned", "open-gw.example.com"), accepted
    assert device_lookup.get_device(station.ctx, OPEN_GROUP, "NEW-2").status == "connected"
    assert groups.get_group(station.ctx, GROUP).device_count == 12  # nothing added to line1


def test_websockets_on_the_https_port(sdk_python: Path, station: Station, service: ServiceProcess) -> None:
    result = python_register(sdk_python, station, "SN-8", websockets=True)
    assert (result["status"], result["substatus"]) == ("assigned", "initialAssignment"), result
    assert "transport=mqtt-ws" in service.output()


def test_a_provisioning_file_has_everything_the_sdk_needs(sdk_python: Path, station: Station,
                                                          service: ServiceProcess, tmp_path: Path) -> None:
    """Flash-file to first assignment: the SDK gets only what `device provisioning --with-secrets` wrote."""
    import json
    import subprocess

    from app.services import provisioning
    from tests.endpoint.endpoint_support import HERE

    provisioning.export_provisioning(station.ctx, GROUP, tmp_path / "flash", sns=["SN-9"], with_secrets=True)
    data = json.loads((tmp_path / "flash" / "SN-9.json").read_text(encoding="utf-8"))
    assert (data["id_scope"], data["registration_id"], data["provisioning_host"]) == (
        station.scope(), "SN-9", "localhost")
    assert data["ca_certificate"] == station.ca_file.read_text() and data["symmetric_key"] == station.key("SN-9")
    ca_file = tmp_path / "ca-from-file.pem"
    ca_file.write_text(data["ca_certificate"])
    spec = {"host": data["provisioning_host"], "id_scope": data["id_scope"],
            "registration_id": data["registration_id"], "key": data["symmetric_key"], "ca_file": str(ca_file)}
    done = subprocess.run([str(sdk_python), str(HERE / "clients" / "python_register.py")], input=json.dumps(spec),
                          check=False, capture_output=True, text=True, timeout=90)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["status"], result["device_id"]) == (
        "assigned", device_lookup.get_device(station.ctx, GROUP, "SN-9").asset_id), result
