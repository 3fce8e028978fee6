"""Sync fixtures: central databases on the PostgreSQL server the test session starts (tests/conftest.py)."""

from __future__ import annotations

import os

import pytest

from sync_stations import new_database

# Development only: run these tests against a server you already have instead of the session's own.
EXISTING_SERVER_ENV = "DPS_TEST_PG_SERVER_URL"


@pytest.fixture(scope="session")
def server_url(request: pytest.FixtureRequest) -> str:
    """A URL on the test server's maintenance database, to create more databases from."""
    existing = os.environ.get(EXISTING_SERVER_ENV)
    if existing:
        return existing
    return str(request.getfixturevalue("postgres_server").url("postgres"))


@pytest.fixture
def central_url(server_url: str) -> str:
    """A fresh, empty database for one test (the throwaway server goes away with the session)."""
    return new_database(server_url)
