"""Create or edit a registration group: where its devices go (OU, environment, product key, gateway), how they may
be reprovisioned and which label template prints them. The Group ID and Secret are made by the service."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.domain.enums import ReprovisionPolicy
from app.domain.errors import InputError
from app.domain.records import RegistrationGroupRecord
from app.services import groups
from app.services.groups import _gateway as check_gateway  # the service's own check, as masterdata's is reused there
from app.services.masterdata import check_name
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.environment import UiEnvironment


def policy_text(policy: str) -> str:
    texts = {
        ReprovisionPolicy.MIGRATE.value: "Migrate: keep the master data",
        ReprovisionPolicy.INITIALIZE.value: "Initialize: reset master data to the defaults",
        ReprovisionPolicy.NEVER.value: "Not allowed",
        ReprovisionPolicy.APPROVAL.value: "Needs supervisor approval",
    }
    return QCoreApplication.translate("RegistrationGroupDialog", texts.get(policy, policy))


@dataclass(frozen=True)
class GroupFormChoices:
    """What the form offers, loaded on the runner before it opens."""

    masterdata_groups: Sequence[str]
    templates: Sequence[tuple[str, str]]  # (name, description)
    taken_names: Collection[str] = ()


class RegistrationGroupDialog(ServiceFormDialog):
    def __init__(self, env: UiEnvironment, choices: GroupFormChoices, *,
                 existing: RegistrationGroupRecord | None = None, default_template: str = groups.DEFAULT_TEMPLATE,
                 parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.setObjectName("registrationGroupDialog")
        self.existing = existing
        self._taken = set(choices.taken_names) - ({existing.name} if existing else set())
        self.setWindowTitle(self.tr("Edit registration group %s") % existing.name if existing
                            else self.tr("New registration group"))
        self.name = QLineEdit()
        self.name.setObjectName("groupName")
        self.masterdata = QComboBox()
        self.masterdata.setObjectName("groupMasterdata")
        self.masterdata.addItems(list(choices.masterdata_groups))
        self.ou = QLineEdit()
        self.ou.setObjectName("groupOu")
        self.ou.setPlaceholderText(self.tr("organisation unit the devices are allocated to"))
        self.environment = QLineEdit()
        self.environment.setObjectName("groupEnvironment")
        self.environment.setPlaceholderText(self.tr("e.g. prod, staging"))
        self.product_key = QLineEdit()
        self.product_key.setObjectName("groupProductKey")
        self.product_key.setPlaceholderText(self.tr("needed to allocate devices"))
        self.gateway = QLineEdit()
        self.gateway.setObjectName("groupGateway")
        self.gateway.setPlaceholderText("https://gateway.example.com")
        self.policy = QComboBox()
        self.policy.setObjectName("groupPolicy")
        for policy in ReprovisionPolicy:
            self.policy.addItem(policy_text(policy.value), policy.value)
        self.template = QComboBox()
        self.template.setObjectName("groupTemplate")
        for name, description in choices.templates:
            self.template.addItem(f"{name} – {description}" if description else name, name)
        self.description = QLineEdit()
        self.description.setObjectName("groupDescription")
        self.add_field(self.tr("&Name"), self.name, "name")
        self.add_field(self.tr("&Master data group"), self.masterdata, "masterdata")
        self.add_field(self.tr("&OU"), self.ou, "ou")
        self.add_field(self.tr("&Environment"), self.environment, "environment")
        self.add_field(self.tr("&Product key"), self.product_key)
        self.add_field(self.tr("&Gateway"), self.gateway, "gateway")
        self.add_field(self.tr("&Reprovisioning"), self.policy, "reprovision")
        self.add_field(self.tr("&Label template"), self.template)
        self.add_field(self.tr("&Description"), self.description)
        self.setMinimumWidth(560)
        if existing is not None:
            self._fill(existing)
        else:
            self._select_template(default_template)
        self.revalidate()

    def _select_template(self, name: str) -> None:
        index = self.template.findData(name)
        if index < 0 and name:
            self.template.addItem(name, name)
            index = self.template.count() - 1
        self.template.setCurrentIndex(max(0, index))

    def _fill(self, group: RegistrationGroupRecord) -> None:
        self.name.setText(group.name)
        if self.masterdata.findText(group.masterdata_group) < 0:
            self.masterdata.addItem(group.masterdata_group)
        self.masterdata.setCurrentText(group.masterdata_group)
        self.masterdata.setEnabled(False)
        self.masterdata.setToolTip(self.tr("Devices carry this group's master data; it stays once they are "
                                           "registered."))
        self.ou.setText(group.ou)
        self.environment.setText(group.environment)
        self.product_key.setText(group.product_key)
        self.gateway.setText(group.gateway)
        self.policy.setCurrentIndex(max(0, self.policy.findData(group.reprovision_policy)))
        self._select_template(group.label_template)
        self.description.setText(group.description)

    def problem(self) -> InputError | None:
        try:
            name = check_name(self.name.text(), "name")
            if name in self._taken:
                raise InputError(f"a registration group named {name!r} already exists", field="name")
            if not self.masterdata.currentText():
                raise InputError("create a master data group first (Master data page)", field="masterdata")
            check_name(self.ou.text(), "ou")
            check_name(self.environment.text(), "environment")
            check_gateway(self.gateway.text())
        except InputError as error:
            return error
        return None

    def service_call(self) -> Callable[[], Any]:
        ctx = self.env.ctx
        values = {"ou": self.ou.text(), "environment": self.environment.text(),
                  "product_key": self.product_key.text(), "gateway": self.gateway.text(),
                  "reprovision_policy": str(self.policy.currentData()),
                  "label_template": str(self.template.currentData()),
                  "description": self.description.text()}
        name = self.name.text().strip()
        if self.existing is None:
            masterdata_group = self.masterdata.currentText()
            return lambda: groups.create_group(ctx, name, masterdata_group=masterdata_group, **values)
        old = self.existing
        changed = {field: value for field, value in values.items() if value != getattr(old, field)}
        changes = groups.GroupChanges(new_name=name if name != old.name else None, **changed)
        return lambda: groups.update_group(ctx, old.name, changes)

    def data_key(self) -> str:
        return "groups"
