"""Sync fixtures: central databases on the PostgreSQL server the test session starts (tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.sync.central import enroll, init_central, unwrap_from_central
from app.sync.engine import run_sync
from sync_stations import Station, add_group, new_database, open_station
from tests.support.postgres_marker import require_postgres_marker

# Development only: run these tests against a server you already have instead of the session's own.
EXISTING_SERVER_ENV = "DPS_TEST_PG_SERVER_URL"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def server_url(request: pytest.FixtureRequest) -> str:
    """A URL on the test server's maintenance database, to create more databases from."""
    existing = os.environ.get(EXISTING_SERVER_ENV)
    if existing:
        return existing
    return str(request.getfixturevalue("postgres_server").url("postgres"))


@pytest.fixture
def central_url(server_url: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database for one test (the throwaway server goes away with the session)."""
    require_postgres_marker(request)
    return new_database(server_url)


@pytest.fixture
def pair(tmp_path: Path, central_url: str) -> Iterator[tuple[Station, Station, str]]:
    """Station A holds the organisation and a group; B enrolled and pulled everything."""
    a = open_station(tmp_path / "a")
    add_group(a)
    init_central(a.db, a.ctx.keyring, central_url, PASSPHRASE)
    run_sync(a.db)
    b = open_station(tmp_path / "b", create_org=False)
    enroll(b.home, b.db, central_url, unwrap_from_central(central_url, PASSPHRASE))
    b = open_station(tmp_path / "b")  # now with the enrolled keys
    run_sync(b.db)
    yield a, b, central_url
    a.close()
    b.close()
