"""The Office's Users page: add users, deactivate and reactivate them, reset passwords, change roles, unlock.

Every action is a call of app/services/users.py on the window's runner (the same services as
`dps-station user ...`); the services check the supervisor's right and refuse to leave the station
without an active supervisor. A refusal is shown on the page, in words; nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.errors import DpsError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.permissions import Permission
from app.domain.records import UserRecord
from app.services import sign_in_guard, users
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.messages import translated_error
from app.ui.models.record_table import Column, RecordTableModel
from app.ui.palette import OUTCOME_COLOURS
from app.ui.views.supervisor.common import fit_columns, selected_row, table_view
from app.ui.views.supervisor.user_dialogs import (
    ROLE_TITLES,
    AddUserDialog,
    PasswordDialog,
    RoleDialog,
)


class UserModel(RecordTableModel):
    CONTEXT = "UserModel"
    NAME, FULL_NAME, ROLE, ACTIVE = range(4)
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("UserModel", "User"), lambda u: u.name),
        Column(QT_TRANSLATE_NOOP("UserModel", "Full name"), lambda u: u.full_name),
        # a role unknown here (a newer station's) as it is
        Column(QT_TRANSLATE_NOOP("UserModel", "Role"),
               lambda u: QCoreApplication.translate("UserDialogs", ROLE_TITLES.get(u.role, u.role))),
        Column(QT_TRANSLATE_NOOP("UserModel", "State"), lambda u: _state(u)),
    )


def _state(user: UserRecord) -> str:
    state = QCoreApplication.translate("UserModel", "active") if user.active \
        else QCoreApplication.translate("UserModel", "deactivated: cannot sign in")
    if user.locked_until is not None:
        state += QCoreApplication.translate("UserModel", "; locked until %1 UTC (wrong passwords)").replace(
            "%1", f"{user.locked_until:%Y-%m-%d %H:%M:%S}")
    return state


class UsersView(QWidget):
    loaded = Signal(int)  # users shown
    changed = Signal(str)  # what was done, as shown in the message ("" when refused)

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.env = env
        self.dialog: AddUserDialog | PasswordDialog | RoleDialog | None = None
        self.summary = QLabel()
        self.summary.setObjectName("usersSummary")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshUsers")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.model = UserModel(self)
        self.table = table_view("userTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.ask_role())
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUser")
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("toggleUserActive")
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.password_button.setObjectName("resetPassword")
        self.role_button = QPushButton(self.tr("Change role…"))
        self.role_button.setObjectName("changeRole")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.setToolTip(self.tr("Lift the lock that repeated wrong passwords put on this user"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.active_button, self.password_button, self.role_button,
                       self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        note = QLabel(self.tr("A deactivated user can no longer sign in; their name stays in the audit trail. "
                              "A new role applies from the user's next sign-in. The last active supervisor "
                              "keeps that role. Five wrong passwords in a row lock a user for a minute, each "
                              "further lock twice as long (at most an hour); Unlock lifts it at once."))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)
        self.refresh_button.clicked.connect(self.reload)
        self.add_button.clicked.connect(self.ask_add)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.ask_password)
        self.role_button.clicked.connect(self.ask_role)
        self.unlock_button.clicked.connect(self.unlock)
        self._acting = False  # an action of this page runs: it reloads the list itself
        self._ever_loaded = False
        env.runner.changed.connect(self._data_changed)
        self._update_buttons()

    def _data_changed(self, notice: ChangeNotice) -> None:
        """Users changed elsewhere (pulled by a sync): the list follows once it was shown."""
        if notice.touches(Topic.USERS) and self._ever_loaded and not self._acting:
            self.reload()

    # ---- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        ctx = self.env.ctx
        self.env.runner.call("list users", lambda: users.list_users(ctx), on_done=self._loaded,
                             on_failed=lambda error: show_error(self, error))

    def _loaded(self, records: list[UserRecord]) -> None:
        self._ever_loaded = True
        selected = self.selected_user()
        self.model.set_records(records)
        fit_columns(self.table)
        active = sum(1 for record in records if record.active)
        self.summary.setText(self.tr("%1 users, %2 active").replace("%1", str(len(records)))
                             .replace("%2", str(active)))
        row = self.model.row_of(selected.name) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.loaded.emit(len(records))

    def selected_user(self) -> UserRecord | None:
        row = selected_row(self.table)
        return self.model.record(row) if row is not None else None

    def select_user(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        may = self.env.can(Permission.MANAGE_USERS)
        user = self.selected_user()
        self.add_button.setEnabled(may)
        for button in (self.active_button, self.password_button, self.role_button):
            button.setEnabled(may and user is not None)
        self.unlock_button.setEnabled(may and user is not None and user.locked_until is not None)
        self.active_button.setText(self.tr("Reactivate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    # ---- actions ------------------------------------------------------------------------------------

    def ask_add(self) -> AddUserDialog:
        dialog = AddUserDialog(self)

        def add() -> None:
            name, password, role, full_name = dialog.values()
            self._run("add user", lambda ctx: users.add_user(ctx, name, password, role, full_name),
                      self.tr("%1 added as %2.").replace("%1", name).replace("%2", role), select=name)

        return self._open(dialog, add)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        active = not user.active
        done = (self.tr("%1 is active again and can sign in.") if active else
                self.tr("%1 is deactivated and can no longer sign in.")).replace("%1", user.name)
        self._run("activate user" if active else "deactivate user",
                  lambda ctx: users.set_active(ctx, user.name, active), done, select=user.name)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        done = self.tr("%1 is unlocked and can sign in again.").replace("%1", user.name)
        self._run("unlock user", lambda ctx: sign_in_guard.unlock(ctx, user.name), done, select=user.name)

    def ask_password(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = PasswordDialog(user.name, self)

        def reset() -> None:
            password = dialog.password()
            self._run("reset password", lambda ctx: users.reset_password(ctx, user.name, password),
                      self.tr("The password of %1 is reset.").replace("%1", user.name), select=user.name)

        return self._open(dialog, reset)

    def ask_role(self) -> RoleDialog | None:
        user = self.selected_user()
        if user is None or not self.role_button.isEnabled():
            return None
        dialog = RoleDialog(user.name, user.role, self)

        def change() -> None:
            role = dialog.chosen()
            done = self.tr("%1 is now %2; it applies from their next sign-in.").replace("%1", user.name) \
                .replace("%2", role)
            if user.name == self.env.ctx.actor.name:
                done += " " + self.tr("That is you: sign out (File > Sign out) to work with your new role.")
            self._run("change role", lambda ctx: users.set_role(ctx, user.name, role), done, select=user.name)

        return self._open(dialog, change)

    def _open(self, dialog: Any, on_accepted: Callable[[], None]) -> Any:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _run(self, name: str, call: Callable[[Any], object], done: str, *, select: str) -> None:
        ctx = self.env.ctx

        def succeeded(_result: object) -> None:
            self._acting = False
            self._show(done, "ok")
            self.reload_and_select(select)
            self.changed.emit(done)

        def failed(error: Exception) -> None:
            self._acting = False
            if isinstance(error, DpsError):
                self._show(translated_error(error), "error")
                self.changed.emit("")
            else:
                show_error(self, error)

        self._acting = True
        self.env.runner.call(name, lambda: call(ctx), on_done=succeeded, on_failed=failed,
                             changes=ChangeNotice.of(Topic.USERS, Topic.AUDIT))

    def reload_and_select(self, name: str) -> None:
        self.loaded.connect(self._select_once(name))
        self.reload()

    def _select_once(self, name: str) -> Callable[[int], None]:
        def select(_count: int) -> None:
            self.loaded.disconnect(select)
            self.select_user(name)

        return select

    def _show(self, text: str, level: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS[level]}")
