"""Keyed fingerprints: an HMAC-SHA256 under a key derived from the organisation data key.

A third-party code's fingerprint must let two stations of one organisation see the same code as the same
(a unique key per group that syncs) while telling nobody without the data key anything about the code: a
plain hash of a 27-bit passcode or a 5-digit PIN would be reversed by trying every value.
"""

from __future__ import annotations

import hashlib
import hmac

from app.security.secrets import DataKey


def fingerprint(data_key: DataKey, purpose: str, value: str) -> str:
    """64 hex digits; a different `purpose` gives an unrelated fingerprint for the same value."""
    key = hmac.new(data_key.raw(), b"dps-station fingerprint key:" + purpose.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()
