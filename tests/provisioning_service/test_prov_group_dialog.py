"""The registration group dialog's provisioning fields: validated as typed, saved through the group service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.domain.enums import Role
from app.services import groups
from app.services.context import ServiceContext
from app.ui.dialogs.registration_group_dialog import (
    GroupFormChoices,
    RegistrationGroupDialog,
)
from app.ui.dialogs.service_form import INVALID_STYLE
from app.ui.environment import UiEnvironment
from tests.provisioning_service.webhook_server import make_ca_and_server
from tests.support.ctx import add_standard_setup, build_service_context
from tests.support.ui import ui_environment

WAIT_MS = 10000
CHOICES = GroupFormChoices(["pumps"], [("avery-l7160", "")])


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[ServiceContext]:
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(context)
    yield context
    context.db.dispose()


@pytest.fixture
def env(admin: ServiceContext, tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.TECHNICIAN, name="tina", ctx=admin)
    yield environment
    environment.runner.shutdown()


def field(dialog: QDialog, name: str) -> Any:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = field(dialog, name)
    widget.clear()
    if hasattr(widget, "setPlainText") and "\n" in text:
        widget.setPlainText(text)
    else:
        qtbot.keyClicks(widget, text)


def choose(dialog: QDialog, name: str, data: str) -> None:
    combo = field(dialog, name)
    combo.setCurrentIndex(combo.findData(data))


def test_a_hashed_group_with_targets_is_created_and_bad_targets_are_named(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                         admin: ServiceContext) -> None:
    dialog = RegistrationGroupDialog(env, CHOICES)
    qtbot.addWidget(dialog)
    dialog.open()
    type_into(qtbot, dialog, "groupName", "spread")
    type_into(qtbot, dialog, "groupOu", "ou-a")
    type_into(qtbot, dialog, "groupEnvironment", "prod")
    assert not field(dialog, "groupTargets").isEnabled() and not field(dialog, "groupWebhookUrl").isEnabled()
    choose(dialog, "groupAllocation", "hashed")
    assert field(dialog, "groupTargets").isEnabled()
    message, ok = field(dialog, "message"), field(dialog, "okButton")
    assert "at least one target" in message.text() and not ok.isEnabled()
    type_into(qtbot, dialog, "groupTargets", "https://a.example.com, ou-a, prod, PK-A, 1\n"
                                             "https://b.example.com, ou-b, prod, PK-B, heavy")
    assert "field 'target 2 weight'" in message.text() and not ok.isEnabled()
    assert field(dialog, "groupTargets").styleSheet() == INVALID_STYLE
    type_into(qtbot, dialog, "groupTargets", "https://a.example.com, ou-a, prod, PK-A, 1\n"
                                             "https://b.example.com, ou-b, prod, PK-B, 3")
    qtbot.mouseClick(field(dialog, "groupAllowUnregistered"), Qt.MouseButton.LeftButton)
    assert message.text() == "" and ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=WAIT_MS)
    saved = groups.get_group(admin, "spread")
    assert saved.allocation_policy == "hashed" and saved.allow_unregistered
    assert [(t["gateway"], t["weight"]) for t in saved.targets] == [("https://a.example.com", 1),
                                                                    ("https://b.example.com", 3)]


def test_editing_to_webhook_checks_url_and_ca_and_keeps_other_fields(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                      admin: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "ca").mkdir()
    ca_pem, _cert, _key = make_ca_and_server(tmp_path / "ca")
    dialog = RegistrationGroupDialog(env, CHOICES, existing=groups.get_group(admin, "line1"))
    qtbot.addWidget(dialog)
    dialog.open()
    message, ok = field(dialog, "message"), field(dialog, "okButton")
    choose(dialog, "groupAllocation", "webhook")
    assert "webhook URL" in message.text() and field(dialog, "groupWebhookUrl").styleSheet() == INVALID_STYLE
    type_into(qtbot, dialog, "groupWebhookUrl", "http://alloc.example.com")
    assert "field 'webhook url'" in message.text() and not ok.isEnabled()
    type_into(qtbot, dialog, "groupWebhookUrl", "https://alloc.example.com/allocate")
    type_into(qtbot, dialog, "groupWebhookCa", "-----BEGIN CERTIFICATE-----\nnonsense\n")
    assert "field 'webhook ca'" in message.text() and not ok.isEnabled()
    type_into(qtbot, dialog, "groupWebhookCa", ca_pem)
    assert ok.isEnabled(), message.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_record is not None, timeout=WAIT_MS)
    saved = groups.get_group(admin, "line1")
    assert (saved.allocation_policy, saved.webhook_url, saved.webhook_ca, saved.product_key, saved.ou) == (
        "webhook", "https://alloc.example.com/allocate", True, "PK-1", "ou-a")

    again = RegistrationGroupDialog(env, CHOICES, existing=saved)  # the CA stays unless replaced or cleared
    qtbot.addWidget(again)
    again.open()
    assert field(again, "groupSystemCas").isVisibleTo(again)
    type_into(qtbot, again, "groupDescription", "north site")
    qtbot.mouseClick(field(again, "okButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.result_record is not None, timeout=WAIT_MS)
    assert groups.get_group(admin, "line1").webhook_ca is True


def test_the_import_dialog_lists_sdk_warnings_and_still_imports(qtbot, env: UiEnvironment, admin: ServiceContext,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    from app.services import device_listing
    from app.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "devices.csv"
    path.write_text("sn,owner\nIMP+1,ann\nIMP-2,ann\n", encoding="utf-8")
    dialog = ImportDialog(env, "line1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(listed) == 1 and listed[0].startswith("Warning: SN 'IMP+1' contains '+'")
    assert "1 warning listed below" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.import_button.click()
    assert {d.sn for d in device_listing.iter_devices(admin, device_listing.DeviceQuery(group="line1"))} == {"IMP+1", "IMP-2"}
