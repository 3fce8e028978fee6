"""Keys that do not belong together are not used (issue #15): another organisation's signing.key, or an
organisation public key replaced in the database, stop signing and verifying with a message saying what to
restore; a deleted org.key says where to restore it from."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import KeyMissingError
from app.security.signing import SigningKey
from app.services import registering, users
from app.services.labelling import LabelSelection, prepare_labels, verifying_keys
from app.services.scanning import DatabaseDeviceDirectory
from tests.db.test_audit_tamper import CLI_PASSWORD, CLI_SUPERVISOR, run
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context

G = STANDARD_GROUP


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    ctx = build_service_context(f"sqlite:///{tmp_path / 'home' / 'station.db'}", tmp_path)
    add_standard_setup(ctx)
    registering.register_range(ctx, G, "SN-", 1, 2)
    users.add_user(ctx, CLI_SUPERVISOR, CLI_PASSWORD, "supervisor")  # the CLI signs in as this one
    ctx.db.dispose()
    return tmp_path / "home"


def run_signed(home: Path, *argv: str) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPS_USER", CLI_SUPERVISOR)
        patch.setenv("DPS_PASSWORD", CLI_PASSWORD)
        return run(home, *argv)


def context(home: Path):  # type: ignore[no-untyped-def]
    return build_service_context(f"sqlite:///{home / 'station.db'}", home.parent)


def test_another_organisations_signing_key_signs_nothing(home: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert run(other, "init", "--org", "Someone else")[0] == 0
    shutil.copy(other / "keys" / "signing.key", home / "keys" / "signing.key")
    ctx = context(home)
    with pytest.raises(KeyMissingError, match="is not the signing key of the organisation 'Test org'") as refused:
        prepare_labels(ctx, LabelSelection(group=G))
    assert "Restore keys/signing.key from the key backup" in str(refused.value)
    with pytest.raises(KeyMissingError, match="is not the signing key"):
        verifying_keys(ctx)  # what a print job reads its labels back against
    ctx.db.dispose()
    code, out, err = run_signed(home, "label", "print", "--group", G, "--out", str(tmp_path / "labels.pdf"))
    assert code == 9 and "is not the signing key of the organisation" in err and not (tmp_path / "labels.pdf").exists()
    code, out, _err = run(home, "audit", "verify")
    assert code == 11 and "keys: the signing key in keys/signing.key" in out


def test_a_public_key_replaced_in_the_database_verifies_nothing(home: Path, tmp_path: Path) -> None:
    attacker = SigningKey.generate()
    with sqlite3.connect(home / "station.db") as connection:
        connection.execute("UPDATE organisation SET signing_public_key = ?, signing_key_id = ?",
                           (attacker.verifying_key.public_raw, attacker.key_id))
    ctx = context(home)
    with pytest.raises(KeyMissingError, match="changed outside the station") as refused:
        DatabaseDeviceDirectory(ctx).verifying_keys()
    assert "restore the database from a backup" in str(refused.value)
    with pytest.raises(KeyMissingError, match="changed outside the station"):
        prepare_labels(ctx, LabelSelection(group=G))
    ctx.db.dispose()
    code, _out, err = run(home, "device", "list", "--group", G)
    assert code == 0 and "warning: the organisation 'Test org' in the database was changed outside the station" in err


def test_a_deleted_org_key_says_what_to_restore_from_where(home: Path) -> None:
    (home / "keys" / "org.key").unlink()
    code, _out, err = run_signed(home, "group", "show", G, "--show-secret")
    assert code == 9
    assert "restore the key directory (DPS_HOME/keys) from the key backup" in err
    assert "central enroll" in err and "'dps-station init' cannot bring it back" in err
