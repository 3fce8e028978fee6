"""Fixtures of the live endpoint tests: real SDKs, a station, `dps-station serve` on 127.0.0.1:8883 and :443."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.endpoint.endpoint_support import (
    ServiceProcess,
    Station,
    make_station,
    node_sdk,
    python_sdk,
)


@pytest.fixture(scope="session")
def sdk_python() -> Path:
    return python_sdk()


@pytest.fixture(scope="session")
def node_script() -> Path:
    return node_sdk()


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    made = make_station(tmp_path_factory.mktemp("station"))
    yield made
    made.ctx.db.dispose()


def running_service(station: Station, tmp: Path, *extra: str) -> Iterator[ServiceProcess]:
    service = ServiceProcess(station, tmp / "serve.log", *extra)
    service.start()
    try:
        yield service
    finally:
        code = service.stop()
        print(service.output()[-4000:])
        assert code == 0, f"dps-station serve did not stop cleanly ({code}):\n{service.output()[-4000:]}"


@pytest.fixture(scope="module")
def service(station: Station, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    yield from running_service(station, tmp_path_factory.mktemp("serve"))
