"""The endpoint's door to the use cases: thread pool, back-pressure (429), failures turned into answers, and
refusal logging that a flood cannot blow up. The use cases are replaced by a small stand-in here."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from app.endpoint import registrar as registrar_module
from app.endpoint.dps import Identity
from app.endpoint.limits import Limits
from app.endpoint.registrar import Registrar
from app.security.sas import make_token

KEY = b"k" * 32
IDENTITY = Identity("G1", "dev-1")


class StandIn:
    """Just enough of app.services.device_registration for the Registrar."""

    class RegistrationRefused(Exception):
        http_status = 401
        error_code = 401002

    def __init__(self) -> None:
        self.release = threading.Event()
        self.errors: list[str] = []
        self.batches: list[int] = []
        self.alone_threads: list[str] = []
        self.fail: Exception | None = None

    def RegistrationRequest(self, **fields: Any) -> SimpleNamespace:
        return SimpleNamespace(**fields)

    def recent_device_key(self, ctx: object, id_scope: str, registration_id: str) -> bytes | None:
        return None  # nothing cached: every key comes from device_key (in the pool)

    def device_key(self, ctx: object, scope: str, rid: str) -> bytes | None:
        return KEY if scope == "G1" else None

    def register(self, ctx: object, request: SimpleNamespace) -> SimpleNamespace:
        if request.registration_id.startswith("alone"):
            self.alone_threads.append(threading.current_thread().name)
        self.release.wait(10)
        if self.fail is not None:
            raise self.fail
        now = datetime.now(UTC)
        return SimpleNamespace(operation_id="op", registration_id=request.registration_id, status="assigned",
                               substatus="initialAssignment", assigned_hub="hub", device_id="asset", created=now,
                               last_updated=now, etag="e", payload={"deviceSecret": "s3cr3t"}, error_code=None,
                               error_message="")

    def register_batch(self, ctx: object, requests: list[SimpleNamespace]) -> list[Any]:
        """As the real one: some carried out together, the rest (here: SNs starting 'alone') left to register."""
        self.batches.append(len(requests))
        outcomes: list[Any] = []
        for request in requests:
            if request.registration_id.startswith("alone"):
                outcomes.append(None)
                continue
            try:
                outcomes.append(self.register(ctx, request))
            except Exception as error:  # noqa: BLE001 - as the real register_batch: the exception is the outcome
                outcomes.append(error)
        return outcomes

    def record_endpoint_error(self, ctx: object, instance: str, peer: str, transport: str, message: str) -> None:
        self.errors.append(message)


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> StandIn:
    fake = StandIn()
    monkeypatch.setattr(registrar_module, "registration", fake)
    monkeypatch.setattr(registrar_module, "batch_registration", fake)
    return fake


def test_more_waiting_calls_than_the_limit_get_429(stand_in: StandIn) -> None:
    async def go() -> list[int]:
        registrar = Registrar(None, "test:1", Limits(workers=1, max_waiting_calls=2))  # type: ignore[arg-type]
        try:
            calls = [asyncio.ensure_future(registrar.register(IDENTITY, None, "mqtt", "p")) for _ in range(4)]
            await asyncio.sleep(0.2)
            stand_in.release.set()
            answers = await asyncio.gather(*calls)
        finally:
            registrar.close()
        assert {answer.retry_after for answer in answers if answer.status == 429} == {3}
        return sorted(answer.status for answer in answers)
    assert asyncio.run(go()) == [200, 200, 429, 429]


def test_a_failing_use_case_becomes_an_answer_and_the_next_call_works(stand_in: StandIn,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    stand_in.release.set()

    async def go() -> tuple[int, int, int]:
        registrar = Registrar(None, "test:1", Limits())  # type: ignore[arg-type]
        try:
            stand_in.fail = RuntimeError("boom")
            crashed = await registrar.register(IDENTITY, None, "mqtt", "p")
            stand_in.fail = StandIn.RegistrationRefused("unauthorized")
            refused = await registrar.register(IDENTITY, None, "mqtt", "p")
            stand_in.fail = None
            fine = await registrar.register(IDENTITY, None, "mqtt", "p")
        finally:
            registrar.close()
        return crashed.status, refused.status, fine.status
    assert asyncio.run(go()) == (500, 401, 200)
    assert "s3cr3t" not in caplog.text


def test_authentication_and_refusal_budget(stand_in: StandIn, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="app.endpoint.registrations")
    good = make_token(KEY, "G1/registrations/dev-1", int(time.time()) + 60)
    bad = make_token(base64.b64decode(base64.b64encode(b"x" * 32)), "G1/registrations/dev-1", int(time.time()) + 60)

    async def go() -> None:
        registrar = Registrar(None, "test:1", Limits())  # type: ignore[arg-type]
        try:
            assert await registrar.authenticate(IDENTITY, good, "p", "mqtt") is None
            refusal = await registrar.authenticate(IDENTITY, bad, "p", "mqtt")
            assert refusal is not None and refusal.status == 401 and refusal.body["errorCode"] == 401002
            unknown = await registrar.authenticate(Identity("G2", "dev-1"), good, "p", "mqtt")
            assert unknown is not None and unknown.body == {**unknown.body, "errorCode": 401002}
            for _ in range(1000):
                registrar.refused("1.2.3.4:5", "mqtt", None, "garbage")
            await asyncio.sleep(0.2)
        finally:
            registrar.close()
    asyncio.run(go())
    lines = [record for record in caplog.records if record.getMessage().startswith("refused")]
    assert 200 <= len(lines) < 400
    assert len(stand_in.errors) <= 40
    assert good.split("sig=")[1] not in caplog.text


# 'alone-…' the stand-in's batch leaves to register (one by one, on the pool, not on the writer thread)
BATCH_SNS = ["dev-0", "dev-1", "alone-2", "dev-3", "alone-4", "dev-5"]


def test_registrations_waiting_while_a_batch_is_written_go_together_and_each_gets_its_own_answer(
        stand_in: StandIn) -> None:
    async def go() -> list[Any]:
        registrar = Registrar(None, "test:1", Limits(workers=1))  # type: ignore[arg-type]
        try:
            calls = [asyncio.ensure_future(registrar.register(Identity("G1", sn), None, "mqtt", "p"))
                     for sn in BATCH_SNS]
            await asyncio.sleep(0.2)  # the first batch is held in the use case; the rest wait for the worker
            stand_in.release.set()
            return await asyncio.gather(*calls)
        finally:
            registrar.close()
    answers = asyncio.run(go())
    assert [answer.status for answer in answers] == [200] * 6
    assert [answer.body["registrationState"]["registrationId"] for answer in answers] == BATCH_SNS
    assert sum(stand_in.batches) == 6 and max(stand_in.batches) > 1
    assert stand_in.alone_threads and "dps-registration-writer" not in " ".join(stand_in.alone_threads)
