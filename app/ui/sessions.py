"""One window per signed-in person: File > Sign out closes the window and brings the sign-in dialog back.

The next person signs in and gets a new window for their role, with their own settings (window layout,
last workspace, camera: app/ui/settings.py) and a new background runner; the old window's runner, camera
and sync were stopped when it closed. Cancelling the sign-in dialog ends the application (`finished`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.config import Home
from app.db.engine import Database
from app.security.keyring import Keyring
from app.services.context import ServiceContext
from app.services.organisation import get_organisation
from app.ui.dialogs.sign_in import SignInDialog
from app.ui.environment import build_environment
from app.ui.main_window import MainWindow
from app.ui.settings import LANGUAGE
from app.ui.tasks import TaskRunner
from app.ui.translations import current_language, language_for, use_language

log = logging.getLogger(__name__)


class WindowSessions(QObject):
    windowOpened = Signal(object)  # the new MainWindow, shown
    finished = Signal()  # signed out and nobody signed in again

    def __init__(self, home: Home, db: Database, keyring: Keyring, *, start_sync: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.db = db
        self.keyring = keyring
        self.start_sync = start_sync
        self.window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None

    def open_window(self, ctx: ServiceContext, runner: TaskRunner) -> MainWindow:
        """The window of a signed-in person, shown."""
        env = build_environment(ctx, self.home, runner)
        language = language_for(env.settings.get(LANGUAGE))
        if language != current_language():  # chosen in the previous window: this one opens in it
            use_language(language)
        window = MainWindow(env, start_sync=self.start_sync)
        window.signOutRequested.connect(self._signed_out)
        self.window = window
        window.show()
        log.info("window open for %s (%s) on %s", ctx.actor.name, ctx.actor.role.value, self.db.display_url())
        self.windowOpened.emit(window)
        return window

    def _signed_out(self) -> None:
        old = self.window
        self.window = None
        if old is not None:
            old.deleteLater()  # it closes itself right after this signal
        organisation = get_organisation(self.db)
        runner = TaskRunner()
        dialog = SignInDialog(self.db, self.keyring, runner, organisation.name if organisation else "")
        dialog.setObjectName("signInDialog")
        self.sign_in_dialog = dialog

        def accepted() -> None:
            self.sign_in_dialog = None
            dialog.deleteLater()
            if dialog.actor is None:  # cannot happen: accepted only after a successful sign-in
                runner.shutdown()
                self.finished.emit()
                return
            self.open_window(ServiceContext(db=self.db, keyring=self.keyring, actor=dialog.actor, home=self.home),
                             runner)

        def rejected() -> None:
            self.sign_in_dialog = None
            dialog.deleteLater()
            runner.shutdown()
            log.info("nobody signed in after signing out: the application ends")
            self.finished.emit()

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.show()
