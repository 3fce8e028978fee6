"""Run one sync of the station in the data home given as argv[1], in its own process (fault and load tests).

argv[2] may be `register:PREFIX:COUNT` to register COUNT devices (in group "Line A") before syncing.
Exit code 0 after a sync; the fault checkpoints (DPS_SYNC_CRASH_AT) exit with their own code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.config import Home
from app.db.engine import open_database
from app.domain.enums import Role
from app.security.keyring import load_keyring
from app.services import devices
from app.services.context import Actor, ServiceContext
from app.sync.engine import run_sync


def main(argv: list[str]) -> int:
    home = Home(Path(argv[1]))
    db = open_database(home.default_db_url)
    ctx = ServiceContext(db=db, keyring=load_keyring(home), actor=Actor("worker", Role.SUPERVISOR), home=home)
    if len(argv) > 2 and argv[2].startswith("register:"):
        _action, prefix, count = argv[2].split(":")
        devices.register_range(ctx, "Line A", prefix, 1, int(count))
    result = run_sync(db)
    print(result.summary())
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
