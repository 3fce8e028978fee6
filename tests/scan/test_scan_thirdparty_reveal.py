"""The audited reveal of a scanned Matter passcode or Z-Wave DSK PIN, over a real SQLite station."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError
from app.qr.onboarding import read_third_party
from app.services import audit
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation
from app.services.thirdparty_codes import REVEAL_ACTION, reveal_code_secret

# connectedhomeip src/setup_payload/tests/TestHelpers.h (kConcatenatedQRCode); zwave-js parse.test.ts (Acme)
CONCATENATED = "MT:M5L90MP500K64J00000*M5L90U.D010K4J00000*M5L900CM02IX4J00000*M5L908OU03-85J00000"
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    home = resolve_home(str(tmp_path / "home"))
    db = open_database(f"sqlite:///{tmp_path / 'station.db'}")
    _info, keyring = init_organisation(home, db, "Reveal org")
    yield ServiceContext(db, keyring, Actor("ina", Role.INSTALLER), home)
    db.dispose()


def test_reveal_returns_the_secret_and_records_who_without_it(ctx: ServiceContext) -> None:
    zwave = read_third_party(ZWAVE)
    matter = read_third_party(CONCATENATED)
    assert zwave is not None and matter is not None
    assert reveal_code_secret(ctx, zwave, session_id="s1", source="camera 0") == "51525"
    assert reveal_code_secret(ctx, matter) == "#1: 00002048, #2: 00002049, #3: 00002050, #4: 00002051"
    events = audit.list_events(ctx.acting_as(Actor("sue", Role.SUPERVISOR)), audit.AuditFilter(action=REVEAL_ACTION))
    assert len(events) == 2
    stored = json.dumps([(e.actor, e.details) for e in events], default=str)
    assert "ina" in stored and "65520" in stored and "DSK PIN" in stored
    for secret in ("51525", "35455", "2048", "2049"):
        assert secret not in stored


def test_a_technician_without_the_install_right_may_still_reveal_with_the_reveal_right(ctx: ServiceContext) -> None:
    zwave = read_third_party(ZWAVE)
    assert zwave is not None
    assert reveal_code_secret(ctx.acting_as(Actor("tom", Role.TECHNICIAN)), zwave) == "51525"


def test_reveal_is_refused_without_either_right(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import thirdparty_codes

    monkeypatch.setattr(thirdparty_codes, "REVEAL_PERMISSIONS", ())
    zwave = read_third_party(ZWAVE)
    assert zwave is not None
    with pytest.raises(PermissionDeniedError, match="may not reveal the DSK PIN"):
        reveal_code_secret(ctx, zwave)
    assert audit.list_events(ctx, audit.AuditFilter(action=REVEAL_ACTION)) == []
