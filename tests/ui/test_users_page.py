"""The Office's Users page driven as a supervisor would: add, deactivate and reactivate, reset a password, change
a role, and the refusals (the last active supervisor, a role that may not manage users)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Role
from app.domain.errors import AuthenticationError
from app.services import audit, users
from app.ui.environment import UiEnvironment
from app.ui.views.supervisor.user_dialogs import AddUserDialog
from app.ui.views.supervisor.users_view import UsersView
from tests.support.ui import open_office, ui_environment

TIMEOUT = 20000
PASSWORD = "first password"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    users.create_first_supervisor(environment.ctx, "sue", PASSWORD)
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


@pytest.fixture
def page(qtbot, env: UiEnvironment) -> UsersView:  # type: ignore[no-untyped-def]
    workspace = open_office(qtbot, env, (1100, 700))
    tabs = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert tabs[tabs.index("Users"):][:2] == ["Users", "Sync conflicts"]
    with qtbot.waitSignal(workspace.users.loaded, timeout=TIMEOUT):
        workspace.show_page(workspace.users)
    return workspace.users


def act(qtbot, page: UsersView, action) -> str:  # type: ignore[no-untyped-def]
    """Run a page action and wait for its outcome: the message on the page ('' in the signal when refused)."""
    with qtbot.waitSignal(page.changed, timeout=TIMEOUT) as blocker:
        action()
    qtbot.waitUntil(lambda: not page.env.runner.busy, timeout=TIMEOUT)
    return str(blocker.args[0])


def names(page: UsersView) -> dict[str, tuple[str, str]]:
    model = page.model
    return {model.record(row).name: (model.record(row).role, "active" if model.record(row).active else "off")
            for row in range(model.rowCount())}


def test_add_deactivate_reactivate_reset_and_change_role(qtbot, qtmodeltester, page: UsersView,  # type: ignore[no-untyped-def]
                                                         env: UiEnvironment) -> None:
    assert names(page) == {"sue": ("supervisor", "active")}
    assert page.summary.text() == "1 users, 1 active"
    assert not page.active_button.isEnabled()  # nothing selected

    dialog = page.ask_add()
    assert isinstance(dialog, AddUserDialog)
    assert dialog.focusWidget() is dialog.name and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name, "ina")
    assert "Password: at least 8" in dialog.message.text()
    dialog.full_name.setText("Ina Stall")
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD + "x")
    assert dialog.message.text() == "The two passwords differ." and not dialog.ok_button.isEnabled()
    dialog.passwords.repeat.setText(PASSWORD)
    dialog.role.setCurrentIndex(dialog.role.findData("installer"))
    done = act(qtbot, page, lambda: qtbot.keyClick(dialog.passwords.repeat, Qt.Key.Key_Return))  # Enter accepts
    assert done == "ina added as installer."
    qtbot.waitUntil(lambda: page.selected_user() is not None and page.selected_user().name == "ina", timeout=TIMEOUT)
    assert names(page)["ina"] == ("installer", "active")
    assert users.authenticate(env.ctx.db, "ina", PASSWORD, keyring=env.ctx.keyring).role is Role.INSTALLER
    qtmodeltester.check(page.model)

    assert page.active_button.text() == "Deactivate"
    assert "can no longer sign in" in act(qtbot, page, page.active_button.click)
    qtbot.waitUntil(lambda: names(page)["ina"][1] == "off", timeout=TIMEOUT)
    assert page.active_button.text() == "Reactivate"
    with pytest.raises(AuthenticationError):
        users.authenticate(env.ctx.db, "ina", PASSWORD, keyring=env.ctx.keyring)
    assert "active again" in act(qtbot, page, page.active_button.click)
    qtbot.waitUntil(lambda: names(page)["ina"][1] == "active", timeout=TIMEOUT)

    password = page.ask_password()
    assert password is not None and password.focusWidget() is password.passwords.password
    password.passwords.password.setText("second password")
    password.passwords.repeat.setText("second password")
    assert act(qtbot, page, password.ok_button.click) == "The password of ina is reset."
    assert users.authenticate(env.ctx.db, "ina", "second password", keyring=env.ctx.keyring).name == "ina"

    role = page.ask_role()
    assert role is not None and not role.ok_button.isEnabled()  # still the same role
    role.role.setCurrentIndex(role.role.findData("technician"))
    assert "ina is now technician" in act(qtbot, page, role.ok_button.click)
    qtbot.waitUntil(lambda: names(page)["ina"][0] == "technician", timeout=TIMEOUT)

    changes = [e for e in reversed(audit.list_events(env.ctx, audit.AuditFilter(action="user.")))
               if not e.action.startswith("user.sign_in.")]  # the refused sign-ins are audited apart
    assert [e.action for e in changes] == ["user.add", "user.add", "user.disable", "user.enable",
                                           "user.password.reset", "user.role"]
    assert all(e.actor == "sue" for e in changes)


def test_the_last_supervisor_is_refused_with_a_clear_message(qtbot, page: UsersView,  # type: ignore[no-untyped-def]
                                                             env: UiEnvironment) -> None:
    page.select_user("sue")
    assert act(qtbot, page, page.active_button.click) == ""
    assert "cannot deactivate yourself: sue is the last active supervisor" in page.message.text()
    role = page.ask_role()
    assert role is not None
    role.role.setCurrentIndex(role.role.findData("installer"))
    assert act(qtbot, page, role.ok_button.click) == ""
    assert "cannot make installer yourself" in page.message.text()
    assert "make another user a supervisor first" in page.message.text()
    page.reload()
    qtbot.waitUntil(lambda: not env.runner.busy, timeout=TIMEOUT)
    assert names(page) == {"sue": ("supervisor", "active")}
    assert audit.list_events(env.ctx, audit.AuditFilter(action="user.disable")) == []


def test_a_role_that_may_not_manage_users_gets_no_buttons(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = ui_environment(tmp_path, Role.TECHNICIAN, name="tom")
    try:
        view = UsersView(env)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
            view.reload()
        assert not any(b.isEnabled() for b in (view.add_button, view.active_button, view.password_button,
                                               view.role_button))
    finally:
        env.runner.shutdown()
        env.ctx.db.dispose()


def lock_out(env: UiEnvironment, name: str) -> None:
    from app.domain.errors import AccountLockedError
    from app.services import sign_in_guard

    for _ in range(sign_in_guard.FREE_FAILURES - 1):
        with pytest.raises(AuthenticationError):
            users.authenticate(env.ctx.db, name, "a wrong guess", where="window", keyring=env.ctx.keyring)
    with pytest.raises(AccountLockedError):
        users.authenticate(env.ctx.db, name, "a wrong guess", where="window", keyring=env.ctx.keyring)


def test_the_sign_in_dialog_says_the_account_is_locked_and_until_when(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.sign_in import SignInDialog

    users.add_user(env.ctx, "ina", PASSWORD, "installer")
    lock_out(env, "ina")
    dialog = SignInDialog(env.ctx.db, env.ctx.keyring, env.runner, "Acme Pumps")
    qtbot.addWidget(dialog)
    dialog.user.setText("ina")
    dialog.password.setText(PASSWORD)  # the right password, while locked
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "locked" in dialog.message.text(), timeout=TIMEOUT)
    text = dialog.message.text()
    assert "'ina' is locked after repeated wrong passwords until 20" in text and " UTC" in text
    assert "ask a supervisor to unlock it" in text and dialog.actor is None
    failed = audit.list_events(env.ctx, audit.AuditFilter(action="user.sign_in.failed"))
    assert {e.details["where"] for e in failed} == {"window"} and all(PASSWORD not in repr(e) for e in failed)


def test_a_supervisor_sees_a_locked_user_and_unlocks_it(qtbot, page: UsersView,  # type: ignore[no-untyped-def]
                                                        env: UiEnvironment) -> None:
    users.add_user(env.ctx, "ina", PASSWORD, "installer")
    lock_out(env, "ina")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    page.select_user("ina")
    row = page.model.row_of("ina")
    state = page.model.data(page.model.index(row, page.model.ACTIVE), Qt.ItemDataRole.DisplayRole)
    assert "locked until" in state and "UTC" in state
    assert page.unlock_button.isEnabled()
    page.select_user("sue")
    assert not page.unlock_button.isEnabled()
    page.select_user("ina")
    done = act(qtbot, page, page.unlock_button.click)
    assert done == "ina is unlocked and can sign in again."
    qtbot.waitUntil(lambda: page.selected_user() is not None and page.selected_user().locked_until is None,
                    timeout=TIMEOUT)
    assert not page.unlock_button.isEnabled()
    assert users.authenticate(env.ctx.db, "ina", PASSWORD, keyring=env.ctx.keyring).name == "ina"
    assert [(e.actor, e.details) for e in audit.list_events(env.ctx, audit.AuditFilter(action="user.unlock"))] == [
        ("sue", {"name": "ina"})]
