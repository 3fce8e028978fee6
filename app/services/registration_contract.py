"""The records the provisioning service's endpoint and `device_registration` exchange (the fixed contract).

A request as the endpoint received it (after the device's key was verified) and the registration state it
answers with; plus the codes of a "failed" state. Kept apart so that every module of the registration use case
(device_registration, registration_assignment, registration_records) can use them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

SERVICE_ACTOR = "provisioning-service"
REFUSED_MESSAGE = "unauthorized"
# Codes of a "failed" registration state, in Azure's six-digit form (first three digits: the HTTP status).
ERROR_NO_TARGET = 400201        # the group has no product key or gateway for the device's OU/environment
ERROR_WEBHOOK_REFUSED = 400208  # the allocation webhook answered "allow": false
ERROR_WEBHOOK_FAILED = 400209   # the allocation webhook did not answer usably within 5 s


@dataclass(frozen=True)
class RegistrationRequest:
    id_scope: str
    registration_id: str
    payload: dict[str, Any] | None
    transport: str
    peer: str
    instance: str = ""


@dataclass(frozen=True)
class RegistrationState:
    operation_id: str
    registration_id: str
    status: str
    substatus: str | None
    assigned_hub: str | None
    device_id: str | None
    created: datetime
    last_updated: datetime
    etag: str
    payload: dict[str, Any] | None
    error_code: int | None = None
    error_message: str = ""
