"""Start the window: open the station, first run or sign-in, then the main window (again after each sign-out)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from app import __version__
from app.config import Home, resolve_db_url, resolve_home
from app.db.engine import Database, open_database
from app.domain.errors import DpsError
from app.log import setup_logging
from app.services import users
from app.services.context import ServiceContext
from app.services.organisation import get_organisation, init_organisation
from app.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from app.ui.errors import install_error_handlers
from app.ui.messages import translate_message, translated_error
from app.ui.palette import follow_system_palette
from app.ui.resources_qt import app_icon
from app.ui.sessions import WindowSessions
from app.ui.settings import LANGUAGE, Settings
from app.ui.tasks import TaskRunner
from app.ui.translations import language_for, use_language

log = logging.getLogger(__name__)

PASSWORD_ENV = "DPS_PASSWORD"


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DPS Station")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DPS Station")
    app.setDesktopFileName("io.dpsstation.Station")
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    follow_system_palette(app)
    return app


def sign_in(home: Home, db: Database, runner: TaskRunner, user: str | None = None) -> ServiceContext | None:
    """First run creates the organisation and supervisor; later runs sign in. None when the user cancels.

    `--user NAME` with DPS_PASSWORD set signs in without the dialog (kiosk stations, screenshots)."""
    org = get_organisation(db)
    if org is None or not users.has_users(db):
        dialog = FirstRunDialog(home, db, runner, existing_org=org.name if org else None)
        return dialog.context if dialog.exec() == QDialog.DialogCode.Accepted else None
    _info, keyring = init_organisation(home, db)
    password = os.environ.get(PASSWORD_ENV)
    if user and password is not None:
        actor = users.authenticate(db, user, password, where="window", keyring=keyring)
    else:
        sign_in_dialog = SignInDialog(db, keyring, runner, org.name)
        if user:
            sign_in_dialog.user.setText(user)
        if sign_in_dialog.exec() != QDialog.DialogCode.Accepted or sign_in_dialog.actor is None:
            return None
        actor = sign_in_dialog.actor
    return ServiceContext(db=db, keyring=keyring, actor=actor, home=home)


class DatabaseWaitRelay(QObject):
    """A write waiting for another program's long write (app.db.engine) is told in the active window's status
    bar: the notice comes from the worker thread that waits, the signal brings it to the GUI thread."""

    notice = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.notice.connect(self._show)

    def relay(self, text: str) -> None:
        self.notice.emit(text)

    @staticmethod
    def _show(text: str) -> None:
        window = QApplication.activeWindow()
        if isinstance(window, QMainWindow):
            shown = translate_message(text)  # the engine's notice in the window's language
            free = QCoreApplication.translate("DatabaseWaitRelay", "The database is free again")
            window.statusBar().showMessage(shown[:1].upper() + shown[1:] if shown else free, 0 if shown else 5000)


def run(args: argparse.Namespace) -> int:
    app = application()
    install_error_handlers()
    home = resolve_home(getattr(args, "home", None))
    repaired = home.ensure()
    setup_logging(home.log_dir)
    for line in repaired:
        log.warning("%s", line)
    use_language(language_for(Settings(home.settings_file).get(LANGUAGE)))
    try:
        waits = DatabaseWaitRelay()
        db = open_database(resolve_db_url(home, getattr(args, "db", None)), wait_notice=waits.relay)
        runner = TaskRunner()
        ctx = sign_in(home, db, runner, getattr(args, "user", None))
    except DpsError as error:
        log.warning("could not start: %s", error)
        QMessageBox.critical(None, "DPS Station", translated_error(error))
        return error.exit_code
    if ctx is None:
        runner.shutdown()
        return 0
    sessions = WindowSessions(home, db, ctx.keyring)
    sessions.windowOpened.connect(lambda _window: _freeze_long_lived())
    sessions.finished.connect(app.quit)
    sessions.open_window(ctx, runner)
    code = app.exec()
    db.dispose()
    return int(code)


def _freeze_long_lived() -> None:
    """Everything built so far lives as long as the window: keep it out of later full collections, which
    would otherwise walk it with the GIL held (75-130 ms measured) and stall the event loop. A window
    opened after a sign-out unfreezes first, so the previous window can be freed."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
