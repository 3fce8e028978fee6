"""Third-party devices registered from their Matter or Z-Wave code, the code kept with the device.

`register_third_party` registers the device a scanned (or typed) code belongs to in a registration group: its
SN is the code's serial number field when the code has one (a Matter QR code may), else the one the installer
types. The code is kept in `third_party_codes`: its public fields as they are, the code itself (which holds
the passcode or the DSK) encrypted under the data key, and a keyed fingerprint unique per group, so the same
code is not registered twice (a Matter QR code and the manual code of the same device count as the same).

Who may: whoever registers devices, and installers, who onboard devices into any group in the field (the
installer holds the box the code is printed on). The secret is never logged nor audited; it is shown only
through `reveal_registered_secret`, which records the reveal.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Asset, DeviceIdentity, RegistrationGroup, ThirdPartyCode
from app.domain.enums import DeviceStatus
from app.domain.errors import AlreadyExistsError, InputError, NotFoundError, PermissionDeniedError
from app.domain.messages import (
    CODE_TAKEN,
    DAMAGED_CODE,
    JOINED_CODE,
    MAY_NOT_REGISTER_THIRD_PARTY,
    MAY_NOT_REVEAL_REGISTERED,
    NO_SERIAL,
    NOT_A_CODE,
    NOT_FROM_CODE,
    REGISTERED_MEANWHILE,
    SERIAL_DIFFERS,
    message,
    term,
)
from app.domain.permissions import Permission, allows
from app.domain.records import DeviceRecord
from app.qr.manual_code import manual_code_for
from app.qr.matter import MatterCode
from app.qr.onboarding import OnboardingCodeError, read_third_party
from app.qr.zwave import ZWaveCode
from app.scan.thirdparty import secret_name, secret_of, third_party_fields, third_party_kind
from app.security.fingerprint import fingerprint
from app.security.secrets import DataKey
from app.services import audit
from app.services.context import ServiceContext
from app.services.device_lookup import device_row, record_of
from app.services.registering import NewDevice, new_asset_code, validate_new_devices
from app.services.groups import group_row

REGISTER_PERMISSIONS = (Permission.REGISTER_DEVICES, Permission.INSTALL)
REVEAL_PERMISSIONS = (Permission.REVEAL_SECRETS, Permission.INSTALL)
REGISTER_ACTION = "device.register"
REVEAL_ACTION = "device.third_party.reveal"
FINGERPRINT_PURPOSE = "third-party code"


@dataclass(frozen=True)
class ThirdPartyRecord:
    """A device's third-party code, without its secret."""

    group: str
    sn: str
    format: str  # "matter" or "zwave"
    fields: dict[str, Any]
    secret_name: str  # "passcode" or "DSK PIN"


def can_register(ctx: ServiceContext) -> bool:
    return any(allows(ctx.actor.role, permission) for permission in REGISTER_PERMISSIONS)


def code_purpose(row_id: uuid.UUID) -> str:
    return f"third-party-code:{row_id}"


def read_code(text: str) -> MatterCode | ZWaveCode:
    """The code in `text` (as typed or scanned), or InputError naming what is wrong with it."""
    try:
        code = read_third_party(text, typed=True)
    except OnboardingCodeError as error:
        raise InputError(message(DAMAGED_CODE, format=term(error.code_format), reason=error.reason),
                         field="code") from None
    if code is None:
        raise InputError(message(NOT_A_CODE), field="code")
    if isinstance(code, MatterCode) and len(code.payloads) > 1:
        raise InputError(message(JOINED_CODE, count=len(code.payloads)), field="code")
    return code


def code_fingerprint(data_key: DataKey, code: MatterCode | ZWaveCode) -> str:
    """What identifies the device's code: the DSK (Z-Wave); the passcode and the discriminator's upper 4 bits,
    which a manual code holds too (Matter)."""
    if isinstance(code, ZWaveCode):
        return fingerprint(data_key, FINGERPRINT_PURPOSE, f"zwave:{code.dsk}")
    payload = code.payloads[0]
    short = payload.discriminator if payload.short_discriminator else payload.discriminator >> 8
    return fingerprint(data_key, FINGERPRINT_PURPOSE, f"matter:{payload.passcode}:{short}")


def register_third_party(ctx: ServiceContext, group: str, text: str, *, sn: str = "", name: str = "") -> DeviceRecord:
    """Register the device of the code `text` in `group`; the SN from the code when it has one, else `sn`."""
    if not can_register(ctx):
        raise PermissionDeniedError(message(MAY_NOT_REGISTER_THIRD_PARTY, actor=ctx.actor.name,
                                            role=term(ctx.actor.role.value)))
    code = read_code(text)
    serial = (code.serial_number or "").strip()
    typed = sn.strip()
    if serial and typed and typed != serial:
        raise InputError(message(SERIAL_DIFFERS, serial=serial, typed=typed), field="sn")
    chosen = serial or typed
    kind = third_party_kind(code)
    if not chosen:
        raise InputError(message(NO_SERIAL, format=term(format_label(code))), field="sn")
    data_key = ctx.keyring.require_data_key()
    print_ = code_fingerprint(data_key, code)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        refuse_known_code(session, group_row_, print_, code)
        _values, errors = validate_new_devices(session, group_row_, [NewDevice(chosen, name=name)])
        if errors:
            raise errors[0]
        identity = _new_device(session, group_row_, chosen, name)
        store_code(session, data_key, group_row_, identity.id, code, text, print_)
        audit.append(session, ctx, audit.AuditEntry(
            REGISTER_ACTION, "device", str(identity.asset_id), group_name=group_row_.name, sn=chosen,
            details={"count": 1, "source": f"third-party {kind}", "first_sn": chosen, "last_sn": chosen,
                     "third_party": _public_identity(code)}))
        try:
            session.flush()
        except IntegrityError:
            raise AlreadyExistsError(message(REGISTERED_MEANWHILE)) from None
        return record_of(session, identity)


def store_code(session: Session, data_key: DataKey, group: RegistrationGroup, identity_id: uuid.UUID,
               code: MatterCode | ZWaveCode, text: str, print_: str) -> None:
    """Keep the code with the device: its public fields, the text encrypted, the fingerprint (a row of the same
    code whose device was deleted is taken over, so the group's fingerprints stay unique)."""
    row = session.scalars(select(ThirdPartyCode).where(ThirdPartyCode.registration_group_id == group.id,
                                                       ThirdPartyCode.fingerprint == print_)).first()
    if row is None:
        row = ThirdPartyCode(id=uuid.uuid4(), registration_group_id=group.id, fingerprint=print_)
        session.add(row)
    row.identity_id = identity_id
    row.format = third_party_kind(code)
    row.fields = third_party_fields(code)
    row.code_enc = data_key.encrypt(json.dumps({"text": text.strip()}).encode("utf-8"), code_purpose(row.id))
    row.deleted = False


def format_label(code: MatterCode | ZWaveCode) -> str:
    return f"Z-Wave {code.kind} QR code" if isinstance(code, ZWaveCode) else (
        "Matter QR code" if code.source == "qr" else "Matter manual pairing code")


def refuse_known_code(session: Session, group: RegistrationGroup, print_: str, code: MatterCode | ZWaveCode) -> None:
    owner = session.execute(
        select(DeviceIdentity.sn).join(ThirdPartyCode, ThirdPartyCode.identity_id == DeviceIdentity.id)
        .where(ThirdPartyCode.registration_group_id == group.id, ThirdPartyCode.fingerprint == print_,
               ThirdPartyCode.deleted.is_(False), DeviceIdentity.deleted.is_(False))).scalar()
    if owner is not None:
        raise AlreadyExistsError(message(CODE_TAKEN, format=term(format_label(code)), group=group.name, sn=owner))


def _new_device(session: Session, group: RegistrationGroup, sn: str, name: str) -> DeviceIdentity:
    """A new asset and identity (the SN's tombstone brought back when it was deleted from the group before)."""
    now = utcnow()
    asset = Asset(id=uuid.uuid4(), registration_group_id=group.id, batch_id=None, asset_code=new_asset_code(),
                  name=name, description="", master_data={})
    session.add(asset)
    identity = session.scalars(select(DeviceIdentity).where(
        DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn == sn,
        DeviceIdentity.deleted.is_(True))).first()
    if identity is None:
        identity = DeviceIdentity(id=uuid.uuid4(), registration_group_id=group.id, sn=sn)
        session.add(identity)
    else:  # a new registration of the SN: its labels say so (app/qr/payload.py)
        identity.registration = (identity.registration or 1) + 1
    identity.asset_id = asset.id
    identity.manual_code = manual_code_for(group.group_id, sn)
    identity.status = DeviceStatus.REGISTERED.value
    identity.status_error = ""
    identity.status_before_disable = ""
    identity.status_changed_at = now
    identity.labels_printed = 0
    identity.deleted = False
    session.flush()
    return identity


def _public_identity(code: MatterCode | ZWaveCode) -> dict[str, Any]:
    if isinstance(code, ZWaveCode):
        return {"format": "zwave", "manufacturer_id": code.manufacturer_id, "product_type": code.product_type,
                "product_id": code.product_id}
    payload = code.payloads[0]
    return {"format": "matter", "vendor_id": payload.vendor_id, "product_id": payload.product_id,
            "discriminator": payload.discriminator}


# ---- reading and revealing -----------------------------------------------------------------------

def _code_row(session: Session, group: RegistrationGroup, sn: str) -> tuple[DeviceIdentity, ThirdPartyCode | None]:
    identity = device_row(session, group, sn)
    row = session.scalars(select(ThirdPartyCode).where(ThirdPartyCode.identity_id == identity.id,
                                                       ThirdPartyCode.deleted.is_(False))).first()
    return identity, row


def third_party_code(ctx: ServiceContext, group: str, sn: str) -> ThirdPartyRecord | None:
    """The device's code without its secret; None for a device not registered from a third-party code."""
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        _identity, row = _code_row(session, group_row_, sn)
        if row is None:
            return None
        return ThirdPartyRecord(group_row_.name, sn, row.format, dict(row.fields),
                                "DSK PIN" if row.format == "zwave" else "passcode")


def stored_code_text(data_key: DataKey, row: ThirdPartyCode) -> str:
    """The code as scanned or typed (holding its secret): for the reveal and a secret export only."""
    return str(json.loads(data_key.decrypt(row.code_enc, code_purpose(row.id)).decode("utf-8"))["text"])


def reveal_registered_secret(ctx: ServiceContext, group: str, sn: str) -> str:
    """The passcode or DSK PIN kept with the device, after recording the reveal (never the secret itself)."""
    if not any(allows(ctx.actor.role, permission) for permission in REVEAL_PERMISSIONS):
        raise PermissionDeniedError(message(MAY_NOT_REVEAL_REGISTERED, actor=ctx.actor.name,
                                            role=term(ctx.actor.role.value)))
    data_key = ctx.keyring.require_data_key()
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        identity, row = _code_row(session, group_row_, sn)
        if row is None:
            raise NotFoundError(message(NOT_FROM_CODE, sn=sn, group=group_row_.name))
        code = read_code(stored_code_text(data_key, row))
        audit.append(session, ctx, audit.AuditEntry(
            REVEAL_ACTION, "device", str(identity.asset_id), group_name=group_row_.name, sn=sn,
            details={"format": row.format, "revealed": secret_name(code)}))
    return secret_of(code)
