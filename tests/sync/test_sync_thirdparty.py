"""Third-party codes sync: registered at one station, the code (and its secret, readable with the shared key) is
at the other; the same code registered at both stations offline is one conflict on the group's fingerprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import SyncConflict, ThirdPartyCode
from app.services.thirdparty_registry import register_third_party, reveal_registered_secret, third_party_code
from app.sync.central import enroll, init_central, unwrap_from_central
from app.sync.engine import run_sync
from sync_stations import Station, add_group, open_station, snapshot

pytestmark = pytest.mark.postgres
PASSPHRASE = "correct horse battery staple"
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"


@pytest.fixture
def pair(tmp_path: Path, central_url: str) -> Iterator[tuple[Station, Station, str]]:
    a = open_station(tmp_path / "a")
    add_group(a)
    init_central(a.db, a.ctx.keyring, central_url, PASSPHRASE)
    run_sync(a.db)
    b = open_station(tmp_path / "b", create_org=False)
    enroll(b.home, b.db, central_url, unwrap_from_central(central_url, PASSPHRASE))
    b = open_station(tmp_path / "b")
    run_sync(b.db)
    yield a, b, central_url
    a.close()
    b.close()


def test_a_registered_code_syncs_with_its_device_and_opens_at_the_other_station(
        pair: tuple[Station, Station, str]) -> None:
    a, b, url = pair
    register_third_party(a.ctx, "Line A", ZWAVE, sn="ZW-1")
    run_sync(a.db)
    run_sync(b.db)
    stored = third_party_code(b.ctx, "Line A", "ZW-1")
    assert stored is not None and stored.format == "zwave"
    assert reveal_registered_secret(b.ctx, "Line A", "ZW-1") == "51525"
    central = snapshot(url)["third_party_codes"]
    assert len(central) == 1
    assert b"51525" not in b"".join(v for v in central[0] if isinstance(v, bytes))


def test_the_same_code_registered_at_two_stations_offline_is_a_conflict_not_two_rows(
        pair: tuple[Station, Station, str]) -> None:
    a, b, _url = pair
    register_third_party(a.ctx, "Line A", ZWAVE, sn="ZW-A")
    register_third_party(b.ctx, "Line A", ZWAVE, sn="ZW-B")
    for _round in range(2):
        run_sync(a.db)
        run_sync(b.db)
    with b.db.reader() as session:
        live = session.scalars(select(ThirdPartyCode).where(ThirdPartyCode.deleted.is_(False))).all()
        conflicts = session.scalars(select(SyncConflict).where(SyncConflict.table_name == "third_party_codes")).all()
    assert len(live) == 1
    assert len(conflicts) == 1
