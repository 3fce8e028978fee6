"""The Azure DPS device protocol, independent of the transport: topics, user names, answers and their bodies."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

REGISTER_PREFIX = "$dps/registrations/PUT/iotdps-register/?"
STATUS_PREFIX = "$dps/registrations/GET/iotdps-get-operationstatus/?"
RESPONSE_FILTER = "$dps/registrations/res/#"
MAX_RID_LENGTH = 128
MAX_ID_LENGTH = 128


class DpsRequestError(Exception):
    """A request the protocol does not allow (closes an MQTT connection; 400 over HTTPS)."""


@dataclass(frozen=True)
class Identity:
    id_scope: str
    registration_id: str


@dataclass(frozen=True)
class DpsAnswer:
    status: int                   # HTTP-style status: 200, 202, 400, 401, 404, 429, 500 ...
    body: dict[str, Any]
    retry_after: int | None = None
    log_fields: dict[str, Any] = field(default_factory=dict)

    def json_bytes(self) -> bytes:
        return json.dumps(self.body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def valid_identifier(value: str) -> bool:
    return 0 < len(value) <= MAX_ID_LENGTH and value.isprintable() and "/" not in value and "\\" not in value


def parse_username(username: str) -> Identity:
    """`{idScope}/registrations/{registrationId}/api-version=...&ClientVersion=...` (the query part may be empty)."""
    parts = username.split("/", 3)
    if len(parts) < 3 or parts[1] != "registrations":
        raise DpsRequestError("user name is not {idScope}/registrations/{registrationId}/...")
    if not valid_identifier(parts[0]) or not valid_identifier(parts[2]):
        raise DpsRequestError("user name with an empty or invalid ID scope or registration ID")
    return Identity(parts[0], parts[2])


@dataclass(frozen=True)
class TopicRequest:
    kind: str            # "register" | "status"
    rid: str
    operation_id: str | None


def parse_request_topic(topic: str) -> TopicRequest:
    if topic.startswith(REGISTER_PREFIX):
        kind, query = "register", topic[len(REGISTER_PREFIX):]
    elif topic.startswith(STATUS_PREFIX):
        kind, query = "status", topic[len(STATUS_PREFIX):]
    else:
        raise DpsRequestError("PUBLISH to a topic this service does not answer")
    params = dict(parse_qsl(query, keep_blank_values=True))
    rid = params.get("$rid", "")
    if not rid or len(rid) > MAX_RID_LENGTH or any(ch in rid for ch in "$&/#+ ") or not rid.isprintable():
        raise DpsRequestError("request without a valid $rid")
    operation_id = params.get("operationId")
    if kind == "status" and not operation_id:
        raise DpsRequestError("operation status request without operationId")
    return TopicRequest(kind, rid, operation_id)


def response_topic(status: int, rid: str, retry_after: int | None) -> str:
    topic = f"$dps/registrations/res/{status}/?$rid={rid}"
    return topic + (f"&retry-after={retry_after}" if retry_after is not None else "")


def parse_register_body(body: bytes, registration_id: str) -> dict[str, Any] | None:
    """The device's payload. MQTT and HTTPS bodies are `{"registrationId": ..., "payload": {...} | null}`;
    an empty body (some clients) counts as no payload."""
    if not body.strip():
        return None
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DpsRequestError("the registration body is not JSON") from None
    if not isinstance(document, dict):
        raise DpsRequestError("the registration body is not a JSON object")
    named = document.get("registrationId")
    if named is not None and (not isinstance(named, str) or named.lower() != registration_id.lower()):
        raise DpsRequestError("the body's registrationId differs from the authenticated one")
    payload = document.get("payload")
    if payload is not None and not isinstance(payload, dict):
        raise DpsRequestError("payload must be a JSON object or null")
    return payload


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def error_answer(status: int, error_code: int, message: str, retry_after: int | None = None) -> DpsAnswer:
    body = {"errorCode": error_code, "trackingId": str(uuid.uuid4()), "message": message,
            "timestampUtc": _iso(datetime.now(UTC))}
    return DpsAnswer(status, body, retry_after, {"status": status, "error": error_code})


def state_answer(state: Any) -> DpsAnswer:
    """A RegistrationState (app.services.device_registration) as Azure's operation status, status 200."""
    registration: dict[str, Any] = {
        "registrationId": state.registration_id,
        "createdDateTimeUtc": _iso(state.created),
        "status": state.status,
        "lastUpdatedDateTimeUtc": _iso(state.last_updated),
        "etag": state.etag,
    }
    if state.substatus:
        registration["substatus"] = state.substatus
    if state.status == "assigned" and state.assigned_hub and state.device_id:
        registration["assignedHub"] = state.assigned_hub
        registration["deviceId"] = state.device_id
    if state.payload is not None:
        registration["payload"] = state.payload
    if state.error_code is not None:
        registration["errorCode"] = state.error_code
        registration["errorMessage"] = state.error_message
    body = {"operationId": state.operation_id, "status": state.status, "registrationState": registration}
    return DpsAnswer(200, body, None, {"status": state.status, "substatus": state.substatus or "-",
                                       "hub": state.assigned_hub or "-", "device": state.device_id or "-",
                                       "op": state.operation_id})
