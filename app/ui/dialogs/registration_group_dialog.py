"""Create or edit a registration group: where its devices go (OU, environment, product key, gateway), how they may
be reprovisioned, which label template prints them, and how devices provision themselves (allocation policy,
hashed targets, webhook, devices not registered in advance). The Group ID and Secret are made by the service."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.changes import Topic
from app.domain.enums import AllocationPolicy, ReprovisionPolicy
from app.domain.errors import InputError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.records import RegistrationGroupRecord
from app.services import groups
from app.services.allocation import Target, check_gateway, parse_target
from app.services.masterdata import check_name
from app.services.webhook import check_ca_pem, check_webhook_url
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.environment import UiEnvironment


def policy_text(policy: str) -> str:
    texts = {
        ReprovisionPolicy.MIGRATE.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog", "Migrate: keep the master data"),
        ReprovisionPolicy.INITIALIZE.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog",
                                                              "Initialize: reset master data to the defaults"),
        ReprovisionPolicy.NEVER.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog", "Not allowed"),
        ReprovisionPolicy.APPROVAL.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog", "Needs supervisor approval"),
    }
    return QCoreApplication.translate("RegistrationGroupDialog", texts.get(policy, policy))


def allocation_text(policy: str) -> str:
    texts = {
        AllocationPolicy.STATIC.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog",
                                                         "Static: the OU, environment and gateway above"),
        AllocationPolicy.HASHED.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog",
                                                         "Hashed: spread over weighted targets"),
        AllocationPolicy.WEBHOOK.value: QT_TRANSLATE_NOOP("RegistrationGroupDialog",
                                                          "Webhook: an HTTPS service decides"),
    }
    return QCoreApplication.translate("RegistrationGroupDialog", texts.get(policy, policy))


def targets_text(targets: Sequence[dict[str, Any]]) -> str:
    return "\n".join(f"{t['gateway']}, {t['ou']}, {t['environment']}, {t['product_key']}, {t['weight']}"
                     for t in targets)


def parse_targets_text(text: str) -> list[Target]:
    """One target per line: URL, OU, ENV, PRODUCT_KEY[, WEIGHT]; blank lines are skipped."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    return [parse_target(line, field=f"target {number}") for number, line in lines]


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
        self.device_provisioning = QCheckBox(self.tr("Devices provision themselves from this group"))
        self.device_provisioning.setObjectName("groupDeviceProvisioning")
        self.device_provisioning.setChecked(True)
        self.allow_unregistered = QCheckBox(self.tr("Accept devices not registered in advance (their derived "
                                                    "key registers them)"))
        self.allow_unregistered.setObjectName("groupAllowUnregistered")
        self.allocation = QComboBox()
        self.allocation.setObjectName("groupAllocation")
        for allocation in AllocationPolicy:
            self.allocation.addItem(allocation_text(allocation.value), allocation.value)
        self.targets = QPlainTextEdit()
        self.targets.setObjectName("groupTargets")
        self.targets.setTabChangesFocus(True)
        self.targets.setPlaceholderText(self.tr("one per line: URL, OU, environment, product key, weight"))
        self.targets.setFixedHeight(self.targets.fontMetrics().lineSpacing() * 4 + 12)
        self.webhook_url = QLineEdit()
        self.webhook_url.setObjectName("groupWebhookUrl")
        self.webhook_url.setPlaceholderText("https://alloc.example.com/allocate")
        self.webhook_ca = QPlainTextEdit()
        self.webhook_ca.setObjectName("groupWebhookCa")
        self.webhook_ca.setTabChangesFocus(True)
        self.webhook_ca.setPlaceholderText(self.tr("PEM of the CA the webhook's certificate chains to "
                                                   "(empty: the system's CAs)"))
        self.webhook_ca.setFixedHeight(self.webhook_ca.fontMetrics().lineSpacing() * 3 + 12)
        self.system_cas = QCheckBox(self.tr("Trust the system's CAs instead of the CA set"))
        self.system_cas.setObjectName("groupSystemCas")
        self.system_cas.setVisible(False)
        self.add_field(self.tr("&Name"), self.name, "name")
        self.add_field(self.tr("&Master data group"), self.masterdata, "masterdata")
        self.add_field(self.tr("&OU"), self.ou, "ou")
        self.add_field(self.tr("&Environment"), self.environment, "environment")
        self.add_field(self.tr("&Product key"), self.product_key)
        self.add_field(self.tr("&Gateway"), self.gateway, "gateway")
        self.add_field(self.tr("&Reprovisioning"), self.policy, "reprovision")
        self.add_field(self.tr("&Label template"), self.template)
        self.add_field(self.tr("&Description"), self.description)
        self.add_field(self.tr("Provisioning"), self.device_provisioning)
        self.add_field("", self.allow_unregistered)
        self.add_field(self.tr("&Allocation"), self.allocation, "allocation")
        self.add_field(self.tr("&Targets"), self.targets, "targets")
        self.add_field(self.tr("&Webhook URL"), self.webhook_url, "webhook url")
        self.add_field(self.tr("Webhook &CA"), self.webhook_ca, "webhook ca")
        self.add_field("", self.system_cas)
        self.allocation.currentIndexChanged.connect(self._enable_policy_fields)
        self.device_provisioning.toggled.connect(self._enable_policy_fields)
        self.setMinimumWidth(560)
        if existing is not None:
            self._fill(existing)
        else:
            self._select_template(default_template)
        self._enable_policy_fields()
        self.revalidate()

    def _enable_policy_fields(self) -> None:
        provisioning = self.device_provisioning.isChecked()
        policy = str(self.allocation.currentData())
        self.allow_unregistered.setEnabled(provisioning)
        self.allocation.setEnabled(provisioning)
        self.targets.setEnabled(provisioning and policy == AllocationPolicy.HASHED.value)
        webhook = provisioning and policy == AllocationPolicy.WEBHOOK.value
        self.webhook_url.setEnabled(webhook)
        self.webhook_ca.setEnabled(webhook and not self.system_cas.isChecked())
        self.system_cas.setEnabled(webhook)

    def _mark(self, field: str | None) -> None:
        """A target's own field ('target 2 weight') marks the targets box."""
        super()._mark("targets" if field and field.startswith("target") else field)

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
        self.device_provisioning.setChecked(group.device_provisioning)
        self.allow_unregistered.setChecked(group.allow_unregistered)
        self.allocation.setCurrentIndex(max(0, self.allocation.findData(group.allocation_policy)))
        self.targets.setPlainText(targets_text(group.targets))
        self.webhook_url.setText(group.webhook_url)
        if group.webhook_ca:
            self.webhook_ca.setPlaceholderText(self.tr("a CA is set; paste another PEM to replace it"))
            self.system_cas.setVisible(True)
            self.system_cas.toggled.connect(self._enable_policy_fields)

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
            targets = parse_targets_text(self.targets.toPlainText())
            webhook_url = check_webhook_url(self.webhook_url.text())
            check_ca_pem(self.webhook_ca.toPlainText())
            policy = str(self.allocation.currentData())
            if self.device_provisioning.isChecked():
                if policy == AllocationPolicy.HASHED.value and not targets:
                    raise InputError("the hashed policy needs at least one target", field="targets")
                if policy == AllocationPolicy.WEBHOOK.value and not webhook_url:
                    raise InputError("the webhook policy needs an https:// webhook URL", field="webhook url")
        except InputError as error:
            return error
        return None

    def _provisioning_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "allocation_policy": str(self.allocation.currentData()),
            "targets": parse_targets_text(self.targets.toPlainText()),
            "webhook_url": self.webhook_url.text().strip(),
            "device_provisioning": self.device_provisioning.isChecked(),
            "allow_unregistered": self.allow_unregistered.isChecked(),
        }
        pem = self.webhook_ca.toPlainText().strip()
        if pem or self.existing is None or self.system_cas.isChecked():
            values["webhook_ca_pem"] = pem  # an existing group keeps its CA unless one is pasted or cleared
        return values

    def service_call(self) -> Callable[[], Any]:
        ctx = self.env.ctx
        values: dict[str, Any] = {"ou": self.ou.text(), "environment": self.environment.text(),
                  "product_key": self.product_key.text(), "gateway": self.gateway.text(),
                  "reprovision_policy": str(self.policy.currentData()),
                  "label_template": str(self.template.currentData()),
                  "description": self.description.text()}
        name = self.name.text().strip()
        provisioning = self._provisioning_values()
        if self.existing is None:
            masterdata_group = self.masterdata.currentText()
            options = groups.ProvisioningOptions(**provisioning)
            return lambda: groups.create_group(ctx, name, masterdata_group=masterdata_group, provisioning=options,
                                               **values)
        old = self.existing
        changed = {field: value for field, value in values.items() if value != getattr(old, field)}
        old_targets = [dict(target) for target in old.targets]
        provisioning_changed = {
            field: value for field, value in provisioning.items()
            if field == "webhook_ca_pem"
            or (field == "targets" and [t.as_json() for t in value] != old_targets)
            or (field != "targets" and value != getattr(old, field))}
        changes = groups.GroupChanges(new_name=name if name != old.name else None, **changed, **provisioning_changed)
        return lambda: groups.update_group(ctx, old.name, changes)

    def data_key(self) -> Topic:
        return Topic.GROUPS
