"""What the parts of the Field view share: its signals, widgets and state, declared once with their types.

FieldView (field_view.py) builds them; its parts (field_scanning.py, field_actions.py, field_session.py) are
mixed in over this base and use them. The few methods one part calls in another are declared here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QComboBox,
        QGroupBox,
        QLabel,
        QMessageBox,
        QPushButton,
        QStackedWidget,
        QTableView,
    )

    from app.domain.records import RegistrationGroupRecord
    from app.scan.session import ScanSession
    from app.services.lifecycle import DeviceDetails
    from app.ui.camera import CameraBridge
    from app.ui.dialogs.register_thirdparty_dialog import RegisterThirdPartyDialog
    from app.ui.environment import UiEnvironment
    from app.ui.sounds import OutcomeSounds
    from app.ui.views.installer.action_buttons import ActionButtons
    from app.ui.views.installer.banner import OutcomeBanner
    from app.ui.views.installer.camera_pane import CameraPane
    from app.ui.views.installer.camera_view import CameraView
    from app.ui.views.installer.device_panel import DevicePanel
    from app.ui.views.installer.disable_page import DisablePage
    from app.ui.views.installer.ledger import SessionLedger
    from app.ui.views.installer.masterdata_form import MasterDataForm
    from app.ui.views.installer.registration_watch import RegistrationWatch
    from app.ui.views.installer.replace_page import ReplacePage
    from app.ui.views.installer.reprovision_page import ReprovisionPage
    from app.ui.views.installer.scan_input import ScanInput
    from app.ui.views.installer.scan_model import ScanListModel
    from app.ui.views.installer.thirdparty_panel import (
        ThirdPartyPanel,
        ThirdPartySecretDialog,
    )


class OutcomeRelay(QObject):
    """Lives on the GUI thread; the scan session calls `resultReady.emit` from whichever thread classified."""

    resultReady = Signal(object)


class FieldBase(QWidget):
    outcomeShown = Signal(object)  # ScanResult, once banner, list and sound are done (tests, benchmark)
    deviceShown = Signal(object)  # DeviceDetails
    actionFinished = Signal(str, bool)  # action, succeeded

    # state
    env: UiEnvironment
    session: ScanSession | None
    session_id: str
    ledger: SessionLedger
    end_confirmation: QMessageBox | None
    current: DeviceDetails | None
    current_group: RegistrationGroupRecord | None
    known_ous: list[str]
    known_environments: list[str]
    secret_dialog: ThirdPartySecretDialog | None
    register_dialog: RegisterThirdPartyDialog | None
    _load_token: int
    _form_dirty: bool
    _cameras_listed: bool
    _groups_loaded: bool
    _closed: bool
    # helpers
    relay: OutcomeRelay
    bridge: CameraBridge
    sounds: OutcomeSounds
    scans: ScanListModel
    registration_watch: RegistrationWatch
    # widgets: the scan side
    banner: OutcomeBanner
    camera: CameraPane
    camera_view: CameraView
    group_picker: QComboBox
    scan_input: ScanInput
    scan_table: QTableView
    counts: QLabel
    summary_button: QPushButton
    end_button: QPushButton
    # widgets: the device side
    device_panel: DevicePanel
    third_party_panel: ThirdPartyPanel
    masterdata_box: QGroupBox
    form: MasterDataForm
    pages: QStackedWidget
    replace_page: ReplacePage
    reprovision_page: ReprovisionPage
    disable_page: DisablePage
    action_buttons: ActionButtons
    install_button: QPushButton
    activate_button: QPushButton
    replace_button: QPushButton
    reprovision_button: QPushButton
    disable_button: QPushButton

    # what one part calls in another
    def load_device(self, group: str, sn: str, *, focus_form: bool = False) -> None:
        raise NotImplementedError

    def _clear_device(self, text: str) -> None:
        raise NotImplementedError

    def _failed(self, error: Exception) -> None:
        raise NotImplementedError

    def focus_scan_input(self) -> None:
        raise NotImplementedError

    def _update_counts(self) -> None:
        raise NotImplementedError
