"""The task runner is where changes are announced and failures end up: a ChangeNotice goes out once a task
succeeded (never after a failure), a failure without its own handler reaches the one error dialog with its
traceback logged once, and the sync controller's unexpected failures take the same path."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.changes import ALL_DATA, ChangeNotice, Topic
from app.domain.errors import InputError
from app.sync.engine import SyncResult
from app.ui.environment import UiEnvironment
from app.ui.errors import ErrorReportDialog
from app.ui.sync_controller import SyncController, changes_of
from app.ui.tasks import TaskRunner
from tests.support.ui import ui_environment

TIMEOUT = 10_000


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.shutdown()


def _dialogs(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _close_all() -> None:
    for widget in _dialogs(ErrorReportDialog) + _dialogs(QMessageBox):
        widget.close()


def test_a_notice_goes_out_when_the_task_succeeded_and_never_after_a_failure(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    notices: list[ChangeNotice] = []
    runner.changed.connect(notices.append)
    done: list[int] = []
    with qtbot.waitSignal(runner.changed, timeout=TIMEOUT):
        runner.call("register", lambda: 3, on_done=done.append,
                    changes=ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, group="line1"))
    assert notices == [ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, group="line1")]
    qtbot.waitUntil(lambda: done == [3], timeout=TIMEOUT)  # the notice first, then the caller's own callback
    assert notices[0].touches(Topic.BATCHES, group="line1") and not notices[0].touches(Topic.BATCHES, group="x")
    assert not notices[0].touches(Topic.USERS)

    def refused() -> None:
        raise InputError("no such batch", field="batch")

    failures: list[Exception] = []
    with qtbot.waitSignal(runner.busyChanged, timeout=TIMEOUT, check_params_cb=lambda busy: not busy):
        runner.call("refused", refused, on_failed=failures.append, changes=ChangeNotice.of(Topic.DEVICES))
    assert len(failures) == 1 and notices == [ChangeNotice.of(Topic.DEVICES, Topic.BATCHES, group="line1")]

    # derived from the result: what the task returns decides the notice
    with qtbot.waitSignal(runner.changed, timeout=TIMEOUT) as derived:
        runner.call("rename", lambda: "line2", changes=lambda group: ChangeNotice.of(Topic.GROUPS, group=group))
    assert derived.args[0] == ChangeNotice.of(Topic.GROUPS, group="line2")


def test_a_failure_without_a_handler_reaches_the_error_dialog_logged_once(qtbot, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise ZeroDivisionError("boom")

    caplog.set_level(logging.INFO)
    try:
        runner.call("broken", broken)
        qtbot.waitUntil(lambda: bool(_dialogs(ErrorReportDialog)), timeout=TIMEOUT)
        report = _dialogs(ErrorReportDialog)[0].report
        assert "ZeroDivisionError" in report and "in broken" in report  # the traceback, with the place
        tracebacks = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]
        assert len(tracebacks) == 1 and "broken" in tracebacks[0].getMessage()

        runner.call("refused", lambda: (_ for _ in ()).throw(InputError("batch 'B-1' is approved", field="batch")))
        qtbot.waitUntil(lambda: any("approved" in box.text() for box in _dialogs(QMessageBox)), timeout=TIMEOUT)
    finally:
        _close_all()


def test_the_notice_of_a_sync_names_what_it_pulled() -> None:
    from datetime import UTC, datetime

    pulled = SyncResult(0, 7, 0, 0, datetime.now(UTC), pulled_tables=frozenset({"assets", "device_identities"}))
    assert changes_of(pulled).topics == {Topic.DEVICES, Topic.BATCHES}
    conflicts = SyncResult(2, 0, 1, 1, datetime.now(UTC))
    assert changes_of(conflicts).topics == {Topic.CONFLICTS}
    assert changes_of(SyncResult(0, 0, 0, 0, datetime.now(UTC))).empty


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path)
    yield environment
    environment.runner.shutdown()
    environment.ctx.db.dispose()


def test_an_unexpected_sync_failure_is_logged_and_shown_and_the_state_says_so(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import sync_service

    def exploding(*_args: object, **_kwargs: object) -> SyncResult:
        raise RuntimeError("driver bug")

    env.ctx.db.set_setting("central_url", "postgresql+psycopg://nobody@127.0.0.1:1/nowhere")
    monkeypatch.setattr(sync_service, "sync_now", exploding)
    controller = SyncController(env.ctx, env.runner, interval_minutes=10)
    try:
        with qtbot.waitSignal(controller.failed, timeout=TIMEOUT) as failed:
            assert controller.sync_now(by_hand=False)
        assert "RuntimeError" in failed.args[0] and "log file" in failed.args[0]
        qtbot.waitUntil(lambda: bool(_dialogs(ErrorReportDialog)), timeout=TIMEOUT)
        assert "driver bug" in _dialogs(ErrorReportDialog)[0].report
        qtbot.waitUntil(lambda: not controller.busy, timeout=TIMEOUT)
        assert controller.sync_now()  # the next sync may start
        qtbot.waitUntil(lambda: not controller.busy, timeout=TIMEOUT)
    finally:
        controller.shutdown()
        _close_all()


def test_everything_may_have_changed_after_a_restore() -> None:
    assert ALL_DATA.touches(*Topic) and ALL_DATA.touches(Topic.CONFLICTS, group="any")
