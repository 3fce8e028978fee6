"""Managing users on SQLite and PostgreSQL: add, deactivate and reactivate, reset a password, change a role;
the last active supervisor stays one; only supervisors manage users; every change audited, no password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import (
    AuthenticationError,
    InputError,
    NotFoundError,
    PermissionDeniedError,
)
from app.services import audit, users
from app.services.context import ServiceContext
from tests.support.ctx import as_role, build_service_context, table_dump

PASSWORD = "first password"


@pytest.fixture
def ctx(db_url: str, tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(db_url, tmp_path, actor="sue")
    users.create_first_supervisor(context, "sue", PASSWORD)
    users.add_user(context, "ina", PASSWORD, "installer", "Ina Stall")
    yield context
    context.db.dispose()


def events(ctx: ServiceContext) -> list[audit.AuditRecord]:
    return list(reversed(audit.list_events(ctx, audit.AuditFilter(action="user."))))


def test_deactivate_reactivate_reset_and_change_role(ctx: ServiceContext) -> None:
    assert users.set_active(ctx, "ina", False).active is False
    with pytest.raises(AuthenticationError):
        users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring)
    assert users.set_active(ctx, "ina", True).active is True
    assert users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring).role is Role.INSTALLER

    users.reset_password(ctx, "ina", "a new password")
    with pytest.raises(AuthenticationError):
        users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring)
    assert users.authenticate(ctx.db, "ina", "a new password", keyring=ctx.keyring).name == "ina"

    record = users.set_role(ctx, "ina", "technician")
    assert (record.name, record.role, record.full_name) == ("ina", "technician", "Ina Stall")
    assert users.authenticate(ctx.db, "ina", "a new password", keyring=ctx.keyring).role is Role.TECHNICIAN

    trail = [(e.action, e.actor, e.details) for e in events(ctx)
             if not e.action.startswith("user.sign_in.")][2:]  # after the two user.add; failed sign-ins apart
    assert trail == [("user.disable", "sue", {"name": "ina"}), ("user.enable", "sue", {"name": "ina"}),
                     ("user.password.reset", "sue", {"name": "ina"}),
                     ("user.role", "sue", {"name": "ina", "from": "installer", "to": "technician"})]
    assert "a new password" not in repr([e.details for e in events(ctx)])


def test_the_last_active_supervisor_cannot_be_deactivated_or_demoted(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    with pytest.raises(InputError, match="cannot deactivate yourself: sue is the last active supervisor"):
        users.set_active(ctx, "sue", False)
    with pytest.raises(InputError, match="cannot make installer yourself: sue is the last active supervisor"):
        users.set_role(ctx, "sue", "installer")
    assert table_dump(ctx.db.engine) == before

    users.add_user(ctx, "sam", PASSWORD, "supervisor")
    users.set_active(ctx, "sam", False)  # an inactive supervisor does not count
    with pytest.raises(InputError, match="last active supervisor"):
        users.set_role(ctx, "sue", "technician")
    users.set_active(ctx, "sam", True)
    assert users.set_role(ctx, "sue", "technician").role == "technician"  # sam is still one
    sam = as_role(ctx, Role.SUPERVISOR, "sam")
    with pytest.raises(InputError, match="cannot deactivate sam: sam is the last active supervisor"):
        users.set_active(ctx, "sam", False)
    assert users.set_role(sam, "sue", "supervisor").role == "supervisor"


def test_only_supervisors_manage_users_and_bad_input_is_clear(ctx: ServiceContext) -> None:
    before = table_dump(ctx.db.engine)
    for role in (Role.TECHNICIAN, Role.INSTALLER):
        other = as_role(ctx, role, "ina")
        for call in (lambda c: users.set_active(c, "sue", False), lambda c: users.set_role(c, "ina", "supervisor"),
                     lambda c: users.reset_password(c, "sue", "hijacked password")):
            with pytest.raises(PermissionDeniedError, match="may not manage users"):
                call(other)
    with pytest.raises(NotFoundError, match="no user named 'nobody'"):
        users.reset_password(ctx, "nobody", "long enough")
    with pytest.raises(InputError, match="'boss' is not a role"):
        users.set_role(ctx, "ina", "boss")
    with pytest.raises(InputError, match="at least 8 characters"):
        users.reset_password(ctx, "ina", "short")
    assert table_dump(ctx.db.engine) == before


def test_the_cli_runs_the_same_services(ctx: ServiceContext, db_url: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from app.cli import main

    base = ["--home", str(tmp_path / "home"), "--db", db_url, "user"]
    monkeypatch.setenv("DPS_USER", "sue")
    monkeypatch.setenv("DPS_PASSWORD", PASSWORD)
    assert main([*base, "deactivate", "ina"]) == 0
    with pytest.raises(AuthenticationError):
        users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring)
    assert main([*base, "activate", "ina"]) == 0
    assert users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring).role is Role.INSTALLER
    assert main([*base, "disable", "ina"]) == 0  # the older names still work
    assert main([*base, "role", "ina", "technician"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("cli password\n"))
    assert main([*base, "password", "ina"]) == 0
    assert main([*base, "enable", "ina"]) == 0
    assert users.authenticate(ctx.db, "ina", "cli password", keyring=ctx.keyring).role is Role.TECHNICIAN
    assert main([*base, "role", "sue", "installer"]) == 2
    out, err = capsys.readouterr()
    assert "ina is deactivated" in out and "ina is technician" in out and "password of ina reset" in out
    assert "last active supervisor" in err and "Traceback" not in err


def test_failed_sign_ins_are_audited_and_lock_the_account_for_a_growing_time(ctx: ServiceContext) -> None:
    from datetime import timedelta

    from app.db.base import utcnow
    from app.db.models import SignInLock
    from app.domain.errors import AccountLockedError, AuthenticationError
    from app.services import sign_in_guard

    for _ in range(sign_in_guard.FREE_FAILURES - 1):
        with pytest.raises(AuthenticationError, match="wrong user name or password"):
            users.authenticate(ctx.db, "ina", "guess-123", where="cli:mallory", keyring=ctx.keyring)
    started = utcnow()
    with pytest.raises(AccountLockedError) as locked:
        users.authenticate(ctx.db, "ina", "guess-123", where="cli:mallory", keyring=ctx.keyring)
    assert timedelta(seconds=55) < locked.value.until - started <= timedelta(seconds=61)
    assert "locked after repeated wrong passwords until" in str(locked.value) and "unlock" in str(locked.value)
    with pytest.raises(AccountLockedError):  # even the right password, while locked
        users.authenticate(ctx.db, "ina", PASSWORD, where="window", keyring=ctx.keyring)
    failed = audit.list_events(ctx, audit.AuditFilter(action="user.sign_in.failed"))
    assert len(failed) == sign_in_guard.FREE_FAILURES
    assert all(e.details["name"] == "ina" and e.details["where"] == "cli:mallory" for e in failed)
    assert all("guess-123" not in repr(e) for e in audit.list_events(ctx, audit.AuditFilter()))
    assert [u.locked_until is not None for u in users.list_users(ctx) if u.name == "ina"] == [True]

    # the lock runs out; five more failures lock it for twice as long
    with ctx.db.writer.begin() as session:
        session.get(SignInLock, "ina").locked_until = utcnow() - timedelta(seconds=1)
    for _ in range(sign_in_guard.FREE_FAILURES - 1):
        with pytest.raises(AuthenticationError, match="wrong user name"):
            users.authenticate(ctx.db, "ina", "guess-456", keyring=ctx.keyring)
    with pytest.raises(AccountLockedError) as again:
        users.authenticate(ctx.db, "ina", "guess-456", keyring=ctx.keyring)
    assert timedelta(seconds=115) < again.value.until - utcnow() <= timedelta(seconds=121)
    assert sign_in_guard.lock_duration(30) == sign_in_guard.MAX_LOCK

    with pytest.raises(PermissionDeniedError):
        sign_in_guard.unlock(as_role(ctx, Role.TECHNICIAN), "ina")
    assert sign_in_guard.unlock(ctx, "ina") is True
    assert users.authenticate(ctx.db, "ina", PASSWORD, keyring=ctx.keyring).name == "ina"
    assert sign_in_guard.unlock(ctx, "ina") is False
    assert [e.details for e in events(ctx) if e.action == "user.unlock"] == [{"name": "ina"}]


def test_cli_says_locked_until_when_and_user_unlock_lifts_it(ctx: ServiceContext, db_url: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    base = ["--home", str(tmp_path / "home"), "--db", db_url]
    monkeypatch.setenv("DPS_PASSWORD", "not-her-password")
    codes = [main([*base, "--user", "ina", "device", "list", "--group", "x"]) for _ in range(6)]
    err = capsys.readouterr().err
    assert codes == [6] * 6
    assert err.count("wrong user name or password") == 4
    assert err.count("the account 'ina' is locked after repeated wrong passwords until 20") == 2
    assert "user unlock ina" in err and "Traceback" not in err
    monkeypatch.setenv("DPS_PASSWORD", PASSWORD)
    assert main([*base, "--user", "ina", "user", "list"]) == 6
    listed = capsys.readouterr()
    assert "locked" in listed.err
    assert main([*base, "--user", "sue", "user", "list"]) == 0
    table = capsys.readouterr().out
    assert "LOCKED UNTIL" in table
    assert [" UTC" in line for line in table.splitlines()[1:]] == [True, False]  # ina, sue
    assert main([*base, "--user", "ina", "user", "unlock", "ina"]) == 6  # locked: cannot even try
    assert main([*base, "--user", "sue", "user", "unlock", "ina"]) == 0
    assert "ina is unlocked" in capsys.readouterr().out
    assert main([*base, "--user", "ina", "user", "list"]) == 0
    assert main([*base, "--user", "sue", "user", "unlock", "nobody"]) == 3
