"""What the scanner says about a third-party code (Matter, Z-Wave): its message, its fields, its secret.

Nothing here shows, prints or logs a passcode or a DSK: `secret_of` is for the audited reveal only
(app/services/thirdparty_codes.py).
"""

from __future__ import annotations

from app.domain.messages import message, Message, term
from app.domain.messages_scan import CODE_OF_DEVICES, DAMAGED_THIRD_PARTY, THIRD_PARTY_CODE
from app.qr.matter import MatterCode
from app.qr.onboarding import OnboardingCodeError, ThirdPartyCode, format_name
from app.qr.zwave import ZWaveCode

MATTER_KIND = "matter"
ZWAVE_KIND = "zwave"
HIDDEN = "•••••"


def third_party_kind(code: ThirdPartyCode) -> str:
    return ZWAVE_KIND if isinstance(code, ZWaveCode) else MATTER_KIND


def secret_name(code: ThirdPartyCode) -> str:
    return "DSK PIN" if isinstance(code, ZWaveCode) else "passcode"


def third_party_message(code: ThirdPartyCode) -> Message:
    what: str = term(format_name(code))
    if isinstance(code, MatterCode) and len(code.payloads) > 1:
        what = message(CODE_OF_DEVICES, what=what, count=len(code.payloads))
    return message(THIRD_PARTY_CODE, what=what, summary=code.summary(), secret=term(secret_name(code)))


def damaged_message(error: OnboardingCodeError) -> Message:
    return message(DAMAGED_THIRD_PARTY, format=term(error.code_format), reason=error.reason)


def third_party_fields(code: ThirdPartyCode) -> dict[str, object]:
    """The code's fields for `--format json` and exports: everything but the secrets."""
    if isinstance(code, ZWaveCode):
        return {
            "format": "zwave", "version": code.kind, "manufacturer_id": code.manufacturer_id,
            "product_type": code.product_type, "product_id": code.product_id,
            "application_version": code.application_version,
            "generic_device_class": code.generic_device_class, "specific_device_class": code.specific_device_class,
            "installer_icon_type": code.installer_icon_type, "requested_keys": list(code.key_names),
            "supported_protocols": list(code.protocol_names) if code.supported_protocols is not None else None,
            "max_inclusion_request_interval": code.max_inclusion_request_interval, "uuid": code.uuid,
            "dsk_pin": HIDDEN,
        }
    return {
        "format": "matter", "source": code.source,
        "payloads": [{"vendor_id": p.vendor_id, "product_id": p.product_id, "discriminator": p.discriminator,
                      "short_discriminator": p.short_discriminator, "discovery": list(p.discovery_names)
                      if p.discovery is not None else None, "commissioning_flow": p.flow.label,
                      "serial_number": p.serial_number, "passcode": HIDDEN} for p in code.payloads],
    }


def secret_of(code: ThirdPartyCode) -> str:
    """The secret a person may need on site: the DSK PIN (Z-Wave) or the passcode(s) (Matter). Reveal only."""
    if isinstance(code, ZWaveCode):
        return code.pin
    if len(code.payloads) == 1:
        return f"{code.payloads[0].passcode:08d}"
    return ", ".join(f"#{i}: {p.passcode:08d}" for i, p in enumerate(code.payloads, start=1))
