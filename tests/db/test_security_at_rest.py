"""A copy of the database file alone reveals no secret; ciphertexts are bound to their row."""

from __future__ import annotations

import base64
import binascii
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db.models import RegistrationGroup
from app.domain.errors import KeyMissingError
from app.security.derivation import derive_device_key
from app.services import device_keys, device_lookup, groups, lifecycle, registering, users
from app.services.context import ServiceContext
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context

G = STANDARD_GROUP
PASSWORD = "a long password"


def forms(secret: bytes) -> list[bytes]:
    """The secret as raw bytes, base64 (standard and url-safe, without padding) and hex."""
    b64 = base64.b64encode(secret).rstrip(b"=")
    return [secret, b64, base64.urlsafe_b64encode(secret).rstrip(b"="), binascii.hexlify(secret)]


def test_no_secret_in_the_sqlite_file_or_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    ctx = build_service_context(f"sqlite:///{path}", tmp_path)
    add_standard_setup(ctx)
    add_standard_setup(ctx, group="line2")
    registering.register_range(ctx, G, "SN-", 1, 5)
    for sn in ("SN-1", "SN-2"):
        lifecycle.activate(ctx, G, sn, {"owner": "ops"})
    users.add_user(ctx, "alice", PASSWORD, "installer")

    group_secrets = [groups.reveal_group_secret(ctx, name) for name in (G, "line2")]
    derived_keys = [device_keys.device_key(ctx, G, f"SN-{i}") for i in range(1, 6)]
    assert derived_keys[0] == derive_device_key(group_secrets[0], "SN-1")
    with ctx.read() as session:
        group_row = groups.group_row(session, G)
        device_secrets = [lifecycle.active_device_secret(ctx, session, device_lookup.device_row(session, group_row, sn))
                          for sn in ("SN-1", "SN-2")]
    assert all(device_secrets)
    signing_key = ctx.keyring.require_signing_key().private_raw()
    data_key = ctx.keyring.require_data_key().raw()

    secrets: list[bytes] = [signing_key, data_key, PASSWORD.encode()]
    for value in group_secrets + derived_keys + device_secrets:  # type: ignore[operator]
        secrets.append(value.encode("ascii"))  # the base64 text itself
        secrets.append(base64.b64decode(value))  # and the key bytes it stands for
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    contents = path.read_bytes() + wal.read_bytes()
    assert len(contents) > 10_000
    for secret in secrets:
        for form in forms(secret):
            assert form not in contents
    # The SN and the Group ID are there in plaintext, so the search would find a secret if it were.
    assert b"SN-3" in contents and groups.get_group(ctx, G).group_id.encode() in contents
    ctx.db.dispose()


def test_database_copy_alone_opens_no_secret(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    ctx = build_service_context(f"sqlite:///{path}", tmp_path / "a")
    add_standard_setup(ctx)
    ctx.db.dispose()
    with sqlite3.connect(path) as connection:
        blob = connection.execute("SELECT group_secret_enc FROM registration_groups").fetchone()[0]
    assert len(blob) > 64
    keyless = build_service_context(f"sqlite:///{path}", tmp_path / "b")  # a home without this organisation's key
    with pytest.raises(KeyMissingError, match="no organisation key"):
        groups.reveal_group_secret(keyless, G)
    keyless.db.dispose()
    other = build_service_context(f"sqlite:///{tmp_path / 'other.db'}", tmp_path / "c")  # another organisation's key
    other.db.dispose()
    with pytest.raises(KeyMissingError, match="does not belong to the organisation 'Test org'"):
        build_service_context(f"sqlite:///{path}", tmp_path / "c")


def test_swapped_ciphertexts_do_not_decrypt(db_url: str, tmp_path: Path) -> None:
    ctx: ServiceContext = build_service_context(db_url, tmp_path)
    add_standard_setup(ctx)
    add_standard_setup(ctx, group="line2")
    with ctx.db.writer.begin() as session:
        rows = {row.name: row for row in session.scalars(select(RegistrationGroup))}
        first, second = rows[G].group_secret_enc, rows["line2"].group_secret_enc
        session.execute(text("UPDATE registration_groups SET group_secret_enc = :blob WHERE name = :name"),
                        [{"blob": second, "name": G}, {"blob": first, "name": "line2"}])
    for name in (G, "line2"):
        with pytest.raises(KeyMissingError, match="does not open the stored secrets"):
            groups.reveal_group_secret(ctx, name)
    ctx.db.dispose()
