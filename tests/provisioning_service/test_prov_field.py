"""The Field: a device the installer activated provisions itself (another process); the view shows it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import device_registration as reg
from app.services import groups, lifecycle
from app.ui.views.installer.field_view import FieldView
from tests.ui.installer_support import GROUP, Station, running_field_view

OWNER_DATA = {"owner": "ACME Water", "voltage": "230"}


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        running[1].registration_watch.timer.setInterval(100)
        yield running


def scan(qtbot, view: FieldView, sn: str) -> None:  # type: ignore[no-untyped-def]
    rows = view.scans.rowCount()
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, sn)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == rows + 1, timeout=5_000)
    qtbot.waitUntil(lambda: view.current is not None and view.current.device.sn == sn, timeout=5_000)


def register(st: Station, sn: str) -> reg.RegistrationState:
    ctx = reg.service_context(st.admin.db, st.admin.keyring, st.admin.home)
    scope = groups.get_group(st.admin, GROUP).group_id
    return reg.register(ctx, reg.RegistrationRequest(scope, sn, None, "mqtt", "10.1.2.3:5000", "site:1"))


def test_the_field_shows_when_an_activated_device_has_registered(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    lifecycle.activate(st.admin, GROUP, "PUMP-0002", OWNER_DATA)
    scan(qtbot, view, "PUMP-0002")
    panel = view.device_panel
    assert panel.status.text().strip() == "ALLOCATED"
    assert panel.registered.text().startswith("not yet") and not panel.registrations.isVisibleTo(panel)
    assert view.registration_watch.target is not None
    state = register(st, "PUMP-0002")
    qtbot.waitUntil(lambda: view.banner.title.text() == "PUMP-0002 registered", timeout=10_000)
    assert "gw.example.com (initialAssignment)" in view.banner.message.text()
    qtbot.waitUntil(lambda: panel.status.text().strip() == "CONNECTED", timeout=10_000)
    assert panel.registered.text().startswith("yes, ") and "over mqtt: gw.example.com" in panel.registered.text()
    assert panel.registrations.isVisibleTo(panel) and panel.registrations.rowCount() == 1
    assert [panel.registrations.item(0, c).text() for c in (1, 2)] == ["gw.example.com", "initialAssignment"]
    assert panel.asset.text() == state.device_id
    assert view.registration_watch.target is not None  # still watching, for a later reprovision


def test_a_failed_registration_is_shown_with_its_reason(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    scan(qtbot, view, "PUMP-0003")
    groups.update_group(st.admin, GROUP, groups.GroupChanges(product_key=""))
    register(st, "PUMP-0003")
    qtbot.waitUntil(lambda: "registration failed" in view.banner.title.text(), timeout=10_000)
    panel = view.device_panel
    qtbot.waitUntil(lambda: panel.registered.text().startswith("refused: "), timeout=10_000)
    assert "product key" in panel.registrations.item(0, 3).text()


def test_a_hidden_field_asks_nothing_and_catches_up_when_shown(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    scan(qtbot, view, "PUMP-0004")
    watch = view.registration_watch
    watch.timer.stop()  # polls by hand below
    view.hide()
    register(st, "PUMP-0004")
    watch.poll()
    assert not watch._busy  # no query was started for a hidden view
    view.show()
    watch.poll()
    qtbot.waitUntil(lambda: view.banner.title.text() == "PUMP-0004 registered", timeout=10_000)
