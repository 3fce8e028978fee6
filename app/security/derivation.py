"""Per-device registration keys and new random secrets.

Derivation is the one Azure DPS uses for symmetric-key enrollment groups:
``device_key = base64(HMAC-SHA256(key=base64decode(group_key), msg=sn as UTF-8))``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets


def new_group_secret() -> str:
    """A new group secret (group key), 64 random bytes in base64 as Azure DPS issues them."""
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


def new_device_secret() -> str:
    return base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def derive_device_key(group_secret_b64: str, sn: str) -> str:
    group_key = base64.b64decode(group_secret_b64)
    digest = hmac.new(group_key, sn.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")
