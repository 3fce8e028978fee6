"""The Field view's session: the scan session and its onboarding group, the summary, and ending a session."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.records import RegistrationGroupRecord
from app.scan.session import ScanSession
from app.services import groups
from app.services.scanning import open_scan_session
from app.ui.locale_format import count_text
from app.ui.settings import FIELD_GROUP
from app.ui.views.installer.field_base import FieldBase
from app.ui.views.installer.ledger import SessionLedger
from app.ui.views.installer.summary_dialog import SummaryDialog

log = logging.getLogger("app.ui.views.installer.field_view")  # the session's summary is logged as it always was

ANY_GROUP = ""


class FieldSession(FieldBase):
    """Part of FieldView (mixed in over FieldBase): the session, its group and its end."""

    # ---- session and groups ----------------------------------------------------------------------------
    def _open_session(self) -> None:
        def opened(session: ScanSession) -> None:
            session.on_outcome = self.relay.resultReady.emit
            self.session = session
            self.scan_input.setEnabled(True)
            self.scan_input.setFocus()
            self.camera.session_ready()
            if self.group_picker.currentData():  # the remembered group, if the groups came first
                self._group_chosen(self.group_picker.currentIndex())

        self.env.runner.call("open scan session", lambda: open_scan_session(self.env.ctx), on_done=opened,
                             on_failed=self._failed)

    def _load_groups(self) -> None:
        def loaded(records: list[RegistrationGroupRecord]) -> None:
            first_time = not self._groups_loaded
            self._groups_loaded = True
            current = self.env.settings.get(FIELD_GROUP) if first_time else self.group_picker.currentData()
            self.group_picker.clear()
            self.group_picker.addItem(self.tr("(any group)"), ANY_GROUP)
            for record in records:
                self.group_picker.addItem(record.name, record.name)
            self.group_picker.setCurrentIndex(max(0, self.group_picker.findData(current)))
            self.known_ous = sorted({r.ou for r in records})
            self.known_environments = sorted({r.environment for r in records})
            if first_time and self.group_picker.currentData():
                self._group_chosen(self.group_picker.currentIndex())

        self.env.runner.call("list groups", lambda: groups.list_groups(self.env.ctx, with_counts=False),
                             on_done=loaded, on_failed=self._failed)

    def set_session_group(self, name: str) -> None:
        """The registration group being onboarded (""/ANY_GROUP: any); devices of others are flagged."""
        index = self.group_picker.findData(name)
        if index >= 0:
            self.group_picker.setCurrentIndex(index)
        self._group_chosen(self.group_picker.currentIndex())

    def _group_chosen(self, _index: int) -> None:
        name = self.group_picker.currentData() or ANY_GROUP
        self.env.settings.set(FIELD_GROUP, name)

        def apply(record: RegistrationGroupRecord | None) -> None:
            if self.session is None:
                return
            classifier = self.session.classifier
            classifier.group_name = self.session.group_name = record.name if record else None
            classifier.group_id = self.session.group_id = record.group_id if record else None
            self.env.status.show_message(self.tr("Onboarding group: %s") % (record.name if record else
                                                                            self.tr("any")), 3000)

        if not name:
            apply(None)
            return
        self.env.runner.call("session group", lambda: groups.get_group(self.env.ctx, name, with_count=False),
                             on_done=apply, on_failed=self._failed)

    # ---- summary and the end -----------------------------------------------------------------------------
    def end_session(self) -> QMessageBox | SummaryDialog:
        """End session: with scans in the list, ask first (the list is cleared); then the summary."""
        summary = self.ledger.summary()
        if not self.scans.rowCount() and not summary.scans:
            return self.show_summary(ending=True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End session"),
                          self.tr("End this session? Its list of %s is cleared and its devices may be scanned "
                                  "again without counting as duplicates.")
                          % count_text(max(summary.scans, self.scans.rowCount()), "scan"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmEndSession")
        box.setInformativeText(summary.line())
        end = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.AcceptRole)
        end.setObjectName("confirmEndSessionButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self.show_summary(ending=True) if box.clickedButton() is end else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.end_confirmation = box
        box.open()
        return box

    def show_summary(self, *, ending: bool) -> SummaryDialog:
        dialog = SummaryDialog(self.ledger.summary(), ending=ending, parent=self)
        if ending:
            log.info("installer session %s ended: %s", self.session_id, self.ledger.summary().line())
            self.start_new_session()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def start_new_session(self) -> None:
        self.ledger = SessionLedger()
        self.scans.clear()
        self.session_id = uuid.uuid4().hex[:12]
        self.third_party_panel.clear()
        if self.session is not None:
            self.session.forget()
        self._clear_device(self.tr("No device"))
        self._update_counts()
