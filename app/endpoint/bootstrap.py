"""The plain bootstrap route for devices without an Azure SDK (docs/bootstrap.md has it byte by byte).

POST /bootstrap/v1/register with a JSON object: groupId, sn, timestamp (milliseconds since the epoch, an integer),
payload (optional; a JSON text in a string, signed as it is), signMethod "hmacsha256", sign (lower-case hex of
HMAC-SHA256(base64decode(device key), canonical string)). The canonical string is the UTF-8 bytes of
"DPS-BOOTSTRAP-V1\\n{groupId}\\n{sn}\\n{timestamp}\\n{payload}".
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from app.endpoint.dps import valid_identifier

CANONICAL_PREFIX = "DPS-BOOTSTRAP-V1"
SIGN_METHOD = "hmacsha256"
WINDOW_MS = 300_000          # a request's timestamp may differ from the service's clock by at most 5 minutes
MAX_PAYLOAD = 4096
FIELDS = frozenset({"groupId", "sn", "timestamp", "payload", "signMethod", "sign"})


class BootstrapError(Exception):
    """A refused bootstrap request: (HTTP status, six-digit code, message safe to send and log)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class BootstrapRequest:
    group_id: str
    sn: str
    timestamp: int
    payload_text: str
    sign: str

    @property
    def payload(self) -> dict[str, Any] | None:
        return json.loads(self.payload_text) if self.payload_text else None


def canonical_string(group_id: str, sn: str, timestamp: int, payload_text: str) -> bytes:
    return f"{CANONICAL_PREFIX}\n{group_id}\n{sn}\n{timestamp}\n{payload_text}".encode()


def signature(key: bytes, group_id: str, sn: str, timestamp: int, payload_text: str = "") -> str:
    return hmac.new(key, canonical_string(group_id, sn, timestamp, payload_text), hashlib.sha256).hexdigest()


def parse_request(body: bytes) -> BootstrapRequest:
    def bad(message: str) -> BootstrapError:
        return BootstrapError(400, 400004, message)

    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise bad("the body is not JSON (UTF-8)") from None
    if not isinstance(document, dict):
        raise bad("the body is not a JSON object")
    unknown = sorted(set(document) - FIELDS)
    if unknown:
        raise bad(f"unknown field(s): {', '.join(unknown)[:100]}")
    group_id, sn, timestamp = document.get("groupId"), document.get("sn"), document.get("timestamp")
    payload_text, method, sign = document.get("payload", ""), document.get("signMethod"), document.get("sign")
    if not isinstance(group_id, str) or not valid_identifier(group_id):
        raise bad("groupId must be a non-empty string without '/' or control characters")
    if not isinstance(sn, str) or not valid_identifier(sn):
        raise bad("sn must be a non-empty string without '/' or control characters")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or not 0 < timestamp < 10**15:
        raise bad("timestamp must be an integer: milliseconds since 1970-01-01T00:00:00Z")
    if payload_text is None:
        payload_text = ""
    if not isinstance(payload_text, str) or len(payload_text) > MAX_PAYLOAD:
        raise bad(f"payload must be a string of at most {MAX_PAYLOAD} characters holding a JSON object")
    if payload_text:
        try:
            parsed = json.loads(payload_text)
        except json.JSONDecodeError:
            raise bad("payload is not a JSON text") from None
        if not isinstance(parsed, dict):
            raise bad("payload must hold a JSON object")
    if method != SIGN_METHOD:
        raise bad(f"signMethod must be {SIGN_METHOD!r}")
    if not isinstance(sign, str) or len(sign) != 64 or any(ch not in "0123456789abcdef" for ch in sign):
        raise bad("sign must be 64 lower-case hexadecimal digits")
    return BootstrapRequest(group_id, sn, timestamp, payload_text, sign)


class ReplayGuard:
    """Signatures seen within the window are refused a second time (per service instance; bounded)."""

    def __init__(self, window_ms: int = WINDOW_MS, capacity: int = 100_000) -> None:
        self.window_ms = window_ms
        self.capacity = capacity
        self.seen: OrderedDict[str, int] = OrderedDict()

    def check_time(self, timestamp: int, now_ms: int | None = None) -> None:
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        if abs(now_ms - timestamp) > self.window_ms:
            raise BootstrapError(401, 401003, "timestamp outside the accepted window (5 minutes); check the clock")

    def remember(self, sign: str, now_ms: int | None = None) -> None:
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        while self.seen:
            oldest, stamp = next(iter(self.seen.items()))
            if now_ms - stamp <= 2 * self.window_ms and len(self.seen) < self.capacity:
                break
            self.seen.pop(oldest)
        if sign in self.seen:
            raise BootstrapError(401, 401004, "this signed request was already used; sign a new one")
        self.seen[sign] = now_ms


def verify(request: BootstrapRequest, key: bytes) -> bool:
    expected = signature(key, request.group_id, request.sn, request.timestamp, request.payload_text)
    return hmac.compare_digest(expected, request.sign)
