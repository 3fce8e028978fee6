"""Two service instances (each its own connection pool) get the same device at the same moment, on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import open_database
from app.db.models import Allocation, DeviceIdentity
from app.services import device_registration as reg
from app.services import groups, registering
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import GROUP, group_id, registration_count
from tests.support.ctx import add_standard_setup, build_service_context

ROUNDS = 8


@pytest.fixture
def ctx(pg_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(pg_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, GROUP, "SN-", 1, ROUNDS)
    groups.update_group(context, GROUP, groups.GroupChanges(allow_unregistered=True))
    yield context
    context.db.dispose()


def _race(ctx: ServiceContext, pg_url: str, sns: list[str]) -> list[list[reg.RegistrationState]]:
    """Two instances register each SN at once (a barrier per SN); their answers per SN."""
    scope = group_id(ctx)
    instances = [reg.service_context(open_database(pg_url), ctx.keyring, ctx.home) for _ in range(2)]
    barrier = threading.Barrier(2, timeout=60)
    results: list[list[reg.RegistrationState | BaseException]] = [[], []]

    def run(index: int) -> None:
        for sn in sns:
            barrier.wait()
            try:
                results[index].append(reg.register(instances[index], reg.RegistrationRequest(
                    scope, sn, None, "mqtt", "127.0.0.1:1", f"instance-{index}")))
            except BaseException as error:  # noqa: BLE001 - reported below
                results[index].append(error)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        for instance in instances:
            instance.db.dispose()
    errors = [item for items in results for item in items if isinstance(item, BaseException)]
    assert not errors, errors
    return [[results[0][n], results[1][n]] for n in range(len(sns))]  # type: ignore[list-item]


def test_two_instances_registering_one_device_make_exactly_one_allocation(ctx: ServiceContext, pg_url: str) -> None:
    sns = [f"SN-{n}" for n in range(1, ROUNDS + 1)]
    for first, second in _race(ctx, pg_url, sns):
        assert first.status == second.status == "assigned"
        assert (first.device_id, first.etag, first.payload) == (second.device_id, second.etag, second.payload)
        assert first.operation_id != second.operation_id
    with ctx.read() as session:
        per_identity = session.execute(select(Allocation.identity_id, func.count()).group_by(Allocation.identity_id)).all()
    assert len(per_identity) == ROUNDS and all(count == 1 for _identity, count in per_identity)
    assert registration_count(ctx) == 2 * ROUNDS


def test_two_instances_registering_one_unregistered_sn_register_it_once(ctx: ServiceContext, pg_url: str) -> None:
    sns = [f"NEW-{n}" for n in range(ROUNDS)]
    for first, second in _race(ctx, pg_url, sns):
        assert first.status == second.status == "assigned" and first.device_id == second.device_id
    with ctx.read() as session:
        identities = session.scalar(select(func.count()).select_from(DeviceIdentity)
                                    .where(DeviceIdentity.sn.like("NEW-%")))
        allocations = session.scalar(select(func.count()).select_from(Allocation))
    assert identities == ROUNDS and allocations == ROUNDS
