"""Group commit: the registrations that are ready are carried out in one transaction (docs/performance-provisioning.md).

On PostgreSQL every audited write waits for the audit chain's head row, and each transaction costs both the
service and the database a handful of round trips (pool check, BEGIN, the device's lock, its writes, the head's
lock, the event, COMMIT). The provisioning service therefore hands the registrations that arrived while the last
batch was written to `register_many`, which does the common case, a first assignment (static or hashed policy,
a usable target), for all of them in one transaction:

- one statement locks every device of the batch, in the order of the rows' ids (two instances whose batches share
  devices take the locks in the same order, and a single registration locks one device before the head, so no
  transaction waits in a cycle);
- one statement per kind of row writes the allocations, the identities' status, the registration rows
  (registration_rows.write_first_assignments);
- one audit append writes every device's own event in the hash chain (one event per device, as one at a time);
- one COMMIT; only then is any device of the batch answered.

Everything else (unknown or refused devices, webhook policy, registering on the spot, an allocated device
registering again, a reprovision, disabled devices, an unusable target, a device twice in one batch) is carried
out afterwards, one by one, by `device_registration.register` exactly as before. When the batch's transaction
fails (a lost connection, a deadlock with another writer), nothing of it was committed and every request of it is
carried out one by one instead.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from app.db.base import utcnow
from app.domain.errors import DpsError
from app.domain.permissions import Permission
from app.services import audit
from app.services import device_registration as registration
from app.services import registration_rows as rows
from app.services.context import ServiceContext
from app.services.device_registration import (
    FirstAssignment,
    RegistrationRequest,
    RegistrationState,
)

log = logging.getLogger(__name__)

type Outcome = RegistrationState | Exception


def register_many(ctx: ServiceContext, requests: Sequence[RegistrationRequest]) -> list[Outcome]:
    """Per request, in order: its final state, or the exception `register` raises for it (a refusal, a database
    that cannot be reached). Each device's answer is given only after its registration committed."""
    outcomes = register_batch(ctx, requests)
    return [_alone(ctx, request) if outcome is None else outcome
            for request, outcome in zip(requests, outcomes, strict=True)]


def register_batch(ctx: ServiceContext, requests: Sequence[RegistrationRequest]) -> list[Outcome | None]:
    """The batch's first assignments, committed together; None for every request left to `register` (the
    caller carries those out one by one, after this returned: the batch's locks are released by then)."""
    ctx.require(Permission.PROVISION)
    if len(requests) < 2:
        return [None] * len(requests)
    try:
        return _first_assignments(ctx, requests)
    except (DpsError, SQLAlchemyError) as error:
        # Nothing of the batch was committed: each request alone, as if there had been no batch.
        log.info("a batch of %d registrations is carried out one by one: %s", len(requests), type(error).__name__)
    except Exception:  # a fault of the batch must not fail registrations that work one by one
        log.exception("a batch of %d registrations failed; they are carried out one by one", len(requests))
    return [None] * len(requests)


def _alone(ctx: ServiceContext, request: RegistrationRequest) -> Outcome:
    try:
        return registration.register(ctx, request)
    except Exception as error:  # noqa: BLE001 - handed back to the caller, who answers it like register's
        return error


def _first_assignments(ctx: ServiceContext, requests: Sequence[RegistrationRequest]) -> list[Outcome | None]:
    """The batch's first assignments in one transaction; None for every request left to `register`."""
    planned: list[tuple[int, FirstAssignment]] = []
    with ctx.write() as session:
        found = rows.groups_and_locked_identities(
            session, [(request.id_scope, request.registration_id) for request in requests])
        now = utcnow()
        taken: set[uuid.UUID] = set()
        for index, request in enumerate(requests):
            hit = found.get((request.id_scope, request.registration_id))
            if hit is None:
                continue
            group, identity = hit
            if identity.id in taken or not registration.core_first_assignment_applies(group, identity):
                continue  # a device twice in one batch registers again after this one, as it would one by one
            plan = registration.plan_first_assignment(group, identity, request, now)
            if plan is not None:
                taken.add(identity.id)
                planned.append((index, plan))
        if not planned:
            return [None] * len(requests)
        written = rows.write_first_assignments(
            session, ctx, [(plan.identity, plan.allocation, plan.registration) for _index, plan in planned], now)
        audit.append(session, ctx, *(plan.entry for _index, plan in planned))
    outcomes: list[Outcome | None] = [None] * len(requests)
    for (index, plan), (device_secret, first) in zip(planned, written, strict=True):
        outcomes[index] = plan.answer(device_secret, first)
    return outcomes
