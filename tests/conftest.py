"""Shared fixtures: offscreen Qt, a data home per test, a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.cups_server import CupsServer, CupsUnavailable, missing_parts
from tests.pg_server import PostgresServer
from tests.support.postgres_marker import require_postgres_marker, uses_postgres

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """`-m "not postgres"` leaves out every test that needs the server, marked by hand or not."""
    for item in items:
        if uses_postgres(item) and item.get_closest_marker("postgres") is None:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: object) -> object:
    """A QApplication before any test: a service that paints (labels, reports) would otherwise start a
    QGuiApplication, and every widget test after it in the same run would abort."""
    return qapp


@pytest.fixture
def dps_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "dps-home"
    monkeypatch.setenv("DPS_HOME", str(home))
    monkeypatch.delenv("DPS_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_database(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """A factory of fresh databases on the test server; returns SQLAlchemy URLs; all dropped afterwards."""
    require_postgres_marker(request)
    created: list[str] = []

    def make() -> str:
        name = postgres_server.create_database()
        created.append(name)
        return postgres_server.url(name)

    yield make
    for name in created:
        postgres_server.drop_database(name)


@pytest.fixture
def pg_url(pg_database: Callable[[], str]) -> str:
    return pg_database()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'station.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def cups_queue() -> Iterator[CupsServer]:
    """A private cupsd on 127.0.0.1 with one cups-pdf queue (tests/cups_server.py)."""
    missing = missing_parts()
    if missing:
        pytest.skip(f"cups and printer-driver-cups-pdf are not installed ({', '.join(missing)} missing)")
    if os.geteuid() != 0:
        pytest.skip("cups-pdf's backend runs only under a root cupsd")
    server = CupsServer()
    try:
        server.start()
    except CupsUnavailable as error:
        server.stop()
        pytest.fail(f"the private cupsd did not start: {error}", pytrace=False)
    except BaseException:
        server.stop()
        raise
    try:
        yield server
    finally:
        server.stop()
