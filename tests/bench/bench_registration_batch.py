"""Benchmark: the registration use case in process, one at a time against group commit (register_many) in batches.

Prints, per batch size, the service process's own CPU time per registration (PostgreSQL's server process not
included), the wall time, and the statements and commits per registration; on SQLite and on PostgreSQL (a
throwaway server from tests/pg_server.py; --pg-durable: fsync and synchronous_commit on).

    .venv/bin/python tests/bench/bench_registration_batch.py [--db sqlite|postgres|both] [--pg-durable]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # run from a checkout without installing (the imports below come after it)

SIZES = (1, 10, 25, 50)
PER_SIZE = 200  # registrations measured per batch size


def run(url: str, label: str, home: Path) -> None:
    from sqlalchemy import event

    from app.services import device_registration as reg
    from app.services import device_registration_batch as batch_registration
    from app.services import groups, registering
    from tests.support.ctx import add_standard_setup, build_service_context

    ctx = build_service_context(url, home)
    add_standard_setup(ctx)
    warm_up = 100
    registering.register_range(ctx, "line1", "B-", 1, warm_up + PER_SIZE * len(SIZES), width=5)
    scope = groups.get_group(ctx, "line1", with_count=False).group_id
    svc = reg.service_context(ctx.db, ctx.keyring, ctx.home)
    counts = {"statements": 0, "commits": 0}

    def count(name: str) -> None:
        counts[name] += 1
    event.listen(ctx.db.engine, "before_cursor_execute", lambda *_args: count("statements"))
    event.listen(ctx.db.engine, "commit", lambda *_args: count("commits"))

    def request(number: int) -> Any:
        return reg.RegistrationRequest(scope, f"B-{number:05d}", None, "mqtt", "127.0.0.1:1", "bench")
    for number in range(1, warm_up // 2 + 1):  # statements compiled, connections open, both paths
        reg.register(svc, request(number))
    batch_registration.register_many(svc, [request(number) for number in range(warm_up // 2 + 1, warm_up + 1)])
    for index, size in enumerate(SIZES):
        first = warm_up + 1 + index * PER_SIZE
        counts.update(statements=0, commits=0)
        cpu, wall = time.process_time(), time.perf_counter()
        for start in range(first, first + PER_SIZE, size):
            numbers = range(start, min(start + size, first + PER_SIZE))
            if size == 1:
                states = [reg.register(svc, request(number)) for number in numbers]
            else:
                states = batch_registration.register_many(svc, [request(number) for number in numbers])  # type: ignore[assignment]
            assert all(getattr(state, "status", None) == "assigned" for state in states), states
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"{label:10s} batches of {size:2d}: CPU {1000 * cpu / PER_SIZE:.2f} ms per registration, wall "
              f"{1000 * wall / PER_SIZE:.2f} ms, statements {counts['statements'] / PER_SIZE:.2f} and commits "
              f"{counts['commits'] / PER_SIZE:.2f} per registration")
    ctx.db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--pg-durable", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as directory:
        home = Path(directory)
        if args.db in ("sqlite", "both"):
            run(f"sqlite:///{home / 'station.db'}", "sqlite", home / "sqlite")
        if args.db in ("postgres", "both"):
            from tests.pg_server import PostgresServer

            with PostgresServer(durable=args.pg_durable) as server:
                run(server.url(server.create_database()), "postgres", home / "postgres")
    return 0


if __name__ == "__main__":
    sys.exit(main())
