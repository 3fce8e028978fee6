"""The Factory workspace driven as a technician: master data, registration groups, the audited secret reveal,
batches, the shared group picker, and the services refusing an installer whatever the form allows."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import Role
from app.domain.errors import NotFoundError
from app.security.derivation import derive_device_key
from app.services import audit, batches, device_keys, groups, masterdata, registering
from app.services.context import ServiceContext
from app.ui.dialogs.registration_group_dialog import GroupFormChoices, RegistrationGroupDialog
from app.ui.environment import UiEnvironment
from app.ui.main_window import MainWindow
from app.ui.models.attribute_model import AttributeModel
from app.ui.models.batch_model import STATES, BatchModel
from app.ui.settings import LAST_GROUP
from app.ui.views.groups_view import GroupsView
from app.ui.workspaces.technician import TechnicianWorkspace
from tests.support.ctx import add_standard_setup, build_service_context, row_counts
from tests.support.ui import ui_environment, wait_until_idle

WAIT_MS = 10000


@dataclass
class Station:
    window: MainWindow
    workspace: TechnicianWorkspace
    env: UiEnvironment
    admin: ServiceContext  # a supervisor's context, for the test's own look-ups


@pytest.fixture
def station(qtbot, tmp_path: Path) -> Iterator[Station]:  # type: ignore[no-untyped-def]
    admin = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(admin)
    env = ui_environment(tmp_path, Role.TECHNICIAN, name="tom", ctx=admin)
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    workspace = window.show_workspace("technician")
    assert isinstance(workspace, TechnicianWorkspace)
    qtbot.waitUntil(lambda: workspace.picker_loads >= 1, timeout=WAIT_MS)
    yield Station(window, workspace, env, admin)
    window.close()
    admin.db.dispose()


def show_page(qtbot, station: Station, key: str) -> Any:  # type: ignore[no-untyped-def]
    page = station.workspace.show_page(key)
    qtbot.waitUntil(lambda: getattr(page, "loads", 1) >= 1, timeout=WAIT_MS)
    return page


def open_dialog(qtbot, page: Any, button_name: str) -> QDialog:  # type: ignore[no-untyped-def]
    page.dialog = None
    button = page.findChild(QWidget, button_name)
    assert button is not None and button.isEnabled(), button_name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    return page.dialog  # type: ignore[no-any-return]


def field(dialog: QDialog, name: str) -> Any:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = field(dialog, name)
    widget.clear()
    qtbot.keyClicks(widget, text)


def save(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    ok = field(dialog, "okButton")
    assert ok.isEnabled(), field(dialog, "message").text()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def table_texts(model: Any, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def audit_actions(ctx: ServiceContext, action: str) -> int:
    return len(audit.list_events(ctx, audit.AuditFilter(action=action), limit=1000))


def test_attribute_with_a_bad_rule_is_refused_as_you_type_then_a_good_one_is_saved(qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "masterdata")
    model = page.attribute_model
    keys = table_texts(model, AttributeModel.KEY)
    assert {"location", "install_date", "voltage"} <= set(keys)

    location = model.index(keys.index("location"), AttributeModel.ORIGIN)
    assert location.data() == "Built-in"
    font = location.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    page.attributes.select_key("location")
    assert not page.edit_attribute_button.isEnabled()
    assert "read-only" in page.edit_attribute_button.toolTip()
    page.attributes.select_key("voltage")
    assert page.edit_attribute_button.isEnabled()

    dialog = open_dialog(qtbot, page, "addAttribute")
    ok, message = field(dialog, "okButton"), field(dialog, "message")
    assert not ok.isEnabled() and "field 'key'" in message.text()
    type_into(qtbot, dialog, "attributeKey", "Rated")
    assert "field 'key'" in message.text() and not ok.isEnabled()
    type_into(qtbot, dialog, "attributeKey", "rated_current")
    field(dialog, "attributeType").setCurrentIndex(field(dialog, "attributeType").findData("number"))
    assert field(dialog, "attributeMin").isVisible() and not field(dialog, "attributePattern").isVisible()
    type_into(qtbot, dialog, "attributeMin", "16")
    type_into(qtbot, dialog, "attributeMax", "2")
    assert "field 'max'" in message.text() and "below the minimum 16" in message.text()
    assert not ok.isEnabled()
    type_into(qtbot, dialog, "attributeMax", "abc")
    assert "field 'max'" in message.text() and "not a number" in message.text()
    type_into(qtbot, dialog, "attributeMax", "63")
    assert message.text() == "" and ok.isEnabled()
    type_into(qtbot, dialog, "attributeDefault", "100")
    assert "field 'default'" in message.text() and "above the maximum 63" in message.text()
    assert not ok.isEnabled()
    type_into(qtbot, dialog, "attributeDefault", "32")
    type_into(qtbot, dialog, "attributeLabel", "Rated current (A)")
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: "rated_current" in table_texts(model, AttributeModel.KEY), timeout=WAIT_MS)
    saved = {a.key: a for a in masterdata.list_attributes(station.admin)}["rated_current"]
    assert (saved.type, saved.label, saved.default, saved.rules) == ("number", "Rated current (A)", "32",
                                                                     {"min": 16, "max": 63})
    row = table_texts(model, AttributeModel.KEY).index("rated_current")
    assert model.index(row, AttributeModel.RULES).data() == "16 – 63"
    assert model.index(row, AttributeModel.ORIGIN).data() == "Custom"

    page.attributes.select_key("rated_current")
    edit = open_dialog(qtbot, page, "editAttribute")
    assert not field(edit, "attributeKey").isEnabled() and not field(edit, "attributeMin").isEnabled()
    type_into(qtbot, edit, "attributeDefault", "64")
    assert "above the maximum 63" in field(edit, "message").text()
    type_into(qtbot, edit, "attributeDefault", "40")
    field(edit, "attributeRequired").setChecked(True)
    save(qtbot, edit)
    qtbot.waitUntil(lambda: {a.key: a for a in masterdata.list_attributes(station.admin)}["rated_current"].required,
                    timeout=WAIT_MS)
    assert {a.key: a for a in masterdata.list_attributes(station.admin)}["rated_current"].default == "40"

    text_dialog = open_dialog(qtbot, page, "addAttribute")
    type_into(qtbot, text_dialog, "attributeKey", "serial_tag")
    type_into(qtbot, text_dialog, "attributePattern", "([A-Z")
    assert "field 'pattern'" in field(text_dialog, "message").text()
    type_into(qtbot, text_dialog, "attributePattern", "[A-Z]{2}\\d+")
    type_into(qtbot, text_dialog, "attributeDefault", "x1")
    assert "field 'default'" in field(text_dialog, "message").text()
    type_into(qtbot, text_dialog, "attributeDefault", "AB12")
    save(qtbot, text_dialog)
    saved_text = {a.key: a for a in masterdata.list_attributes(station.admin)}["serial_tag"]
    assert saved_text.rules == {"pattern": "[A-Z]{2}\\d+"}


def test_attribute_key_taken_is_named_before_saving(qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "masterdata")
    dialog = open_dialog(qtbot, page, "addAttribute")
    type_into(qtbot, dialog, "attributeKey", "voltage")
    assert "field 'key'" in field(dialog, "message").text() and "already exists" in field(dialog, "message").text()
    assert not field(dialog, "okButton").isEnabled()
    dialog.reject()


def test_create_and_edit_a_master_data_group(qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "masterdata")
    dialog = open_dialog(qtbot, page, "newMasterdataGroup")
    message = field(dialog, "message")
    assert "field 'name'" in message.text()
    type_into(qtbot, dialog, "mdGroupName", "pumps")
    assert "already exists" in message.text()
    type_into(qtbot, dialog, "mdGroupName", "meters")
    assert "field 'asset type'" in message.text()
    type_into(qtbot, dialog, "mdGroupAssetType", "meter")
    dialog.set_checked({"owner", "location"})
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: "meters" in table_texts(page.group_model, 0), timeout=WAIT_MS)
    created = {g.name: g for g in masterdata.list_groups(station.admin)}["meters"]
    assert (created.asset_type, set(created.attribute_keys)) == ("meter", {"owner", "location"})

    page.groups.select_key("meters")
    edit = open_dialog(qtbot, page, "editMasterdataGroup")
    assert field(edit, "mdGroupName").text() == "meters"
    type_into(qtbot, edit, "mdGroupAssetType", "water meter")
    save(qtbot, edit)
    qtbot.waitUntil(lambda: {g.name: g for g in masterdata.list_groups(station.admin)}["meters"].asset_type
                    == "water meter", timeout=WAIT_MS)


def test_create_a_registration_group_and_see_it_in_the_picker(qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "groups")
    assert table_texts(page.model, 0) == ["line1"]
    dialog = open_dialog(qtbot, page, "newRegistrationGroup")
    message = field(dialog, "message")
    type_into(qtbot, dialog, "groupName", "line1")
    assert "already exists" in message.text()
    type_into(qtbot, dialog, "groupName", "line9")
    type_into(qtbot, dialog, "groupOu", "ou-north")
    type_into(qtbot, dialog, "groupEnvironment", "staging")
    type_into(qtbot, dialog, "groupGateway", "ftp://gw")
    assert "field 'gateway'" in message.text() and not field(dialog, "okButton").isEnabled()
    type_into(qtbot, dialog, "groupGateway", "mqtts://gw.example.com:8883")
    type_into(qtbot, dialog, "groupProductKey", "PK-9")
    policy = field(dialog, "groupPolicy")
    policy.setCurrentIndex(policy.findData("approval"))
    template = field(dialog, "groupTemplate")
    assert template.findData("thermal-50x30") >= 0
    template.setCurrentIndex(template.findData("thermal-50x30"))
    save(qtbot, dialog)

    qtbot.waitUntil(lambda: "line9" in table_texts(page.model, 0), timeout=WAIT_MS)
    created = groups.get_group(station.admin, "line9")
    assert (created.ou, created.environment, created.gateway, created.reprovision_policy, created.label_template,
            created.masterdata_group) == ("ou-north", "staging", "mqtts://gw.example.com:8883", "approval",
                                          "thermal-50x30", "pumps")
    page.table.select_key("line9")
    assert page.group_id.text() == created.group_id and page.group_id.isReadOnly()
    qtbot.mouseClick(page.copy_id_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == created.group_id
    picker = station.workspace.group_picker
    qtbot.waitUntil(lambda: picker.findText("line9") >= 0, timeout=WAIT_MS)

    edit = open_dialog(qtbot, page, "editRegistrationGroup")
    assert not field(edit, "groupMasterdata").isEnabled()
    type_into(qtbot, edit, "groupEnvironment", "prod")
    save(qtbot, edit)
    qtbot.waitUntil(lambda: groups.get_group(station.admin, "line9").environment == "prod", timeout=WAIT_MS)

    assert picker.currentText() == "line1"
    page.table.select_key("line1")
    rename = open_dialog(qtbot, page, "editRegistrationGroup")
    type_into(qtbot, rename, "groupName", "line1-main")
    save(qtbot, rename)
    qtbot.waitUntil(lambda: "line1-main" in table_texts(page.model, 0), timeout=WAIT_MS)
    assert picker.currentText() == "line1-main"
    assert station.env.settings.get(LAST_GROUP) == "line1-main"
    qtbot.waitUntil(lambda: sorted(picker.itemText(i) for i in range(picker.count())) == ["line1-main", "line9"],
                    timeout=WAIT_MS)


def test_reveal_secret_asks_first_is_audited_and_forgotten_on_close(  # type: ignore[no-untyped-def]
        qtbot, station: Station, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    page = show_page(qtbot, station, "groups")
    page.table.select_key("line1")
    assert "•" in page.secret_label.text()

    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    confirm = page.reveal_confirm
    assert isinstance(confirm, QMessageBox) and confirm.isVisible()
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    wait_until_idle(qtbot, station.env.runner)
    assert audit_actions(station.admin, "group.secret.reveal") == 0
    assert page.dialog is None

    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    reveal = page.reveal_confirm.findChild(QWidget, "confirmReveal")
    qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.objectName() == "revealSecretDialog",
                    timeout=WAIT_MS)
    dialog = page.dialog
    secret_field = field(dialog, "secretText")
    secret = secret_field.text()
    assert secret and secret_field.isReadOnly()
    registering.register_device(station.admin, "line1", "SN-REVEAL-1")
    assert derive_device_key(secret, "SN-REVEAL-1") == device_keys.device_key(station.admin, "line1", "SN-REVEAL-1")
    events = audit.list_events(station.admin, audit.AuditFilter(action="group.secret.reveal"))
    assert [(e.actor, e.group) for e in events] == [("tom", "line1")]

    qtbot.mouseClick(field(dialog, "copySecret"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == secret
    dialog.reject()
    assert secret_field.text() == ""
    assert QGuiApplication.clipboard().text() != secret
    assert secret not in caplog.text


def test_create_and_rename_a_batch_and_see_its_counts(qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "batches")
    assert station.workspace.group_picker.currentText() == "line1" and page.group == "line1"
    assert page.model.rowCount() == 0 and "No batches" in page.empty_hint.text()

    dialog = open_dialog(qtbot, page, "newBatch")
    type_into(qtbot, dialog, "batchNumber", "lot 7")
    assert "field 'batch'" in field(dialog, "message").text() and not field(dialog, "okButton").isEnabled()
    type_into(qtbot, dialog, "batchNumber", "2026-11-A")
    type_into(qtbot, dialog, "batchDescription", "first lot")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: table_texts(page.model, BatchModel.NUMBER) == ["2026-11-A"], timeout=WAIT_MS)
    assert page.model.index(0, BatchModel.TOTAL).data() == 0

    registering.register_range(station.admin, "line1", "PMP-", 1, 5, batch="2026-11-A")
    loads = page.loads
    station.env.runner.publish(ChangeNotice.of(Topic.DEVICES))  # as a sync that pulled devices does
    qtbot.waitUntil(lambda: page.loads > loads, timeout=WAIT_MS)
    registered = BatchModel.FIRST_STATE + STATES.index("registered")
    assert page.model.index(0, BatchModel.TOTAL).data() == 5
    assert page.model.index(0, registered).data() == 5
    assert page.model.index(0, BatchModel.PROGRESS).data() == "0 of 5 activated"

    page.table.select_key("2026-11-A")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    printing = page.print_dialog  # the print dialog for this batch, or the note that this build has none
    assert printing is not None and printing.isVisible()
    printing.close()
    rename = open_dialog(qtbot, page, "renameBatch")
    assert field(rename, "batchNumber").text() == "2026-11-A"
    type_into(qtbot, rename, "batchNumber", "2026-11-A1")
    save(qtbot, rename)
    qtbot.waitUntil(lambda: table_texts(page.model, BatchModel.NUMBER) == ["2026-11-A1"], timeout=WAIT_MS)
    assert page.model.index(0, registered).data() == 5
    assert [b.number for b in batches.list_batches(station.admin, "line1")] == ["2026-11-A1"]
    assert audit_actions(station.admin, "batch.rename") == 1


def test_navigation_shortcuts_lazy_pages_and_the_remembered_group(qtbot, station: Station, tmp_path: Path) -> None:
    workspace = station.workspace
    assert set(workspace.pages) == {"devices"}
    station.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is station.window, timeout=WAIT_MS)
    qtbot.keyClick(workspace.nav, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_key() == "masterdata" and "masterdata" in workspace.pages
    assert not workspace.group_bar.isVisible()
    qtbot.keyClick(workspace.nav, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_key() == "batches" and workspace.group_bar.isVisible()
    assert set(workspace.pages) == {"devices", "masterdata", "batches"}

    groups.create_group(station.admin, "line2", masterdata_group="pumps", ou="ou-b", environment="prod")
    batches.create_batch(station.admin, "line1", "made-elsewhere")
    workspace.activated()  # as when the tab comes to the front again, after work at another station
    qtbot.waitUntil(lambda: workspace.group_picker.findText("line2") >= 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "made-elsewhere" in table_texts(workspace.pages["batches"].model, BatchModel.NUMBER),
                    timeout=WAIT_MS)
    workspace.select_group("line2")
    assert station.env.settings.get(LAST_GROUP) == "line2"
    assert workspace.pages["batches"].group == "line2"

    again = TechnicianWorkspace(station.env)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.picker_loads >= 1, timeout=WAIT_MS)
    assert again.current_group() == "line2"


def test_installer_is_refused_by_the_service_and_nothing_is_written(qtbot, tmp_path: Path) -> None:
    admin = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(admin)
    env = ui_environment(tmp_path, Role.INSTALLER, name="ines", ctx=admin)
    try:
        view = GroupsView(env)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitUntil(lambda: view.loads >= 1, timeout=WAIT_MS)
        assert not view.new_button.isEnabled() and not view.reveal_button.isEnabled()

        # the form itself is not role-aware: the service must refuse
        dialog = RegistrationGroupDialog(env, GroupFormChoices(["pumps"], [("avery-l7160", "")]), parent=view)
        qtbot.addWidget(dialog)
        dialog.open()
        type_into(qtbot, dialog, "groupName", "rogue")
        type_into(qtbot, dialog, "groupOu", "ou-x")
        type_into(qtbot, dialog, "groupEnvironment", "prod")
        before = row_counts(admin.db.engine)
        qtbot.mouseClick(field(dialog, "okButton"), Qt.MouseButton.LeftButton)
        message = field(dialog, "message")
        qtbot.waitUntil(lambda: "may not manage registration groups" in message.text(), timeout=WAIT_MS)
        assert "ines (installer)" in message.text()
        assert dialog.isVisible() and dialog.result_record is None
        assert row_counts(admin.db.engine) == before
        with pytest.raises(NotFoundError):
            groups.get_group(admin, "rogue")
        assert [g.name for g in groups.list_groups(admin)] == ["line1"]
        dialog.reject()
    finally:
        env.runner.shutdown()
        admin.db.dispose()


def test_a_choice_attribute_without_choices_is_explained_without_command_line_syntax(  # type: ignore[no-untyped-def]
        qtbot, station: Station) -> None:
    page = show_page(qtbot, station, "masterdata")
    dialog = open_dialog(qtbot, page, "addAttribute")
    type_into(qtbot, dialog, "attributeKey", "phase_kind")
    field(dialog, "attributeType").setCurrentIndex(field(dialog, "attributeType").findData("enum"))
    message = field(dialog, "message").text()
    assert "field 'choices'" in message and "comma-separated" in message
    assert "--" not in message
    dialog.reject()


def test_a_long_list_of_attribute_keys_is_not_cut_while_the_description_has_room(  # type: ignore[no-untyped-def]
        qtbot, station: Station) -> None:
    from app.services import masterdata
    from app.ui.models.masterdata_group_model import MasterdataGroupModel

    keys = ["voltage", "colour", "outdoor", "owner", "install_date", "location", "timezone", "firmware_version",
            "device_name"]
    masterdata.create_group(station.admin, "everything", "cabinet", keys)
    page = show_page(qtbot, station, "masterdata")
    qtbot.waitUntil(lambda: page.group_model.rowCount() >= 2, timeout=WAIT_MS)
    table = page.groups
    text = ", ".join(keys)
    width = table.horizontalHeader().sectionSize(MasterdataGroupModel.ATTRIBUTES)
    assert table.fontMetrics().horizontalAdvance(text) <= width
