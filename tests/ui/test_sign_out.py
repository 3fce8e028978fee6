"""File > Sign out: the window closes, the sign-in dialog comes, another person signs in and gets a window for
their role, with their own settings; a video file is never remembered as the camera."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from app.domain.enums import Role
from app.services import users
from app.services.context import Actor, ServiceContext
from app.ui.main_window import MainWindow
from app.ui.sessions import WindowSessions
from app.ui.settings import CAMERA, LABEL_PRINTER, LAST_WORKSPACE, WINDOW_GEOMETRY, Settings
from app.ui.tasks import TaskRunner
from tests.support.ctx import build_service_context
from tests.ui.installer_support import running_field_view

TIMEOUT = 20000
PASSWORD = "first password"


@pytest.fixture
def station(tmp_path: Path) -> Iterator[ServiceContext]:
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path, actor="sue")
    users.create_first_supervisor(ctx, "sue", PASSWORD)
    users.add_user(ctx, "ina", PASSWORD, "installer")
    yield ctx
    ctx.db.dispose()


def sign_in(qtbot, sessions: WindowSessions, name: str) -> MainWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: sessions.sign_in_dialog is not None and sessions.sign_in_dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = sessions.sign_in_dialog
    assert dialog is not None
    dialog.user.setText(name)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(sessions.windowOpened, timeout=TIMEOUT) as opened:
        dialog.ok_button.click()
    return opened.args[0]


def sign_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.env.runner.busy, timeout=TIMEOUT)  # the Field view looks for cameras first
    window.sign_out_action.trigger()
    assert window.signing_out and not window.isVisible()


@pytest.fixture
def sessions(qtbot, station: ServiceContext) -> Iterator[WindowSessions]:  # type: ignore[no-untyped-def]
    """The windows come and go with sign-out and sign-in; whatever is open at the end is closed."""
    assert station.home is not None
    controller = WindowSessions(station.home, station.db, station.keyring, start_sync=False)
    yield controller
    if controller.sign_in_dialog is not None:
        controller.sign_in_dialog.reject()
    if controller.window is not None:
        controller.window.close()


def test_sign_out_and_sign_in_as_another_user_with_their_own_settings(qtbot, station: ServiceContext,  # type: ignore[no-untyped-def]
                                                                       sessions: WindowSessions) -> None:
    finished: list[bool] = []
    sessions.finished.connect(lambda: finished.append(True))
    sue = sessions.open_window(station.acting_as(Actor("sue", Role.SUPERVISOR)), TaskRunner())
    assert sue.sign_out_action.objectName() == "signOut"
    assert sue.sign_out_action in sue.menuBar().actions()[0].menu().actions()  # in the File menu
    sue.show_workspace("supervisor")
    sue_settings = sue.env.settings

    sign_out(qtbot, sue)
    ina = sign_in(qtbot, sessions, "ina")

    assert ina is sessions.window and ina is not sue
    assert ina.env.ctx.actor == Actor("ina", Role.INSTALLER)
    assert [ina.tabs.tabText(i) for i in range(ina.tabs.count())] == ["Field"]
    assert ina.user_label.text() == "ina · installer"
    ina_settings = ina.env.settings
    assert ina_settings.get(LAST_WORKSPACE) == "installer"
    assert ina_settings.get(WINDOW_GEOMETRY).isEmpty()  # sue's window layout is sue's
    assert not sue_settings.get(WINDOW_GEOMETRY).isEmpty()

    sign_out(qtbot, ina)
    again = sign_in(qtbot, sessions, "sue")
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == ["Factory", "Field", "Office"]
    assert again.tabs.currentIndex() == 2  # where sue left off
    assert again.env.settings.get(WINDOW_GEOMETRY) == sue_settings.get(WINDOW_GEOMETRY)

    sign_out(qtbot, again)
    qtbot.waitUntil(lambda: sessions.sign_in_dialog is not None and sessions.sign_in_dialog.isVisible(),
                    timeout=TIMEOUT)
    assert sessions.sign_in_dialog is not None
    sessions.sign_in_dialog.reject()  # nobody signs in: the application ends
    assert finished == [True] and sessions.window is None


def test_a_wrong_password_after_sign_out_lets_nobody_in(qtbot, station: ServiceContext,  # type: ignore[no-untyped-def]
                                                         sessions: WindowSessions) -> None:
    window = sessions.open_window(station.acting_as(Actor("sue", Role.SUPERVISOR)), TaskRunner())
    sign_out(qtbot, window)
    qtbot.waitUntil(lambda: sessions.sign_in_dialog is not None and sessions.sign_in_dialog.isVisible(),
                    timeout=TIMEOUT)
    dialog = sessions.sign_in_dialog
    assert dialog is not None
    dialog.user.setText("ina")
    dialog.password.setText("not the password")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "wrong user name or password" in dialog.message.text(), timeout=TIMEOUT)
    assert sessions.window is None and dialog.isVisible()


def test_personal_settings_are_kept_per_user(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    old = Settings(path)  # what an earlier version wrote for everyone
    old.set(LAST_WORKSPACE, "technician")
    old.set(CAMERA, "/home/someone/demo.mp4")
    old.sync()
    sue, ina = Settings(path, user="sue"), Settings(path, user="ina@site.example")
    assert sue.get(LAST_WORKSPACE) == "technician"  # falls back to the station's old value
    assert sue.get(CAMERA) == "0"  # a video file was never a camera
    sue.set(LAST_WORKSPACE, "supervisor")
    sue.set(CAMERA, "2")
    sue.set(WINDOW_GEOMETRY, QByteArray(b"sue's layout"))
    sue.set(LABEL_PRINTER, "zebra")  # the station's printer, for everyone
    sue.sync()
    assert (ina.get(LAST_WORKSPACE), ina.get(CAMERA), ina.get(WINDOW_GEOMETRY)) == ("technician", "0", QByteArray())
    assert ina.get(LABEL_PRINTER) == "zebra"
    again = Settings(path, user="sue")
    assert (again.get(LAST_WORKSPACE), again.get(CAMERA)) == ("supervisor", "2")
    assert again.get(WINDOW_GEOMETRY) == QByteArray(b"sue's layout")


def test_a_video_is_never_remembered_as_the_camera(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with running_field_view(qtbot, tmp_path) as (st, view):
        settings = st.env.settings
        view.start_source("3")  # a camera index: remembered for this person (even if it is not plugged in)
        assert settings.get(CAMERA) == "3"
        video = tmp_path / "demo clip.avi"
        view.start_source(str(video))
        settings.sync()
        assert settings.get(CAMERA) == "3"
        assert "demo clip" not in st.env.home.settings_file.read_text(encoding="utf-8")
        assert Settings(st.env.home.settings_file, user="someone else").get(CAMERA) == "0"
