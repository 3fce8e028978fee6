from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.config import resolve_home  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.services import batches, groups, masterdata, registering  # noqa: E402
from app.services.context import Actor, ServiceContext  # noqa: E402
from app.services.organisation import init_organisation  # noqa: E402
from tests.support.ctx import sign_in_cli  # noqa: E402


@pytest.fixture
def station(tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A real SQLite station: group 'line1' with batch LOT-1 (25 devices) and LOT-2 (3), group 'empty'."""
    home = resolve_home(str(tmp_path / "home"))
    home.ensure()
    url = f"sqlite:///{tmp_path / 'station.db'}"
    db = open_database(url)
    _info, keyring = init_organisation(home, db, "Label org")
    ctx = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "pumps", "pump", [])
    groups.create_group(ctx, "line1", masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK-1",
                        gateway="https://gw.example.com")
    groups.create_group(ctx, "empty", masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK-2",
                        gateway="https://gw.example.com")
    batches.create_batch(ctx, "line1", "LOT-1")
    batches.create_batch(ctx, "line1", "LOT-2")
    batches.create_batch(ctx, "line1", "LOT-EMPTY")
    registering.register_range(ctx, "line1", "SN-", 1, 25, width=6, batch="LOT-1")
    for sn in ("sn-lower.case", "A*B%C", "X/Y+Z"):
        registering.register_device(ctx, "line1", sn, batch="LOT-2")
    sign_in_cli(ctx, monkeypatch)  # `dps-station label print` signs in as a supervisor
    assert keyring.signing_key is not None
    key = keyring.signing_key
    yield {"home": home, "url": url, "ctx": ctx, "key": key, "keys": {key.key_id: key.verifying_key},
           "dir": tmp_path, "group_id": groups.get_group(ctx, "line1").group_id}
    db.dispose()
