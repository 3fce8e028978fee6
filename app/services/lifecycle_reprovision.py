"""Reprovisioning: a new allocation in another OU/environment, as the group's policy allows (migrate,
initialize, never, or a supervisor's approval). The device's state must allow it (Action.REPROVISION in
app/domain/lifecycle.py); it is pending until the device connects again."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    Allocation,
    Asset,
    DeviceIdentity,
    RegistrationGroup,
    ReprovisionRequest,
)
from app.domain.enums import AllocationState, ReprovisionPolicy, ReprovisionState
from app.domain.errors import InputError, LifecycleError, NotFoundError
from app.domain.lifecycle import Action
from app.domain.messages import message, Message, term
from app.domain.messages_devices import (
    ALREADY_ALLOCATED_IN,
    NO_PRODUCT_KEY_FOR,
    NO_REPROVISION_REQUEST,
    REJECTION_NEEDS_COMMENT,
    REPROVISION_FAILED,
    REPROVISION_NEVER,
    REPROVISION_OPEN,
    REQUEST_NOT_AWAITING,
)
from app.domain.permissions import Permission
from app.domain.records import ReprovisionRecord
from app.services import audit
from app.services.context import ServiceContext
from app.services.groups import group_row
from app.services.lifecycle_common import (
    allocate,
    allowed_move,
    entry,
    group_defaults,
    load,
    move,
)
from app.services.masterdata import check_name
from app.services.registering import new_asset_code


def reprovision_record(session: Session, request: ReprovisionRequest) -> ReprovisionRecord:
    identity = session.get(DeviceIdentity, request.identity_id)
    group = session.get(RegistrationGroup, identity.registration_group_id) if identity else None
    return ReprovisionRecord(request.id, identity.sn if identity else "?", group.name if group else "?",
                             request.from_ou, request.from_environment, request.target_ou, request.target_environment,
                             request.policy, request.state, request.requested_by, request.decided_by, request.comment,
                             request.error, request.updated_at)


def reprovision(ctx: ServiceContext, group: str, sn: str, ou: str, environment: str,
                product_key: str | None = None) -> ReprovisionRecord:
    """A new allocation in another OU/environment, as the group's policy allows."""
    ctx.require(Permission.REPROVISION)
    ou = check_name(ou, "ou")
    environment = check_name(environment, "environment")
    with ctx.write() as session:
        group_row_, identity, asset = load(session, group, sn)
        allowed_move(identity, Action.REPROVISION)
        policy = ReprovisionPolicy(group_row_.reprovision_policy)
        if policy is ReprovisionPolicy.NEVER:
            raise LifecycleError(message(REPROVISION_NEVER, group=group))
        current = session.scalars(select(Allocation).where(Allocation.asset_id == asset.id,
                                                           Allocation.state == AllocationState.ACTIVE.value)).first()
        from_ou = current.ou if current else group_row_.ou
        from_env = current.environment if current else group_row_.environment
        if (from_ou, from_env) == (ou, environment):
            raise InputError(message(ALREADY_ALLOCATED_IN, ou=ou, environment=environment), field="environment")
        open_request = session.scalars(select(ReprovisionRequest).where(
            ReprovisionRequest.identity_id == identity.id,
            ReprovisionRequest.state.in_((ReprovisionState.AWAITING_APPROVAL.value, ReprovisionState.PENDING.value)))).first()
        if open_request is not None:
            raise LifecycleError(message(REPROVISION_OPEN, sn=sn, state=term(open_request.state.replace("_", " "))))
        request = ReprovisionRequest(id=uuid.uuid4(), identity_id=identity.id, from_ou=from_ou, from_environment=from_env,
                                     target_ou=ou, target_environment=environment,
                                     target_product_key=product_key if product_key is not None else group_row_.product_key,
                                     policy=policy.value, state=ReprovisionState.AWAITING_APPROVAL.value,
                                     requested_by=ctx.actor.name)
        session.add(request)
        failure = None
        if policy is ReprovisionPolicy.APPROVAL:
            audit.append(session, ctx, entry("device.reprovision.request", identity, group_row_, target_ou=ou,
                                             target_environment=environment))
        else:
            failure = _fail_without_product_key(session, ctx, request, identity, group_row_)
            if failure is None:
                _carry_out(session, ctx, request, identity, asset, group_row_, policy)
        session.flush()
        record = reprovision_record(session, request)
    if failure is not None:
        raise LifecycleError(message(REPROVISION_FAILED, sn=sn, failure=failure))
    return record


def _fail_without_product_key(session: Session, ctx: ServiceContext, request: ReprovisionRequest,
                              identity: DeviceIdentity, group: RegistrationGroup) -> Message | None:
    """An allocation needs a product key; without one the request is kept as failed, with its reason."""
    if request.target_product_key:
        return None
    failure = message(NO_PRODUCT_KEY_FOR, ou=request.target_ou, environment=request.target_environment,
                      group=group.name)
    request.state = ReprovisionState.FAILED.value
    request.error = str(failure)
    identity.status_error = str(failure)
    audit.append(session, ctx, entry("device.reprovision.failed", identity, group, target_ou=request.target_ou,
                                     target_environment=request.target_environment, error=str(failure)))
    return failure


def _carry_out(session: Session, ctx: ServiceContext, request: ReprovisionRequest, identity: DeviceIdentity,
               asset: Asset, group: RegistrationGroup, policy: ReprovisionPolicy) -> None:
    chosen = allowed_move(identity, Action.REPROVISION)
    asset.asset_code = new_asset_code()
    if policy is ReprovisionPolicy.INITIALIZE:
        asset.master_data = group_defaults(session, group)
    allocate(session, ctx, identity, asset, request.target_ou, request.target_environment, request.target_product_key,
             group.gateway)
    request.state = ReprovisionState.PENDING.value
    identity.status_error = ""
    move(identity, chosen)
    audit.append(session, ctx, entry("device.reprovision", identity, group, policy=policy.value,
                                     target_ou=request.target_ou, target_environment=request.target_environment,
                                     asset_id=asset.asset_code))


def decide_reprovision(ctx: ServiceContext, request_id: uuid.UUID, *, approve: bool, comment: str = "") -> ReprovisionRecord:
    """A supervisor approves (the reprovision is carried out, migrating master data) or rejects."""
    ctx.require(Permission.APPROVE)
    with ctx.write() as session:
        request = session.get(ReprovisionRequest, request_id)
        if request is None or request.deleted:
            raise NotFoundError(message(NO_REPROVISION_REQUEST, id=str(request_id)))
        if request.state != ReprovisionState.AWAITING_APPROVAL.value:
            raise LifecycleError(message(REQUEST_NOT_AWAITING, state=term(request.state.replace("_", " "))))
        identity = session.get(DeviceIdentity, request.identity_id)
        assert identity is not None
        group = session.get(RegistrationGroup, identity.registration_group_id)
        asset = session.get(Asset, identity.asset_id)
        assert group is not None and asset is not None
        request.decided_by = ctx.actor.name
        request.comment = comment
        failure = None
        if approve:
            allowed_move(identity, Action.REPROVISION)
            failure = _fail_without_product_key(session, ctx, request, identity, group)
            if failure is None:
                _carry_out(session, ctx, request, identity, asset, group, ReprovisionPolicy.MIGRATE)
            audit.append(session, ctx, entry("device.reprovision.approve", identity, group, comment=comment))
        else:
            if not comment.strip():
                raise InputError(message(REJECTION_NEEDS_COMMENT), field="comment")
            request.state = ReprovisionState.REJECTED.value
            audit.append(session, ctx, entry("device.reprovision.reject", identity, group, comment=comment))
        session.flush()
        record = reprovision_record(session, request)
    if failure is not None:
        raise LifecycleError(message(REPROVISION_FAILED, sn=record.sn, failure=failure))
    return record


def list_reprovisions(ctx: ServiceContext, states: Sequence[str] = (), group: str | None = None) -> list[ReprovisionRecord]:
    ctx.require(Permission.VIEW)
    with ctx.read() as session:
        query = select(ReprovisionRequest).where(ReprovisionRequest.deleted.is_(False))
        if states:
            query = query.where(ReprovisionRequest.state.in_(states))
        if group is not None:
            query = query.join(DeviceIdentity, DeviceIdentity.id == ReprovisionRequest.identity_id).where(
                DeviceIdentity.registration_group_id == group_row(session, group).id)
        requests = session.scalars(query.order_by(ReprovisionRequest.updated_at.desc())).all()
        return [reprovision_record(session, request) for request in requests]
