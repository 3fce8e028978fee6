"""What a command killed mid-way (SIGKILL, for real) leaves: a secrets export's temporary file is 0600 from its
first byte and already audited, the next output into the folder removes it; PNG labels appear whole or not at all."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.output_files import remove_leftovers
from app.services import audit, groups, masterdata, registering, users
from app.services.context import ServiceContext
from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR, build_service_context

ROOT = Path(__file__).resolve().parents[2]
G = "line1"
WAIT = 120.0
# The real command, made slow where it writes (each key, each label), so that the kill lands mid-way on any machine.
SLOW_KEYS = ("import sys, time; from app.services import exporting; derive = exporting.derive_device_key; "
             "exporting.derive_device_key = lambda s, sn: (time.sleep(0.003), derive(s, sn))[1]; "
             "from app.cli import main; sys.exit(main(sys.argv[1:]))")
SLOW_LABELS = ("import sys, time; from app.labels import job; draw = job.draw_label; "
               "job.draw_label = lambda *a, **k: (time.sleep(0.02), draw(*a, **k))[1]; "
               "from app.cli import main; sys.exit(main(sys.argv[1:]))")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[ServiceContext]:
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    masterdata.create_group(ctx, "pumps", "pump", [])
    groups.create_group(ctx, G, masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK",
                        gateway="https://gw.example.com")
    registering.register_range(ctx, G, "SN-", 1, 2000, width=5)
    users.create_first_supervisor(ctx, CLI_SUPERVISOR, CLI_PASSWORD)
    yield ctx
    ctx.db.dispose()


def start(ctx: ServiceContext, script: str, *argv: str) -> subprocess.Popen[str]:
    assert ctx.home is not None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DPS_DB", None)
    env["DPS_USER"], env["DPS_PASSWORD"] = CLI_SUPERVISOR, CLI_PASSWORD
    return subprocess.Popen([sys.executable, "-c", script, "--home", str(ctx.home.path), "--db", str(ctx.db.url),
                             *argv], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(ctx: ServiceContext, *argv: str) -> subprocess.CompletedProcess[str]:
    process = start(ctx, "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))", *argv)
    out, err = process.communicate(timeout=WAIT)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def kill_when(process: subprocess.Popen[str], ready: callable) -> None:  # type: ignore[valid-type]
    deadline = time.monotonic() + WAIT
    while not ready():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the command never got half-way"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=WAIT)


def test_a_killed_secrets_export_is_audited_private_and_cleaned_by_the_next_output(station: ServiceContext,
                                                                                   tmp_path: Path) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    target = out_dir / "keys.csv"
    process = start(station, SLOW_KEYS, "device", "export", "--group", G, "--out", str(target), "--with-secrets",
                    "--yes")
    parts: list[Path] = []

    def half_written() -> bool:
        parts[:] = [p for p in out_dir.iterdir() if p.name.endswith(".part")]
        return bool(parts) and parts[0].stat().st_size > 4096

    kill_when(process, half_written)
    [part] = parts
    assert part.name.startswith(".keys.csv.dps-") and stat.S_IMODE(part.stat().st_mode) == 0o600
    assert b"SN-00001" in part.read_bytes()
    assert not target.exists()
    [event] = audit.list_events(station, audit.AuditFilter(action="device.export.secrets"))
    assert event.details["count"] == 2000 and event.details["file"] == str(target) and event.actor == CLI_SUPERVISOR

    done = run(station, "device", "export", "--group", G, "--out", str(out_dir / "plain.csv"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["plain.csv"]


def test_killed_png_labels_appear_not_at_all_and_the_next_job_cleans_up(station: ServiceContext,
                                                                        tmp_path: Path) -> None:
    folder = tmp_path / "labels" / "lot"
    process = start(station, SLOW_LABELS, "label", "print", "--group", G, "--out", str(folder))

    def drawing() -> bool:
        stagings = [p for p in folder.parent.iterdir() if ".dps-labels-" in p.name] if folder.parent.is_dir() else []
        return bool(stagings) and len(list(stagings[0].glob("*.png"))) >= 5

    kill_when(process, drawing)
    assert not folder.exists()  # nothing appeared
    assert any(".dps-labels-" in p.name for p in folder.parent.iterdir())
    other = tmp_path / "labels" / "other"
    done = run(station, "label", "print", "--group", G, "--sn", "SN-00001", "--sn", "SN-00002", "--out", str(other))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.parent.iterdir()) == ["other"]  # the killed job's staging is gone
    assert len(list(other.glob("*.png"))) == 2


def test_a_png_job_killed_while_moving_into_a_folder_with_files_is_rolled_back(tmp_path: Path) -> None:
    """What `write_pngs` leaves when killed between two moves: the journal names the staging folder and every
    file; the next output there removes the moved ones (no longer staged), keeps the folder's other files."""
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "keep.png").write_bytes(b"an earlier job")
    staging = tmp_path / ".labels.dps-labels-abc123"
    staging.mkdir()
    (folder / "label-00001.png").write_bytes(b"moved")
    (staging / "label-00002.png").write_bytes(b"not moved yet")
    journal = folder / ".dps-labels-abc123.moving"
    journal.write_text(f"{staging}\nlabel-00001.png\nlabel-00002.png\n", encoding="utf-8")

    removed = remove_leftovers(folder)
    assert removed == [journal]
    assert sorted(p.name for p in folder.iterdir()) == ["keep.png"]
    assert remove_leftovers(tmp_path) == [staging]


def test_a_leftover_whose_writer_is_alive_is_kept(tmp_path: Path) -> None:
    from app.output_files import hold_lock, release

    part = tmp_path / ".keys.csv.dps-abc.part"
    part.write_bytes(b"secret")
    link = tmp_path / ".x.csv.dps-def.part"
    link.symlink_to(part)
    lock = hold_lock(part)
    try:
        assert remove_leftovers(tmp_path) == []
    finally:
        release(lock)
    assert remove_leftovers(tmp_path) == [part]
    assert link.is_symlink()  # never a link
