"""Sign-in on later runs, and the first-run dialog that creates the organisation and the first supervisor.

Password hashing takes a noticeable moment (scrypt), so both run their service call on the runner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from app.config import Home
from app.db.engine import Database
from app.domain.enums import Role
from app.domain.errors import DpsError
from app.security.passwords import MIN_PASSWORD_LENGTH
from app.security.keyring import Keyring
from app.services import users
from app.services.context import Actor, ServiceContext
from app.services.organisation import ORG_NAME_MAX, init_organisation
from app.ui.dialogs.form_focus import make_ok_default, settle_focus
from app.ui.errors import show_error
from app.ui.messages import translated_error
from app.ui.tasks import TaskRunner


class _BusyDialog(QDialog):
    """A form dialog whose OK runs a background call; errors of the user's input show inline."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        make_ok_default(self.buttons)  # Enter signs in (or creates), never cancels: Cancel would quit
        self._settled = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._settled:
            self._settled = True
            settle_focus(self.form, self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _submit(self) -> None:
        raise NotImplementedError

    def _start(self, name: str, call: Callable[[], object]) -> None:
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Please wait…"))
        self._runner.call(name, call, on_done=self._succeeded, on_failed=self._failed)

    def _succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, DpsError):
            self.message.setText(translated_error(error))
        else:
            self.message.setText("")
            show_error(self, error)


class SignInDialog(_BusyDialog):
    def __init__(self, db: Database, keyring: Keyring, runner: TaskRunner, org_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("signInDialog")
        self._keyring = keyring  # a failed sign-in is audited, in the keyed chain
        self.setWindowTitle(self.tr("Sign in to DPS Station"))
        self._db = db
        self.actor: Actor | None = None
        heading = QLabel(self.tr("<b>%s</b><br>%s") % (org_name, db.display_url().split("?")[0]))
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(heading)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&User"), self.user)
        self.form.addRow(self.tr("&Password"), self.password)
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setEnabled(False)
        self.user.textChanged.connect(self._validate)
        self.password.textChanged.connect(self._validate)
        self.user.returnPressed.connect(self._user_entered)

    def _user_entered(self) -> None:
        """Enter after the user name: on to the password (with both typed, Enter signs in)."""
        if not self.password.text():
            self.password.setFocus()

    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.user.text().strip() and self.password.text()))

    def _submit(self) -> None:
        name, password = self.user.text().strip(), self.password.text()
        self._start("sign in", lambda: users.authenticate(self._db, name, password, where="window",
                                                                       keyring=self._keyring))

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, Actor)
        self.actor = result
        self.accept()

    def _failed(self, error: Exception) -> None:
        super()._failed(error)
        self.password.clear()
        self.password.setFocus()


class FirstRunDialog(_BusyDialog):
    """Creates the organisation (unless the database already has one) and the first supervisor account."""

    def __init__(self, home: Home, db: Database, runner: TaskRunner, existing_org: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to DPS Station"))
        self._home, self._db = home, db
        self.context: ServiceContext | None = None
        intro = QLabel(self.tr("This station has no users yet. Name your organisation and create the first "
                               "supervisor account; the supervisor can add technicians and installers later."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.org = QLineEdit(existing_org or "")
        self.org.setObjectName("organisation")
        self.org.setMaxLength(ORG_NAME_MAX)
        self.org.setEnabled(existing_org is None)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Organisation"), self.org)
        self.form.addRow(self.tr("Supervisor &user name"), self.user)
        self.form.addRow(self.tr("&Full name"), self.full_name)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("&Repeat password"), self.repeat)
        self.ok_button.setText(self.tr("Create"))
        for field in (self.org, self.user, self.password, self.repeat):
            field.textChanged.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        """What is still wrong with the form, as the user should read it ('' when it is complete)."""
        if not self.org.text().strip():
            return self.tr("Enter the name of your organisation.")
        if not users.USER_NAME.match(self.user.text().strip()):
            return self.tr("User name: 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("Password: at least %d characters.") % MIN_PASSWORD_LENGTH
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _submit(self) -> None:
        org, name = self.org.text().strip(), self.user.text().strip()
        password, full_name = self.password.text(), self.full_name.text().strip()
        home, db = self._home, self._db

        def create() -> ServiceContext:
            _info, keyring = init_organisation(home, db, org)
            ctx = ServiceContext(db=db, keyring=keyring, actor=Actor(name, Role.SUPERVISOR), home=home)
            users.create_first_supervisor(ctx, name, password, full_name)
            return ctx

        self._start("first run", create)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, ServiceContext)
        self.context = result
        self.accept()
