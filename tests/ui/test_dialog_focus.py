"""Form dialogs open with the cursor in their first field (typed keys land there, not on Cancel) and Enter
means OK: it saves, signs in or says what is wrong, and never cancels (at sign-in that quit the program)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.services import users
from app.ui.dialogs.attribute_dialog import AttributeDialog
from app.ui.dialogs.batch_dialog import BatchDialog
from app.ui.dialogs.masterdata_group_dialog import MasterdataGroupDialog
from app.ui.dialogs.registration_group_dialog import GroupFormChoices, RegistrationGroupDialog
from app.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from app.ui.environment import UiEnvironment
from app.ui.tasks import TaskRunner
from tests.support.ctx import STANDARD_GROUP, add_standard_setup, build_service_context
from tests.support.ui import ui_environment

WAIT_MS = 20_000


@pytest.fixture
def env(qtbot, tmp_path: Path) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    admin = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(admin)
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue", ctx=admin)
    yield environment
    environment.runner.shutdown()
    admin.db.dispose()


@pytest.fixture
def runner(qtbot) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def opened(qtbot, dialog: QDialog) -> QWidget:  # type: ignore[no-untyped-def]
    """Show the dialog as the window does; the widget the keyboard now types into."""
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    focused = dialog.focusWidget()
    assert focused is not None
    return focused


def type_and_enter(qtbot, dialog: QDialog, first: QLineEdit, text: str) -> QWidget:  # type: ignore[no-untyped-def]
    focused = opened(qtbot, dialog)
    assert focused is first, f"the focus is on {focused.objectName() or type(focused).__name__}"
    qtbot.keyClicks(focused, text)
    assert first.text() == text
    return focused


@pytest.mark.parametrize("which", ["attribute", "masterdata group", "registration group", "batch"])
def test_service_form_dialogs_type_into_the_first_field_and_enter_saves(
        qtbot, env: UiEnvironment, which: str) -> None:  # type: ignore[no-untyped-def]
    rejected: list[bool] = []
    if which == "attribute":
        dialog = AttributeDialog(env)
        focused = type_and_enter(qtbot, dialog, dialog.key, "serial_no")
        dialog.label.setText("Serial number")
    elif which == "masterdata group":
        dialog = MasterdataGroupDialog(env, [])
        focused = type_and_enter(qtbot, dialog, dialog.name, "meters")
        dialog.asset_type.setText("meter")
    elif which == "registration group":
        dialog = RegistrationGroupDialog(env, GroupFormChoices(["pumps"], [("avery-l7160", "")]))
        focused = type_and_enter(qtbot, dialog, dialog.name, "line9")
        dialog.ou.setText("ou-9")
        dialog.environment.setText("prod")
    else:
        dialog = BatchDialog(env, STANDARD_GROUP)
        focused = type_and_enter(qtbot, dialog, dialog.number, "2026-12-A")
    dialog.rejected.connect(lambda: rejected.append(True))
    if not dialog.ok_button.isEnabled():
        pytest.fail(f"the form is not complete: {dialog.message.text()}")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.result_record is not None and not rejected


def test_enter_on_an_incomplete_form_cancels_nothing(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    dialog = BatchDialog(env, STANDARD_GROUP)
    focused = opened(qtbot, dialog)
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # empty number: OK is disabled, and Enter is not Cancel
    assert finished == [] and dialog.isVisible() and "batch" in dialog.message.text().lower()


def test_first_run_types_into_the_organisation_and_enter_creates(
        qtbot, tmp_path: Path, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    home = resolve_home(str(tmp_path / "home"))
    home.ensure()
    db = open_database(f"sqlite:///{tmp_path / 'station.db'}")
    try:
        dialog = FirstRunDialog(home, db, runner)
        focused = type_and_enter(qtbot, dialog, dialog.org, "Acme Pumps")
        finished: list[int] = []
        dialog.finished.connect(finished.append)
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # incomplete: nothing is cancelled
        assert finished == [] and dialog.isVisible()
        dialog.user.setText("sue")
        dialog.password.setText("correct horse")
        dialog.repeat.setText("correct horse")
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
            qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        assert dialog.context is not None and users.has_users(db)
        assert finished == [QDialog.DialogCode.Accepted]
    finally:
        db.dispose()


def test_sign_in_types_the_user_name_and_enter_signs_in_or_says_why_not(
        qtbot, tmp_path: Path, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    users.add_user(ctx, "ines", "correct horse", Role.INSTALLER.value)
    try:
        dialog = SignInDialog(ctx.db, ctx.keyring, runner, "Acme Pumps")
        finished: list[int] = []
        dialog.finished.connect(finished.append)
        focused = type_and_enter(qtbot, dialog, dialog.user, "ines")
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # no password yet: on to the password, nothing cancelled
        assert finished == [] and dialog.focusWidget() is dialog.password
        qtbot.keyClicks(dialog.password, "wrong password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "wrong user name or password" in dialog.message.text(), timeout=WAIT_MS)
        assert finished == [] and dialog.actor is None
        qtbot.keyClicks(dialog.password, "correct horse")
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.actor is not None and dialog.actor.name == "ines"
        assert finished == [QDialog.DialogCode.Accepted]
    finally:
        ctx.db.dispose()
    assert QApplication.instance() is not None
