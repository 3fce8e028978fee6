"""`dps-station self-test`: is this installation complete? Every module loads, the shipped resources are found,
and the window opens every workspace and page (on an offscreen screen, on a throwaway station).

Support staff run it on a station that misbehaves; the packaging checks run it on the bundle and the .deb.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
)

import app
from app.config import Home
from app.db.engine import open_database
from app.domain.enums import Role
from app.labels.templates import shipped_templates_dir
from app.resources import resource_path
from app.services import users
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation
from app.ui.application import application
from app.ui.environment import build_environment
from app.ui.main_window import MainWindow

MISSING_PART = "not part of this build"
SETTLE_TIMEOUT_S = 30.0


class Problems(logging.Handler):
    """Collects what went wrong: error log records and any dialog that popped up (closed at once)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.found.append(f"logged: {record.getMessage()}")

    def close_dialogs(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            text = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())
            self.found.append(f"a dialog appeared: {dialog.windowTitle()}: {text[:300]}")
            dialog.close()


def check_modules() -> tuple[int, list[str]]:
    names = [info.name for info in pkgutil.walk_packages(app.__path__, "app.")]
    problems = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - every failure is a finding to report
            problems.append(f"module {name}: {type(error).__name__}: {error}")
    return len(names), problems


def check_resources() -> tuple[int, list[str]]:
    templates = sorted(shipped_templates_dir().glob("*.json"))
    problems = [] if templates else [f"no label templates in {shipped_templates_dir()}"]
    resource_path("icons/dps-station.svg")
    return len(templates), problems


def pump(runner_busy: Callable[[], bool], problems: Problems, settle_s: float = 0.3) -> None:
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while runner_busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        problems.close_dialogs()
        time.sleep(0.01)
    end = time.monotonic() + settle_s
    while time.monotonic() < end:
        QApplication.processEvents()
        problems.close_dialogs()
        time.sleep(0.01)


def missing_parts(widget: QWidget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    return [f"{widget.objectName() or type(widget).__name__} says: {text}" for text in texts if MISSING_PART in text]


def check_window(problems: Problems) -> int:
    """Open every workspace and page as a supervisor on a throwaway station; the number of pages shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qt_app = application()
    with tempfile.TemporaryDirectory(prefix="dps-self-test-") as folder:
        home = Home(Path(folder))
        home.ensure()
        db = open_database(home.default_db_url)
        try:
            _info, keyring = init_organisation(home, db, "Self-test")
            ctx = ServiceContext(db=db, keyring=keyring, actor=Actor("selftest", Role.SUPERVISOR), home=home)
            users.create_first_supervisor(ctx, "selftest", secrets.token_urlsafe(16))
            env = build_environment(ctx, home)
            window = MainWindow(env, start_sync=False)
            window.show()
            pages = 0
            try:
                for spec in window.specs:
                    workspace = window.show_workspace(spec.key)
                    pump(lambda: env.runner.busy, problems)
                    for navigation in workspace.findChildren(QListWidget):
                        if navigation.objectName().endswith("Nav"):
                            for row in range(navigation.count()):
                                navigation.setCurrentRow(row)
                                pump(lambda: env.runner.busy, problems)
                                pages += 1
                    for tabs in workspace.findChildren(QTabWidget):
                        for index in range(tabs.count()):
                            tabs.setCurrentIndex(index)
                            pump(lambda: env.runner.busy, problems)
                            pages += 1
                    pages += 1
                    problems.found.extend(missing_parts(workspace))
            finally:
                window.close()
                env.runner.shutdown()
                qt_app.processEvents()
        finally:
            db.dispose()
    return pages


def run_self_test(*, window: bool = True) -> tuple[list[str], list[str]]:
    """What was checked (one line each) and the problems found (empty: the installation is complete)."""
    problems = Problems()
    logging.getLogger().addHandler(problems)
    try:
        modules, module_problems = check_modules()
        templates, resource_problems = check_resources()
        checked = [f"{modules} modules load", f"{templates} label templates and the icon are found"]
        problems.found.extend(module_problems + resource_problems)
        if window:
            pages = check_window(problems)
            checked.append(f"the window opens {pages} workspaces and pages")
    finally:
        logging.getLogger().removeHandler(problems)
    return checked, problems.found
