"""How failures reach the user: expected ones as a message to act on, anything else as one report dialog.

Both are logged to the rotating log file. A report holds the exception type, the place and the
traceback, never the values of local variables (they may hold secrets).
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from app import __version__
from app.domain.errors import DpsError
from app.ui.messages import translated_error

log = logging.getLogger(__name__)


__all__ = ["install_error_handlers", "report_unexpected", "show_error", "translated_error"]


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_error(parent: QWidget | None, error: BaseException, *, title: str | None = None) -> None:
    """Expected errors: a warning with their message. Anything else: the report dialog."""
    if isinstance(error, DpsError):
        log.info("shown to the user: %s: %s", type(error).__name__, error)
        box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("errors", "DPS Station"),
                          translated_error(error),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("expectedErrorBox")
        _keep_until_closed(box)
        box.open()
        return
    report_unexpected(type(error), error, error.__traceback__, parent)


def report_text(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"DPS Station {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, error, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorReportDialog(QDialog):
    """One dialog for every unexpected error, with a report to copy into a ticket."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorReportDialog")
        self.setWindowTitle(QCoreApplication.translate("errors", "Unexpected error"))
        self.report = report
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "errors", "Something went wrong that DPS Station did not expect. Your data is safe: the action was not "
                      "completed. Please send this report to your administrator.")))
        text = QPlainTextEdit(report)
        text.setReadOnly(True)
        text.setObjectName("reportText")
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(QCoreApplication.translate("errors", "Copy report"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReport")
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


_open_dialogs: list[QDialog] = []


def _keep_until_closed(dialog: QDialog) -> None:
    """A dialog without a parent would be garbage-collected while on screen."""
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog) if dialog in _open_dialogs else None)


def report_unexpected(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None,
                      parent: QWidget | None = None) -> None:
    if not getattr(error, "_dps_logged", False):  # a background task logged it already (app/ui/tasks.py)
        log.error("unexpected error", exc_info=(exc_type, error, tb))
    if QApplication.instance() is None:
        return
    dialog = ErrorReportDialog(report_text(exc_type, error, tb), parent)
    _keep_until_closed(dialog)
    dialog.open()


def _excepthook(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, tb)
        return
    if isinstance(error, DpsError):
        show_error(QApplication.activeWindow(), error)
        return
    report_unexpected(exc_type, error, tb, QApplication.activeWindow())


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_error_handlers() -> None:
    """Unexpected exceptions go to the report dialog; Qt's own messages go to the log."""
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)
