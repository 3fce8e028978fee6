"""Sync fixtures: a fresh central database per test on the PostgreSQL server the test session starts."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from sync_stations import new_database

# Only to run these tests against a server you already have (development); normally the session's server is used.
EXISTING_SERVER_ENV = "DPS_TEST_PG_SERVER_URL"


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    existing = os.environ.get(EXISTING_SERVER_ENV)
    if existing:
        return existing
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def central_url(server_url: str) -> Iterator[str]:
    yield new_database(server_url)
