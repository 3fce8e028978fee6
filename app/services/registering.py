"""Registering devices: one, a serial range, or many (a file), all or nothing, with their asset IDs.

(`device_registration` is the other registration: a device registering itself with the provisioning service.)
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Asset, DeviceIdentity, RegistrationGroup
from app.domain.enums import DeviceStatus
from app.domain.errors import AlreadyExistsError, CancelledError, InputError, InputErrors
from app.domain.masterdata import validate_master_data
from app.domain.messages import AT_MOST_CHARACTERS, NO_DEVICES, SN_TAKEN, SN_TWICE, SN_TWICE_AT, message
from app.domain.messages_devices import (
    ADD_DEVICES_TO_BATCH,
    NO_PREFIX,
    REGISTRATION_CANCELLED,
    REQUIRED_COLUMN_EMPTY,
    SNS_REGISTERED_MEANWHILE,
)
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.domain.serials import serial_range, sn_problem
from app.qr.manual_code import manual_code_for
from app.services import audit
from app.services.batches import batch_row_for_number, refuse_if_approved
from app.services.context import ServiceContext
from app.services.device_lookup import get_device
from app.services.groups import group_row
from app.services.masterdata import attributes_of_group
from app.services.row_integrity import core_mac

ASSET_CODE_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INSERT_CHUNK = 5000
LONG_WRITE_ROWS = 1000  # from this many devices a registration tells waiting programs what it does
IN_CHUNK = 900
Progress = Callable[[int, int], None]


ASSET_CODE_LENGTH = 10
# Random bytes below this bound map evenly onto the alphabet (byte % len); the others are dropped.
_UNBIASED_BOUND = 256 - 256 % len(ASSET_CODE_ALPHABET)


def new_asset_code() -> str:
    return new_asset_codes(1)[0]


def new_asset_codes(count: int) -> list[str]:
    """`count` random asset IDs; one call to the OS random source for a whole chunk of devices."""
    needed = count * ASSET_CODE_LENGTH
    chars: list[str] = []
    while len(chars) < needed:
        alphabet, bound = ASSET_CODE_ALPHABET, _UNBIASED_BOUND
        chars.extend(alphabet[byte % len(alphabet)] for byte in secrets.token_bytes(needed - len(chars) + 16)
                     if byte < bound)
    text = "".join(chars[:needed])
    return [text[start:start + ASSET_CODE_LENGTH] for start in range(0, needed, ASSET_CODE_LENGTH)]


@dataclass(frozen=True)
class NewDevice:
    sn: str
    name: str = ""
    description: str = ""
    batch: str | None = None
    master_data: dict[str, Any] = field(default_factory=dict)
    row: int | None = None


def register_device(ctx: ServiceContext, group: str, sn: str, *, batch: str | None = None, name: str = "",
                    description: str = "", master_data: dict[str, Any] | None = None,
                    approved_batch_ok: bool = False) -> DeviceRecord:
    register_devices(ctx, group, [NewDevice(sn, name, description, batch, master_data or {})], source="single",
                     approved_batch_ok=approved_batch_ok)
    return get_device(ctx, group, sn)


NO_PREFIX_MESSAGE = message(NO_PREFIX)


def register_range(ctx: ServiceContext, group: str, prefix: str, start: int, count: int, *, width: int | None = None,
                   batch: str | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, no_prefix: bool = False,
                   approved_batch_ok: bool = False) -> int:
    """Register prefix + counter. An empty prefix needs no_prefix=True: `000001`... is rarely what was meant."""
    if not prefix and not no_prefix:
        raise InputError(NO_PREFIX_MESSAGE, field="prefix")
    sns = serial_range(prefix, start, count, width)
    return register_devices(ctx, group, [NewDevice(sn, batch=batch) for sn in sns], source=f"range {sns[0]}..{sns[-1]}",
                            progress=progress, cancelled=cancelled, approved_batch_ok=approved_batch_ok)


def validate_new_devices(session: Session, group: RegistrationGroup, devices: Sequence[NewDevice],
                         file: str | None = None) -> tuple[list[dict[str, Any]], list[InputError]]:
    """Check every device without writing: SNs, duplicates in the input and in the database, master data."""
    attributes = attributes_of_group(session, group.masterdata_group_id)
    # A required attribute may be left for the installer (no column), but a column given empty is a mistake.
    required = [attribute for attribute in attributes if attribute.required and attribute.default is None]
    errors: list[InputError] = []
    first_row_of: dict[str, int | None] = {}
    parsed_data: list[dict[str, Any]] = []
    for index, device in enumerate(devices):
        row = device.row if device.row is not None else (index + 1 if file else None)
        problem = sn_problem(device.sn)
        if problem:
            errors.append(InputError(problem, file=file, row=row, column="sn" if file else None,
                                     field=None if file else "sn"))
        elif device.sn in first_row_of:
            earlier = first_row_of[device.sn]
            twice = message(SN_TWICE, sn=device.sn) if earlier is None else message(SN_TWICE_AT, sn=device.sn,
                                                                                     row=earlier)
            errors.append(InputError(twice, file=file, row=row,
                                     column="sn" if file else None, field=None if file else "sn"))
        else:
            first_row_of[device.sn] = row
        if len(device.name) > 128:
            errors.append(InputError(message(AT_MOST_CHARACTERS, count=128), file=file, row=row,
                                     column="name" if file else None, field=None if file else "name"))
        values, problems = validate_master_data(attributes, device.master_data, require_complete=False)
        for attribute in required:
            if attribute.key in device.master_data and values.get(attribute.key) is None:
                problems.setdefault(attribute.key, message(REQUIRED_COLUMN_EMPTY))
        for key, problem_text in problems.items():
            errors.append(InputError(problem_text, file=file, row=row, column=key if file else None,
                                     field=None if file else key))
        parsed_data.append(values)
    sns = list(first_row_of)
    for chunk_start in range(0, len(sns), IN_CHUNK):
        chunk = sns[chunk_start:chunk_start + IN_CHUNK]
        taken = session.scalars(select(DeviceIdentity.sn).where(  # a deleted SN may be registered again
            DeviceIdentity.registration_group_id == group.id, DeviceIdentity.sn.in_(chunk),
            DeviceIdentity.deleted.is_(False)))
        for sn in taken:
            errors.append(InputError(message(SN_TAKEN, sn=sn, group=group.name), file=file,
                                     row=first_row_of[sn], column="sn" if file else None, field=None if file else "sn"))
    errors.sort(key=lambda error: (error.row or 0))
    return parsed_data, errors


def register_devices(ctx: ServiceContext, group: str, devices: Sequence[NewDevice], *, source: str,
                     default_batch: str | None = None, file: str | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                     approved_batch_ok: bool = False,
                     then: Callable[[Session, RegistrationGroup], None] | None = None) -> int:
    """All or nothing: every device is valid and new, or nothing is written. Adding devices to an approved
    batch raises ApprovedBatchError unless approved_batch_ok. `then` runs in the same transaction once the
    devices are in (an import keeps their third-party codes with them)."""
    ctx.require(Permission.REGISTER_DEVICES)
    if not devices:
        raise InputError(message(NO_DEVICES), file=file)
    long = f"registering {len(devices):,} devices in group {group!r}" if len(devices) >= LONG_WRITE_ROWS else None
    with ctx.write(long=long) as session:
        group_row_ = group_row(session, group)
        parsed_data, errors = validate_new_devices(session, group_row_, devices, file)
        if errors:
            raise errors[0] if len(errors) == 1 else InputErrors(errors)
        batch_ids: dict[str, uuid.UUID] = {}
        for number in {device.batch or default_batch for device in devices} - {None}:
            batch_row_ = batch_row_for_number(session, ctx, group_row_, number, create=True)  # type: ignore[arg-type]
            refuse_if_approved(batch_row_, group_row_.name, message(ADD_DEVICES_TO_BATCH),
                               approved_batch_ok=approved_batch_ok)
            batch_ids[number] = batch_row_.id  # type: ignore[index]
        now = utcnow()
        station = ctx.db.station_id
        common = {"rev": 0, "dirty": True, "updated_at": now, "station": station, "deleted": False}
        deleted_before = _deleted_identities(session, group_row_, [device.sn for device in devices])
        total = len(devices)
        done = 0
        revived: list[dict[str, Any]] = []
        for chunk_start in range(0, total, INSERT_CHUNK):
            if cancelled is not None and cancelled():
                raise CancelledError(message(REGISTRATION_CANCELLED))
            assets: list[dict[str, Any]] = []
            identities: list[dict[str, Any]] = []
            chunk = devices[chunk_start:chunk_start + INSERT_CHUNK]
            for device, values, asset_code in zip(chunk, parsed_data[chunk_start:chunk_start + INSERT_CHUNK],
                                                  new_asset_codes(len(chunk)), strict=True):
                asset_id = uuid.uuid4()
                batch_number = device.batch or default_batch
                assets.append({"id": asset_id, "registration_group_id": group_row_.id,
                               "batch_id": batch_ids.get(batch_number) if batch_number else None,
                               "asset_code": asset_code, "name": device.name, "description": device.description,
                               "master_data": values, **common})
                identity = {"registration_group_id": group_row_.id, "asset_id": asset_id,
                            "sn": device.sn, "manual_code": manual_code_for(group_row_.group_id, device.sn),
                            "status": DeviceStatus.REGISTERED.value, "status_error": "",
                            "status_before_disable": "", "status_changed_at": now, "labels_printed": 0,
                            "updated_at": now, "station": station, "dirty": True, "deleted": False}
                identity["integrity"] = core_mac(session, "device_identities", identity)
                previous = deleted_before.get(device.sn)
                if previous is None:
                    identities.append({"id": uuid.uuid4(), "rev": 0, "registration": 1, **identity})
                else:
                    # The tombstone comes back to life: the same row (and id), so the change syncs as an
                    # edit of the deleted device, and its history stays with it.
                    revived.append({"id": previous, **identity})
            session.execute(insert(cast(Table, Asset.__table__)), assets)
            if identities:
                session.execute(insert(cast(Table, DeviceIdentity.__table__)), identities)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        for identity in revived:  # a new registration of the SN: its labels say so (app/qr/payload.py)
            session.execute(update(DeviceIdentity).where(DeviceIdentity.id == identity.pop("id")).values(
                registration=DeviceIdentity.registration + 1, **identity))
        if then is not None:
            then(session, group_row_)
        details: dict[str, Any] = {"count": total, "source": source, "first_sn": devices[0].sn,
                                   "last_sn": devices[-1].sn}
        if deleted_before:
            details["registered_again"] = sorted(deleted_before)[:100]
        if default_batch:
            details["batch"] = default_batch
        audit.append(session, ctx, audit.AuditEntry(
            "device.register", "device" if total == 1 else "devices",
            str(assets[0]["id"]) if total == 1 else "", group_name=group_row_.name,
            sn=devices[0].sn if total == 1 else "", details=details))
        try:
            session.flush()
        except IntegrityError:
            raise AlreadyExistsError(message(SNS_REGISTERED_MEANWHILE)) from None
    return total


def _deleted_identities(session: Session, group: RegistrationGroup, sns: Sequence[str]) -> dict[str, uuid.UUID]:
    """The SN -> identity id of those SNs that were registered in the group once and deleted since."""
    found: dict[str, uuid.UUID] = {}
    for chunk_start in range(0, len(sns), IN_CHUNK):
        found.update(session.execute(select(DeviceIdentity.sn, DeviceIdentity.id).where(
            DeviceIdentity.registration_group_id == group.id, DeviceIdentity.deleted.is_(True),
            DeviceIdentity.sn.in_(sns[chunk_start:chunk_start + IN_CHUNK]))).all())
    return found
