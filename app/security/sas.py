"""Azure-style SAS tokens of devices that provision (see docs/provisioning-service.md).

``SharedAccessSignature sr=<resource>&sig=<signature>&se=<expiry>[&skn=<key name>]``, fields in any order.
The signature is base64(HMAC-SHA256(device key, sr-as-received + "\\n" + se)), URL-encoded. The SDKs differ in
how they write ``sr`` (Python ``%2F``, Node a raw ``/``, C a lower-case ``%2f``), so the resource is signed
exactly as received and compared, decoded and case-insensitively, with ``{idScope}/registrations/{regId}``.
``skn`` is never required. Nothing here ever puts a key, a signature or a token into a message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import unquote

PREFIX = "SharedAccessSignature "
MAX_TOKEN_LENGTH = 2048
DEFAULT_SKEW_SECONDS = 300


class SasError(Exception):
    """A token that does not grant access. The reason names no secret (safe for logs)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SasToken:
    resource: str        # sr exactly as received (still URL-encoded as the device wrote it)
    signature: bytes     # sig, URL-decoded and base64-decoded (32 bytes for HMAC-SHA256)
    expiry: int          # se, seconds since the epoch
    key_name: str | None

    def __repr__(self) -> str:
        return f"SasToken(resource={self.resource!r}, expiry={self.expiry}, signature=<hidden>)"


def parse_token(token: str) -> SasToken:
    if not isinstance(token, str) or len(token) > MAX_TOKEN_LENGTH:
        raise SasError("token too long")
    if not token.startswith(PREFIX):
        raise SasError("not a SharedAccessSignature token")
    fields: dict[str, str] = {}
    for part in token[len(PREFIX):].strip().split("&"):
        key, sep, value = part.partition("=")
        if not sep or not key:
            raise SasError("garbled token field")
        if key in fields:
            raise SasError(f"token field {key!r} given twice")
        fields[key] = value
    for required in ("sr", "sig", "se"):
        if not fields.get(required):
            raise SasError(f"token without {required!r}")
    try:
        signature = base64.b64decode(unquote(fields["sig"]), validate=True)
    except (binascii.Error, ValueError):
        raise SasError("token signature is not base64") from None
    se = fields["se"]
    if not se.isascii() or not se.isdigit() or len(se) > 12:
        raise SasError("token expiry is not a number of seconds")
    return SasToken(fields["sr"], signature, int(se), fields.get("skn"))


def expected_resource(id_scope: str, registration_id: str) -> str:
    return f"{id_scope}/registrations/{registration_id}"


def sign(key: bytes, resource: str, expiry: int) -> bytes:
    return hmac.new(key, f"{resource}\n{expiry}".encode(), hashlib.sha256).digest()


def verify_token(token: SasToken, key: bytes, *, id_scope: str, registration_id: str, now: float,
                 skew: int = DEFAULT_SKEW_SECONDS) -> None:
    """Raises SasError unless the token is for this identity, unexpired (with clock skew) and signed by `key`."""
    if unquote(token.resource).lower() != expected_resource(id_scope, registration_id).lower():
        raise SasError("token is for another resource")
    if token.expiry + skew < now:
        raise SasError("token expired")
    if not hmac.compare_digest(sign(key, token.resource, token.expiry), token.signature):
        raise SasError("token signature does not match")


def make_token(key: bytes, resource: str, expiry: int, key_name: str | None = None) -> str:
    """A token as the Azure Python SDK writes it (used by the tests and the benchmark, never by the server)."""
    from urllib.parse import quote

    encoded = quote(resource, safe="")
    signature = quote(base64.b64encode(sign(key, encoded, expiry)).decode("ascii"), safe="")
    token = f"{PREFIX}sr={encoded}&sig={signature}&se={expiry}"
    return token + (f"&skn={key_name}" if key_name else "")
