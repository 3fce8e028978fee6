"""Disable, enable and delete the devices selected in the Devices view: ask, run the bulk service, report.

The work is `services.bulk_actions.run_bulk` on the runner (batches of devices per transaction, cancellable
between them); this part asks for the reason or the confirmation, shows the progress with a Cancel button,
patches or reloads the table, and lists the devices that were not changed.

Its texts are translated in the Devices view's context ("DevicesView"), where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressBar, QPushButton, QWidget

from app.domain.permissions import Permission
from app.domain.records import DeviceRecord
from app.services import batch_review, bulk_actions, device_listing
from app.services.batch_review import ApprovedBatch
from app.services.bulk_actions import BulkAction, BulkOutcome, BulkTarget
from app.ui.messages import translate_message
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.tasks import Task, TaskControl

if TYPE_CHECKING:
    from app.ui.environment import UiEnvironment
    from app.ui.models.device_table_model import DeviceTableModel

PROBLEMS_SHOWN = 10


class BulkView(Protocol):
    """What the bulk actions use of their view (app/ui/views/devices_view.py's DevicesView; named here without
    importing it, so the two modules do not import each other)."""

    env: UiEnvironment
    model: DeviceTableModel
    group: str
    all_matching: bool

    def selected_records(self) -> list[DeviceRecord]: ...

    def selection_count(self) -> int: ...

    def update_actions(self) -> None: ...

    def announce_devices_changed(self) -> None: ...


class DeviceBulkActions(QObject):
    """The Disable / Enable / Delete buttons of a DevicesView, their dialogs, and the progress of a bulk action."""

    def __init__(self, view: BulkView, widget: QWidget) -> None:
        """`view` is the Devices view, `widget` the same object as a widget (the parent of the dialogs)."""
        super().__init__(widget)
        self.view = view
        self.widget = widget
        self.task: Task | None = None
        self.confirmation: QWidget | None = None
        self.problems_box: QMessageBox | None = None
        self.disable_button = self._button("disableDevices", QCoreApplication.translate("DevicesView", "Disable"),
                                           self.disable_selected)
        self.enable_button = self._button("enableDevices", QCoreApplication.translate("DevicesView", "Enable"),
                                          self.enable_selected)
        self.delete_button = self._button("deleteDevices", QCoreApplication.translate("DevicesView", "Delete…"),
                                          self.delete_selected)
        self.progress = QProgressBar()
        self.progress.setObjectName("bulkProgress")
        self.progress.setVisible(False)
        self.cancel_button = self._button("cancelBulk", QCoreApplication.translate("DevicesView", "Cancel"),
                                          self.cancel)
        self.cancel_button.setVisible(False)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def idle(self) -> bool:
        return self.task is None

    def update_buttons(self, enabled: bool, selected: int, statuses: set[str]) -> None:
        """A button is enabled when it can change at least one selected device (with every matching device
        selected, the ones not loaded are not known here: the service reports those)."""
        can, all_matching = self.view.env.can, self.view.all_matching
        for button, permission, action, why in (
                (self.disable_button, Permission.DISABLE, BulkAction.DISABLE,
                 QCoreApplication.translate(
                     "DevicesView", "Only devices that are not disabled, replaced or discarded can be disabled")),
                (self.enable_button, Permission.DISABLE, BulkAction.ENABLE,
                 QCoreApplication.translate("DevicesView", "Only disabled devices can be enabled")),
                (self.delete_button, Permission.DELETE, BulkAction.DELETE,
                 QCoreApplication.translate("DevicesView",
                                            "Activated devices must be disabled before they are deleted"))):
            applies = all_matching or any(bulk_actions.state_allows(status, action) for status in statuses)
            button.setEnabled(enabled and self.idle and selected > 0 and can(permission) and applies)
            button.setToolTip("" if applies or not selected else why)

    # --- asking ---------------------------------------------------------------------------------
    def disable_selected(self) -> None:
        """Asks for a reason (it goes into the audit trail), then disables the selection."""
        count = self.view.selection_count()
        if not count:
            return
        dialog = QInputDialog(self.widget)
        dialog.setObjectName("disableReason")
        dialog.setWindowTitle(QCoreApplication.translate("DevicesView", "Disable devices"))
        dialog.setLabelText(QCoreApplication.translate(
            "DevicesView", "Disable %s of group %s. Reason (for the audit trail, optional):")
                            % (count_text(count, "device"), self.view.group))
        dialog.setOkButtonText(QCoreApplication.translate("DevicesView", "Disable"))
        dialog.textValueSelected.connect(
            lambda reason: self.run(BulkAction.DISABLE, QCoreApplication.translate("DevicesView", "Disabling"),
                                    QCoreApplication.translate("DevicesView", "%d disabled"), reason=reason))
        self.confirmation = dialog
        dialog.open()

    def enable_selected(self) -> None:
        self.run(BulkAction.ENABLE, QCoreApplication.translate("DevicesView", "Enabling"),
                 QCoreApplication.translate("DevicesView", "%d enabled"))

    def delete_selected(self) -> None:
        """Asks which approved batches the selection touches (on the runner), then for a confirmation that
        names them; only then deletes."""
        records = self.view.selected_records()
        if not records:
            return
        self.confirmation = None
        query = self.view.model.query if self.view.all_matching else None
        group, ctx = self.view.group, self.view.env.ctx

        def approved() -> list[ApprovedBatch]:
            sns = [record.sn for record in (device_listing.iter_devices(ctx, query) if query is not None else records)]
            return batch_review.approved_batches_of(ctx, group, sns)

        self.view.env.runner.call("check approved batches", approved,
                                  on_done=lambda batches_: self._confirm_delete(records, batches_),
                                  on_failed=lambda error: show_error(self.widget, error))

    def _confirm_delete(self, records: list[DeviceRecord], approved: list[ApprovedBatch]) -> None:
        count = self.view.selection_count()
        names = ", ".join(record.sn for record in records[:5]) + (" …" if count > 5 else "")
        text = QCoreApplication.translate("DevicesView", "Delete %s from group %s?\n%s\n\nThey disappear from every "
                                          "list; the deletion is audited "
                       "and syncs to the central database.") % (count_text(count, "device"), self.view.group, names)
        if approved:
            listed = "; ".join(QCoreApplication.translate("DevicesView", "%s of batch %s (approved by %s)")
                               % (count_text(batch.devices, "device"), batch.number, batch.reviewed_by)
                               for batch in approved)
            text += "\n\n" + QCoreApplication.translate(
                "DevicesView", "Approved batches: %s. Deleting changes what a supervisor approved.") % listed
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DevicesView", "Delete devices"), text,
                          QMessageBox.StandardButton.Cancel, self.widget)
        box.setObjectName("confirmDelete")
        delete = box.addButton(QCoreApplication.translate("DevicesView", "Delete anyway") if approved
                               else QCoreApplication.translate("DevicesView", "Delete"),
                               QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        chosen = None if self.view.all_matching else records

        def confirmed() -> None:
            if box.clickedButton() is delete:
                self.run(BulkAction.DELETE, QCoreApplication.translate("DevicesView", "Deleting"),
                         QCoreApplication.translate("DevicesView", "%d deleted"), records=chosen,
                         approved_batch_ok=bool(approved))

        box.finished.connect(lambda _result: confirmed())
        self.confirmation = box
        box.open()

    # --- running --------------------------------------------------------------------------------
    def run(self, action: BulkAction, verb: str, done_text: str, *, records: list[DeviceRecord] | None = None,
            reason: str = "", approved_batch_ok: bool = False) -> None:
        """`action` on the selection (or on `records`); the table is patched, or reloaded for "all matching"."""
        view = self.view
        query = view.model.query if view.all_matching and records is None else None
        records = records if records is not None else view.selected_records()
        if not records or self.task is not None:
            return
        target = BulkTarget.matching(query) if query is not None else BulkTarget.named([r.sn for r in records])
        group, ctx = view.group, view.env.ctx

        def work(control: TaskControl) -> BulkOutcome:
            return bulk_actions.run_bulk(ctx, action, group, target, reason=reason, approved_batch_ok=approved_batch_ok,
                                         progress=lambda done, total: control.report(done, total, ""),
                                         cancelled=control.cancelled)

        self.progress.setRange(0, max(view.selection_count(), len(records)))
        self.progress.setValue(0)
        self.progress.setFormat(f"{verb} %v / %m")
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        shown = None if query is not None else records
        self.task = view.env.runner.run(verb, work, on_progress=self._progressed,
                                        on_done=lambda outcome: self._done(outcome, done_text, shown),
                                        on_failed=self._failed)
        view.update_actions()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.view.update_actions()

    def _failed(self, error: Exception) -> None:
        self._finished()
        self.view.model.refresh()
        show_error(self.widget, error)

    def _done(self, outcome: BulkOutcome, done_text: str, shown: list[DeviceRecord] | None) -> None:
        self._finished()
        view = self.view
        if shown is None:
            view.all_matching = False
            view.model.refresh()
        elif outcome.action is BulkAction.DELETE:
            view.model.remove_ids(record.id for record in shown if record.sn in outcome.changed)
        else:
            at = outcome.changed_at
            view.model.update_records(replace(record, status=outcome.changed[record.sn],
                                              updated_at=at or record.updated_at)
                                      for record in shown if record.sn in outcome.changed)
        problems = outcome.problems()
        text = done_text % outcome.done
        if outcome.cancelled:
            text += QCoreApplication.translate("DevicesView", " (cancelled)")
        if problems:
            text += QCoreApplication.translate("DevicesView", "; %d not changed") % len(problems)
        view.env.status.show_message(text, 8000)
        if outcome.done:
            view.announce_devices_changed()
        if problems:
            lines = [f"{sn}: {translate_message(why)}" for sn, why in problems[:PROBLEMS_SHOWN]]
            if len(problems) > PROBLEMS_SHOWN:
                more = len(problems) - PROBLEMS_SHOWN
                lines.append(QCoreApplication.translate("DevicesView", "… and %d more") % more)
            title = QCoreApplication.translate("DevicesView", "Not every device was changed")
            box = QMessageBox(QMessageBox.Icon.Warning, title,
                              text + "\n\n" + "\n".join(lines), QMessageBox.StandardButton.Ok, self.widget)
            box.setObjectName("bulkProblems")
            self.problems_box = box
            box.open()
