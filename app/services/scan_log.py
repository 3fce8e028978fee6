"""What the installer's scanning leaves behind for supervisors: duplicate scans, as audit events.

A scan changes nothing, so ordinary scans are not recorded; the same device scanned twice
in one session is, because it often means a swapped or copied label.
"""

from __future__ import annotations

from app.domain.permissions import Permission
from app.services import audit
from app.services.context import ServiceContext

DUPLICATE_SCAN = "scan.duplicate"


def record_duplicate_scan(ctx: ServiceContext, group: str, sn: str, *, session_id: str = "", source: str = "") -> None:
    """One audit event per duplicate scan (group and SN as scanned; the device need not exist)."""
    ctx.require(Permission.VIEW)
    audit.record(ctx, audit.AuditEntry(DUPLICATE_SCAN, "device", "", group_name=group, sn=sn,
                                       details={"session": session_id, "source": source}))
