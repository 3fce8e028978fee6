"""Runs inside the azure-iot-device virtual environment: one registration with the unmodified Python SDK.

Input: a JSON object on stdin {host, id_scope, registration_id, key, ca_file, websockets, payload}.
Output: one JSON line {"ok": true, "status", "device_id", "assigned_hub", "substatus", "payload"} or
{"ok": false, "error": exception type, "message"}.
"""

import json
import sys

from azure.iot.device import ProvisioningDeviceClient


def main() -> int:
    spec = json.load(sys.stdin)
    with open(spec["ca_file"], encoding="ascii") as handle:
        ca = handle.read()
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=spec["host"], registration_id=spec["registration_id"], id_scope=spec["id_scope"],
        symmetric_key=spec["key"], server_verification_cert=ca, websockets=bool(spec.get("websockets")))
    if spec.get("payload") is not None:
        client.provisioning_payload = spec["payload"]
    try:
        result = client.register()
    except Exception as error:  # noqa: BLE001 - reported to the test
        cause = error.__cause__
        print(json.dumps({"ok": False, "error": type(error).__name__, "message": f"{error} / {cause}" if cause else str(error),
                          "cause": type(cause).__name__ if cause else None}))
        return 0
    state = result.registration_state
    print(json.dumps({"ok": True, "status": result.status, "operation_id": result.operation_id,
                      "device_id": state.device_id if state else None,
                      "assigned_hub": state.assigned_hub if state else None,
                      "substatus": state.sub_status if state else None,
                      "payload": state.response_payload if state else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
