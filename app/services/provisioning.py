"""Provisioning files for firmware flashing: JSON, one file per device or one per batch.

Each device entry names what a device needs to register itself: Group ID, SN,
gateway, OU, environment, product key, manual code, and what an Azure IoT device
SDK takes to provision against `dps-station serve` (id_scope, registration_id,
provisioning_host, ca_certificate); with secrets (asked for explicitly,
EXPORT_SECRETS) also its registration key (device_key and, under the SDK's name,
symmetric_key) and, when it holds an active allocation, that allocation's device
secret. Every export is audited: `device.provisioning.export` with secrets,
`device.export` without. Files are written
atomically; files with secrets are 0600. Retired (replaced, discarded) devices
get no file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Allocation, DeviceIdentity, RegistrationGroup
from app.domain.enums import AllocationState
from app.domain.errors import InputError
from app.domain.lifecycle import Action, check, device_named
from app.domain.messages import Message, message
from app.domain.messages_station import (
    CANNOT_WRITE_IN,
    DEVICE_IN_NO_BATCH,
    DEVICE_IN_OTHER_BATCH,
    NO_FOLDER,
    NOTHING_IN_BATCH,
    NOTHING_IN_BATCH_SNS,
    NOTHING_IN_GROUP,
    NOTHING_IN_GROUP_SNS,
    OUT_IS_FILE,
)
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.output_files import hold_lock, release, remove_leftovers
from app.security.derivation import derive_device_key
from app.services import audit, device_listing, device_lookup, lifecycle
from app.services.atomic_file import (
    PUBLIC_MODE,
    SECRET_MODE,
    PendingFile,
    check_output_path,
    open_text,
    pending_file,
)
from app.services.batches import batch_row_for_number
from app.services.context import ServiceContext
from app.services.exporting import plain_export_entry
from app.services.groups import group_row, group_secret_of
from app.services.service_tls import provisioning_endpoint

FORMAT_NAME = "dps-station-provisioning"
FORMAT_VERSION = 1
FILENAME_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+@=,~")
WINDOWS_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                              *(f"LPT{i}" for i in range(1, 10))})
PAGE = 500


@dataclass(frozen=True)
class _Target:
    """Where the allocation of a device points: its active allocation, else the group."""

    ou: str
    environment: str
    product_key: str
    gateway: str
    allocation: Allocation | None


SECRETS_EVENT = "device.provisioning.export"


def file_name_for(sn: str) -> str:
    """`SN.json`, with characters unsafe in file names on Windows, macOS or Linux percent-encoded (one-to-one)."""
    encoded = "".join(ch if ch in FILENAME_SAFE else f"%{ord(ch):02X}" for ch in sn)
    if encoded.startswith(".") or encoded.split(".")[0].upper() in WINDOWS_RESERVED:
        encoded = f"%{ord(encoded[0]):02X}{encoded[1:]}"
    return f"{encoded}.json"


def export_provisioning(ctx: ServiceContext, group: str, out: Path, batch: str | None = None,
                        sns: Sequence[str] | None = None, with_secrets: bool = False) -> int:
    """`out` ending in .json: one file for the selection (a batch); otherwise a directory, one SN.json per device."""
    ctx.require(Permission.EXPORT)
    if with_secrets:
        ctx.require(Permission.EXPORT_SECRETS)
    out = Path(out)
    single_file = out.suffix.lower() == ".json"
    if single_file:
        check_output_path(out)
    elif out.exists() and not out.is_dir():
        raise InputError(message(OUT_IS_FILE, path=out), field="--out")
    elif not out.parent.is_dir():
        raise InputError(message(NO_FOLDER, path=out.parent), field="--out")
    host, ca_pem = provisioning_endpoint(ctx.db)
    service = {"provisioning_host": host, "ca_certificate": ca_pem}
    if with_secrets:
        _audit_before_writing(ctx, group, out, batch, sns)
    with _staged_output(out, single_file, secret=with_secrets, service=service) as staged:
        try:
            with ctx.read() as session:
                group_row_ = group_row(session, group)
                if batch is not None:
                    batch_row_for_number(session, ctx, group_row_, batch)
                group_secret = group_secret_of(ctx, session, group_row_) if with_secrets else None
                records = _selection(ctx, session, group_row_, batch, sns)
                count = staged.write(group_row_, batch, _entries(ctx, session, group_row_, records, group_secret))
                if count == 0:
                    raise InputError(_nothing_selected(group, batch, sns), field="--out")
                group_name = group_row_.name
        except BaseException as error:
            if with_secrets:
                audit.record(ctx, audit.AuditEntry(f"{SECRETS_EVENT}.failed", "devices", "", group_name=group,
                                                   details={"file": str(out), "error": type(error).__name__}))
            raise
        if not with_secrets:
            fmt = "provisioning-json" if single_file else "provisioning-files"
            extra = {"sns": list(sns)[:50]} if sns else {}
            audit.record(ctx, plain_export_entry(group_name, out, fmt, count, batch, **extra))
        staged.publish()  # only after the audit event committed
    return count


def _nothing_selected(group: str, batch: str | None, sns: Sequence[str] | None) -> Message:
    if batch:
        return message(NOTHING_IN_BATCH_SNS if sns else NOTHING_IN_BATCH, batch=batch, group=group)
    return message(NOTHING_IN_GROUP_SNS if sns else NOTHING_IN_GROUP, group=group)


def _audit_before_writing(ctx: ServiceContext, group: str, out: Path, batch: str | None,
                          sns: Sequence[str] | None) -> None:
    """The export with secrets is audited (committed) before the first key is written, with the number of
    devices selected; a selection that names a device it cannot export is refused before, with nothing audited."""
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        if batch is not None:
            batch_row_for_number(session, ctx, group_row_, batch)
        count = sum(1 for _record in _selection(ctx, session, group_row_, batch, sns))
        group_name = group_row_.name
    if count == 0:
        raise InputError(_nothing_selected(group, batch, sns), field="--out")
    details: dict[str, Any] = {"file": str(out), "count": count, "batch": batch,
                               "secrets": ["device_key", "symmetric_key", "device_secret"]}
    if sns:
        details["sns"] = list(sns)[:50]
    audit.record(ctx, audit.AuditEntry(SECRETS_EVENT, "devices", "", group_name=group_name, details=details))


def _selection(ctx: ServiceContext, session: Session, group: RegistrationGroup, batch: str | None,
               sns: Sequence[str] | None) -> Iterator[DeviceRecord]:
    if not sns:
        yield from device_listing.iter_devices(ctx, device_listing.DeviceQuery(group=group.name, batch=batch, include_retired=False),
                                        page_size=PAGE)
        return
    for sn in dict.fromkeys(sns):
        record = device_lookup.record_of(session, device_lookup.device_row(session, group, sn))
        check(record.status, Action.EXPORT, device_named(sn))
        if batch is not None and record.batch != batch:
            found = message(DEVICE_IN_OTHER_BATCH, sn=sn, found=record.batch, batch=batch) if record.batch \
                else message(DEVICE_IN_NO_BATCH, sn=sn, batch=batch)
            raise InputError(found, field="--sn")
        yield record


def _entries(ctx: ServiceContext, session: Session, group: RegistrationGroup, records: Iterator[DeviceRecord],
             group_secret: str | None) -> Iterator[dict[str, Any]]:
    page: list[DeviceRecord] = []
    for record in records:
        page.append(record)
        if len(page) == PAGE:
            yield from _page_entries(ctx, session, group, page, group_secret)
            page = []
    yield from _page_entries(ctx, session, group, page, group_secret)


def _page_entries(ctx: ServiceContext, session: Session, group: RegistrationGroup, page: list[DeviceRecord],
                  group_secret: str | None) -> Iterator[dict[str, Any]]:
    if not page:
        return
    active = {allocation.identity_id: allocation for allocation in session.scalars(
        select(Allocation).where(Allocation.identity_id.in_([record.id for record in page]),
                                 Allocation.state == AllocationState.ACTIVE.value))}
    for record in page:
        allocation = active.get(record.id)
        target = (_Target(allocation.ou, allocation.environment, allocation.product_key, allocation.gateway, allocation)
                  if allocation else _Target(group.ou, group.environment, group.product_key, group.gateway, None))
        entry: dict[str, Any] = {
            "group_id": record.group_id, "sn": record.sn, "gateway": target.gateway, "ou": target.ou,
            "environment": target.environment, "product_key": target.product_key,
            "manual_code": record.manual_code, "asset_id": allocation.asset_code if allocation else record.asset_id,
            "batch": record.batch, "status": record.status,
            "id_scope": record.group_id, "registration_id": record.sn,
        }
        if group_secret is not None:
            entry["device_key"] = entry["symmetric_key"] = derive_device_key(group_secret, record.sn)
            if allocation is not None:
                identity = session.get(DeviceIdentity, record.id)
                assert identity is not None
                entry["device_secret"] = lifecycle.active_device_secret(ctx, session, identity)
        yield entry


def _header(group: RegistrationGroup, service: dict[str, str | None]) -> dict[str, Any]:
    """`provisioning_host` and `ca_certificate` (PEM) are null until `dps-station service init` made them."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "group": group.name, "group_id": group.group_id,
            **service}


class _BatchFile:
    """One JSON object: the batch, the group's settings and an array of devices, streamed to a pending file."""

    def __init__(self, pending: PendingFile, service: dict[str, str | None]) -> None:
        self.pending = pending
        self.service = service

    def write(self, group: RegistrationGroup, batch: str | None, entries: Iterator[dict[str, Any]]) -> int:
        head = {**_header(group, self.service), "batch": batch, "ou": group.ou, "environment": group.environment,
                "product_key": group.product_key, "gateway": group.gateway}
        count = 0
        with open_text(self.pending) as handle:
            handle.write(json.dumps(head, ensure_ascii=False, indent=2).removesuffix("\n}") + ',\n  "devices": [')
            for count, entry in enumerate(entries, start=1):
                handle.write(("," if count > 1 else "") + "\n    " + json.dumps(entry, ensure_ascii=False))
            handle.write("\n  ]\n}\n")
        return count

    def publish(self) -> None:
        self.pending.commit()


class _DeviceFiles:
    """Every SN.json staged in a hidden directory inside the target; moved in together at the end."""

    def __init__(self, out: Path, staging: Path, *, secret: bool, service: dict[str, str | None]) -> None:
        self.service = service
        self.out = out
        self.staging = staging
        self.mode = SECRET_MODE if secret else PUBLIC_MODE
        self.names: list[str] = []

    def write(self, group: RegistrationGroup, batch: str | None, entries: Iterator[dict[str, Any]]) -> int:
        for entry in entries:
            name = file_name_for(entry["sn"])
            path = self.staging / name
            # created with its final mode: a file with secrets is 0600 from its first byte
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), self.mode)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
                os.chmod(path, self.mode)  # the umask may have taken bits of a public file's mode
                json.dump({**_header(group, self.service), **entry}, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            self.names.append(name)
        return len(self.names)

    def publish(self) -> None:
        for name in self.names:
            os.replace(self.staging / name, self.out / name)


@contextmanager
def _staged_output(out: Path, single_file: bool, *, secret: bool,
                   service: dict[str, str | None]) -> Iterator[_BatchFile | _DeviceFiles]:
    """Nothing appears at `out` unless `publish()` is called; staged data is removed in any case."""
    if single_file:
        with pending_file(out, secret=secret) as pending:
            yield _BatchFile(pending, service)
        return
    created = not out.exists()
    try:
        out.mkdir(exist_ok=True)
        remove_leftovers(out)
        staging = Path(tempfile.mkdtemp(dir=out, prefix=".dps-provisioning-"))
        lock = hold_lock(staging)
    except OSError as exc:
        raise InputError(message(CANNOT_WRITE_IN, path=out, reason=exc.strerror), field="--out") from None
    try:
        yield _DeviceFiles(out, staging, secret=secret, service=service)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        release(lock)
        if created and not any(out.iterdir()):
            out.rmdir()  # a failed export leaves no empty directory behind
