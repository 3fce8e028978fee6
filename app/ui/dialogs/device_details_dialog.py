"""Everything about one device, read-only: its record, master data, allocations, reprovision requests and
audit history. Opened from the Factory's device list (double-click or Enter).

The dialog is a list of sections (`SECTIONS`), each a tab. A section loads its data on the runner (`load`, no
Qt there) and builds its widget on the GUI thread (`build`). To add one (say, the registrations with the
provisioning service), append a `DetailsSection` to `SECTIONS` or pass `sections=` to the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import AuditRecord
from app.services import audit, lifecycle
from app.services.context import ServiceContext
from app.ui.dialogs.thirdparty_section import build_section, load_code
from app.ui.environment import UiEnvironment
from app.ui.locale_format import moment_text
from app.ui.messages import translate_label, translated_error
from app.ui.palette import OUTCOME_COLOURS

HISTORY_LIMIT = 500


@dataclass
class DeviceLookup:
    """What a section's `load` gets (on the runner): the device named, and its details read once for all."""

    ctx: ServiceContext
    group: str
    sn: str
    _details: lifecycle.DeviceDetails | None = field(default=None, repr=False)

    def details(self) -> lifecycle.DeviceDetails:
        if self._details is None:
            self._details = lifecycle.device_details(self.ctx, self.group, self.sn)
        return self._details


@dataclass(frozen=True)
class DetailsSection:
    key: str
    title: str
    load: Callable[[DeviceLookup], Any]  # on the runner; services only
    build: Callable[[Any], QWidget | None]  # on the GUI thread, with what load returned; None: no tab


def _tr(text: str) -> str:
    """Translates in the dialog's context; every text given here is also marked below for lupdate."""
    return QCoreApplication.translate("DeviceDetailsDialog", text)


def _when(value: Any) -> str:
    """A moment in the local time zone, as the window's locale writes it."""
    return moment_text(value)


def _form(rows: Sequence[tuple[str, str]]) -> QWidget:
    widget = QWidget()
    form = QFormLayout(widget)
    for label, value in rows:
        text = QLabel(value)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        form.addRow(label, text)
    return widget


def _table(name: str, headers: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> QWidget:
    if not rows:
        label = QLabel(empty)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


# ---- the sections ---------------------------------------------------------------------------------


def _device(details: lifecycle.DeviceDetails) -> QWidget:
    device = details.device
    rows = [
        (_tr("SN"), device.sn),
        (_tr("Name"), device.name or "—"),
        (_tr("Registration group"), device.group),
        (_tr("Batch"), device.batch or "—"),
        (_tr("State"), translate_label("DeviceDetailsDialog", device.status)),
        (_tr("Asset ID"), device.asset_id),
        (_tr("Manual code"), device.manual_code),
        (_tr("Labels printed"), str(device.labels_printed)),
        (_tr("Description"), device.description or "—"),
        (_tr("Last change"), _when(device.updated_at)),
    ]
    if device.last_error:
        rows.append((_tr("Last error"), device.last_error))
    if device.note:
        rows.append((_tr("Note"), device.note))
    widget = _form(rows)
    widget.setObjectName("deviceRecord")
    return widget


def _master_data(details: lifecycle.DeviceDetails) -> QWidget:
    values = details.device.master_data
    rows = [
        [
            attribute.label or attribute.key,
            "" if values.get(attribute.key) is None else str(values[attribute.key]),
            _tr("required") if attribute.required else "",
        ]
        for attribute in details.attributes
    ]
    known = {attribute.key for attribute in details.attributes}
    rows += [
        [key, str(value), _tr("not in the master data group")]
        for key, value in sorted(values.items())
        if key not in known
    ]
    return _table(
        "masterData", (_tr("Attribute"), _tr("Value"), ""), rows, _tr("This device's group has no master data.")
    )


def _allocations(details: lifecycle.DeviceDetails) -> QWidget:
    rows = [
        [a.ou, a.environment, translate_label("DeviceDetailsDialog", a.state), a.gateway, _when(a.created_at)]
        for a in details.allocations
    ]
    return _table(
        "allocations",
        (_tr("OU"), _tr("Environment"), _tr("State"), _tr("Gateway"), _tr("Since")),
        rows,
        _tr("Not allocated yet: the device is allocated when it is activated."),
    )


def _reprovisions(details: lifecycle.DeviceDetails) -> QWidget:
    rows = [
        [
            f"{r.from_ou}/{r.from_environment}",
            f"{r.target_ou}/{r.target_environment}",
            translate_label("DeviceDetailsDialog", r.state.replace("_", " ")),
            r.requested_by,
            r.decided_by,
            r.comment or r.error,
            _when(r.updated_at),
        ]
        for r in details.reprovisions
    ]
    return _table(
        "reprovisions",
        (_tr("From"), _tr("To"), _tr("State"), _tr("Asked by"), _tr("Decided by"), _tr("Comment"), _tr("Updated")),
        rows,
        _tr("No reprovision requests."),
    )


def _registrations(details: lifecycle.DeviceDetails) -> QWidget:
    rows = [
        [_when(r.at), r.transport, r.status, r.substatus, r.hub, r.device_id, r.error] for r in details.registrations
    ]
    return _table(
        "registrations",
        (_tr("When"), _tr("Over"), _tr("Status"), _tr("Substatus"), _tr("Hub"), _tr("Device ID"), _tr("Error")),
        rows,
        _tr("The device has not registered with the provisioning service yet."),
    )


def _history(events: list[AuditRecord]) -> QWidget:
    rows = [
        [_when(e.at), e.actor, e.action, ", ".join(f"{k}: {v}" for k, v in sorted(e.details.items()))] for e in events
    ]
    return _table(
        "history", (_tr("When"), _tr("Who"), _tr("What"), _tr("Details")), rows, _tr("No audit events for this device.")
    )


SECTIONS: list[DetailsSection] = [
    DetailsSection(
        "device", QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Device"), lambda lookup: lookup.details(), _device
    ),
    DetailsSection(
        "masterdata",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Master data"),
        lambda lookup: lookup.details(),
        _master_data,
    ),
    DetailsSection(
        "allocations",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Allocations"),
        lambda lookup: lookup.details(),
        _allocations,
    ),
    DetailsSection(
        "reprovisions",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Reprovisions"),
        lambda lookup: lookup.details(),
        _reprovisions,
    ),
    DetailsSection(
        "registrations",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Registrations"),
        lambda lookup: lookup.details(),
        _registrations,
    ),
    DetailsSection(
        "thirdparty",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Third-party code"),
        lambda lookup: load_code(lookup.ctx, lookup.group, lookup.sn),
        build_section,
    ),
    DetailsSection(
        "history",
        QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Audit history"),
        lambda lookup: audit.list_events(
            lookup.ctx, audit.AuditFilter(sn=lookup.sn, group=lookup.group), limit=HISTORY_LIMIT
        ),
        _history,
    ),
]


class DeviceDetailsDialog(QDialog):
    """`loaded` once every section has its data (or `failed` with the message)."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        env: UiEnvironment,
        group: str,
        sn: str,
        parent: QWidget | None = None,
        *,
        sections: Sequence[DetailsSection] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceDetailsDialog")
        self.setWindowTitle(self.tr("Device %1 in %2").replace("%1", sn).replace("%2", group))
        self.env, self.group, self.sn = env, group, sn
        self.sections = list(SECTIONS if sections is None else sections)
        self._section_widgets: dict[str, QWidget] = {}
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("detailsStatus")
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self.tabs.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self._load()

    def _load(self) -> None:
        lookup = DeviceLookup(self.env.ctx, self.group, self.sn)
        sections = self.sections

        def work() -> dict[str, Any]:
            return {section.key: section.load(lookup) for section in sections}

        self.env.runner.call("device details", work, on_done=self._show, on_failed=self._failed)

    def section_widget(self, key: str) -> QWidget | None:
        return self._section_widgets.get(key)

    def _show(self, data: dict[str, Any]) -> None:
        for section in self.sections:
            widget = section.build(data[section.key])
            if widget is None:
                continue
            self._section_widgets[section.key] = widget
            self.tabs.addTab(widget, self.tr(section.title))
        self.status.setVisible(False)
        self.tabs.setVisible(True)
        self.tabs.setFocus()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText(translated_error(error))
        self.status.setStyleSheet(f"color: {OUTCOME_COLOURS['error']}")
        self.failed.emit(translated_error(error))


# The texts _tr() is given, for pyside6-lupdate (it does not follow _tr).
_MARKED = (
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Asked by"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Asset ID"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Attribute"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Batch"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Comment"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Decided by"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Description"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Details"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Device ID"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Environment"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Error"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "From"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Gateway"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Hub"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Labels printed"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Last change"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Last error"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Manual code"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Name"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "No audit events for this device."),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "No reprovision requests."),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Not allocated yet: the device is allocated when it is activated."),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Note"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "OU"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Over"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Registration group"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "SN"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Since"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "State"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Status"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Substatus"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "The device has not registered with the provisioning service yet."),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "This device's group has no master data."),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "To"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Updated"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Value"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "What"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "When"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "Who"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "not in the master data group"),
    QT_TRANSLATE_NOOP("DeviceDetailsDialog", "required"),
)
