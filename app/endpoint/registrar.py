"""The endpoint's one door to the use cases (app.services.device_registration), off the event loop.

The services use SQLAlchemy synchronously, so every call runs on a bounded thread pool, and registrations on the
registration workers, in batches that share a transaction (app/endpoint/batching.py); more waiting calls than the
limit are answered 429 with a retry-after (the SDKs retry) instead of queueing without bound.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from app.domain.errors import DpsError
from app.endpoint.batching import Batcher
from app.endpoint.dps import DpsAnswer, Identity, error_answer, state_answer
from app.endpoint.limits import Limits
from app.security.sas import SasError, parse_token, verify_token
from app.services import device_registration as registration
from app.services import device_registration_batch as batch_registration
from app.services.context import ServiceContext

log = logging.getLogger("app.endpoint.registrations")
T = TypeVar("T")

UNAUTHORIZED = (401, 401002, "the device is not authorized: unknown ID scope or registration ID, or a wrong key")
THROTTLED = (429, 429001, "too many requests; retry later")
UNAVAILABLE = (503, 503000, "the provisioning service cannot reach its database; retry later")
INTERNAL = (500, 500000, "internal error of the provisioning service")
RETRY_SECONDS = 3


class Throttled(Exception):
    pass


class _ErrorBudget:
    """At most `rate` endpoint errors a second (burst `burst`) reach the database: a flood cannot grow it."""

    def __init__(self, rate: float = 2.0, burst: int = 20) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class Registrar:
    def __init__(self, ctx: ServiceContext, instance: str, limits: Limits,
                 clock: Callable[[], float] = time.time) -> None:
        self.ctx = ctx
        self.instance = instance
        self.limits = limits
        self.clock = clock
        self.executor = ThreadPoolExecutor(limits.workers, thread_name_prefix="dps-registration")
        # SQLite has one writer at a time; writers that collide wait in SQLite's busy handler, which sleeps up to
        # 100 ms a round: the tail latency explodes. So on SQLite registrations (they write) take turns on one
        # thread, while key look-ups and status reads (WAL readers) keep the whole pool.
        database = getattr(ctx, "db", None)
        # Registrations (they write) go to the database in batches (group commit, app/endpoint/batching.py): the
        # first assignments that arrived while the last batch was written share one transaction, one audit append
        # and one commit, on one thread. What the batch leaves (a webhook that may think for 5 s, a device
        # registering again, refusals) runs one by one on the pool; on SQLite on the writer thread as well.
        sqlite = database is not None and database.is_sqlite
        self.writer = Batcher(self._register_many if sqlite else self._register_batch, 1, "dps-registration-writer")
        self.waiting = 0
        self.errors = _ErrorBudget()
        self.log_budget = _ErrorBudget(rate=20.0, burst=200)  # refusal lines in the log: a flood cannot fill it
        self.unlogged = 0
        self.background: set[asyncio.Future[Any]] = set()

    async def _run(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self.waiting >= self.limits.max_waiting_calls:
            raise Throttled()
        self.waiting += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self.executor, functools.partial(function, *args, **kwargs))
        finally:
            self.waiting -= 1

    async def authenticate(self, identity: Identity, token: str | None, peer: str, transport: str) -> DpsAnswer | None:
        """None when the SAS token is valid for this identity; otherwise the 401 answer (reason logged, not sent)."""
        try:
            parsed = parse_token(token or "")
            key = await self.device_key(identity.id_scope, identity.registration_id)
            if key is None:
                raise SasError("unknown ID scope")
            verify_token(parsed, key, id_scope=identity.id_scope, registration_id=identity.registration_id,
                         now=self.clock(), skew=self.limits.token_skew)
        except SasError as refused:
            self.refused(peer, transport, identity, f"bad token: {refused.reason}")
            return error_answer(*UNAUTHORIZED)
        except Throttled:
            return error_answer(*THROTTLED, retry_after=RETRY_SECONDS)
        except DpsError as error:
            log.warning("authentication failed transport=%s peer=%s: %s", transport, peer, error)
            return error_answer(*UNAVAILABLE, retry_after=RETRY_SECONDS)
        return None

    async def device_key(self, id_scope: str, registration_id: str) -> bytes | None:
        # A Group ID found within the last 2 s needs no database: derived here, without a thread hop.
        key = registration.recent_device_key(self.ctx, id_scope, registration_id)
        if key is not None:
            return key
        return await self._run(registration.device_key, self.ctx, id_scope, registration_id)

    async def register(self, identity: Identity, payload: dict[str, Any] | None, transport: str,
                       peer: str) -> DpsAnswer:
        started = time.monotonic()
        request = registration.RegistrationRequest(
            id_scope=identity.id_scope, registration_id=identity.registration_id, payload=payload,
            transport=transport, peer=peer, instance=self.instance)
        answer = await self._answer(self._register_batched, request)
        fields = " ".join(f"{key}={value}" for key, value in answer.log_fields.items())
        log.info("registration transport=%s peer=%s scope=%s id=%s %s ms=%d", transport, peer, identity.id_scope,
                 identity.registration_id, fields, (time.monotonic() - started) * 1000)
        return answer

    async def _register_batched(self, request: Any) -> Any:
        if self.waiting >= self.limits.max_waiting_calls:
            raise Throttled()
        self.waiting += 1
        try:
            outcome = await self.writer.submit(request)
            if outcome is None:  # not one of the batch's first assignments: one by one, on the pool
                outcome = await asyncio.get_running_loop().run_in_executor(
                    self.executor, registration.register, self.ctx, request)
            return outcome
        finally:
            self.waiting -= 1

    def _register_batch(self, requests: Sequence[Any]) -> Sequence[Any]:
        return batch_registration.register_batch(self.ctx, requests)

    def _register_many(self, requests: Sequence[Any]) -> Sequence[Any]:
        return batch_registration.register_many(self.ctx, requests)

    async def operation_status(self, identity: Identity, operation_id: str) -> DpsAnswer:
        answer = await self._answer(self._run, registration.operation_status, self.ctx, identity.id_scope,
                                    identity.registration_id, operation_id)
        return answer

    async def _answer(self, call: Callable[..., Awaitable[Any]], *args: Any) -> DpsAnswer:
        try:
            state = await call(*args)
        except Throttled:
            return error_answer(*THROTTLED, retry_after=RETRY_SECONDS)
        except registration.RegistrationRefused as refused:
            status = int(getattr(refused, "http_status", 401))
            code = int(getattr(refused, "error_code", status * 1000))
            retry = RETRY_SECONDS if status >= 429 else None
            return error_answer(status, code, str(refused), retry_after=retry)
        except DpsError as error:
            log.warning("registration call failed: %s", error)
            return error_answer(*UNAVAILABLE, retry_after=RETRY_SECONDS)
        except Exception:
            log.exception("registration call failed unexpectedly")
            return error_answer(*INTERNAL)
        if state is None:
            return error_answer(404, 404201, "unknown operation")
        return state_answer(state)

    def refused(self, peer: str, transport: str, identity: Identity | None, message: str) -> None:
        """A refused connection or request: logged (no secret) and, within a budget, shown to the Office."""
        who = f" scope={identity.id_scope} id={identity.registration_id}" if identity else ""
        if self.log_budget.take():
            if self.unlogged:
                log.warning("%d refusals were not logged (more than 20 a second)", self.unlogged)
                self.unlogged = 0
            log.info("refused transport=%s peer=%s%s: %s", transport, peer, who, message)
        else:
            self.unlogged += 1
        if not self.errors.take():
            return
        text = f"{identity.id_scope}/{identity.registration_id}: {message}" if identity else message
        future = asyncio.get_running_loop().run_in_executor(
            self.executor, self._record_error, peer, transport, text)
        self.background.add(future)
        future.add_done_callback(self.background.discard)

    def _record_error(self, peer: str, transport: str, message: str) -> None:
        try:
            registration.record_endpoint_error(self.ctx, self.instance, peer, transport, message[:300])
        except Exception as error:  # noqa: BLE001 - losing an error note must not stop the service
            log.warning("could not record an endpoint error: %s", type(error).__name__)

    def heartbeat(self, endpoints: dict[str, str], *, stopping: bool = False) -> None:
        registration.record_heartbeat(self.ctx, self.instance, endpoints, stopping=stopping)

    def close(self) -> None:
        self.writer.close()
        self.executor.shutdown(wait=True, cancel_futures=True)
