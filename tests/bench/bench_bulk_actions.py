"""Benchmark: disable, enable and delete 100,000 devices in bulk, next to registering the same devices.

Baseline, measured in the same run: registering the 100,000 devices (`registering.register_range`, what
`dps-station device range` runs: SN checks, asset IDs, manual codes, one transaction, one audit event). Each
bulk action (`bulk_actions.run_bulk` over every device of the group, what `dps-station device disable --all`
and the window's "all matching devices" run) is printed with its ratio to that registration.

    .venv/bin/python tests/bench/bench_bulk_actions.py [--count 100000] [--postgres]

`--postgres` runs the same on a throwaway PostgreSQL server (tests/pg_server.py) instead of a SQLite file.
Prints wall-clock time and this process's CPU time (on SQLite all the database work is in-process, so the CPU
time is what the work costs, whatever else the machine runs) and the load average before and after. Exits
non-zero when an action misses the target (under 10 s each, wall-clock).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout without installing

from app.config import resolve_home  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.services import audit, bulk_actions, groups, masterdata, registering  # noqa: E402
from app.services.bulk_actions import BulkAction, BulkTarget  # noqa: E402
from app.services.context import Actor, ServiceContext  # noqa: E402
from app.services.device_listing import DeviceQuery  # noqa: E402
from app.services.organisation import init_organisation  # noqa: E402

MAX_SECONDS = 10.0


def station(root: Path, db_url: str | None) -> ServiceContext:
    home = resolve_home(str(root / "home"))
    home.ensure()
    db = open_database(db_url or home.default_db_url)
    _info, keyring = init_organisation(home, db, "Bench org")
    ctx = ServiceContext(db, keyring, Actor("bench", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "meters", "meter", ["firmware_version", "location"])
    groups.create_group(ctx, "bench", masterdata_group="meters", ou="ou", environment="prod")
    return ctx


CPU: dict[str, float] = {}


def timed(work: Callable[[], object], name: str = "") -> tuple[float, object]:
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    CPU[name] = time.process_time() - cpu
    return time.perf_counter() - started, result


def run(root: Path, count: int, db_url: str | None) -> dict[str, float]:
    ctx = station(root, db_url)
    seconds: dict[str, float] = {}
    seconds["register"], registered = timed(name="register", work=lambda: registering.register_range(ctx, "bench", "BENCH-", 0, count,
                                                                               width=7))
    assert registered == count, registered
    everything = BulkTarget.matching(DeviceQuery(group="bench"))
    for action in (BulkAction.DISABLE, BulkAction.ENABLE, BulkAction.DELETE):
        seconds[action.value], outcome = timed(lambda action=action: bulk_actions.run_bulk(  # type: ignore[misc]
            ctx, action, "bench", everything, reason="bench"), action.value)
        assert isinstance(outcome, bulk_actions.BulkOutcome)
        assert outcome.done == count and not outcome.skipped and not outcome.refused, (action, outcome.done)
    seconds["verify"], verified = timed(lambda: audit.verify(ctx), "verify")
    assert isinstance(verified, audit.VerifyResult) and verified.ok and verified.events >= 3 * count
    ctx.db.dispose()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL server")
    args = parser.parse_args()
    server = None
    db_url = None
    load_before = os.getloadavg()[0]
    if args.postgres:
        from tests.pg_server import PostgresServer

        server = PostgresServer().start()
        db_url = server.url(server.create_database())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seconds = run(Path(tmp), args.count, db_url)
    finally:
        if server is not None:
            server.stop()
    base, base_cpu = seconds["register"], CPU["register"]
    print(f"database:                     {'PostgreSQL' if args.postgres else 'SQLite'}")
    print(f"devices:                      {args.count:,}")
    print(f"load average:                 {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"baseline, register the range: {base:6.2f} s   (CPU {base_cpu:5.2f} s)")
    ok = True
    for action in ("disable", "enable", "delete"):
        ok = ok and seconds[action] < MAX_SECONDS
        print(f"bulk {action + ':':8}                {seconds[action]:6.2f} s   (CPU {CPU[action]:5.2f} s)   "
              f"{seconds[action] / base:4.2f}x the registration (CPU {CPU[action] / base_cpu:4.2f}x), "
              f"{args.count / seconds[action]:7,.0f} devices/s (target < {MAX_SECONDS:.0f} s)")
    print(f"audit verify ({3 * args.count:,}+ events): {seconds['verify']:6.2f} s")
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
