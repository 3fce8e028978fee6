"""Devices per batch state, counted in the database: the SQL form of app/domain/batch_states.state_of.

Used by the Factory's batch list (services/batches.py) and the Office and the reports
(services/supervision.py), so that both count the same devices in the same states.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from app.db.models import Asset, DeviceIdentity
from app.domain.batch_states import BATCH_STATES, BatchState, StateCounts, state_of
from app.domain.lifecycle import Phase, states_in


def state_case() -> Any:
    """The batch state of a device row as an SQL CASE (the rule of state_of)."""
    return case(
        (DeviceIdentity.status.in_(states_in(Phase.RETIRED)), literal(BatchState.RETIRED.value)),
        (DeviceIdentity.status.in_(states_in(Phase.DISABLED)), literal(BatchState.DISABLED.value)),
        (DeviceIdentity.status_error != "", literal(BatchState.FAILED.value)),
        (DeviceIdentity.status.in_(states_in(Phase.ACTIVE)), literal(BatchState.ACTIVATED.value)),
        else_=DeviceIdentity.status,
    ).label("state")


def counts_by_batch(session: Session, *conditions: Any) -> dict[uuid.UUID | None, StateCounts]:
    """Live devices matching `conditions` per batch (None: without a batch) and state, in one query."""
    # The state is computed in a subquery and grouped outside it: PostgreSQL does not recognise a CASE
    # with bound parameters in GROUP BY as the one in the select list.
    inner = (select(Asset.batch_id.label("batch_id"), state_case())
             .join(Asset, Asset.id == DeviceIdentity.asset_id)
             .where(DeviceIdentity.deleted.is_(False), *conditions)).subquery()
    rows = session.execute(select(inner.c.batch_id, inner.c.state, func.count())
                           .group_by(inner.c.batch_id, inner.c.state)).all()
    raw: dict[uuid.UUID | None, dict[str, int]] = {}
    for batch_id, state, count in rows:
        if state not in BATCH_STATES:  # a status no rule knows: counted as what state_of says, or fail loudly
            state = state_of(state, "").value
        values = raw.setdefault(batch_id, {})
        values[state] = values.get(state, 0) + int(count)
    return {batch_id: StateCounts(**values) for batch_id, values in raw.items()}
