"""The installer's field view: scan (camera, USB scanner, typed code), see the outcome, act on the device.

Every service call goes through env.runner; the camera runs on app/scan's pipeline behind the
CameraBridge. Outcomes of camera reads (decode thread) and of typed codes (database thread)
arrive through one signal, so they are shown the same way.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import DeviceStatus
from app.domain.lifecycle import Action, allowed, next_state
from app.domain.records import RegistrationGroupRecord, RegistrationRecord
from app.services import groups, lifecycle
from app.services.lifecycle import DeviceDetails
from app.ui.camera import CameraBridge
from app.ui.environment import UiEnvironment
from app.ui.errors import show_error
from app.ui.settings import SCAN_SOUND
from app.ui.sounds import OutcomeSounds
from app.ui.views.installer.action_buttons import ActionButtons
from app.ui.views.installer.banner import OutcomeBanner
from app.ui.views.installer.camera_pane import CameraPane
from app.ui.views.installer.device_panel import DevicePanel, registration_line
from app.ui.views.installer.disable_page import DisablePage
from app.ui.views.installer.field_base import OutcomeRelay
from app.ui.views.installer.field_actions import PAGE_NONE, FieldActions
from app.ui.views.installer.field_scanning import FieldScanning
from app.ui.views.installer.field_session import ANY_GROUP, FieldSession
from app.ui.views.installer.ledger import SessionLedger
from app.ui.views.installer.masterdata_form import MasterDataForm
from app.ui.views.installer.masterdata_form import warm_up as warm_up_form
from app.ui.views.installer.registration_watch import RegistrationWatch
from app.ui.views.installer.replace_page import ReplacePage
from app.ui.views.installer.reprovision_page import ReprovisionPage
from app.ui.views.installer.scan_input import ScanInput
from app.ui.views.installer.scan_model import ScanListModel
from app.ui.views.installer.thirdparty_panel import ThirdPartyPanel

log = logging.getLogger(__name__)


class FieldView(FieldScanning, FieldActions, FieldSession):
    """The parts: building and the shown device here; field_scanning (camera, scans), field_actions (the
    lifecycle actions and their flows), field_session (session, group, summary, end)."""

    def __init__(self, env: UiEnvironment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldView")
        self.env = env
        self.session = None
        self.session_id = uuid.uuid4().hex[:12]
        self.ledger = SessionLedger()
        self.end_confirmation = None
        self.current = None
        self.current_group = None
        self.known_ous = []
        self.known_environments = []
        self._load_token = 0
        self._form_dirty = False
        self._cameras_listed = False
        self._closed = False
        self.secret_dialog = None
        self.register_dialog = None
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
        self.action_buttons = ActionButtons()
        buttons = self.action_buttons
        self.install_button, self.activate_button = buttons.install, buttons.activate
        self.replace_button, self.reprovision_button = buttons.replace, buttons.reprovision
        self.disable_button = buttons.disable
        layout.addWidget(buttons)
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
        self.third_party_panel.registerRequested.connect(self._register_third_party)
        self.replace_page.confirmed.connect(self._replace_confirmed)
        self.replace_page.cancelled.connect(self.cancel_mode)
        # the same classifier as the scan field; reading a device for the replacement is no repeat scan
        self.replace_page.codeEntered.connect(lambda entry: self.enter(entry, remember=False))
        self.reprovision_page.submitted.connect(self._reprovision_submitted)
        self.reprovision_page.cancelled.connect(self.cancel_mode)
        self.disable_page.submitted.connect(self._disable_submitted)
        self.disable_page.cancelled.connect(self.cancel_mode)
        self.env.runner.changed.connect(self._data_changed)
        self.scan_table.doubleClicked.connect(self._scan_row_opened)
        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("F5", self.install), ("F6", self.activate), ("Ctrl+Return", self.activate), ("Ctrl+Enter", self.activate),
            ("F7", self.begin_replace), ("F8", self.begin_reprovision), ("F9", self.begin_disable),
            ("F10", lambda: self.show_summary(ending=False)), ("Escape", self.cancel_mode),
            ("Ctrl+L", self.focus_scan_input),
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _data_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Topic.GROUPS):
            self._load_groups()
        if self.current is not None and not self._form_dirty and notice.touches(
                Topic.DEVICES, Topic.REPROVISIONS, Topic.MASTERDATA, group=self.current.device.group):
            self.load_device(self.current.device.group, self.current.device.sn)  # changed elsewhere: show it

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
        if (focus_form and allowed(details.device.status, Action.ACTIVATE)
                and self.pages.currentIndex() == PAGE_NONE):
            self._focus_first_open_field()
        self.deviceShown.emit(details)

    def _watch_registrations(self, details: DeviceDetails) -> None:
        """A device that a registration with the provisioning service would connect is watched until its next
        registration arrives."""
        device = details.device
        if (allowed(device.status, Action.REGISTER)
                and next_state(device.status, Action.REGISTER) is DeviceStatus.CONNECTED):
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
        # seen by the registration watch, not done by a task here: the provisioning service changed it
        self.env.runner.publish(ChangeNotice.of(Topic.DEVICES, Topic.REGISTRATIONS, group=record.group))
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
        self.action_buttons.show_for(device.status if device is not None else None, policy, self.env.can)

    def _failed(self, error: Exception) -> None:
        if not self._closed:
            show_error(self, error)

    def shutdown(self) -> None:
        """Stop the camera (interrupt, wait, release) and log the session's summary."""
        if self._closed:
            return
        self._closed = True
        self.registration_watch.stop()
        self.bridge.stop()
        log.info("installer session %s: %s", self.session_id, self.ledger.summary().line())
