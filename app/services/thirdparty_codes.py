"""The audited reveal of a scanned third-party code's secret (a Matter passcode, a Z-Wave DSK PIN).

The scanner shows what a Matter or Z-Wave code is but hides its secret. An installer who needs it on
site (to type the PIN into a Z-Wave controller, say) asks for it here: the reveal is recorded in the
audit trail (format, vendor/manufacturer and product IDs, where it was scanned; never the secret).
Installers may reveal (they hold the box the code is printed on), as may anyone with the reveal right.
"""

from __future__ import annotations

from app.domain.errors import PermissionDeniedError
from app.domain.messages import MAY_NOT_REVEAL_SCANNED, message, term
from app.domain.permissions import Permission, allows
from app.qr.matter import MatterCode
from app.qr.onboarding import ThirdPartyCode
from app.qr.zwave import ZWaveCode
from app.scan.thirdparty import secret_name, secret_of, third_party_kind
from app.services import audit
from app.services.context import ServiceContext

REVEAL_ACTION = "scan.third_party.reveal"
REVEAL_PERMISSIONS = (Permission.INSTALL, Permission.REVEAL_SECRETS)


def can_reveal(ctx: ServiceContext) -> bool:
    return any(allows(ctx.actor.role, permission) for permission in REVEAL_PERMISSIONS)


def reveal_code_secret(ctx: ServiceContext, code: ThirdPartyCode, *, session_id: str = "", source: str = "") -> str:
    """The code's secret (the DSK PIN, or the Matter passcode(s) as 8 digits), after recording the reveal."""
    if not can_reveal(ctx):
        raise PermissionDeniedError(message(MAY_NOT_REVEAL_SCANNED, actor=ctx.actor.name, role=term(ctx.actor.role.value),
                                            secret=term(secret_name(code))))
    audit.record(ctx, audit.AuditEntry(REVEAL_ACTION, "third_party_code", "",
                                       details={**_identity(code), "session": session_id, "source": source}))
    return secret_of(code)


def _identity(code: ThirdPartyCode) -> dict[str, object]:
    if isinstance(code, ZWaveCode):
        return {"format": third_party_kind(code), "revealed": secret_name(code),
                "manufacturer_id": code.manufacturer_id, "product_type": code.product_type,
                "product_id": code.product_id}
    assert isinstance(code, MatterCode)
    return {"format": third_party_kind(code), "revealed": secret_name(code), "code": code.source,
            "devices": [{"vendor_id": p.vendor_id, "product_id": p.product_id, "discriminator": p.discriminator,
                         "serial_number": p.serial_number} for p in code.payloads]}
