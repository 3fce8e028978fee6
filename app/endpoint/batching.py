"""Group commit for registrations: worker threads take every registration that is waiting and hand them to the
use case together (device_registration_batch.register_many), which writes them in one transaction.

Nothing waits on purpose: a worker takes what arrived while it wrote the last batch (under load, a batch; when
quiet, a single registration), so a registration waits at most for the batch before it. Each caller gets its own
outcome only when the use case returns, i.e. after the commit.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

MAX_BATCH = 64  # registrations in one transaction at most

type Job = tuple[Any, asyncio.Future[Any], asyncio.AbstractEventLoop]


class Batcher:
    """`run_many(items) -> outcomes` (one per item, in order; an Exception outcome is raised to its caller) on
    `threads` worker threads."""

    def __init__(self, run_many: Callable[[Sequence[Any]], Sequence[Any]], threads: int, name: str,
                 max_batch: int = MAX_BATCH) -> None:
        self.run_many = run_many
        self.max_batch = max_batch
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self.stopping = False
        self.threads = [threading.Thread(target=self._work, name=f"{name}-{number}", daemon=True)
                        for number in range(max(1, threads))]
        for thread in self.threads:
            thread.start()

    async def submit(self, item: Any) -> Any:
        if self.stopping:
            raise RuntimeError("the registration workers are stopping")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self.jobs.put((item, future, loop))
        return await future

    def _take(self) -> list[Job] | None:
        first = self.jobs.get()
        if first is None:
            return None
        batch = [first]
        while len(batch) < self.max_batch:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                break
            if job is None:
                self.jobs.put(None)  # this thread stops after this batch (the next take sees it again)
                break
            batch.append(job)
        return batch

    def _work(self) -> None:
        while (batch := self._take()) is not None:
            try:
                outcomes: Sequence[Any] = self.run_many([item for item, _future, _loop in batch])
                if len(outcomes) != len(batch):
                    raise RuntimeError(f"{len(outcomes)} outcomes for {len(batch)} registrations")
            except Exception as error:
                log.exception("registration batch failed")
                outcomes = [error] * len(batch)
            for (_item, future, loop), outcome in zip(batch, outcomes, strict=True):
                _settle(loop, future, outcome)

    def close(self, timeout: float = 30.0) -> None:
        """The batches being written finish; registrations not yet taken are cancelled."""
        self.stopping = True
        for _thread in self.threads:
            self.jobs.put(None)
        for thread in self.threads:
            thread.join(timeout)
        while True:
            try:
                job = self.jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                _settle(job[2], job[1], None, cancel=True)


def _settle(loop: asyncio.AbstractEventLoop, future: asyncio.Future[Any], outcome: Any, *,
            cancel: bool = False) -> None:
    def settle() -> None:
        if future.done():  # the caller went away (its connection closed): nothing to answer
            return
        if cancel:
            future.cancel()
        elif isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)
    try:
        loop.call_soon_threadsafe(settle)
    except RuntimeError:  # the event loop is closed: no one waits any more
        pass
