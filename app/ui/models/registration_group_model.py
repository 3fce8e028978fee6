"""Registration groups in a table, with their device counts. The Group Secret is never part of a record."""

from __future__ import annotations

from app.ui.models.record_table import Column, RecordTableModel


class RegistrationGroupModel(RecordTableModel):
    NAME, GROUP_ID, DEVICES, MASTERDATA, OU, ENVIRONMENT, POLICY, TEMPLATE = range(8)
    CONTEXT = "RegistrationGroupModel"
    COLUMNS = (
        Column("Name", lambda g: g.name),
        Column("Group ID", lambda g: g.group_id),
        Column("Devices", lambda g: g.device_count, numeric=True),
        Column("Master data group", lambda g: g.masterdata_group),
        Column("OU", lambda g: g.ou),
        Column("Environment", lambda g: g.environment),
        Column("Reprovision", lambda g: g.reprovision_policy),
        Column("Label template", lambda g: g.label_template),
    )
