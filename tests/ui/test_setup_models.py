"""The item models of the Factory setup pages, filled from a real station: Qt's model tester, and what they show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.domain.batch_states import BatchState
from app.domain.serials import serial_range
from app.services import batches, groups, lifecycle, masterdata, registering
from app.services.context import ServiceContext
from app.ui.models.attribute_model import AttributeModel, describe_rules
from app.ui.models.batch_model import STATES, BatchModel, CountsRole
from app.ui.models.masterdata_group_model import MasterdataGroupModel
from app.ui.models.record_table import RecordRole, SortRole
from app.ui.models.registration_group_model import RegistrationGroupModel
from tests.support.ctx import STANDARD_ATTRIBUTES, add_standard_setup, build_service_context


@pytest.fixture(scope="module")
def ctx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    tmp_path: Path = tmp_path_factory.mktemp("models")
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(context)
    add_standard_setup(context, group="line2")
    batches.create_batch(context, "line1", "B-1", "first")
    batches.create_batch(context, "line1", "B-2")
    registering.register_range(context, "line1", "SN-", 1, 12, batch="B-1")
    registering.register_range(context, "line1", "SN-", 100, 3, batch="B-2")
    sns = serial_range("SN-", 1, 12)
    lifecycle.disable(context, "line1", sns[0], reason="broken")
    lifecycle.install(context, "line1", sns[1], {"owner": "plant 4"})
    lifecycle.activate(context, "line1", sns[1])
    lifecycle.mark_connected(context, "line1", sns[1])
    yield context
    context.db.dispose()


def column_texts(model: object, column: int) -> list[object]:
    return [model.index(row, column).data() for row in range(model.rowCount())]  # type: ignore[attr-defined]


def test_attribute_model(qtmodeltester, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = AttributeModel()
    records = masterdata.list_attributes(ctx)
    model.set_records(records)
    qtmodeltester.check(model)
    assert model.rowCount() == len(records) and model.columnCount() == 7
    keys = column_texts(model, AttributeModel.KEY)
    assert set(STANDARD_ATTRIBUTES) <= set(keys)
    voltage = model.index(keys.index("voltage"), AttributeModel.RULES)
    assert voltage.data() == "0 – 400" and voltage.data(RecordRole).key == "voltage"
    colour = keys.index("colour")
    assert model.index(colour, AttributeModel.RULES).data() == "red | green"
    assert model.index(colour, AttributeModel.DEFAULT).data() == "red"
    assert model.index(keys.index("owner"), AttributeModel.REQUIRED).data() == "required"
    builtin = {record.key for record in records if record.builtin}
    for row, key in enumerate(keys):
        assert model.index(row, AttributeModel.ORIGIN).data() == ("Built-in" if key in builtin else "Custom")
        tooltip = model.index(row, AttributeModel.LABEL).data(Qt.ItemDataRole.ToolTipRole)
        assert (tooltip is not None) == (key in builtin)
    timezone = next(record for record in records if record.key == "timezone")
    assert "IANA time zone" in describe_rules(timezone)


def test_masterdata_group_model(qtmodeltester, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = MasterdataGroupModel()
    model.set_records(masterdata.list_groups(ctx))
    qtmodeltester.check(model)
    assert column_texts(model, MasterdataGroupModel.NAME) == ["pumps"]
    assert model.index(0, MasterdataGroupModel.COUNT).data() == len(STANDARD_ATTRIBUTES)
    assert model.index(0, MasterdataGroupModel.ATTRIBUTES).data() == ", ".join(STANDARD_ATTRIBUTES)


def test_registration_group_model_counts_devices_and_sorts_numbers(  # type: ignore[no-untyped-def]
        qtmodeltester, ctx: ServiceContext) -> None:
    model = RegistrationGroupModel()
    records = groups.list_groups(ctx, with_counts=True)
    model.set_records(records)
    qtmodeltester.check(model)
    assert column_texts(model, RegistrationGroupModel.NAME) == ["line1", "line2"]
    assert column_texts(model, RegistrationGroupModel.DEVICES) == [15, 0]
    assert column_texts(model, RegistrationGroupModel.GROUP_ID) == [r.group_id for r in records]
    assert model.row_of("line2") == 1 and model.row_of("nope") == -1
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(RegistrationGroupModel.DEVICES, Qt.SortOrder.AscendingOrder)
    assert column_texts(proxy, RegistrationGroupModel.NAME) == ["line2", "line1"]


def test_batch_model_counts_per_state(qtmodeltester, ctx: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = BatchModel()
    records = batches.list_batches(ctx, "line1")
    model.set_records(records)
    qtmodeltester.check(model)
    assert column_texts(model, BatchModel.NUMBER) == ["B-1", "B-2"]
    assert column_texts(model, BatchModel.TOTAL) == [12, 3]
    state_column = {model.state_of_column(c): c for c in range(model.columnCount()) if model.state_of_column(c)}
    assert list(state_column) == list(STATES)
    assert model.index(0, state_column[BatchState.REGISTERED]).data() == 10
    assert model.index(0, state_column[BatchState.DISABLED]).data() == 1
    assert model.index(0, state_column[BatchState.ACTIVATED]).data() == 1  # connected is activated
    assert model.index(1, state_column[BatchState.REGISTERED]).data() == 3
    assert model.index(0, BatchModel.PROGRESS).data() == "1 of 12 activated"
    assert model.index(0, BatchModel.PROGRESS).data(CountsRole).as_dict() == {
        **dict.fromkeys(STATES, 0), "registered": 10, "disabled": 1, "activated": 1}
    assert "Disabled: 1" in model.index(0, BatchModel.NUMBER).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, BatchModel.DESCRIPTION).data() == "first"
    model.set_records([])
    assert model.rowCount() == 0
