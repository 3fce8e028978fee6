"""Registration groups in a table, with their device counts. The Group Secret is never part of a record."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP
from app.ui.models.record_table import Column, RecordTableModel


class RegistrationGroupModel(RecordTableModel):
    NAME, GROUP_ID, DEVICES, MASTERDATA, OU, ENVIRONMENT, POLICY, TEMPLATE = range(8)
    CONTEXT = "RegistrationGroupModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Name"), lambda g: g.name),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Group ID"), lambda g: g.group_id),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Devices"), lambda g: g.device_count, numeric=True),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Master data group"), lambda g: g.masterdata_group),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "OU"), lambda g: g.ou),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Environment"), lambda g: g.environment),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Reprovision"), lambda g: g.reprovision_policy),
        Column(QT_TRANSLATE_NOOP("RegistrationGroupModel", "Label template"), lambda g: g.label_template),
    )
