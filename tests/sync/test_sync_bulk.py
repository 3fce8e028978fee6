"""Bulk actions sync: what one station disables, enables and deletes in bulk, the other station sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, DeviceIdentity
from app.services import bulk_actions, lifecycle, registering
from app.services.bulk_actions import BulkAction, BulkTarget
from app.services.device_listing import DeviceQuery
from app.sync.central import enroll, init_central, unwrap_from_central
from app.sync.engine import run_sync
from sync_stations import Station, add_group, open_station, snapshot

pytestmark = pytest.mark.postgres
PASSPHRASE = "correct horse battery staple"
G = "Line A"


@pytest.fixture
def pair(tmp_path: Path, central_url: str) -> Iterator[tuple[Station, Station]]:
    a = open_station(tmp_path / "a")
    add_group(a)
    init_central(a.db, a.ctx.keyring, central_url, PASSPHRASE)
    registering.register_range(a.ctx, G, "S-", 0, 30, width=2)
    lifecycle.install(a.ctx, G, "S-00", {"location": "52.5,13.4"})
    run_sync(a.db)
    b = open_station(tmp_path / "b", create_org=False)
    enroll(b.home, b.db, central_url, unwrap_from_central(central_url, PASSPHRASE))
    b = open_station(tmp_path / "b")
    run_sync(b.db)
    yield a, b
    a.close()
    b.close()


def states(station: Station) -> dict[str, str]:
    with station.db.reader() as session:
        return dict(session.execute(select(DeviceIdentity.sn, DeviceIdentity.status)
                                    .where(DeviceIdentity.deleted.is_(False))).all())


def test_bulk_changes_reach_the_other_station(pair: tuple[Station, Station]) -> None:
    a, b = pair
    assert len(states(b)) == 30
    run = bulk_actions.run_bulk
    run(a.ctx, BulkAction.DISABLE, G, BulkTarget.matching(DeviceQuery(text="S-0")), reason="recall", batch_size=4)
    run(a.ctx, BulkAction.ENABLE, G, BulkTarget.named(["S-00", "S-01"]))
    deleted = run(a.ctx, BulkAction.DELETE, G, BulkTarget.named([f"S-{n:02d}" for n in range(5, 10)]))
    assert deleted.done == 5
    for _round in range(2):
        run_sync(a.db)
        run_sync(b.db)
    seen = states(b)
    assert seen == states(a) and len(seen) == 25
    assert (seen["S-00"], seen["S-01"], seen["S-02"], seen["S-10"]) == ("installed", "registered", "disabled",
                                                                         "registered")
    with b.db.reader() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.in_(("device.disable", "device.enable", "device.delete")))) or 0
    assert events == 10 + 2 + 5  # one event per device, pulled like any other
    assert snapshot(a.db.url) == snapshot(b.db.url)
