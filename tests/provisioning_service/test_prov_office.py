"""The Office's provisioning service page: running or not, ports, registrations in the last hour, last errors."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.services import device_registration as reg
from app.services import groups, registering
from app.ui.environment import UiEnvironment
from app.ui.workspaces.supervisor import SupervisorWorkspace
from tests.support.ctx import STANDARD_GROUP, add_standard_setup
from tests.support.ui import open_office, ui_environment

TIMEOUT = 10000


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    add_standard_setup(environment.ctx)
    registering.register_range(environment.ctx, STANDARD_GROUP, "SN-", 1, 3)
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


@pytest.fixture
def workspace(qtbot, env: UiEnvironment) -> SupervisorWorkspace:  # type: ignore[no-untyped-def]
    widget = open_office(qtbot, env)
    return widget


def service(env: UiEnvironment):  # type: ignore[no-untyped-def]
    return reg.service_context(env.ctx.db, env.ctx.keyring, env.ctx.home)


def test_the_page_says_not_running_then_running_with_ports_counts_and_errors(qtbot, workspace: SupervisorWorkspace,  # type: ignore[no-untyped-def]
                                                                             env: UiEnvironment) -> None:
    view = workspace.provisioning
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        workspace.show_page(view)
    assert "not running" in view.state.text()
    assert view.counts.text() == "Registrations in the last hour: 0 (0 failed)"

    svc = service(env)
    reg.record_heartbeat(svc, f"{socket.gethostname()}:4242", {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"})
    scope = groups.get_group(env.ctx, STANDARD_GROUP).group_id
    reg.register(svc, reg.RegistrationRequest(scope, "SN-1", None, "mqtt", "10.0.0.5:1234", "x:1"))
    reg.register(svc, reg.RegistrationRequest(scope, "SN-2", None, "https", "10.0.0.6:1234", "x:1"))
    reg.record_endpoint_error(svc, "x:1", "10.0.0.9:999", "mqtt", "bad SAS token")
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh_button.click()
    assert "running (on this computer)" in view.state.text()
    assert "mqtt 0.0.0.0:8883" in view.state.text() and "https 0.0.0.0:443" in view.state.text()
    assert view.counts.text() == "Registrations in the last hour: 2 (0 failed)"
    assert view.instances.rowCount() == 1 and view.instances.item(0, 3).text() == "running"
    assert [view.recent.item(row, 2).text() for row in range(view.recent.rowCount())] == ["SN-2", "SN-1"]
    assert view.recent.item(0, 4).text() == "gw.example.com"
    assert (view.errors.item(0, 1).text(), view.errors.item(0, 3).text()) == ("10.0.0.9:999", "bad SAS token")

    reg.record_heartbeat(svc, f"{socket.gethostname()}:4242", {}, stopping=True)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        view.refresh_button.click()
    assert "not running" in view.state.text() and view.instances.item(0, 3).text() == "stopped or silent"


def test_the_page_refreshes_by_itself_while_shown(qtbot, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    view = workspace.provisioning
    view.timer.setInterval(100)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        workspace.show_page(view)
    reg.record_heartbeat(service(env), "elsewhere:1", {"mqtt": "0.0.0.0:8883"})
    qtbot.waitUntil(lambda: "running (1 instance, 0 on this computer)" in view.state.text(), timeout=TIMEOUT)
    workspace.show_page(workspace.batches)
    assert not view.timer.isActive()
