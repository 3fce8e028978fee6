"""The Office workspace driven as a supervisor would: progress and anomalies, approvals, audit trail, reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from app.domain.changes import ChangeNotice, Topic
from app.domain.enums import Role
from app.services import audit, batches, lifecycle, supervision
from app.services.supervision import AnomalyKind
from app.ui.environment import UiEnvironment
from app.ui.main_window import MainWindow
from app.ui.settings import LAST_WORKSPACE, UNLABELLED_DAYS
from app.ui.views.supervisor import audit_view
from app.ui.views.supervisor.models import AnomalyModel, BatchProgressModel
from app.ui.workspaces.supervisor import SupervisorWorkspace
from tests.db.supervision_scenario import G, build_scenario
from tests.support.ui import open_office, ui_environment, wait_until_idle

TIMEOUT = 20000


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    build_scenario(environment.ctx)
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


@pytest.fixture
def workspace(qtbot, env: UiEnvironment) -> SupervisorWorkspace:  # type: ignore[no-untyped-def]
    widget = open_office(qtbot, env)
    qtbot.waitUntil(lambda: widget.batches.model.rowCount() == 2, timeout=TIMEOUT)
    return widget


def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column))


def anomalies_of(view) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    model = view.anomalies
    return [(model.record(row).kind.value, model.record(row).sn) for row in range(model.rowCount())]


def test_batch_progress_and_anomalies(qtbot, qtmodeltester, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    view = workspace.batches
    assert view.groups.group() == G
    view.select_batch("B1")
    qtbot.waitUntil(lambda: not view.anomalies.loading and view.anomalies.rowCount() > 0, timeout=TIMEOUT)
    expected = supervision.batch_progress(env.ctx, G, "B1").counts
    assert view.chart.counts == expected
    row = [r.batch for r in view.model.records()].index("B1")
    model = view.model
    assert cell(model, row, BatchProgressModel.DEVICES) == str(expected.total)
    for offset, state in enumerate(supervision.PROGRESS_STATES):
        assert cell(model, row, BatchProgressModel.STATE_COLUMNS[0] + offset) == str(getattr(expected, state))
    assert view.batch_title.text() == f"Batch B1 · {expected.total} devices"
    assert sorted(anomalies_of(view)) == [("awaiting_approval", "SN-5"), ("duplicate_scan", "SN-2"),
                                          ("never_labelled", "SN-1")]
    assert "3 anomalies" in view.anomaly_summary.text()
    assert cell(view.anomalies, 0, AnomalyModel.KIND) == "never labelled"
    assert view.approve_button.isEnabled() and view.reject_button.isEnabled()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.anomalies)

    view.stale_days.setValue(0)  # every labelled device not installed yet becomes an anomaly
    qtbot.waitUntil(lambda: not view.anomalies.loading and ("not_installed", "SN-6") in anomalies_of(view),
                    timeout=TIMEOUT)
    assert {sn for kind, sn in anomalies_of(view) if kind == "not_installed"} == {"SN-2", "SN-6"}

    view.unlabelled_days.setValue(1)  # SN-1 was registered today: not overdue yet
    qtbot.waitUntil(lambda: not view.anomalies.loading and ("never_labelled", "SN-1") not in anomalies_of(view),
                    timeout=TIMEOUT)
    assert ("duplicate_scan", "SN-2") in anomalies_of(view)
    assert env.settings.get(UNLABELLED_DAYS) == 1
    assert "group line1: 9 devices in 2 batches" in view.group_summary.text().lower()


def test_group_picker_follows_new_groups_and_switches_batches(qtbot, workspace: SupervisorWorkspace,  # type: ignore[no-untyped-def]
                                                             env: UiEnvironment) -> None:
    from tests.support.ctx import add_standard_setup

    view = workspace.batches
    assert [view.groups.itemText(i) for i in range(view.groups.count())] == ["line1", "line2"]
    add_standard_setup(env.ctx, group="line3")
    env.runner.publish(ChangeNotice.of(Topic.GROUPS))
    qtbot.waitUntil(lambda: view.groups.count() == 3, timeout=TIMEOUT)
    assert view.groups.group() == G  # the choice stays
    view.groups.select("line2")
    qtbot.waitUntil(lambda: [b.batch for b in view.model.records()] == ["B9"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not view.anomalies.loading and view.anomalies.rowCount() == 2, timeout=TIMEOUT)
    assert anomalies_of(view) == [("never_labelled", "X-1"), ("failed_allocation", "X-1")]
    assert "no product key" in view.anomalies.record(1).what
    assert view.model.records()[0].counts.failed == 1


def test_anomaly_list_pages_as_it_scrolls(qtbot, qtmodeltester, workspace: SupervisorWorkspace, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import registering
    from app.ui.views.supervisor import batches_view

    registering.register_range(env.ctx, G, "MANY-", 1, 30, batch="B2")
    monkeypatch.setattr(batches_view, "ANOMALY_PAGE", 10)
    view = workspace.batches
    view.reload_batches()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.records()[1].counts.total == 32,
                    timeout=TIMEOUT)
    view.select_batch("B2")
    # the table asks for more pages itself while its viewport is not full; scrolling asks for the rest
    qtbot.waitUntil(lambda: not view.anomalies.loading and view.anomalies.rowCount() >= 10, timeout=TIMEOUT)
    assert view.anomalies.rowCount() % 10 == 0 and view.anomalies.canFetchMore(view.anomaly_table.rootIndex())
    for _ in range(4):
        view.anomaly_table.scrollToBottom()
        view.anomalies.fetchMore(view.anomaly_table.rootIndex())
        qtbot.waitUntil(lambda: not view.anomalies.loading, timeout=TIMEOUT)
    assert view.anomalies.rowCount() == 32 and not view.anomalies.canFetchMore(view.anomaly_table.rootIndex())
    assert len({sn for _kind, sn in anomalies_of(view)}) == 32
    qtmodeltester.check(view.anomalies)


def test_approve_a_pending_reprovision(qtbot, qtmodeltester, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    view = workspace.reprovisions
    qtbot.waitUntil(lambda: workspace.tabs.tabText(workspace.tabs.indexOf(view)) == "Approvals (1)", timeout=TIMEOUT)
    workspace.show_page(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(view.model)
    assert view.selected_request() is not None and view.selected_request().sn == "SN-5"
    assert "1 request waiting" in view.summary.text()
    view.approve_button.click()
    dialog = view.comment_dialog
    assert dialog is not None and dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.comment.setPlainText("customer moved the pump to the test site")
    with qtbot.waitSignal(view.decided, timeout=TIMEOUT) as decided:
        dialog.ok_button.click()
    assert decided.args == ["SN-5", "pending"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=TIMEOUT)
    assert "No reprovision request is waiting" in view.summary.text()
    assert workspace.tabs.tabText(workspace.tabs.indexOf(view)) == "Approvals"
    [pending] = lifecycle.list_reprovisions(env.ctx, ["pending"], G)
    assert (pending.sn, pending.decided_by, pending.comment) == ("SN-5", "sue", "customer moved the pump to the test site")
    [event] = audit.list_events(env.ctx, audit.AuditFilter(action="device.reprovision.approve"))
    assert event.actor == "sue" and event.sn == "SN-5"
    batches_view = workspace.batches
    batches_view.select_batch("B1")
    qtbot.waitUntil(lambda: not batches_view.anomalies.loading
                    and ("awaiting_approval", "SN-5") not in anomalies_of(batches_view)
                    and batches_view.anomalies.rowCount() == 2, timeout=TIMEOUT)


def test_reject_a_batch_with_a_comment(qtbot, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    view = workspace.batches
    view.select_batch("B2")
    qtbot.waitUntil(lambda: view.selected_batch() is not None and view.selected_batch().batch == "B2",
                    timeout=TIMEOUT)
    view.reject_button.click()
    dialog = view.comment_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "A rejection needs a comment saying why."
    dialog.comment.setPlainText("labels printed on the wrong stock")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.reviewed, timeout=TIMEOUT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.selected_batch() is not None and view.selected_batch().review == "rejected",
                    timeout=TIMEOUT)
    assert "Rejected by sue" in view.review_label.text() and "wrong stock" in view.review_label.text()
    assert not view.approve_button.isEnabled() and not view.reject_button.isEnabled()
    record = batches.get_batch(env.ctx, G, "B2")
    assert (record.review, record.review_comment, record.reviewed_by) == ("rejected", "labels printed on the wrong stock",
                                                                         "sue")
    row = [r.batch for r in view.model.records()].index("B2")
    assert cell(view.model, row, BatchProgressModel.REVIEW) == "rejected"


def test_audit_trail_filters_pages_and_verifies(qtbot, qtmodeltester, workspace: SupervisorWorkspace,  # type: ignore[no-untyped-def]
                                                env: UiEnvironment, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_view, "PAGE", 5)
    view = workspace.audit
    workspace.show_page(view)
    qtbot.waitUntil(lambda: not view.model.loading, timeout=TIMEOUT)
    with qtbot.waitSignal(view.model.modelReset, timeout=TIMEOUT):  # not the first load's rows: the reload's
        view.apply_button.click()  # the first page may have been asked for before the page size was patched
    qtbot.waitUntil(lambda: view.model.rowCount() >= 5 and not view.model.loading, timeout=TIMEOUT)
    total = len(audit.list_events(env.ctx, limit=1000))
    # pages of 5: the table may already have asked for more pages to fill its height, even for the last one
    assert total > 5 and (view.model.rowCount() % 5 == 0 or view.model.rowCount() == total)
    while view.model.canFetchMore(view.table.rootIndex()):
        view.model.fetchMore(view.table.rootIndex())
        qtbot.waitUntil(lambda: not view.model.loading, timeout=TIMEOUT)
    assert view.model.rowCount() == total
    times = [view.model.record(row).at for row in range(total)]
    assert times == sorted(times, reverse=True)
    qtmodeltester.check(view.model)

    view.sn.setText("SN-5")
    view.apply_button.click()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0
                    and all(view.model.record(r).sn == "SN-5" for r in range(view.model.rowCount())),
                    timeout=TIMEOUT)
    actions = {view.model.record(r).action for r in range(view.model.rowCount())}
    assert {"device.activate", "device.reprovision.request"} <= actions
    view.clear_filter()
    view.action.setEditText("scan.")
    view.actor.setText("ina")
    view.apply_button.click()
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 3, timeout=TIMEOUT)
    assert {view.model.record(r).sn for r in range(3)} == {"SN-2", "NOT-REGISTERED"}
    assert view.summary.text() == "3 events, newest first."

    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as verified:
        view.verify_button.click()
    assert verified.args[0].ok
    assert view.verify_result.text().startswith(f"Intact: {total} events from 1 station;")


def test_audit_trail_follows_a_review_made_on_another_page(qtbot, workspace: SupervisorWorkspace) -> None:  # type: ignore[no-untyped-def]
    audit_page = workspace.audit
    workspace.show_page(audit_page)
    qtbot.waitUntil(lambda: audit_page.model.rowCount() > 0 and not audit_page.model.loading, timeout=TIMEOUT)
    workspace.show_page(workspace.batches)
    workspace.batches.review(G, "B1", approve=True, comment="all good")
    qtbot.waitUntil(lambda: workspace.batches.selected_batch() is not None
                    and workspace.batches.selected_batch().review == "approved", timeout=TIMEOUT)
    workspace.show_page(audit_page)
    qtbot.waitUntil(lambda: not audit_page.model.loading and audit_page.model.rowCount() > 0
                    and audit_page.model.record(0).action == "batch.approve", timeout=TIMEOUT)
    details = audit_page.model.record(0).details
    assert (details["batch"], details["comment"]) == ("B1", "all good")
    assert details["warnings"][0] == "3 devices are not installed yet (1 registered, 2 labelled)"


def test_verify_shows_the_first_broken_event(qtbot, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    with env.ctx.db.engine.begin() as connection:
        station = connection.execute(text("SELECT station FROM audit_events WHERE seq = 4")).scalar_one()
        connection.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 4"))
    view = workspace.audit
    workspace.show_page(view)
    with qtbot.waitSignal(view.verified, timeout=TIMEOUT) as verified:
        view.verify_button.click()
    assert not verified.args[0].ok
    result = view.verify_result.text()
    assert result.startswith(f"Broken: station {station}, event #4 (")
    assert "was edited after it was written" in result


def test_write_the_pdf_report_from_the_view(qtbot, workspace: SupervisorWorkspace, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.batches.select_batch("B1")
    target = tmp_path / "out" / "b1-report"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    view = workspace.reports
    workspace.show_page(view)
    qtbot.waitUntil(lambda: view.batch.currentText() == "B1" and view.pdf_button.isEnabled()
                    and "Batch B1" in view.preview_title.text(), timeout=TIMEOUT)
    with qtbot.waitSignal(view.written, timeout=TIMEOUT) as written:
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    pdf = Path(written.args[0])
    assert pdf == target.with_name("b1-report.pdf") and asked[0].endswith("batch-line1-B1.pdf")
    assert "Wrote" in view.result.text() and "3 anomalies" in view.result.text()
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    flat = " ".join(document.getAllText(0).text().split())
    document.close()
    counts = supervision.batch_progress(env.ctx, G, "B1").counts
    assert f"Activated {counts.activated} " in flat and f"Total {counts.total} 100%" in flat
    assert "Registration group line1 · batch B1" in flat and "by sue" in flat
    counts_by_kind = supervision.anomaly_counts(env.ctx, G, "B1")
    assert f"never labelled: {counts_by_kind[AnomalyKind.NEVER_LABELLED]}" in flat


def test_office_in_the_window_with_the_conflicts_page(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    env.settings.set(LAST_WORKSPACE, "supervisor")  # the window opens on the Office tab
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Office"
    workspace = window.show_workspace("supervisor")
    assert isinstance(workspace, SupervisorWorkspace)
    with qtbot.waitSignal(workspace.conflicts.loaded, timeout=TIMEOUT) as loaded:
        workspace.show_page(workspace.conflicts)
    assert loaded.args == [0]
    # this station has no central database: the page says so instead of "everything synced"
    assert workspace.conflicts.summary.text().startswith("Not connected to a central database")
    assert "synced or waits" not in workspace.conflicts.summary.text()
    qtbot.waitUntil(lambda: workspace.batches.model.rowCount() == 2, timeout=TIMEOUT)
    window.close()


def test_approving_shows_the_warnings_and_needs_a_tick_then_the_review_can_be_reopened(  # type: ignore[no-untyped-def]
        qtbot, workspace: SupervisorWorkspace, env: UiEnvironment) -> None:
    view = workspace.batches
    view.select_batch("B1")
    qtbot.waitUntil(lambda: view.selected_batch() is not None and view.selected_batch().batch == "B1",
                    timeout=TIMEOUT)
    assert not view.reopen_button.isEnabled()  # nothing to reopen yet
    view.comment_dialog = None
    view.approve_button.click()
    qtbot.waitUntil(lambda: view.comment_dialog is not None and view.comment_dialog.isVisible(), timeout=TIMEOUT)
    dialog = view.comment_dialog
    warnings = dialog.warnings.text()
    assert dialog.warnings.isVisible() and "3 devices are not installed yet (1 registered, 2 labelled)" in warnings
    assert "open anomalies (" in warnings and "duplicate scans: 1" in warnings
    assert not dialog.ok_button.isEnabled()
    dialog.acknowledge.setChecked(True)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(view.reviewed, timeout=TIMEOUT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.selected_batch() is not None and view.selected_batch().review == "approved",
                    timeout=TIMEOUT)
    assert view.reopen_button.isEnabled() and not view.approve_button.isEnabled()

    view.reopen_button.click()
    dialog = view.comment_dialog
    assert dialog.ok_button.text() == "Reopen review" and not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Reopening a review needs a comment saying why."
    dialog.comment.setPlainText("two devices still on the shelf")
    with qtbot.waitSignal(view.reviewed, timeout=TIMEOUT):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: view.selected_batch() is not None and view.selected_batch().review == "open",
                    timeout=TIMEOUT)
    assert view.approve_button.isEnabled() and not view.reopen_button.isEnabled()
    [approval] = audit.list_events(env.ctx, audit.AuditFilter(action="batch.approve"))
    assert approval.details["warnings"] == warnings.replace("• ", "").split("\n")  # what the dialog showed
    [event] = audit.list_events(env.ctx, audit.AuditFilter(action="batch.reopen"))
    assert event.actor == "sue" and event.details["comment"] == "two devices still on the shelf"
    assert event.details["taken_back"]["review"] == "approved"


def test_enter_in_any_audit_filter_field_applies_the_filter(qtbot, workspace: SupervisorWorkspace) -> None:  # type: ignore[no-untyped-def]
    view = workspace.audit
    workspace.show_page(view)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0, timeout=TIMEOUT)
    loads: list[int] = []
    view.model.loaded.connect(loads.append)

    def enter_in(widget, expect_sn: str | None = None) -> None:  # type: ignore[no-untyped-def]
        before = len(loads)
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(loads) > before and not view.model.loading, timeout=TIMEOUT)
        wait_until_idle(qtbot, workspace.env.runner)  # a second load would have started and ended by now
        assert len(loads) == before + 1  # applied once, not twice
        if expect_sn is not None:
            assert {view.model.record(r).sn for r in range(view.model.rowCount())} == {expect_sn}

    view.sn.setText("SN-5")
    enter_in(view.sn, "SN-5")
    view.sn.clear()
    view.action.setEditText("scan.")
    enter_in(view.action.lineEdit())
    assert {view.model.record(r).action.split(".")[0] for r in range(view.model.rowCount())} == {"scan"}
    assert view.action.count() == len(audit_view.ACTION_PREFIXES)  # Enter does not add "scan." to the list
    view.action.setEditText("")
    view.since.setDate(view.since.date().currentDate().addDays(1))  # from tomorrow: nothing
    enter_in(view.since)
    assert view.model.rowCount() == 0
