"""The Users page's dialogs: add a user, reset a password, change a role.

Each says what is still wrong as you type and keeps its OK button disabled until the form is complete;
the first field has the focus and Enter accepts. The services check everything again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PERSON_ROLES, Role
from app.domain.messages import QT_TRANSLATE_NOOP
from app.security.passwords import MIN_PASSWORD_LENGTH
from app.services.users import USER_NAME
from app.ui.palette import OUTCOME_COLOURS


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserDialogs", text)


ROLE_TITLES = {Role.TECHNICIAN: QT_TRANSLATE_NOOP("UserDialogs", "Technician (Factory)"),
               Role.INSTALLER: QT_TRANSLATE_NOOP("UserDialogs", "Installer (Field)"),
               Role.SUPERVISOR: QT_TRANSLATE_NOOP("UserDialogs", "Supervisor (every workspace, users)")}


def role_picker(current: str = Role.INSTALLER.value) -> QComboBox:
    picker = QComboBox()
    picker.setObjectName("role")
    for role in PERSON_ROLES:
        picker.addItem(_tr(ROLE_TITLES.get(role, role.value)), role.value)
    picker.setCurrentIndex(max(0, picker.findData(current)))
    return picker


class _FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmButton")
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def problem(self) -> str:
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _accept_if_complete(self) -> None:
        if not self.problem():
            self.accept()


class _PasswordFields:
    """A password and its repetition, with the same rules as the first-run dialog."""

    def __init__(self, dialog: _FormDialog, label: str) -> None:
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(dialog._check)
        dialog.form.addRow(label, self.password)
        dialog.form.addRow(QCoreApplication.translate("_PasswordFields", "&Repeat password"), self.repeat)

    def problem(self) -> str:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return QCoreApplication.translate("UserDialogs", "Password: at least %1 characters.").replace("%1", str(MIN_PASSWORD_LENGTH))
        if self.password.text() != self.repeat.text():
            return QCoreApplication.translate("UserDialogs", "The two passwords differ.")
        return ""


class AddUserDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a user"), self.tr("Add user"), parent)
        self.setObjectName("addUserDialog")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.role = role_picker()
        self.form.addRow(self.tr("&User name"), self.name)
        self.form.addRow(self.tr("&Full name"), self.full_name)
        self.form.addRow(self.tr("R&ole"), self.role)
        self.passwords = _PasswordFields(self, self.tr("&Password"))
        self.name.textChanged.connect(self._check)
        self._check()
        self.name.setFocus()

    def problem(self) -> str:
        if not USER_NAME.match(self.name.text().strip()):
            return self.tr("User name: 1-64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit.")
        return self.passwords.problem()

    def values(self) -> tuple[str, str, str, str]:
        """(name, password, role, full name)"""
        return (self.name.text().strip(), self.passwords.password.text(), str(self.role.currentData()),
                self.full_name.text().strip())


class PasswordDialog(_FormDialog):
    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset the password of %1").replace("%1", user), self.tr("Set password"), parent)
        self.setObjectName("passwordDialog")
        self.user = user
        note = QLabel(self.tr("Give %1 the new password; they sign in with it.").replace("%1", user))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.passwords = _PasswordFields(self, self.tr("New &password"))
        self._check()
        self.passwords.password.setFocus()

    def problem(self) -> str:
        return self.passwords.problem()

    def password(self) -> str:
        return self.passwords.password.text()


class RoleDialog(_FormDialog):
    def __init__(self, user: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the role of %1").replace("%1", user), self.tr("Change role"), parent)
        self.setObjectName("roleDialog")
        self.user = user
        self.current = current
        self.role = role_picker(current)
        self.form.addRow(self.tr("New &role"), self.role)
        note = QLabel(self.tr("The new role applies when %1 signs in next.").replace("%1", user))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.role.currentIndexChanged.connect(lambda _index: self._check())
        self._check()
        self.role.setFocus()

    def problem(self) -> str:
        return self.tr("Pick another role.") if self.chosen() == self.current else ""

    def chosen(self) -> str:
        return str(self.role.currentData())
