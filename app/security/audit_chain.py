"""The audit hash chain: `hash = SHA-256(prev_hash || canonical event)`, one chain per station."""

from __future__ import annotations

import hashlib
import json
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_event(fields: dict[str, Any]) -> bytes:
    """Deterministic bytes of an event: sorted keys, no whitespace, UTF-8."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode("utf-8")


def chain_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_event(fields)).hexdigest()
