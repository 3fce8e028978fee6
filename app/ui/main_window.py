"""The main window: one workspace per role, menus, shortcuts and the status bar.

Workspaces are built the first time they are shown, so the window is usable at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMessageBox, QProgressBar, QTabWidget, QWidget

from app import __version__
from app.ui import workspaces
from app.ui.environment import UiEnvironment
from app.ui.messages import translate_label
from app.ui.settings import LANGUAGE, LAST_WORKSPACE, SYNC_INTERVAL_MINUTES, WINDOW_GEOMETRY, WINDOW_STATE
from app.ui.translations import LANGUAGES, SYSTEM, current_language, language_for
from app.ui.sync_controller import NO_CENTRAL_HELP, NO_CENTRAL_TEXT, SyncController
from app.ui.sync_state import not_checked_text
from app.ui.widgets.elided_label import ElidedLabel

log = logging.getLogger(__name__)


def database_text(env: UiEnvironment) -> str:
    """'Embedded: station.db' or 'Central: host/database' (never a password)."""
    db = env.ctx.db
    url = db.engine.url
    if db.is_sqlite:
        name = Path(url.database or "memory").name
        return QCoreApplication.translate("MainWindow", "Embedded: %1").replace("%1", name)
    where = f"{url.host or 'localhost'}/{url.database}"
    return QCoreApplication.translate("MainWindow", "Central: %1").replace("%1", where)


STATE_MAX_WIDTH = 380  # px for the sync and the camera state in the status bar


class MainWindow(QMainWindow):
    signOutRequested = Signal()  # File > Sign out: the window closes right after; the application asks who is next

    def __init__(self, env: UiEnvironment, *, start_sync: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.env = env
        self.setWindowTitle(self.tr("DPS Station"))
        self.specs = workspaces.workspaces_for(env.ctx.actor.role)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaces")
        self.tabs.setDocumentMode(True)
        self._built: dict[str, QWidget] = {}
        self.signing_out = False
        for spec in self.specs:
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder_{spec.key}")
            self.tabs.addTab(placeholder, self.tr(spec.title))
            self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(spec.description))
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self.sync = SyncController(env.ctx, env.runner, env.settings.get(SYNC_INTERVAL_MINUTES), self)
        self.sync.stateChanged.connect(self.sync_label.setText)
        self.sync.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.sync.notConnected.connect(self._say_not_connected)
        self._build_menus()
        env.status.cameraChanged.connect(self.camera_label.setText)
        env.status.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        env.runner.busyChanged.connect(self.busy.setVisible)
        self._restore_layout()
        self.tabs.currentChanged.connect(self._show_workspace)
        self._show_workspace(self.tabs.currentIndex())
        if start_sync:
            self.sync.start()

    # --- building -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.env.ctx.actor
        self.db_label = QLabel(database_text(self.env))
        self.db_label.setObjectName("databaseState")
        self.db_label.setToolTip(self.env.ctx.db.display_url())
        self.user_label = QLabel(self.tr("%s · %s") % (actor.name, translate_label("MainWindow", actor.role.value)))
        self.user_label.setObjectName("userState")
        # the sync and camera states can be long: shortened with "…" (full text in the tool tip), so they never
        # widen the window nor leave the status messages on the left without room
        self.sync_label = ElidedLabel(not_checked_text(), max_width=STATE_MAX_WIDTH)
        self.sync_label.setObjectName("syncState")
        self.camera_label = ElidedLabel(self.tr("camera: not in use"), max_width=STATE_MAX_WIDTH)
        self.camera_label.setObjectName("cameraState")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setVisible(False)
        bar.addPermanentWidget(self.busy)
        for index, label in enumerate((self.db_label, self.user_label, self.sync_label, self.camera_label)):
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = QAction(self.tr("&Sync now"), self)
        self.sync_action.setObjectName("syncNow")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self._sync_now)
        file_menu.addAction(self.sync_action)
        open_home = QAction(self.tr("Open &data folder"), self)
        open_home.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.env.home.path))))
        file_menu.addAction(open_home)
        open_logs = QAction(self.tr("Open &log folder"), self)
        open_logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.env.home.log_dir))))
        file_menu.addAction(open_logs)
        file_menu.addSeparator()
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setObjectName("signOut")
        self.sign_out_action.setToolTip(self.tr("Close the window and let another user sign in"))
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(self.specs):
            action = QAction(self.tr(spec.title), self)
            action.setObjectName(f"show_{spec.key}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self._language_actions = QActionGroup(self)
        chosen = self.env.settings.get(LANGUAGE)
        for code, name in [(SYSTEM, self.tr("System language")), *LANGUAGES.items()]:
            language_action = QAction(name, self, checkable=True)
            language_action.setObjectName(f"language_{code or 'system'}")
            language_action.setData(code)
            language_action.setChecked(code == chosen)
            language_action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            self._language_actions.addAction(language_action)
            self.language_menu.addAction(language_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DPS Station"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def choose_language(self, code: str) -> None:
        """Keep the choice; the window opens in it at the next sign-in (this one stays as it is)."""
        self.env.settings.set(LANGUAGE, code)
        self.env.settings.sync()
        language = language_for(code)
        if language == current_language():
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("The window opens in %s at the next sign-in (File > Sign out).")
                          % LANGUAGES[language], QMessageBox.StandardButton.Ok, self)
        box.setObjectName("languageChosen")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- workspaces -----------------------------------------------------------------------------
    def workspace(self, key: str) -> QWidget:
        """The workspace widget, built now if it was not shown yet."""
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                return self._ensure_built(index)
        raise KeyError(key)

    def show_workspace(self, key: str) -> QWidget:
        widget = self.workspace(key)
        self.tabs.setCurrentIndex([spec.key for spec in self.specs].index(key))
        return widget

    def _ensure_built(self, index: int) -> QWidget:
        spec = self.specs[index]
        if spec.key in self._built:
            return self._built[spec.key]
        widget = workspaces.create(spec, self.env, self)
        self._built[spec.key] = widget
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self.tr(spec.title))
        self.tabs.setTabToolTip(index, self.tr(spec.description))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        return widget

    def _show_workspace(self, index: int) -> None:
        if index < 0:
            return
        widget = self._ensure_built(index)
        self.env.settings.set(LAST_WORKSPACE, self.specs[index].key)
        activated = getattr(widget, "activated", None)
        if callable(activated):
            activated()

    # --- actions --------------------------------------------------------------------------------
    def _sync_now(self) -> None:
        if not self.sync.sync_now():
            self.statusBar().showMessage(self.tr("A sync is already running."), 3000)

    def _say_not_connected(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sync now"), self.tr(NO_CENTRAL_TEXT),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("noCentralDatabase")
        box.setInformativeText(self.tr(NO_CENTRAL_HELP))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About DPS Station"),
                          self.tr("<b>DPS Station</b> %s<br>Device onboarding station for a Device Provisioning "
                                  "Service.<br>Data home: %s") % (__version__, self.env.home.path))

    def sign_out(self) -> bool:
        """Close the window (settings saved, camera and background work stopped) and report signOutRequested.

        Refused while background work runs, so that nothing is cut off half-way."""
        if self.env.runner.busy:
            self.statusBar().showMessage(self.tr("Background work is still running: wait for it (or cancel it), "
                                                 "then sign out."), 8000)
            return False
        log.info("%s signs out", self.env.ctx.actor.name)
        self.signing_out = True
        self.signOutRequested.emit()  # the sign-in dialog comes first, so the window is not the last one closing
        self.close()
        return True

    # --- layout and closing ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.env.settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.env.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        last = self.env.settings.get(LAST_WORKSPACE)
        keys = [spec.key for spec in self.specs]
        if last in keys:
            self.tabs.setCurrentIndex(keys.index(last))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.env.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.env.settings.set(WINDOW_STATE, self.saveState())
        self.env.settings.sync()
        for widget in self._built.values():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown):
                shutdown()
        self.sync.shutdown()
        self.env.runner.shutdown()
        super().closeEvent(event)
