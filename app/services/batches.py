"""Batches: production lots inside a registration group, their progress and their review."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Asset, Batch, RegistrationGroup
from app.domain.enums import BatchReview
from app.domain.errors import AlreadyExistsError, ApprovedBatchError, InputError, LifecycleError
from app.domain.messages import message, term
from app.domain.messages_devices import (
    BATCH_ALREADY_REVIEWED,
    BATCH_APPROVED,
    BATCH_EXISTS,
    BATCH_NOT_REVIEWED,
    EARLIER,
    REJECTION_NEEDS_COMMENT,
    REOPEN_NEEDS_COMMENT,
)
from app.domain.permissions import Permission
from app.domain.records import BatchRecord
from app.services import audit
from app.services.batch_counts import counts_by_batch
from app.services.batch_rows import batch_row_for_number, check_batch_number
from app.services.context import ServiceContext


def _counts(session: Session, batch_ids: list[object]) -> dict[object, dict[str, int]]:
    """Devices per batch state (app/domain/batch_states.py): the same counts as the Office and the reports."""
    if not batch_ids:
        return {}
    counts = counts_by_batch(session, Asset.batch_id.in_(batch_ids))
    return {batch_id: values.as_dict() for batch_id, values in counts.items()}


def _record(row: Batch, group_name: str, counts: dict[str, int]) -> BatchRecord:
    return BatchRecord(row.id, group_name, row.number, row.description, row.review, row.review_comment,
                       row.reviewed_by, row.reviewed_at, counts)


def create_batch(ctx: ServiceContext, group: str, number: str, description: str = "") -> BatchRecord:
    from app.services.groups import group_row

    ctx.require(Permission.MANAGE_BATCHES)
    number = check_batch_number(number)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        if session.scalar(select(Batch.id).where(Batch.registration_group_id == group_row_.id, Batch.number == number)):
            raise AlreadyExistsError(message(BATCH_EXISTS, number=number, group=group))
        row = batch_row_for_number(session, ctx, group_row_, number, create=True)
        row.description = description
        return _record(row, group_row_.name, {})


def rename_batch(ctx: ServiceContext, group: str, number: str, new_number: str,
                 description: str | None = None) -> BatchRecord:
    from app.services.groups import group_row

    ctx.require(Permission.MANAGE_BATCHES)
    new_number = check_batch_number(new_number)
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        row = batch_row_for_number(session, ctx, group_row_, number)
        if new_number != row.number and session.scalar(
                select(Batch.id).where(Batch.registration_group_id == group_row_.id, Batch.number == new_number)):
            raise AlreadyExistsError(message(BATCH_EXISTS, number=new_number, group=group))
        old = row.number
        row.number = new_number
        if description is not None:
            row.description = description
        audit.append(session, ctx, audit.AuditEntry("batch.rename", "batch", str(row.id), group_name=group_row_.name,
                                                    details={"from": old, "to": new_number}))
        return _record(row, group_row_.name, _counts(session, [row.id]).get(row.id, {}))


def list_batches(ctx: ServiceContext, group: str | None = None) -> list[BatchRecord]:
    from app.services.groups import group_row

    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        query = (select(Batch, RegistrationGroup.name).join(RegistrationGroup, RegistrationGroup.id == Batch.registration_group_id)
                 .where(Batch.deleted.is_(False)))
        if group is not None:
            query = query.where(Batch.registration_group_id == group_row(session, group).id)
        rows = session.execute(query.order_by(RegistrationGroup.name, Batch.number)).all()
        counts = _counts(session, [row.id for row, _ in rows])
        return [_record(row, name, counts.get(row.id, {})) for row, name in rows]


def get_batch(ctx: ServiceContext, group: str, number: str) -> BatchRecord:
    from app.services.groups import group_row

    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        group_row_ = group_row(session, group)
        row = batch_row_for_number(session, ctx, group_row_, number)
        return _record(row, group_row_.name, _counts(session, [row.id]).get(row.id, {}))


def refuse_if_approved(row: Batch | None, group_name: str, what: str, *, approved_batch_ok: bool) -> None:
    """Raise ApprovedBatchError when `row` is an approved batch and the caller did not acknowledge it.
    `what` says what would happen ("delete device X from it")."""
    if row is None or row.review != BatchReview.APPROVED.value or approved_batch_ok:
        return
    when = row.reviewed_at.strftime("%Y-%m-%d") if row.reviewed_at else message(EARLIER)
    raise ApprovedBatchError(message(BATCH_APPROVED, number=row.number, group=group_name, by=row.reviewed_by,
                                     when=when, what=what),
                             group=group_name, batch=row.number, reviewed_by=row.reviewed_by)


def review_batch(ctx: ServiceContext, group: str, number: str, *, approve: bool, comment: str,
                 warnings: Sequence[str] | None = None) -> BatchRecord:
    """A supervisor approves or rejects a batch, with a comment. Audited; an approval records the warnings the
    approver was shown (`warnings`), or else those batch_review.approval_warnings finds now."""
    from app.services.batch_review import approval_warnings
    from app.services.groups import group_row

    ctx.require(Permission.APPROVE)
    comment = comment.strip()
    if not approve and not comment:
        raise InputError(message(REJECTION_NEEDS_COMMENT), field="comment")
    if not approve:
        warnings = []
    elif warnings is None:
        warnings = approval_warnings(ctx, group, number).lines()
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        row = batch_row_for_number(session, ctx, group_row_, number)
        if row.review != BatchReview.OPEN.value:
            raise LifecycleError(message(BATCH_ALREADY_REVIEWED, number=number, review=term(row.review), by=row.reviewed_by))
        row.review = (BatchReview.APPROVED if approve else BatchReview.REJECTED).value
        row.review_comment = comment
        row.reviewed_by = ctx.actor.name
        row.reviewed_at = utcnow()
        details: dict[str, object] = {"batch": number, "comment": comment}
        if warnings:
            details["warnings"] = list(warnings)
        audit.append(session, ctx, audit.AuditEntry("batch.approve" if approve else "batch.reject", "batch", str(row.id),
                                                    group_name=group_row_.name, details=details))
        return _record(row, group_row_.name, _counts(session, [row.id]).get(row.id, {}))


def reopen_review(ctx: ServiceContext, group: str, number: str, *, comment: str) -> BatchRecord:
    """A supervisor takes back an approval or a rejection: the batch is open again. Needs a comment; audited
    with the review that was taken back."""
    from app.services.groups import group_row

    ctx.require(Permission.APPROVE)
    comment = comment.strip()
    if not comment:
        raise InputError(message(REOPEN_NEEDS_COMMENT), field="comment")
    with ctx.write() as session:
        group_row_ = group_row(session, group)
        row = batch_row_for_number(session, ctx, group_row_, number)
        if row.review == BatchReview.OPEN.value:
            raise LifecycleError(message(BATCH_NOT_REVIEWED, number=number))
        taken_back = {"review": row.review, "by": row.reviewed_by, "comment": row.review_comment,
                      "at": row.reviewed_at.isoformat() if row.reviewed_at else None}
        row.review = BatchReview.OPEN.value
        row.review_comment = ""
        row.reviewed_by = ""
        row.reviewed_at = None
        audit.append(session, ctx, audit.AuditEntry("batch.reopen", "batch", str(row.id), group_name=group_row_.name,
                                                    details={"batch": number, "comment": comment,
                                                             "taken_back": taken_back}))
        return _record(row, group_row_.name, _counts(session, [row.id]).get(row.id, {}))
