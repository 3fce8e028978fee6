"""A device's registration key, derived from the group secret (revealing it is audited)."""

from __future__ import annotations

from app.domain.permissions import Permission
from app.security.derivation import derive_device_key
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import device_row
from app.services.groups import group_row, group_secret_of


def device_key(ctx: ServiceContext, group: str, sn: str) -> str:
    """The device's registration key (HMAC of the SN under the group secret). Audited."""
    ctx.require(Permission.EXPORT_SECRETS)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        identity = device_row(session, group_row_, sn)
        key = derive_device_key(group_secret_of(ctx, session, group_row_), identity.sn)
        audit.append(session, ctx, audit.AuditEntry("device.key.reveal", "device", str(identity.asset_id),
                                                    group_name=group_row_.name, sn=sn))
        return key
