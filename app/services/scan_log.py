"""What the installer's scanning leaves behind for supervisors: refused labels and duplicate scans, as audit events.

A scan changes nothing, so ordinary scans are not recorded. Two kinds are:

- a refused label (outcome FORGED: malformed, unknown key, signature does not match), `scan.refused`: what
  was read (shortened, printable), where (source, frame or file), which check refused it, and what the label
  claims (Group ID, SN, batch). It is counted for the group and batch it can be tied to: the claimed SN's
  device if that exists in the claimed group, else the claimed batch of that group, else the group alone;
  a label naming no known group counts for the onboarding session's group, else for the station only;
- the same device scanned twice in one session, `scan.duplicate`: it often means a swapped or copied label.

The window (Field view, through its runner) and `dps-station scan` both call `record_scan` for every result.
The camera's validator accepts a code once per stay in view, so a forged label held in front of the camera
is one scan, one event, however many frames show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import NAME_MAX_LENGTH, SN_MAX_LENGTH, Asset, Batch, DeviceIdentity, RegistrationGroup
from app.domain.permissions import Permission
from app.qr.payload import claimed_fields
from app.scan.outcomes import REFUSAL_TITLES, Refusal, ScanOutcome, ScanResult
from app.services import audit
from app.services.context import ServiceContext

DUPLICATE_SCAN = "scan.duplicate"
REFUSED_SCAN = "scan.refused"
READ_LIMIT = 120  # characters of the code kept in the event (a label payload is about 200, most is signature)
FIELD_LIMIT = 64


def is_recorded(result: ScanResult) -> bool:
    """Whether `record_scan` writes an event for this result (callers on the GUI thread skip the others)."""
    return result.outcome is ScanOutcome.FORGED or (result.repeat and bool(result.sn))


def record_scan(ctx: ServiceContext, result: ScanResult, *, session_group: str | None = None,
                session_id: str = "") -> str | None:
    """Record a scan that supervisors must see; returns the event's action, None when there is nothing to record.

    `session_group`: the registration group being onboarded (None: any).
    """
    if result.outcome is ScanOutcome.FORGED:
        record_refused_scan(ctx, result, session_group=session_group, session_id=session_id)
        return REFUSED_SCAN
    if result.repeat and result.sn:
        record_duplicate_scan(ctx, result.group or session_group or "", result.sn, session_id=session_id,
                              source=safe_source(result.source))
        return DUPLICATE_SCAN
    return None


def record_duplicate_scan(ctx: ServiceContext, group: str, sn: str, *, session_id: str = "", source: str = "") -> None:
    """One audit event per duplicate scan (group and SN as scanned; the device need not exist)."""
    ctx.require(Permission.VIEW)
    audit.record(ctx, audit.AuditEntry(DUPLICATE_SCAN, "device", "", group_name=group, sn=sn,
                                       details={"session": session_id, "source": source}))


@dataclass(frozen=True)
class _Attribution:
    group: str = ""
    batch: str | None = None
    entity_type: str = ""
    entity_id: str = ""


def record_refused_scan(ctx: ServiceContext, result: ScanResult, *, session_group: str | None = None,
                        session_id: str = "") -> None:
    """One `scan.refused` event for a refused label (the actor is whoever scanned)."""
    ctx.require(Permission.VIEW)
    group_id, sn, batch = claimed_fields(result.text)
    refusal = result.refusal or Refusal.FORMAT
    details: dict[str, Any] = {
        "check": refusal.value,
        "problem": REFUSAL_TITLES[refusal],
        "read": printable(result.text, READ_LIMIT),
        "length": len(result.text),
        "source": printable(safe_source(result.source), FIELD_LIMIT),
        "session": session_id,
        "claimed_group_id": printable(group_id, FIELD_LIMIT),
        "claimed_sn": printable(sn, FIELD_LIMIT),
        "claimed_batch": printable(batch, FIELD_LIMIT),
    }
    if result.key_id:
        details["key_id"] = result.key_id
    if result.file is not None:
        details["file"] = printable(Path(result.file).name, FIELD_LIMIT)
    elif result.frame is not None:
        details["frame"] = result.frame
    if result.decoder:
        details["decoder"] = result.decoder
    with ctx.write() as session:
        where = _attribute(session, group_id, sn, batch, session_group)
        details["batch"] = where.batch
        audit.append(session, ctx, audit.AuditEntry(
            REFUSED_SCAN, where.entity_type, where.entity_id, group_name=where.group,
            sn=sn if sn.isprintable() and len(sn) <= SN_MAX_LENGTH else "", details=details))


def _attribute(session: Session, group_id: str, sn: str, batch: str, session_group: str | None) -> _Attribution:
    """The group and batch a refused label is counted for (see the module's docstring)."""
    group = None
    if group_id:
        group = session.scalars(select(RegistrationGroup).where(RegistrationGroup.group_id == group_id,
                                                                RegistrationGroup.deleted.is_(False))).first()
    if group is None:
        if session_group and len(session_group) <= NAME_MAX_LENGTH:
            row = session.scalars(select(RegistrationGroup).where(RegistrationGroup.name == session_group,
                                                                  RegistrationGroup.deleted.is_(False))).first()
            if row is not None:
                return _Attribution(row.name, None, "registration_group", str(row.id))
        return _Attribution()
    found: Batch | None = None
    if sn:
        found = session.scalars(
            select(Batch).join(Asset, Asset.batch_id == Batch.id).join(DeviceIdentity,
                                                                       DeviceIdentity.asset_id == Asset.id)
            .where(DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn,
                   DeviceIdentity.deleted.is_(False), Batch.deleted.is_(False))).first()
    if found is None and batch:
        found = session.scalars(select(Batch).where(Batch.registration_group_id == group.id, Batch.number == batch,
                                                    Batch.deleted.is_(False))).first()
    if found is None:
        return _Attribution(group.name, None, "registration_group", str(group.id))
    return _Attribution(group.name, found.number, "batch", str(found.id))


def safe_source(source: str) -> str:
    """A stream URL without what may be a secret (user, password, query, fragment); other sources as they are."""
    if "://" not in source:
        return source
    try:
        parts = urlsplit(source)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return source.split("://", 1)[0] + "://?"
    return urlunsplit((parts.scheme, host + port, parts.path, "", ""))


def printable(text: str, limit: int) -> str:
    """`text` safe to show and store: control and other unprintable characters as '?', at most `limit` characters."""
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
