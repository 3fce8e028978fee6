"""Managing users on SQLite and PostgreSQL: add, deactivate and reactivate, reset a password, change a role;
the last active supervisor stays one; only supervisors manage users; every change audited, no password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.domain.errors import AuthenticationError, InputError, NotFoundError, PermissionDeniedError
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
        users.authenticate(ctx.db, "ina", PASSWORD)
    assert users.set_active(ctx, "ina", True).active is True
    assert users.authenticate(ctx.db, "ina", PASSWORD).role is Role.INSTALLER

    users.reset_password(ctx, "ina", "a new password")
    with pytest.raises(AuthenticationError):
        users.authenticate(ctx.db, "ina", PASSWORD)
    assert users.authenticate(ctx.db, "ina", "a new password").name == "ina"

    record = users.set_role(ctx, "ina", "technician")
    assert (record.name, record.role, record.full_name) == ("ina", "technician", "Ina Stall")
    assert users.authenticate(ctx.db, "ina", "a new password").role is Role.TECHNICIAN

    trail = [(e.action, e.actor, e.details) for e in events(ctx)][2:]  # after the two user.add
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
    assert main([*base, "deactivate", "ina"]) == 0
    with pytest.raises(AuthenticationError):
        users.authenticate(ctx.db, "ina", PASSWORD)
    assert main([*base, "activate", "ina"]) == 0
    assert users.authenticate(ctx.db, "ina", PASSWORD).role is Role.INSTALLER
    assert main([*base, "disable", "ina"]) == 0  # the older names still work
    assert main([*base, "role", "ina", "technician"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("cli password\n"))
    assert main([*base, "password", "ina"]) == 0
    assert main([*base, "enable", "ina"]) == 0
    assert users.authenticate(ctx.db, "ina", "cli password").role is Role.TECHNICIAN
    assert main([*base, "role", "sue", "installer"]) == 2
    out, err = capsys.readouterr()
    assert "ina is deactivated" in out and "ina is technician" in out and "password of ina reset" in out
    assert "last active supervisor" in err and "Traceback" not in err
