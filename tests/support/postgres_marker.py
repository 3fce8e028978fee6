"""Which tests need the throwaway PostgreSQL server: they get the `postgres` marker without anyone writing it
(tests/conftest.py), so `-m "not postgres"` runs everything else and nothing that needs the server."""

from __future__ import annotations

import pytest

# Fixtures that start or use the throwaway PostgreSQL server. `server_url` (tests/sync/conftest.py) asks for
# the server with getfixturevalue, so pytest cannot see the dependency: it is named here.
POSTGRES_FIXTURES = frozenset({"postgres_server", "pg_database", "pg_url", "server_url"})


def uses_postgres(item: pytest.Item) -> bool:
    """Whether a test needs the PostgreSQL server: directly or through other fixtures, or as db_url's
    "postgres" case."""
    if POSTGRES_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("db_url") == "postgres"


def require_postgres_marker(request: pytest.FixtureRequest) -> None:
    """A test reached the server without the marker: a fixture is missing from POSTGRES_FIXTURES."""
    if request.node.get_closest_marker("postgres") is None:
        pytest.fail(f"{request.node.nodeid} uses PostgreSQL but is not marked postgres: add the fixture that "
                    "leads to the server to POSTGRES_FIXTURES in tests/support/postgres_marker.py", pytrace=False)
