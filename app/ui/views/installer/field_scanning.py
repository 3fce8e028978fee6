"""The Field view's scanning: the camera, the scan field, and what a scan's outcome shows (banner, list, sound,
the device it names, a third-party code's panel)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot

from app.domain.changes import ChangeNotice, Topic
from app.qr.onboarding import ThirdPartyCode
from app.scan.outcomes import ScanResult
from app.scan.session import KEYBOARD_SOURCE, SCANNER_SOURCE
from app.scan.sources import FrameSource
from app.scan.wedge import WedgeEntry
from app.domain.records import DeviceRecord
from app.services import scan_log, thirdparty_codes, thirdparty_registry
from app.ui.dialogs.register_thirdparty_dialog import RegisterThirdPartyDialog
from app.ui.messages import translate_message
from app.ui.settings import SCAN_SOUND
from app.ui.views.installer.banner import level_of
from app.ui.views.installer.field_actions import (
    PAGE_DISABLE,
    PAGE_NONE,
    PAGE_REPLACE,
    PAGE_REPROVISION,
)
from app.ui.views.installer.field_base import FieldBase
from app.ui.views.installer.scan_model import ScanListModel
from app.ui.views.installer.thirdparty_panel import ThirdPartySecretDialog


class FieldScanning(FieldBase):
    """Part of FieldView (mixed in over FieldBase): the camera and the scans."""

    # ---- camera ----------------------------------------------------------------------------------------
    def activated(self) -> None:
        if not self._cameras_listed:
            self._cameras_listed = True
            self.list_cameras(start=True)
        self.focus_scan_input()

    def list_cameras(self, start: bool = False) -> None:
        self.camera.list_cameras(start)

    def start_source(self, target: str) -> None:
        """Scan from a camera index, a video file (played at its frame rate) or a stream URL; "" stops."""
        self.camera.start_source(target)

    def start_frame_source(self, source: FrameSource) -> None:
        self.camera.start_frame_source(source)

    def _sound_toggled(self, on: bool) -> None:
        self.env.settings.set(SCAN_SOUND, on)
        self.sounds.set_enabled(on)

    # ---- scans -----------------------------------------------------------------------------------------
    def focus_scan_input(self) -> None:
        self.scan_input.setFocus()

    def enter(self, entry: WedgeEntry, *, remember: bool = True) -> None:
        """A line from the scan field: classified on the database thread like a camera read."""
        session = self.session
        if session is None:
            return
        self.env.runner.call("classify", lambda: session.enter(entry, remember=remember), on_failed=self._failed)

    @Slot(object)
    def _on_result(self, result: ScanResult) -> None:
        if self._closed:
            return
        self.scans.add(result)
        self.ledger.scanned(result)
        self.banner.show_result(result)
        self.sounds.play(result.outcome)
        self.camera_view.mark_code(result.text, level_of(result.outcome))
        self._update_counts()
        if result.third_party is None:
            self.third_party_panel.clear()
        if scan_log.is_recorded(result):  # also a repeat shown as a more serious outcome (retired, disabled)
            self._record_scan(result)
        usable = bool(result.sn) and result.outcome.traits.names_device
        if self.pages.currentIndex() == PAGE_REPLACE and self.replace_page.accept_scan(result, usable):
            if usable and level_of(result.outcome) != "error":
                self.banner.show_text("info", self.tr("Replace: %s scanned") % result.sn,
                                      translate_message(result.message),
                                      outcome=result.outcome.value)
        elif result.device is not None:
            if self.pages.currentIndex() in (PAGE_REPROVISION, PAGE_DISABLE):
                self.pages.setCurrentIndex(PAGE_NONE)  # another device now: that flow was for the previous one
            # a camera scan moves on to the form; after a USB scanner or typing the focus stays in the scan
            # field, where the scanner's next code must land
            self.load_device(result.device.group_name, result.device.sn,
                             focus_form=result.accepted and result.source not in (KEYBOARD_SOURCE, SCANNER_SOURCE))
        elif result.third_party is not None:
            if self.pages.currentIndex() == PAGE_NONE:
                self._clear_device(self.tr("Third-party device"))
            self._show_third_party(result.third_party, result.text)
        elif self.pages.currentIndex() == PAGE_NONE:
            self._clear_device(self.tr("Unknown device") if result.outcome.traits.names_device
                               else self.tr("Nothing to onboard"))
        self.outcomeShown.emit(result)

    def _record_scan(self, result: ScanResult) -> None:
        """Refused labels and duplicate scans go to the audit trail, for the supervisor (app/services/scan_log.py)."""
        ctx, session_id = self.env.ctx, self.session_id
        group = self.session.group_name if self.session else None
        self.env.runner.call("record scan",
                             lambda: scan_log.record_scan(ctx, result, session_group=group, session_id=session_id),
                             on_failed=self._failed, changes=ChangeNotice.of(Topic.AUDIT, group=group))

    def _show_third_party(self, code: ThirdPartyCode, text: str) -> None:
        self.third_party_panel.show_code(code, can_reveal=thirdparty_codes.can_reveal(self.env.ctx), text=text,
                                         can_register=thirdparty_registry.can_register(self.env.ctx))

    def _register_third_party(self, code: ThirdPartyCode, text: str) -> None:
        dialog = RegisterThirdPartyDialog(self.env, code, text,
                                          group=self.session.group_name if self.session else None, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(lambda record: self._third_party_registered(record))
        self.register_dialog = dialog
        dialog.open()

    def _third_party_registered(self, record: DeviceRecord) -> None:
        if self._closed:
            return
        self.third_party_panel.clear()
        self.load_device(record.group, record.sn)

    def _reveal_third_party(self, code: ThirdPartyCode) -> None:
        ctx, session_id = self.env.ctx, self.session_id

        def shown(secret: str) -> None:
            if self._closed:
                return
            dialog = ThirdPartySecretDialog(self.third_party_panel.title(), secret, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.secret_dialog = dialog
            dialog.open()

        self.env.runner.call("reveal a third-party code's secret",
                             lambda: thirdparty_codes.reveal_code_secret(ctx, code, session_id=session_id),
                             on_done=shown, on_failed=self._failed, changes=ChangeNotice.of(Topic.AUDIT))

    def _scan_row_opened(self, index: Any) -> None:
        entry = self.scans.entry(index.row())
        if entry.result.device is not None:
            self.third_party_panel.clear()
            self.load_device(entry.result.device.group_name, entry.result.device.sn)
        elif entry.result.third_party is not None and self.pages.currentIndex() == PAGE_NONE:
            self._clear_device(self.tr("Third-party device"))
            self._show_third_party(entry.result.third_party, entry.result.text)

    def _fit_scan_columns(self, *_args: object) -> None:
        for column in range(ScanListModel.MESSAGE):
            self.scan_table.resizeColumnToContents(column)

    def _update_counts(self) -> None:
        self.counts.setText(self.ledger.summary().line())
