"""Finding (and creating) a batch row by its number: shared by batches, supervision, devices and exports.

On its own so that supervision can use it while batches use supervision's review warnings (no import cycle)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Batch, RegistrationGroup
from app.domain.enums import BatchReview
from app.domain.errors import InputError, NotFoundError
from app.domain.messages import message
from app.domain.messages_import import BATCH_NUMBER_INVALID, NO_BATCH
from app.domain.permissions import Permission
from app.services import audit
from app.services.context import ServiceContext

BATCH_NUMBER_MAX = 64


def check_batch_number(number: str) -> str:
    number = number.strip()
    if not number or len(number) > BATCH_NUMBER_MAX or any(ord(ch) < 33 or ord(ch) > 126 for ch in number):
        raise InputError(message(BATCH_NUMBER_INVALID, limit=BATCH_NUMBER_MAX), field="batch")
    return number


def batch_row_for_number(session: Session, ctx: ServiceContext, group: RegistrationGroup, number: str, *,
                         create: bool = False) -> Batch:
    number = check_batch_number(number)
    row = session.scalars(select(Batch).where(Batch.registration_group_id == group.id, Batch.number == number,
                                              Batch.deleted.is_(False))).first()
    if row is not None:
        return row
    if not create:
        raise NotFoundError(message(NO_BATCH, number=number, group=group.name))
    ctx.require(Permission.MANAGE_BATCHES)
    row = Batch(registration_group_id=group.id, number=number, review=BatchReview.OPEN.value)
    session.add(row)
    session.flush()
    audit.append(session, ctx, audit.AuditEntry("batch.create", "batch", str(row.id), group_name=group.name,
                                                details={"batch": number}))
    return row
