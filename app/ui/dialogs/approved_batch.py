"""Ask before changing a batch that a supervisor approved (the services refuse it unless acknowledged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import ApprovedBatchError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovedBatch", text)


def confirm_approved_batch(parent: QWidget, error: ApprovedBatchError, go_text: str,
                           go: Callable[[], None]) -> QMessageBox:
    """A warning naming the approved batch and who approved it; `go()` runs only when `go_text` is pressed."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Approved batch"),
                      _tr("Batch %1 of %2 was approved by %3.").replace("%1", error.batch)
                      .replace("%2", error.group).replace("%3", error.reviewed_by or _tr("a supervisor")),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmApprovedBatch")
    box.setInformativeText(_tr("Changing it changes what the supervisor approved; the change is recorded in the "
                               "audit trail. A supervisor can reopen the batch's review in the Office instead."))
    button = box.addButton(go_text, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName("confirmApprovedBatchButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda _result: go() if box.clickedButton() is button else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
