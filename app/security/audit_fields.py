"""What an audit event's hash covers: one definition for writing, verifying and recovering the chain."""

from __future__ import annotations

from typing import Any


def event_fields(event: Any) -> dict[str, Any]:
    """The fields the hash covers (everything but the central revision and the hashes), from an AuditEvent row or
    anything with the same attributes (the sync's recovery passes plain rows)."""
    return {
        "id": str(event.id),
        "station": event.station,
        "seq": event.seq,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "group_name": event.group_name,
        "sn": event.sn,
        "details": event.details,
    }
