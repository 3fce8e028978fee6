"""Print labels for devices: pick them, sign their payloads, hand them to a renderer, record them as labelled.

No Qt here: the caller passes the renderer (app/labels, which draws with QtGui), so the
CLI and the GUI run the same use case. Devices are recorded as labelled, with one audit
event each, in one transaction after the renderer returned: a refused, failed or
cancelled job records nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.domain.errors import CancelledError, InputError
from app.domain.lifecycle import Action, allowed, check, device_named
from app.domain.messages import message
from app.domain.messages_labels import (
    BATCH_NUMBER_EMPTY,
    NONE_TO_LABEL_IN_BATCH,
    NONE_TO_LABEL_IN_BATCH_SKIPPED,
    NONE_TO_LABEL_IN_GROUP,
    NONE_TO_LABEL_IN_GROUP_SKIPPED,
    NOT_IN_BATCH,
    SELECTING_CANCELLED,
)
from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.labels.model import LabelData
from app.qr.manual_code import format_manual_code
from app.qr.payload import encode_payload
from app.security.signing import VerifyingKey
from app.services import lifecycle
from app.services.batches import get_batch
from app.services.context import ServiceContext
from app.services.device_listing import DeviceQuery, iter_devices
from app.services.device_lookup import get_device
from app.services.groups import get_group
from app.services.organisation import consistent_signing_key
from app.services.organisation import verifying_keys as organisation_keys

Report = TypeVar("Report")
Progress = Callable[[str, int, int], None]  # phase, done, total (0: not known yet)
Cancelled = Callable[[], bool]
CHECK_EVERY = 1000
Renderer = Callable[[Sequence[LabelData], Mapping[str, VerifyingKey]], Report]


@dataclass(frozen=True)
class LabelSelection:
    """Which devices: a group, optionally one batch of it, optionally named SNs (reprints)."""

    group: str
    batch: str | None = None
    sns: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelBatch:
    """The labels of a selection, ready for a renderer, and the devices to record afterwards."""

    device_ids: list[uuid.UUID]
    labels: list[LabelData]
    skipped: int  # disabled or retired devices left out of a group or batch selection
    template: str  # the group's label template


def select_devices(ctx: ServiceContext, selection: LabelSelection, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> tuple[list[DeviceRecord], int]:
    """The devices to label and how many were left out because they cannot get a label."""
    if selection.batch is not None and not selection.batch.strip():
        raise InputError(message(BATCH_NUMBER_EMPTY), field="batch")
    if selection.sns:
        devices = []
        for sn in dict.fromkeys(selection.sns):
            device = get_device(ctx, selection.group, sn)
            check(device.status, Action.LABEL, device_named(sn))
            if selection.batch is not None and device.batch != selection.batch:
                raise InputError(message(NOT_IN_BATCH, sn=sn, batch=selection.batch), field="sn")
            devices.append(device)
        return devices, 0
    if selection.batch is not None:
        get_batch(ctx, selection.group, selection.batch)  # NotFoundError names group and batch
    everything = iter_devices(ctx, DeviceQuery(group=selection.group, batch=selection.batch, include_retired=False))
    devices, skipped = [], 0
    for seen, device in enumerate(everything, 1):
        if seen % CHECK_EVERY == 0:
            _check_in("selecting", seen, 0, progress, cancelled)
        if not allowed(device.status, Action.LABEL):
            skipped += 1
        else:
            devices.append(device)
    if not devices:
        if selection.batch:
            template = NONE_TO_LABEL_IN_BATCH_SKIPPED if skipped else NONE_TO_LABEL_IN_BATCH
            raise InputError(message(template, batch=selection.batch, group=selection.group, skipped=skipped),
                             field="batch")
        template = NONE_TO_LABEL_IN_GROUP_SKIPPED if skipped else NONE_TO_LABEL_IN_GROUP
        raise InputError(message(template, group=selection.group, skipped=skipped), field="group")
    return devices, skipped


def _check_in(phase: str, done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError(message(SELECTING_CANCELLED))
    if progress is not None:
        progress(phase, done, total)


def prepare_labels(ctx: ServiceContext, selection: LabelSelection, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> LabelBatch:
    """The signed labels of the selection. `progress` hears of the phases "selecting" (total not known)
    and "signing"; `cancelled` is asked every thousand devices."""
    ctx.require(Permission.PRINT_LABELS)
    group = get_group(ctx, selection.group, with_count=False)
    devices, skipped = select_devices(ctx, selection, progress=progress, cancelled=cancelled)
    signing_key = consistent_signing_key(ctx.db, ctx.keyring)
    labels = []
    for number, device in enumerate(devices, 1):
        if number % CHECK_EVERY == 0:
            _check_in("signing", number, len(devices), progress, cancelled)
        code = device.manual_code
        labels.append(LabelData(
            sn=device.sn, group_id=group.group_id, group_name=group.name, batch=device.batch,
            product_key=group.product_key, manual_code=format_manual_code(code) if len(code) == 12 else code,
            payload=encode_payload(group_id=group.group_id, sn=device.sn, batch=device.batch,
                                   signing_key=signing_key, registration=device.registration)))
    return LabelBatch([device.id for device in devices], labels, skipped, group.label_template)


def verifying_keys(ctx: ServiceContext) -> dict[str, VerifyingKey]:
    """The keys printed labels are read back against: the organisation's authenticated public key, never the
    signing key's own half (a signing key of another organisation would pass its own check)."""
    consistent_signing_key(ctx.db, ctx.keyring)
    return organisation_keys(ctx.db, ctx.keyring)


def print_labels(ctx: ServiceContext, selection: LabelSelection, render: Renderer[Report], *, copies: int,
                 template: str, output: str, prepared: LabelBatch | None = None) -> tuple[LabelBatch, Report]:
    """Render (print-and-verify included, in `render`), then record every device as labelled in one transaction."""
    batch = prepared if prepared is not None else prepare_labels(ctx, selection)
    report = render(batch.labels, verifying_keys(ctx))
    lifecycle.record_labels_printed(ctx, batch.device_ids, copies=copies, template=template, output=output)
    return batch, report
