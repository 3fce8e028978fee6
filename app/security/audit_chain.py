"""The audit chain: `mac = HMAC-SHA256(chain key, prev || canonical event)`, one chain per station.

The chain key is derived from the organisation data key (keys/org.key), which every station of the organisation
holds and a copy of the database does not: whoever can only write the database file cannot recompute a chain
after an edit. Chains written before the key was used (`legacy_hash`, plain SHA-256) are still read: up to the
upgrade mark the key directory keeps (see app/services/audit_anchor.py)."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

GENESIS_HASH = "0" * 64
CHAIN_PURPOSE = "audit-chain"


def canonical_event(fields: dict[str, Any]) -> bytes:
    """Deterministic bytes of an event: sorted keys, no whitespace, UTF-8."""
    return _ENCODER.encode(fields).encode("utf-8")


# json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str), built once
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def chain_hash(key: bytes, prev_hash: str, fields: dict[str, Any]) -> str:
    """The keyed link of an event (HMAC-SHA256 under the chain key, hex)."""
    return hmac.new(key, prev_hash.encode("ascii") + canonical_event(fields), hashlib.sha256).hexdigest()


def legacy_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    """The unkeyed link of events written before the chain was keyed (anyone can recompute it)."""
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_event(fields)).hexdigest()
