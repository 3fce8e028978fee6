"""The `webhook` allocation policy's client: one HTTPS POST, 5 s in all, then refused (docs/allocation.md).

Modelled on Azure DPS custom allocation and the AWS IoT pre-provisioning hook. The request carries the
registration and the device's payload, never a secret; the answer allows (with a target and an initial payload)
or refuses. Plain http.client with an ssl context from the group's CA (PEM), so it runs in any thread without an
event loop; the deadline covers connecting, sending and reading.
"""

from __future__ import annotations

import http.client
import json
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.domain.errors import InputError
from app.domain.messages import message
from app.domain.messages_station import NO_READABLE_CA, NOT_CA_PEM, WEBHOOK_BAD_PORT, WEBHOOK_NOT_HTTPS
from app.services.allocation import Target, check_target

TIMEOUT_SECONDS = 5.0
MAX_ANSWER_BYTES = 64 * 1024
USER_AGENT = "dps-station-allocation/1"


@dataclass(frozen=True)
class WebhookAnswer:
    allowed: bool
    target: Target | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    message: str = ""


class WebhookFailed(Exception):
    """No usable answer: unreachable, TLS refused, time-out, not 200, not the documented JSON."""


def check_webhook_url(value: str, field: str = "webhook url") -> str:
    value = value.strip()
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or len(value) > 512:
        raise InputError(message(WEBHOOK_NOT_HTTPS), field=field)
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise InputError(message(WEBHOOK_BAD_PORT), field=field) from None
    return value


def check_ca_pem(pem: str, field: str = "webhook ca") -> str:
    """A PEM bundle of CA certificates the webhook's certificate must chain to ('' = the system's CAs)."""
    pem = pem.strip()
    if not pem:
        return ""
    if "-----BEGIN CERTIFICATE-----" not in pem or len(pem) > 256 * 1024:
        raise InputError(message(NOT_CA_PEM), field=field)
    try:
        ssl.create_default_context(cadata=pem)
    except (ssl.SSLError, ValueError):
        raise InputError(message(NO_READABLE_CA), field=field) from None
    return pem + "\n"


def tls_context(ca_pem: str) -> ssl.SSLContext:
    context = ssl.create_default_context(cadata=ca_pem) if ca_pem.strip() else ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def call(url: str, ca_pem: str, request: dict[str, Any], *, timeout: float = TIMEOUT_SECONDS) -> WebhookAnswer:
    """POST the request as JSON; the parsed answer, or WebhookFailed (the registration is then refused)."""
    deadline = time.monotonic() + timeout
    parts = urlsplit(url)
    body = json.dumps(request, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise WebhookFailed(f"the webhook did not answer within {timeout:g} s")
        return left

    connection = http.client.HTTPSConnection(parts.hostname or "", parts.port or 443, timeout=remaining(),
                                             context=tls_context(ca_pem))
    try:
        connection.connect()
        assert connection.sock is not None
        connection.sock.settimeout(remaining())
        connection.request("POST", path, body=body, headers={
            "Content-Type": "application/json; charset=utf-8", "Accept": "application/json",
            "User-Agent": USER_AGENT})
        connection.sock.settimeout(remaining())
        response = connection.getresponse()
        chunks: list[bytes] = []
        size = 0
        while True:
            if connection.sock is not None:
                connection.sock.settimeout(remaining())
            chunk = response.read1(16384)
            if not chunk:
                break
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise WebhookFailed(f"the webhook's answer is larger than {MAX_ANSWER_BYTES} bytes")
            chunks.append(chunk)
        remaining()
        status = response.status
    except WebhookFailed:
        raise
    except TimeoutError:
        raise WebhookFailed(f"the webhook did not answer within {timeout:g} s") from None
    except ssl.SSLCertVerificationError as error:
        raise WebhookFailed(f"the webhook's certificate is not trusted ({error.verify_message})") from None
    except (OSError, http.client.HTTPException) as error:
        raise WebhookFailed(f"the webhook could not be reached ({error.__class__.__name__}: {error})") from None
    finally:
        connection.close()
    if status != 200:
        raise WebhookFailed(f"the webhook answered HTTP {status}, not 200")
    return parse_answer(b"".join(chunks))


def parse_answer(raw: bytes) -> WebhookAnswer:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WebhookFailed("the webhook's answer is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("allow"), bool):
        raise WebhookFailed('the webhook\'s answer has no "allow": true or false')
    if not data["allow"]:
        message = data.get("message")
        return WebhookAnswer(False, message=str(message)[:500] if isinstance(message, str) else "")
    payload = data.get("payload", {})
    if payload is None:
        payload = {}
    if not isinstance(payload, dict):
        raise WebhookFailed('the webhook\'s "payload" is not a JSON object')
    target = data.get("target")
    if target is None:
        return WebhookAnswer(True, None, payload)
    if not isinstance(target, dict):
        raise WebhookFailed('the webhook\'s "target" is not a JSON object')
    try:
        checked = check_target({"gateway": target.get("gateway"), "ou": target.get("ou"),
                                "environment": target.get("environment"),
                                "product_key": target.get("productKey"), "weight": 1}, "webhook target")
    except InputError as error:
        raise WebhookFailed(f"the webhook's target is not usable: {error}") from None
    return WebhookAnswer(True, checked, payload)
