"""The frame: first run, sign-in, workspaces per role, status bar, background tasks, error reports."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.domain.errors import InputError
from app.services import users
from app.ui.dialogs.sign_in import FirstRunDialog, SignInDialog
from app.ui.errors import ErrorReportDialog, report_text, show_error
from app.ui.main_window import MainWindow
from app.ui.settings import LABEL_DPI, LAST_WORKSPACE, Settings
from app.ui.tasks import TaskRunner
from tests.support.ui import LatencyProbe, ui_environment


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_first_run_creates_organisation_and_supervisor_then_sign_in(qtbot, tmp_path: Path, runner: TaskRunner) -> None:
    home = resolve_home(str(tmp_path / "home"))
    home.ensure()
    db = open_database(f"sqlite:///{tmp_path / 'station.db'}")
    dialog = FirstRunDialog(home, db, runner)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.org.setText("Acme Pumps")
    dialog.user.setText("sue")
    dialog.password.setText("short")
    assert "at least 8" in dialog.message.text()
    dialog.password.setText("correct horse")
    dialog.repeat.setText("correct horsE")
    assert dialog.message.text() == "The two passwords differ."
    assert not dialog.ok_button.isEnabled()
    dialog.repeat.setText("correct horse")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.ok_button.click()
    assert dialog.context is not None and dialog.context.actor.role is Role.SUPERVISOR
    assert users.has_users(db)

    sign_in = SignInDialog(db, dialog.context.keyring, runner, "Acme Pumps")
    qtbot.addWidget(sign_in)
    sign_in.user.setText("sue")
    sign_in.password.setText("wrong password")
    sign_in.ok_button.click()
    qtbot.waitUntil(lambda: "wrong user name or password" in sign_in.message.text(), timeout=20000)
    assert sign_in.actor is None and sign_in.password.text() == ""
    sign_in.password.setText("correct horse")
    with qtbot.waitSignal(sign_in.accepted, timeout=20000):
        sign_in.ok_button.click()
    assert sign_in.actor is not None and sign_in.actor.name == "sue"
    db.dispose()


@pytest.mark.parametrize(("role", "expected"), [
    (Role.TECHNICIAN, ["Factory"]),
    (Role.INSTALLER, ["Field"]),
    (Role.SUPERVISOR, ["Factory", "Field", "Office"]),
])
def test_role_decides_the_workspaces(qtbot, tmp_path: Path, role: Role, expected: list[str]) -> None:
    env = ui_environment(tmp_path, role, name="pat")
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == expected
    assert window.user_label.text() == f"pat · {role.value}"
    assert window.db_label.text() == "Embedded: station.db"
    assert "not in use" in window.camera_label.text()
    env.status.cameraChanged.emit("camera: 0 (1280x720)")
    assert window.camera_label.text() == "camera: 0 (1280x720)"
    window.close()


def test_status_bar_shows_sync_state_without_central(qtbot, tmp_path: Path) -> None:
    env = ui_environment(tmp_path, Role.TECHNICIAN)
    window = MainWindow(env, start_sync=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "no central database" in window.sync_label.text(), timeout=10000)
    window.close()


def test_sync_now_without_central_says_how_to_connect_one(qtbot, tmp_path: Path) -> None:
    env = ui_environment(tmp_path, Role.SUPERVISOR)
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "noCentralDatabase") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "noCentralDatabase")
    assert box.isVisible()
    assert "not connected to a central database" in box.text()
    help_text = box.informativeText()
    assert '"central init"' in help_text and '"central enroll"' in help_text
    assert "dps-station" not in help_text + box.text() and "URL" not in help_text  # words, not command syntax
    box.accept()
    assert window.sync_label.text() == "sync: no central database"
    window.close()


def test_long_status_texts_are_shortened_not_widening_the_window(qtbot, tmp_path: Path) -> None:
    env = ui_environment(tmp_path, Role.SUPERVISOR)
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    before = window.minimumSizeHint().width()
    long_state = "offline, last sync at 10:42, 12345 pending change(s), 17 conflict(s) to resolve; " * 4
    window.sync.stateChanged.emit(long_state)
    env.status.cameraChanged.emit("camera: Integrated Webcam HD with a very long vendor name (1920x1080) " * 2)
    QApplication.processEvents()
    assert window.sync_label.text() == long_state and window.sync_label.toolTip() == long_state
    assert window.sync_label.width() <= 380 and window.sync_label.is_elided()
    assert window.minimumSizeHint().width() <= max(before, 1000)
    assert window.width() == 1000
    window.close()


def test_window_layout_and_workspace_are_remembered(qtbot, tmp_path: Path) -> None:
    env = ui_environment(tmp_path, Role.SUPERVISOR)
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 480)
    window.tabs.setCurrentIndex(2)
    window.close()
    assert Settings(env.home.settings_file, user=env.ctx.actor.name).get(LAST_WORKSPACE) == "supervisor"
    again = MainWindow(ui_environment(tmp_path / "b", Role.SUPERVISOR, ctx=env.ctx), start_sync=False)
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert again.size().width() == 640
    again.close()


def test_settings_are_typed_with_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert settings.get(LABEL_DPI) == 300
    settings.set(LABEL_DPI, 600)
    settings.sync()
    assert Settings(tmp_path / "s.ini").get(LABEL_DPI) == 600
    (tmp_path / "bad.ini").write_text("[labels]\ndpi=lots\n")
    assert Settings(tmp_path / "bad.ini").get(LABEL_DPI) == 300


def test_task_runner_reports_progress_result_and_cancel_on_gui_thread(qtbot, runner: TaskRunner) -> None:
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def work(control) -> int:  # type: ignore[no-untyped-def]
        for step in range(50):
            if control.cancelled():
                return -step
            control.report(step + 1, 50, "counting")
            time.sleep(0.002)
        return 50

    def done(result: object) -> None:
        seen["result"] = result
        seen["on_gui"] = QApplication.instance().thread() is gui_thread  # type: ignore[union-attr]

    task = runner.run("count", work, on_done=done, on_progress=lambda d, t, _x: seen.setdefault("progress", (d, t)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 50 and seen["on_gui"] is True and seen["progress"][1] == 50  # type: ignore[index]

    def slow(control) -> str:  # type: ignore[no-untyped-def]
        while not control.cancelled():
            time.sleep(0.005)
        return "stopped"

    stopped: list[object] = []
    task = runner.run("slow", slow, on_done=stopped.append)
    probe = LatencyProbe()
    probe.start()
    qtbot.wait(100)
    task.cancel()
    qtbot.waitUntil(lambda: stopped == ["stopped"], timeout=5000)
    probe.stop()
    assert probe.worst_ms < 100, probe.summary()


def test_expected_error_is_a_message_unexpected_one_a_report(qtbot, tmp_path: Path, runner: TaskRunner) -> None:
    failures: list[Exception] = []
    task = runner.call("bad", lambda: (_ for _ in ()).throw(InputError("must be 1-64 characters", field="name")),
                       on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    show_error(None, failures[0])
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("field 'name': must be 1-64 characters" in box.text() for box in boxes)
    for box in boxes:
        box.close()
    assert task is not None

    try:
        {}["missing"]  # noqa: B018
    except KeyError as error:
        text = report_text(type(error), error, error.__traceback__)
        show_error(None, error)
    assert "KeyError" in text and "test_frame.py" in text
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorReportDialog) and w.isVisible()]
    assert dialogs and "KeyError" in dialogs[-1].report
    dialogs[-1].copy_report()
    assert "KeyError" in QApplication.clipboard().text()
    for dialog in dialogs:
        dialog.close()


def test_shutdown_does_not_wait_for_tasks_that_never_started(qtbot) -> None:
    task_runner = TaskRunner()

    running = threading.Event()

    def blocking(control) -> None:  # type: ignore[no-untyped-def]
        running.set()
        while not control.cancelled():
            time.sleep(0.005)

    task_runner.run("first", blocking)
    queued = [task_runner.run(f"queued {n}", lambda _c: None) for n in range(3)]
    assert running.wait(10)
    started = time.monotonic()
    task_runner.shutdown(timeout_s=10)
    assert time.monotonic() - started < 2
    assert all(task.future is not None and task.future.cancelled() for task in queued)
