"""Group commit (app/services/device_registration_batch.py): registrations carried out together write and answer
exactly what one by one would, every device audited with its own event in the chain; a failing batch is carried
out one by one; two instances whose batches share devices (in opposite orders) stay correct on PostgreSQL."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.db.engine import open_database
from app.db.models import Allocation, AuditEvent, DeviceIdentity
from app.domain.errors import RegistrationRefused
from app.services import audit, lifecycle, registering, registration_rows
from app.services import device_registration as reg
from app.services import device_registration_batch as batch_registration
from app.services.context import ServiceContext
from tests.provisioning_service.prov_support import (
    GROUP,
    group_id,
    registration_count,
    request,
    service,
)
from tests.provisioning_service.test_prov_hot_path import _rows
from tests.support.ctx import add_standard_setup, build_service_context

DEVICES = 12


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path)
    add_standard_setup(context)
    registering.register_range(context, GROUP, "SN-", 1, DEVICES)
    yield context
    context.db.dispose()


def _events(ctx: ServiceContext) -> Counter[tuple[str, str]]:
    with ctx.read() as session:
        return Counter((sn, action) for sn, action in session.execute(
            select(AuditEvent.sn, AuditEvent.action).where(AuditEvent.action.startswith("device.registration"))))


def _device_secret_of(ctx: ServiceContext, sn: str) -> str:
    with ctx.read() as session:
        allocation = session.scalars(select(Allocation).join(DeviceIdentity, DeviceIdentity.id == Allocation.identity_id)
                                     .where(DeviceIdentity.sn == sn, Allocation.state == "active")).one()
    return ctx.keyring.require_data_key().decrypt(
        allocation.device_secret_enc, lifecycle.device_secret_purpose(allocation.id)).decode("ascii")


def test_a_batch_writes_and_answers_what_one_by_one_writes(ctx: ServiceContext) -> None:
    svc = service(ctx)
    alone = reg.register(svc, request(ctx, "SN-1", payload={"fw": "1"}))
    batch = batch_registration.register_many(svc, [request(ctx, f"SN-{n}", payload={"fw": "1"}) for n in (2, 3, 4)])
    assert all(isinstance(state, reg.RegistrationState) for state in batch)
    assert len({getattr(state, "last_updated", None) for state in batch}) == 1  # written together, in one batch
    for n in (2, 3, 4):
        assert _rows(ctx, f"SN-{n}") == _rows(ctx, "SN-1")  # every row and column, the audit event's included
    same = ("status", "substatus", "assigned_hub", "error_code", "error_message")
    for n, state in zip((2, 3, 4), batch, strict=True):
        assert isinstance(state, reg.RegistrationState)
        assert [getattr(state, f) for f in same] == [getattr(alone, f) for f in same]
        assert state.registration_id == f"SN-{n}" and state.created == state.last_updated
        assert state.payload is not None and alone.payload is not None
        assert state.payload.keys() == alone.payload.keys()
        assert state.payload["deviceSecret"] == _device_secret_of(ctx, f"SN-{n}")
        stored = reg.operation_status(svc, group_id(ctx), f"SN-{n}", state.operation_id)
        assert stored == state  # any instance answers a poll with what the device got
    assert _events(ctx) == Counter({(f"SN-{n}", "device.registration"): 1 for n in (1, 2, 3, 4)})
    assert audit.verify(ctx).problems == []  # one event per device, chained


def test_every_other_case_in_a_batch_is_answered_as_one_by_one(ctx: ServiceContext) -> None:
    svc = service(ctx)
    reg.register(svc, request(ctx, "SN-5"))  # already allocated: registers again
    lifecycle.disable(ctx, GROUP, "SN-6", "broken")
    requests = [request(ctx, "SN-7"), request(ctx, "SN-5"), request(ctx, "NOPE"), request(ctx, "SN-6"),
                request(ctx, "SN-7"), request(ctx, "SN-8", scope="NOSUCHSCOPE"), request(ctx, "SN-8")]
    outcomes = batch_registration.register_many(svc, requests)
    assert [type(outcome).__name__ if isinstance(outcome, Exception) else outcome.status
            for outcome in outcomes] == ["assigned", "assigned", "RegistrationRefused", "disabled", "assigned",
                                         "RegistrationRefused", "assigned"]
    first, again = outcomes[0], outcomes[4]
    assert isinstance(first, reg.RegistrationState) and isinstance(again, reg.RegistrationState)
    # the same device twice: one allocation, answered twice (the second as a registration with nothing pending)
    assert (first.device_id, first.etag, first.payload) == (again.device_id, again.etag, again.payload)
    assert first.operation_id != again.operation_id
    assert all(isinstance(outcomes[n], RegistrationRefused) for n in (2, 5))
    events = _events(ctx)
    assert events[("SN-7", "device.registration")] == 1 and events[("SN-8", "device.registration")] == 1
    assert events[("SN-5", "device.registration")] == 1  # the repeat with nothing pending is not audited again
    assert events[("SN-6", "device.registration.disabled")] == 1
    assert audit.verify(ctx).problems == []


def test_a_batch_that_fails_is_carried_out_one_by_one(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = service(ctx)
    written: list[int] = []
    real = registration_rows.write_first_assignments

    def fail_after_writing(*args: object, **kwargs: object) -> object:
        written.append(len(real(*args, **kwargs)))  # type: ignore[arg-type]
        raise OperationalError("INSERT ...", {}, Exception("connection lost"))
    monkeypatch.setattr(registration_rows, "write_first_assignments", fail_after_writing)
    outcomes = batch_registration.register_many(svc, [request(ctx, f"SN-{n}") for n in (9, 10, 11)])
    assert written == [3]  # the batch wrote its rows, then failed: nothing of it may stay
    assert [getattr(outcome, "status", outcome) for outcome in outcomes] == ["assigned"] * 3
    with ctx.read() as session:
        per_identity = session.execute(select(Allocation.identity_id, func.count())
                                       .group_by(Allocation.identity_id)).all()
    assert sorted(count for _identity, count in per_identity) == [1, 1, 1]
    assert registration_count(ctx) == 3
    assert _events(ctx) == Counter({(f"SN-{n}", "device.registration"): 1 for n in (9, 10, 11)})
    assert audit.verify(ctx).problems == []


def test_two_instances_with_batches_sharing_devices_in_opposite_orders(pg_url: str, tmp_path: Path,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    """Each instance's batches hold every device, one in ascending, the other in descending order: the locks are
    taken in the rows' order, so neither waits for the other in a cycle (no deadlock, no batch falls back), and
    every device gets exactly one allocation and one audited first assignment."""
    ctx = build_service_context(pg_url, tmp_path)
    add_standard_setup(ctx)
    rounds, size = 6, 8
    registering.register_range(ctx, GROUP, "RACE-", 1, rounds * size)
    scope = group_id(ctx)
    instances = [reg.service_context(open_database(pg_url), ctx.keyring, ctx.home) for _ in range(2)]
    barrier = threading.Barrier(2, timeout=60)
    results: list[list[reg.RegistrationState | Exception]] = [[], []]
    caplog.set_level(logging.INFO, logger="app.services.device_registration_batch")

    def run(index: int) -> None:
        for start in range(0, rounds * size, size):
            sns = [f"RACE-{n}" for n in range(start + 1, start + size + 1)]
            barrier.wait()
            batch = [reg.RegistrationRequest(scope, sn, None, "mqtt", "127.0.0.1:1", f"instance-{index}")
                     for sn in (sns if index == 0 else reversed(sns))]
            outcomes = batch_registration.register_many(instances[index], batch)
            results[index] += outcomes if index == 0 else list(reversed(outcomes))

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
    finally:
        for instance in instances:
            instance.db.dispose()
    errors = [item for items in results for item in items if isinstance(item, Exception)]
    assert not errors, errors
    assert len(results[0]) == len(results[1]) == rounds * size
    for first, second in zip(results[0], results[1], strict=True):
        assert isinstance(first, reg.RegistrationState) and isinstance(second, reg.RegistrationState)
        assert first.status == second.status == "assigned"
        assert (first.device_id, first.etag, first.payload) == (second.device_id, second.etag, second.payload)
    assert "one by one" not in caplog.text  # no batch ran into a deadlock and fell back to one by one
    with ctx.read() as session:
        per_identity = session.execute(select(Allocation.identity_id, func.count())
                                       .group_by(Allocation.identity_id)).all()
    assert len(per_identity) == rounds * size and all(count == 1 for _identity, count in per_identity)
    assert set(_events(ctx).values()) == {1} and len(_events(ctx)) == rounds * size
    assert audit.verify(ctx).problems == []
    ctx.db.dispose()
