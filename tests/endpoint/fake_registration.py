"""A tiny stand-in for app.services.device_registration (the contract in PROV_CONTRACT.md), for the endpoint's
protocol tests only: devices and their states live in a JSON file named by $DPS_FAKE_REGISTRATION.

{"groups": {"<id scope>": "<group secret b64>"}, "devices": {"<scope>/<sn>": "assigned|disabled|refused"}}
"""

from __future__ import annotations

import base64
import json
import os
import threading
import uuid
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

from app.domain.errors import RegistrationRefused
from app.security.derivation import derive_device_key
from app.services.device_registration import RegistrationRequest, RegistrationState

__all__ = ["RegistrationRefused", "RegistrationRequest", "RegistrationState"]


_lock = threading.Lock()
_states: dict[tuple[str, str], RegistrationState] = {}
calls: list[str] = []


def _config() -> dict[str, Any]:
    with open(os.environ["DPS_FAKE_REGISTRATION"], encoding="utf-8") as handle:
        return dict(json.load(handle))


def service_context(db: Any, keyring: Any, home: Any) -> Any:
    from app.domain.enums import Role
    from app.services.context import Actor, ServiceContext

    return ServiceContext(db, keyring, Actor("provisioning-service", Role.SUPERVISOR), home)


def device_key(ctx: Any, id_scope: str, registration_id: str) -> bytes | None:
    secret = _config()["groups"].get(id_scope)
    return None if secret is None else base64.b64decode(derive_device_key(secret, registration_id))


def recent_device_key(ctx: Any, id_scope: str, registration_id: str) -> bytes | None:
    return None  # no cache: the endpoint asks device_key


def register(ctx: Any, request: RegistrationRequest) -> RegistrationState:
    calls.append(f"register {request.transport} {request.id_scope}/{request.registration_id}")
    state = _config()["devices"].get(f"{request.id_scope}/{request.registration_id}", "refused")
    if state == "refused":
        raise RegistrationRefused("the device is not authorized")
    now = datetime.now(UTC)
    with _lock:
        old = _states.get((request.id_scope, request.registration_id))
        result = RegistrationState(
            operation_id=old.operation_id if old else str(uuid.uuid4()), registration_id=request.registration_id,
            status=state, substatus="initialAssignment" if state == "assigned" else None,
            assigned_hub="hub.example.test" if state == "assigned" else None,
            device_id=f"asset-{request.registration_id}" if state == "assigned" else None,
            created=old.created if old else now, last_updated=now, etag="fake",
            payload={"echo": request.payload} if state == "assigned" else None)
        _states[(request.id_scope, request.registration_id)] = result
    return result


def register_many(ctx: Any, requests: list[RegistrationRequest]) -> list[RegistrationState | Exception]:
    outcomes: list[RegistrationState | Exception] = []
    for request in requests:
        try:
            outcomes.append(register(ctx, request))
        except RegistrationRefused as refused:
            outcomes.append(refused)
    return outcomes


def register_batch(ctx: Any, requests: list[RegistrationRequest]) -> list[RegistrationState | Exception | None]:
    return [None] * len(requests)  # every one by one, with register


def operation_status(ctx: Any, id_scope: str, registration_id: str, operation_id: str) -> RegistrationState | None:
    state = _states.get((id_scope, registration_id))
    return state if state is not None and state.operation_id == operation_id else None


def record_heartbeat(ctx: Any, instance: str, endpoints: dict[str, str], *, stopping: bool = False) -> None:
    calls.append(f"heartbeat {instance} {'stopping' if stopping else 'alive'}")


def record_endpoint_error(ctx: Any, instance: str, peer: str, transport: str, message: str) -> None:
    calls.append(f"error {transport} {message}")


def install() -> ModuleType:
    """Make `app.services.device_registration` this module (for a service process started by the tests)."""
    import sys

    module = sys.modules[__name__]
    sys.modules["app.services.device_registration"] = module
    sys.modules["app.services.device_registration_batch"] = module  # register_many, register_batch
    import app.services

    app.services.device_registration = module  # type: ignore[attr-defined]
    app.services.device_registration_batch = module  # type: ignore[attr-defined]
    return module
