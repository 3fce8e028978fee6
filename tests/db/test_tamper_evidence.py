"""Tamper evidence against someone who can write the database file but not the key directory (issue #15):
the audit chain is keyed with the organisation key and anchored in the key directory."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.security.audit_chain import GENESIS_HASH, canonical_event
from tests.db.test_audit_tamper import CLI_PASSWORD, CLI_SUPERVISOR, G, run


@pytest.fixture(scope="module")
def audited_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("evidence") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPS_PASSWORD", CLI_PASSWORD)
        assert run(home, "init", "--org", "Evidence org", "--supervisor", CLI_SUPERVISOR)[0] == 0
        patch.setenv("DPS_USER", CLI_SUPERVISOR)
        assert run(home, "masterdata", "create-group", "pumps", "--asset-type", "pump", "--attribute",
                   "location")[0] == 0
        assert run(home, "group", "create", G, "--masterdata-group", "pumps", "--ou", "o", "--environment", "e",
                   "--product-key", "PK")[0] == 0
        assert run(home, "device", "range", "--group", G, "--prefix", "SN-", "--start", "1", "--count", "4")[0] == 0
        assert run(home, "device", "activate", "--group", G, "--sn", "SN-1")[0] == 0
    _code, out, _ = run(home, "init", "--format", "json")
    return home, json.loads(out)["station"]


def run_signed(home: Path, *argv: str) -> tuple[int, str, str]:
    """A command that changes the station: signed in as the first supervisor."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPS_PASSWORD", CLI_PASSWORD)
        patch.setenv("DPS_USER", CLI_SUPERVISOR)
        return run(home, *argv)


def copy_of(audited_home: tuple[Path, str], tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(audited_home[0], home)
    return home


def edit(home: Path, *statements: str) -> None:
    with sqlite3.connect(home / "station.db") as connection:
        for statement in statements:
            connection.execute(statement)


def verify(home: Path) -> tuple[int, list[str]]:
    code, out, err = run(home, "audit", "verify", "--format", "json")
    assert "Traceback" not in err
    return code, json.loads(out)["problems"]


def newest(home: Path) -> int:
    with sqlite3.connect(home / "station.db") as connection:
        return int(connection.execute("SELECT max(seq) FROM audit_events").fetchone()[0])


def test_the_untouched_copy_verifies(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    assert verify(copy_of(audited_home, tmp_path)) == (0, [])


def test_an_emptied_audit_table_is_reported(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    home = copy_of(audited_home, tmp_path)
    last = newest(home)
    edit(home, "DELETE FROM audit_events", "DELETE FROM local_settings WHERE key = 'audit_head'")
    code, found = verify(home)
    assert code == 11
    assert found == [(f"station {audited_home[1]}, event #{last} (-): the key directory anchors event #{last}, but "
                      "the audit trail holds no event of this station: it was emptied")]


def test_newest_events_removed_with_the_head_row_are_reported(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    home = copy_of(audited_home, tmp_path)
    last = newest(home)
    edit(home, f"DELETE FROM audit_events WHERE seq > {last - 3}",
         "DELETE FROM local_settings WHERE key = 'audit_head'")
    code, found = verify(home)
    assert code == 11
    assert any(f"anchors event #{last}" in p and f"the chain ends at #{last - 3}: the newest events were removed" in p
               for p in found), found


def _rehash_unkeyed(home: Path) -> None:
    """What anyone with the file can do to a plain SHA-256 chain: recompute every link after an edit."""
    with sqlite3.connect(home / "station.db") as connection:
        rows = connection.execute("SELECT id, station, seq, at, actor, action, entity_type, entity_id, group_name, "
                                  "sn, details FROM audit_events ORDER BY seq").fetchall()
        prev = GENESIS_HASH
        for ident, station, seq, at, actor, action, etype, eid, group, sn, details in rows:
            from datetime import datetime
            fields = {"id": f"{ident[:8]}-{ident[8:12]}-{ident[12:16]}-{ident[16:20]}-{ident[20:]}",
                      "station": station, "seq": seq, "at": datetime.fromisoformat(at).replace(tzinfo=None)
                      .isoformat() + "+00:00", "actor": actor, "action": action, "entity_type": etype,
                      "entity_id": eid, "group_name": group, "sn": sn, "details": json.loads(details)}
            digest = hashlib.sha256(prev.encode() + canonical_event(fields)).hexdigest()
            connection.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
            prev = digest
        connection.execute("UPDATE local_settings SET value = ? WHERE key = 'audit_head'", (f"{len(rows)}:{prev}",))


def test_a_chain_recomputed_without_the_key_is_reported(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    home = copy_of(audited_home, tmp_path)
    edit(home, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    _rehash_unkeyed(home)
    code, found = verify(home)
    assert code == 11
    assert any("event #3 " in p and "rewritten without the organisation key" in p for p in found), found
    assert any("anchors event" in p and "rewritten" in p for p in found), found


def test_a_signed_checkpoint_fixes_the_trail(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    """A checkpoint kept outside the station (printed, or in a report) finds the newest events removed even when
    the key directory's anchor went with them (here: the anchor file rewritten to an older event)."""
    home = copy_of(audited_home, tmp_path)
    code, out, _err = run(home, "audit", "checkpoint")
    checkpoint = out.strip()
    assert code == 0 and checkpoint.startswith("DPSAC1.")
    assert run(home, "audit", "verify", "--checkpoint", checkpoint)[0] == 0
    forged = checkpoint.replace(f".{newest(home)}.", ".1.", 1)
    code, out, _err = run(home, "audit", "verify", "--checkpoint", forged)
    assert code == 11 and "its signature is not the organisation's" in out
    last = newest(home)
    edit(home, f"DELETE FROM audit_events WHERE seq = {last}")
    for anchor in (home / "keys").glob("audit-*.head"):
        anchor.unlink()
    code, out, _err = run(home, "audit", "verify", "--checkpoint", checkpoint)
    assert code == 11 and f"#{last}" in out and "the event is missing: events were removed" in out
    code, out, _err = run(home, "audit", "verify", "--checkpoint", "nonsense")
    assert code == 2


def test_a_batch_report_carries_a_checkpoint(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    home = copy_of(audited_home, tmp_path)
    assert run_signed(home, "batch", "create", "B9", "--group", G)[0] == 0
    code, _out, err = run(home, "report", "batch", "--group", G, "--batch", "B9", "--out", str(tmp_path / "r.csv"))
    assert code == 0, err
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    [line] = [row for row in rows if row.startswith("audit_checkpoint,")]
    assert run(home, "audit", "verify", "--checkpoint", line.split(",", 1)[1])[0] == 0


def test_an_old_unkeyed_chain_is_read_up_to_the_upgrade_mark(audited_home: tuple[Path, str], tmp_path: Path) -> None:
    """A database from before the keyed chain (plain SHA-256 links, no anchor in the key directory) verifies; the
    first event written now is keyed and sets the mark; unkeyed links from the mark on are reported."""
    home = copy_of(audited_home, tmp_path)
    _rehash_unkeyed(home)
    for anchor in (home / "keys").glob("audit-*.head"):
        anchor.unlink()
    old = newest(home)
    code, out, _err = run(home, "audit", "verify")
    assert code == 0 and f"{old} of them written before the chain was keyed" in out
    assert run_signed(home, "batch", "create", "B2", "--group", G)[0] == 0
    [anchor] = (home / "keys").glob("audit-*.head")
    assert json.loads(anchor.read_text())["keyed_from"] == old + 1
    assert verify(home) == (0, [])
    _rehash_unkeyed(home)  # the whole chain recomputed without the key, the keyed events included
    code, found = verify(home)
    assert code == 11
    assert any(f"event #{old + 1} " in p and "rewritten without the organisation key" in p for p in found), found
