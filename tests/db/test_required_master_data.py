"""An activated device keeps a value in every required attribute, whichever way its master data is saved: the
service refuses (the lifecycle table's rule), so the CLI does too, not only the Field view's form."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


SUPERVISOR, PASSWORD = "chief", "chief's long password"


def run(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The CLI, signed in as the station's first supervisor (`init` creates it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DPS_HOME", "DPS_DB", "DPS_USER")}
    env["DPS_PASSWORD"] = PASSWORD
    if argv[0] != "init":
        env["DPS_USER"] = SUPERVISOR
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *argv], cwd=ROOT, env=env, check=False,
                          capture_output=True, text=True, timeout=300)


def test_the_cli_refuses_to_empty_a_required_attribute_of_an_activated_device(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for argv in (("init", "--org", "Required", "--supervisor", SUPERVISOR),
                 ("masterdata", "add-attribute", "owner", "--type", "text", "--required"),
                 ("masterdata", "create-group", "pumps", "--asset-type", "pump", "--attribute", "owner"),
                 ("group", "create", "line1", "--masterdata-group", "pumps", "--ou", "a", "--environment", "prod",
                  "--product-key", "PK"),
                 ("device", "add", "--group", "line1", "--sn", "SN-1"),
                 ("device", "add", "--group", "line1", "--sn", "SN-2"),
                 ("device", "activate", "--group", "line1", "--sn", "SN-1", "--set", "owner=ops")):
        done = run(home, *argv)
        assert done.returncode == 0, done.stderr

    refused = run(home, "device", "install", "--group", "line1", "--sn", "SN-1", "--set", "owner=")
    assert refused.returncode == 2, refused.stderr
    assert refused.stderr.strip() == "dps-station: field 'owner': is required"
    shown = run(home, "device", "show", "--group", "line1", "--sn", "SN-1", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    device = json.loads(shown.stdout)
    assert device["status"] == "allocated" and device["master_data"] == {"owner": "ops"}

    # a correction that keeps the value in is saved; a device not activated yet may still leave it open
    assert run(home, "device", "install", "--group", "line1", "--sn", "SN-1", "--set", "owner=ACME").returncode == 0
    assert run(home, "device", "install", "--group", "line1", "--sn", "SN-2", "--set", "owner=").returncode == 0
