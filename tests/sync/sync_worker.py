"""Run one sync of the station in the data home given as argv[1], in its own process (fault and load tests).

Further arguments are done first, in order: `register:PREFIX:COUNT` registers COUNT devices in group
"Line A"; `locate:SN:TEXT` sets the location of device SN (an installation).
Exit code 0 after a sync; the fault checkpoints (DPS_SYNC_CRASH_AT) exit with their own code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.config import Home
from app.db.engine import open_database
from app.domain.enums import Role
from app.security.keyring import load_keyring
from app.services import lifecycle, registering
from app.services.context import Actor, ServiceContext
from app.sync.engine import run_sync


def main(argv: list[str]) -> int:
    home = Home(Path(argv[1]))
    db = open_database(home.default_db_url)
    ctx = ServiceContext(db=db, keyring=load_keyring(home), actor=Actor("worker", Role.SUPERVISOR), home=home)
    for action in argv[2:]:
        name, first, second = action.split(":")
        if name == "register":
            registering.register_range(ctx, "Line A", first, 1, int(second))
        elif name == "locate":
            lifecycle.install(ctx, "Line A", first, {"location": second})
    result = run_sync(db)
    print(result.summary())
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
