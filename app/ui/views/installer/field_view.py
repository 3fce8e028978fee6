"""The installer's field view: scan (camera, USB scanner, typed code), see the outcome, act on the device.

Every service call goes through env.runner; the camera runs on app/scan's pipeline behind the
CameraBridge. Outcomes of camera reads (decode thread) and of typed codes (database thread)
arrive through one signal, so they are shown the same way.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ACTIVE_STATUSES, DeviceStatus, ReprovisionState
from app.domain.errors import DpsError, InputError
from app.domain.records import DeviceRecord, RegistrationGroupRecord, RegistrationRecord, ReprovisionRecord
from app.qr.onboarding import ThirdPartyCode
from app.scan.outcomes import KnownDevice, ScanOutcome, ScanResult
from app.scan.session import KEYBOARD_SOURCE, SCANNER_SOURCE, ScanSession
from app.scan.sources import FrameSource
from app.scan.wedge import WedgeEntry
from app.services import groups, lifecycle, scan_log, thirdparty_codes, thirdparty_registry
from app.services.lifecycle import DeviceDetails, Replacement
from app.services.scanning import open_scan_session
from app.ui.camera import CameraBridge
from app.ui.dialogs.register_thirdparty_dialog import RegisterThirdPartyDialog
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.locale_format import count_text
from app.ui.messages import translated_error
from app.ui.settings import FIELD_GROUP, SCAN_SOUND
from app.ui.sounds import OutcomeSounds
from app.ui.views.installer.action_buttons import ActionButtons
from app.ui.views.installer.banner import OutcomeBanner, level_of
from app.ui.views.installer.camera_pane import CameraPane
from app.ui.views.installer.device_panel import DevicePanel, registration_line
from app.ui.views.installer.disable_page import DisablePage
from app.ui.views.installer.ledger import ONBOARDABLE, Progress, SessionLedger
from app.ui.views.installer.masterdata_form import MasterDataForm
from app.ui.views.installer.masterdata_form import warm_up as warm_up_form
from app.ui.views.installer.registration_watch import RegistrationWatch
from app.ui.views.installer.replace_page import ReplacePage
from app.ui.views.installer.reprovision_page import ReprovisionPage
from app.ui.views.installer.scan_input import ScanInput
from app.ui.views.installer.scan_model import ScanListModel
from app.ui.views.installer.summary_dialog import SummaryDialog
from app.ui.views.installer.thirdparty_panel import (
    ThirdPartyPanel,
    ThirdPartySecretDialog,
)

log = logging.getLogger(__name__)

ANY_GROUP = ""
WATCHED_STATUSES = (*ONBOARDABLE, *(s.value for s in ACTIVE_STATUSES))
"""Shown devices in these states are watched for a registration with the provisioning service."""
NOT_A_DEVICE = (ScanOutcome.FORGED, ScanOutcome.BAD_MANUAL_CODE, ScanOutcome.AMBIGUOUS, ScanOutcome.DAMAGED_CODE)
PAGE_NONE, PAGE_REPLACE, PAGE_REPROVISION, PAGE_DISABLE = range(4)


class OutcomeRelay(QObject):
    """Lives on the GUI thread; the scan session calls `resultReady.emit` from whichever thread classified."""

    resultReady = Signal(object)


class FieldView(QWidget):
    outcomeShown = Signal(object)  # ScanResult, once banner, list and sound are done (tests, benchmark)
    deviceShown = Signal(object)  # DeviceDetails
    actionFinished = Signal(str, bool)  # action, succeeded

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldView")
        self.env = env
        self.session: ScanSession | None = None
        self.session_id = uuid.uuid4().hex[:12]
        self.ledger = SessionLedger()
        self.end_confirmation: QMessageBox | None = None
        self.current: DeviceDetails | None = None
        self.current_group: RegistrationGroupRecord | None = None
        self.known_ous: list[str] = []
        self.known_environments: list[str] = []
        self._load_token = 0
        self._form_dirty = False
        self._cameras_listed = False
        self._closed = False
        self.secret_dialog: ThirdPartySecretDialog | None = None
        self.register_dialog: RegisterThirdPartyDialog | None = None
        self.relay = OutcomeRelay(self)
        self.relay.resultReady.connect(self._on_result)
        self.bridge = CameraBridge(self)
        self.sounds = OutcomeSounds(env.settings.get(SCAN_SOUND), self)
        self.scans = ScanListModel(self)
        self.registration_watch = RegistrationWatch(env, self)
        self.registration_watch.registered.connect(self._device_registered)
        self._build()
        self._connect()
        self._update_actions()
        self._open_session()
        self._load_groups()
        env.runner.run("time zones", lambda _control: warm_up_form(), executor="cpu")

    # ---- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.banner = OutcomeBanner()
        outer.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("fieldSplitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)
        splitter.addWidget(self._build_scan_side())
        splitter.addWidget(self._build_device_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)

    def _build_scan_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 4, 0)
        self.camera = CameraPane(self.env, self.bridge, lambda: self.session)
        self.camera_view = self.camera.view
        self.camera_controls = self.camera.controls
        layout.addWidget(self.camera, 3)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("Onboarding group:")))
        self.group_picker = QComboBox()
        self.group_picker.setObjectName("sessionGroup")
        self.group_picker.setToolTip(self.tr("Devices of other groups are flagged"))
        self.group_picker.addItem(self.tr("(any group)"), ANY_GROUP)
        self._groups_loaded = False
        group_row.addWidget(self.group_picker, 1)
        layout.addLayout(group_row)
        self.scan_input = ScanInput()
        self.scan_input.setEnabled(False)
        layout.addWidget(self.scan_input)
        self.scan_table = QTableView()
        self.scan_table.setObjectName("scanList")
        self.scan_table.setModel(self.scans)
        self.scan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scan_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scan_table.verticalHeader().setVisible(False)
        self.scan_table.setAlternatingRowColors(True)
        header = self.scan_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(ScanListModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.scans.rowsInserted.connect(self._fit_scan_columns)
        self.scans.dataChanged.connect(self._fit_scan_columns)
        self.scan_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.scan_table.setWordWrap(False)
        layout.addWidget(self.scan_table, 2)
        bottom = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("sessionCounts")
        bottom.addWidget(self.counts, 1)
        self.summary_button = QPushButton(self.tr("Summary (F10)"))
        self.summary_button.setObjectName("sessionSummary")
        self.end_button = QPushButton(self.tr("End session"))
        self.end_button.setObjectName("endSession")
        bottom.addWidget(self.summary_button)
        bottom.addWidget(self.end_button)
        layout.addLayout(bottom)
        return side

    def _build_device_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(4, 0, 0, 0)
        self.device_panel = DevicePanel()
        layout.addWidget(self.device_panel)
        self.third_party_panel = ThirdPartyPanel()
        layout.addWidget(self.third_party_panel)
        box = QGroupBox(self.tr("Master data"))
        box.setObjectName("masterDataBox")
        self.masterdata_box = box
        box_layout = QVBoxLayout(box)
        self.form = MasterDataForm()
        scroll = QScrollArea()
        scroll.setObjectName("masterDataScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        box_layout.addWidget(scroll)
        # the flows of replace, reprovision and disable take the form's place while they run
        self.pages = QStackedWidget()
        self.pages.setObjectName("actionPages")
        self.replace_page = ReplacePage()
        self.reprovision_page = ReprovisionPage()
        self.disable_page = DisablePage()
        for page in (box, self.replace_page, self.reprovision_page, self.disable_page):
            self.pages.addWidget(self._framed(page) if page is not box else page)
        layout.addWidget(self.pages, 1)
        self.actions = ActionButtons()
        self.install_button, self.activate_button = self.actions.install, self.actions.activate
        self.replace_button, self.reprovision_button = self.actions.replace, self.actions.reprovision
        self.disable_button = self.actions.disable
        layout.addWidget(self.actions)
        return side

    @staticmethod
    def _framed(page: QWidget) -> QWidget:
        """A flow page at the top of the form's place, in a box like the form's; a long message scrolls."""
        box = QGroupBox()
        box_layout = QVBoxLayout(box)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(page)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        box_layout.addWidget(scroll)
        return box

    def _connect(self) -> None:
        self.camera_controls.soundToggled.connect(self._sound_toggled)
        self.group_picker.activated.connect(self._group_chosen)
        self.scan_input.entered.connect(self.enter)
        self.form.edited.connect(self._form_edited)
        self.install_button.clicked.connect(self.install)
        self.activate_button.clicked.connect(self.activate)
        self.replace_button.clicked.connect(self.begin_replace)
        self.reprovision_button.clicked.connect(self.begin_reprovision)
        self.disable_button.clicked.connect(self.begin_disable)
        self.summary_button.clicked.connect(lambda: self.show_summary(ending=False))
        self.end_button.clicked.connect(self.end_session)
        self.replace_page.previewRequested.connect(self._replace_preview)
        self.third_party_panel.revealRequested.connect(self._reveal_third_party)
        self.third_party_panel.registerRequested.connect(self._register_third_party)
        self.replace_page.confirmed.connect(self._replace_confirmed)
        self.replace_page.cancelled.connect(self.cancel_mode)
        # the same classifier as the scan field; reading a device for the replacement is no repeat scan
        self.replace_page.codeEntered.connect(lambda entry: self.enter(entry, remember=False))
        self.reprovision_page.submitted.connect(self._reprovision_submitted)
        self.reprovision_page.cancelled.connect(self.cancel_mode)
        self.disable_page.submitted.connect(self._disable_submitted)
        self.disable_page.cancelled.connect(self.cancel_mode)
        self.env.status.dataChanged.connect(self._data_changed)
        self.scan_table.doubleClicked.connect(self._scan_row_opened)
        shortcuts: list[tuple[str, Callable[[], None]]] = [
            ("F5", self.install), ("F6", self.activate), ("Ctrl+Return", self.activate), ("Ctrl+Enter", self.activate),
            ("F7", self.begin_replace), ("F8", self.begin_reprovision), ("F9", self.begin_disable),
            ("F10", lambda: self.show_summary(ending=False)), ("Escape", self.cancel_mode),
            ("Ctrl+L", self.focus_scan_input),
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

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

    def _data_changed(self, what: str) -> None:
        if what == "groups":
            self._load_groups()
        elif what in ("devices", "reprovisions", "masterdata") and self.current is not None and not self._form_dirty:
            self.load_device(self.current.device.group, self.current.device.sn)  # changed elsewhere: show it

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
        usable = bool(result.sn) and result.outcome not in NOT_A_DEVICE
        if self.pages.currentIndex() == PAGE_REPLACE and self.replace_page.accept_scan(result, usable):
            if usable and level_of(result.outcome) != "error":
                self.banner.show_text("info", self.tr("Replace: %s scanned") % result.sn, result.message,
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
            self._clear_device(self.tr("Nothing to onboard") if result.outcome in NOT_A_DEVICE
                               else self.tr("Unknown device"))
        self.outcomeShown.emit(result)

    def _record_scan(self, result: ScanResult) -> None:
        """Refused labels and duplicate scans go to the audit trail, for the supervisor (app/services/scan_log.py)."""
        ctx, session_id = self.env.ctx, self.session_id
        group = self.session.group_name if self.session else None
        self.env.runner.call("record scan",
                             lambda: scan_log.record_scan(ctx, result, session_group=group, session_id=session_id),
                             on_done=lambda _r: self.env.status.dataChanged.emit("audit"), on_failed=self._failed)

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
            self.env.status.dataChanged.emit("audit")
            if self._closed:
                return
            dialog = ThirdPartySecretDialog(self.third_party_panel.title(), secret, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.secret_dialog = dialog
            dialog.open()

        self.env.runner.call("reveal a third-party code's secret",
                             lambda: thirdparty_codes.reveal_code_secret(ctx, code, session_id=session_id),
                             on_done=shown, on_failed=self._failed)

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

    # ---- the device ------------------------------------------------------------------------------------
    def load_device(self, group: str, sn: str, *, focus_form: bool = False) -> None:
        self._load_token += 1
        token = self._load_token
        ctx = self.env.ctx

        def load() -> tuple[DeviceDetails, RegistrationGroupRecord]:
            return lifecycle.device_details(ctx, group, sn), groups.get_group(ctx, group, with_count=False)

        self.env.runner.call("load device", load,
                             on_done=lambda loaded: self._device_loaded(token, loaded, focus_form),
                             on_failed=self._failed)

    def _device_loaded(self, token: int, loaded: tuple[DeviceDetails, RegistrationGroupRecord],
                       focus_form: bool) -> None:
        if token != self._load_token or self._closed:
            return
        details, group = loaded
        same = (self.current is not None and self.current.device.id == details.device.id)
        self.current, self.current_group = details, group
        self.device_panel.show_device(details, group)
        if not (same and self._form_dirty):
            self.form.set_attributes(details.attributes, details.device.master_data)
            self._form_dirty = False
        self.masterdata_box.setTitle(self.tr("Master data (%s)") % group.masterdata_group)
        self._watch_registrations(details)
        self._update_actions()
        if focus_form and details.device.status in ONBOARDABLE and self.pages.currentIndex() == PAGE_NONE:
            self._focus_first_open_field()
        self.deviceShown.emit(details)

    def _watch_registrations(self, details: DeviceDetails) -> None:
        """A device that can still provision itself is watched until its next registration arrives."""
        device = details.device
        if device.status in WATCHED_STATUSES:
            known = details.registrations[0].operation_id if details.registrations else ""
            self.registration_watch.watch(device.group, device.sn, known)
        else:
            self.registration_watch.stop()

    def _device_registered(self, record: RegistrationRecord) -> None:
        if self._closed or self.current is None or (self.current.device.group, self.current.device.sn) != (
                record.group, record.sn):
            return
        if record.status == "assigned":
            self.banner.show_text("ok", self.tr("%s registered") % record.sn,
                                  self.tr("The device provisioned itself: %s") % registration_line(record),
                                  outcome="registered")
        else:
            self.banner.show_text("error", self.tr("%s: registration %s") % (record.sn, record.status),
                                  registration_line(record), outcome="registered")
        self.env.status.dataChanged.emit("devices")
        self.load_device(record.group, record.sn)

    def _focus_first_open_field(self) -> None:
        values = self.form.values()
        for attribute in self.form.attributes:
            if attribute.required and values.get(attribute.key) in (None, ""):
                self.form.editors[attribute.key].setFocus()
                return

    def _clear_device(self, text: str) -> None:
        self.registration_watch.stop()
        self._load_token += 1
        self.current = self.current_group = None
        self.device_panel.clear(text)
        self.form.clear()
        self.masterdata_box.setTitle(self.tr("Master data"))
        self._form_dirty = False
        self._update_actions()

    def _form_edited(self) -> None:
        self._form_dirty = True

    def _update_actions(self) -> None:
        device = self.current.device if self.current is not None else None
        policy = self.current_group.reprovision_policy if self.current_group else ""
        self.actions.show_for(device.status if device is not None else None, policy, self.env.can)

    # ---- install and activate --------------------------------------------------------------------------
    def install(self) -> None:
        """Install; for a device that is already active, save its corrected master data."""
        device = self.current.device if self.current is not None else None
        if device is not None and device.status in (s.value for s in ACTIVE_STATUSES):
            self._onboard("save", lifecycle.install, require_complete=True)
        else:
            self._onboard("install", lifecycle.install, require_complete=False)

    def activate(self) -> None:
        self._onboard("activate", lifecycle.activate, require_complete=True)

    def _onboard(self, action: str, call: Callable[..., Any], *, require_complete: bool) -> None:
        button = self.activate_button if action == "activate" else self.install_button
        if self.current is None or not button.isEnabled():
            return
        device = self.current.device
        problems = self.form.check(require_complete=require_complete)
        if problems:
            self.banner.show_text("error", self.tr("Check the master data"), self.form.problems_text(problems))
            self.sounds.play("warning")
            return
        values = self.form.values()
        ctx = self.env.ctx
        group, sn = device.group, device.sn
        doing = {"activate": self.tr("Activating"), "install": self.tr("Installing"),
                 "save": self.tr("Saving the master data of")}[action]
        self.banner.show_text("info", self.tr("%s %s…") % (doing, sn))

        def done(_record: Any) -> None:
            progress = Progress.INSTALLED if action == "install" else Progress.DONE
            word = {"activate": self.tr("activated"), "install": self.tr("installed"),
                    "save": self.tr("master data saved")}[action]
            self._action_done(action, group, sn, progress, word,
                              self.tr("%s %s") % (sn, word),
                              self.tr("Activate it when ready (Ctrl+Enter).") if action == "install" else
                              self.tr("Next device: scan its label."))

        self.env.runner.call(action, lambda: call(ctx, group, sn, values), on_done=done,
                             on_failed=lambda error: self._action_failed(action, group, sn, error))

    def _action_done(self, action: str, group: str, sn: str, progress: Progress, note: str, title: str,
                     message: str, *, level: str = "ok", reload_sn: str | None = None) -> None:
        self._form_dirty = False
        self.ledger.record(group, sn, progress, note)
        self.scans.set_done(group, sn, note)
        self._update_counts()
        self.banner.show_text(level, title, message, outcome=action)
        self.sounds.play("done" if level == "ok" else "warning")
        self.env.status.dataChanged.emit("devices")
        self.pages.setCurrentIndex(PAGE_NONE)
        self.load_device(group, reload_sn or sn)
        self.focus_scan_input()
        self.actionFinished.emit(action, True)

    def _action_failed(self, action: str, group: str, sn: str, error: Exception) -> None:
        if isinstance(error, InputError) and self.form.show_error(error):
            self.banner.show_text("error", self.tr("Check the master data"),
                                  self.form.problems_text(self.form.errors_by_field(error)), outcome=action)
            self.sounds.play("warning")
            self.actionFinished.emit(action, False)
            return
        if isinstance(error, DpsError):
            self.ledger.record(group, sn, Progress.FAILED, f"{action} failed: {error}")
            self.scans.set_done(group, sn, self.tr("%s failed") % action)
            self._update_counts()
            self.banner.show_text("error", self.tr("%s failed") % action.capitalize(), translated_error(error), outcome=action)
            self.sounds.play("error")
            self.load_device(group, sn)
        show_error(self, error)
        self.actionFinished.emit(action, False)

    def _failed(self, error: Exception) -> None:
        if not self._closed:
            show_error(self, error)

    # ---- modes: replace, reprovision, disable -----------------------------------------------------------
    def cancel_mode(self) -> None:
        """Esc: leave replace, reprovision or disable; on the scan field itself, clear it."""
        if self.pages.currentIndex() == PAGE_NONE and self.scan_input.hasFocus():
            self.scan_input.discard()
        self.pages.setCurrentIndex(PAGE_NONE)
        self.focus_scan_input()

    def begin_replace(self) -> None:
        if not self.replace_button.isEnabled():
            return
        device = self.current.device if self.current is not None else None
        group = device.group if device else (self.session.group_name if self.session else None) or ""
        self.replace_page.begin(group, device.sn if device else "")
        self.pages.setCurrentIndex(PAGE_REPLACE)
        self.banner.show_text("info", self.tr("Replace a device"),
                              self.tr("Scan or type the new device; what moves over is shown before you confirm.")
                              if device else self.tr("Scan or type the faulty device, then the new one."))

    def _replace_preview(self, group: str, old: str, new: str) -> None:
        if not group:
            self.replace_page.show_problem(self.tr("Scan the faulty device (its group is not known)."))
            return
        ctx = self.env.ctx
        self.env.runner.call("replacement preview", lambda: lifecycle.replacement_preview(ctx, group, old, new),
                             on_done=self.replace_page.show_preview,
                             on_failed=lambda error: self.replace_page.show_problem(translated_error(error))
                             if isinstance(error, DpsError) else self._failed(error))

    def _replace_confirmed(self, group: str, old: str, new: str) -> None:
        ctx = self.env.ctx

        def done(replacement: Replacement) -> None:
            self.ledger.record(group, old, Progress.DONE, self.tr("replaced by %s") % new)
            self.scans.set_done(group, old, self.tr("replaced by %s") % new)
            active = replacement.new.status in (s.value for s in ACTIVE_STATUSES)
            if not self.scans.set_done(group, new, self.tr("replaces %s") % old):  # typed on the Replace page
                record = replacement.new
                self.scans.add_action(self.tr("replacement"),
                                      KnownDevice(record.sn, record.group, record.group_id, record.batch, record.status),
                                      self.tr("replaces %s") % old, self.tr("new device replacing %s") % old)
            # the new device is installed, not activated: pending until it is
            self._action_done("replace", group, new, Progress.DONE if active else Progress.INSTALLED,
                              self.tr("replaces %s") % old, self.tr("%s replaced by %s") % (old, new),
                              self.tr("%s took over asset %s; %s is retired.")
                              % (new, replacement.new.asset_id, old)
                              + ("" if active else " " + self.tr("Activate %s when ready (Ctrl+Enter).") % new))

        self.env.runner.call("replace", lambda: lifecycle.replace(ctx, group, old, new), on_done=done,
                             on_failed=lambda error: self._action_failed("replace", group, old, error))

    def begin_reprovision(self) -> None:
        if not self.reprovision_button.isEnabled() or self.current is None or self.current_group is None:
            return
        active = [a for a in self.current.allocations if a.state == "active"]
        where = (active[-1].ou, active[-1].environment) if active else (self.current_group.ou,
                                                                         self.current_group.environment)
        self.reprovision_page.begin(self.current.device.sn, self.current_group.reprovision_policy, where,
                                    self.known_ous, self.known_environments)
        self.pages.setCurrentIndex(PAGE_REPROVISION)

    def _reprovision_submitted(self, ou: str, environment: str, product_key: str) -> None:
        if self.current is None:
            return
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn

        def done(record: ReprovisionRecord) -> None:
            self.env.status.dataChanged.emit("reprovisions")
            if record.state == ReprovisionState.AWAITING_APPROVAL.value:
                self._action_done("reprovision", group, sn, Progress.AWAITING_APPROVAL,
                                  self.tr("reprovision to %s/%s awaits approval") % (ou, environment),
                                  self.tr("Sent for approval: pending"),
                                  self.tr("A supervisor must approve reprovisioning %s to %s / %s; the request "
                                          "waits as pending (and syncs).") % (sn, ou, environment), level="info")
            else:
                self._action_done("reprovision", group, sn, Progress.DONE,
                                  self.tr("reprovisioned to %s/%s") % (ou, environment),
                                  self.tr("%s reprovisioned to %s / %s") % (sn, ou, environment),
                                  self.tr("New allocation made (policy %s); it completes when the device connects.")
                                  % record.policy)

        self.env.runner.call("reprovision",
                             lambda: lifecycle.reprovision(ctx, group, sn, ou, environment, product_key or None),
                             on_done=done, on_failed=lambda error: self._action_failed("reprovision", group, sn, error))

    def begin_disable(self) -> None:
        """Disable (asks for a reason); a disabled device is enabled again at once."""
        if not self.disable_button.isEnabled() or self.current is None:
            return
        if self.current.device.status == DeviceStatus.DISABLED.value:
            self._enable()
            return
        self.disable_page.begin(self.current.device.sn)
        self.pages.setCurrentIndex(PAGE_DISABLE)

    def _disable_submitted(self, reason: str) -> None:
        if self.current is None:
            return
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn
        self.env.runner.call(
            "disable", lambda: lifecycle.disable(ctx, group, sn, reason),
            on_done=lambda _r: self._action_done("disable", group, sn, Progress.DONE, self.tr("disabled"),
                                                 self.tr("%s disabled") % sn, reason or "", level="warning"),
            on_failed=lambda error: self._action_failed("disable", group, sn, error))

    def _enable(self) -> None:
        assert self.current is not None
        ctx = self.env.ctx
        group, sn = self.current.device.group, self.current.device.sn
        self.env.runner.call(
            "enable", lambda: lifecycle.enable(ctx, group, sn),
            on_done=lambda record: self._action_done(
                "enable", group, sn, Progress.DONE, self.tr("enabled"), self.tr("%s enabled") % sn,
                self.tr("Back to %s.") % record.status),
            on_failed=lambda error: self._action_failed("enable", group, sn, error))

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

    def shutdown(self) -> None:
        """Stop the camera (interrupt, wait, release) and log the session's summary."""
        if self._closed:
            return
        self._closed = True
        self.registration_watch.stop()
        self.bridge.stop()
        log.info("installer session %s: %s", self.session_id, self.ledger.summary().line())

