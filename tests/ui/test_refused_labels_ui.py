"""A forged label scanned in the Field view leaves an audit event; the Office shows refused labels as anomalies
of their batch, and says how many are tied to no batch or no group."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.enums import Role
from app.qr.payload import encode_payload
from app.scan.outcomes import Origin, ScanOutcome
from app.scan.wedge import EntryKind, WedgeEntry
from app.security.signing import SigningKey
from app.services import audit, groups, scan_log
from app.services.scanning import open_scan_session
from app.ui.environment import UiEnvironment
from app.ui.views.installer.field_view import FieldView
from app.ui.workspaces.supervisor import SupervisorWorkspace, create_workspace
from tests.db.supervision_scenario import G, build_scenario
from tests.support.ctx import as_role
from tests.support.ui import ui_environment
from tests.ui.installer_support import GROUP, Station, forged_label, label_data, running_field_view

TIMEOUT = 20000


@pytest.fixture
def field(qtbot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as running:
        yield running


def test_a_forged_label_from_the_usb_scanner_is_recorded_once(qtbot, field: tuple[Station, FieldView]) -> None:  # type: ignore[no-untyped-def]
    st, view = field
    forged = forged_label(label_data(st.admin, GROUP, "PUMP-0001"), "PUMP-0002").payload

    view.enter(WedgeEntry(forged, EntryKind.SCANNER))
    qtbot.waitUntil(lambda: view.scans.rowCount() == 1, timeout=TIMEOUT)
    assert view.scans.entry(0).result.outcome is ScanOutcome.FORGED and view.banner.level == "error"

    def events() -> list[audit.AuditRecord]:
        return audit.list_events(st.admin, audit.AuditFilter(action="scan.refused"))

    qtbot.waitUntil(lambda: len(events()) == 1, timeout=TIMEOUT)
    [event] = events()
    assert event.actor == st.env.ctx.actor.name and event.group == GROUP and event.sn == "PUMP-0002"
    assert event.details["source"] == "scanner" and event.details["check"] == "signature"
    assert event.details["session"] == view.session_id and event.details["batch"] == "LOT-1"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    build_scenario(environment.ctx)
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


def test_the_office_lists_refused_labels_first_and_counts_the_rest(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    installer = as_role(env.ctx, Role.INSTALLER, "ina")
    session = open_scan_session(installer)
    group_id = groups.get_group(env.ctx, G, with_count=False).group_id
    for text in (encode_payload(group_id=group_id, sn="SN-2", batch="B1", signing_key=SigningKey.generate()),
                 encode_payload(group_id=group_id, sn="Z-1", batch=None, signing_key=SigningKey.generate()),
                 "DPS1:nowhere*A*B*C*D"):
        scan_log.record_scan(installer, session.classify(text, Origin("camera 0", frame=3)), session_id="s1")

    workspace = create_workspace(env, None)
    assert isinstance(workspace, SupervisorWorkspace)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    workspace.activated()
    view = workspace.batches
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT)
    view.select_batch("B1")
    qtbot.waitUntil(lambda: not view.anomalies.loading and view.anomalies.rowCount() > 0, timeout=TIMEOUT)
    first = view.anomalies.record(0)
    assert (first.kind.value, first.sn, first.batch) == ("refused_label", "SN-2", "B1")
    assert "unknown signing key" in first.what and "by ina" in first.what
    assert "refused labels: 1" in view.anomaly_summary.text()
    qtbot.waitUntil(lambda: view.refused_summary.isVisible(), timeout=TIMEOUT)
    assert "1 of group line1 outside any batch" in view.refused_summary.text()
    assert "1 naming no known group" in view.refused_summary.text()
