"""Screenshots of every view for docs/screenshots/, on the demo station, under a virtual screen:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py [OUT_DIR]

Builds a demo station in a temporary data home (docs/demo_station.py), opens the window as the
supervisor (who sees all three workspaces), walks through every page and dialog, waits for the
background work to finish and grabs each one.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from app.config import resolve_home  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.labels.templates import load_template  # noqa: E402
from app.services import device_registration  # noqa: E402
from app.services.device_listing import DeviceQuery, list_devices  # noqa: E402
from app.ui.application import application  # noqa: E402
from app.ui.dialogs.sign_in import FirstRunDialog, SignInDialog  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402
from app.ui.environment import UiEnvironment, build_environment  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from docs.demo_station import build_demo  # noqa: E402

WINDOW_SIZE = (1440, 900)


def settle(env_runner: TaskRunner | None = None, seconds: float = 0.6, timeout: float = 30.0) -> None:
    """Let queued work and painting finish: the runner idle, then a little more time for events."""
    deadline = time.monotonic() + timeout
    while env_runner is not None and env_runner.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def dialog_shot(env: UiEnvironment, out: Path, name: str, make: Callable[[], QDialog],
                prepare: Callable[[QDialog], None] | None = None) -> None:
    dialog = make()
    dialog.show()
    settle(env.runner)
    if prepare is not None:
        prepare(dialog)
        settle(env.runner, 1.0)
    grab(dialog, out, name)
    dialog.reject()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory(prefix="dps-shots-") as tmp:
        runner = TaskRunner()
        fresh = resolve_home(str(Path(tmp) / "fresh"))
        fresh.ensure()
        fresh_db = open_database(fresh.default_db_url)
        first_run = FirstRunDialog(fresh, fresh_db, runner)
        first_run.org.setText("Acme Pumps")
        first_run.user.setText("sue")
        first_run.password.setText("demo-pass")
        first_run.show()
        settle()
        grab(first_run, out, "first-run")
        first_run.reject()

        ctx = build_demo(Path(tmp) / "demo")
        sign_in = SignInDialog(ctx.db, ctx.keyring, runner, "Acme Pumps")
        sign_in.user.setText("tom")
        sign_in.show()
        settle()
        grab(sign_in, out, "sign-in")
        sign_in.reject()
        runner.shutdown()

        assert ctx.home is not None
        env = build_environment(ctx, ctx.home)
        window = MainWindow(env, start_sync=True)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(env.runner, 1.0)
        technician_shots(window, env, out)
        installer_shots(window, env, out, Path(tmp))
        supervisor_shots(window, env, out)
        window.close()
        settle(None, 0.3)
        language_shots(ctx, out)
        env.runner.shutdown()  # no background query may outlive the demo's database folder
        ctx.db.engine.dispose()
    app.quit()
    return 0


def language_shots(ctx: ServiceContext, out: Path) -> None:
    """The window in German (a replaced device scanned in the Field: the banner and the scan list say why) and in
    Simplified Chinese (the Office's batches with their anomalies)."""
    from app.ui.translations import use_language

    retired = list_devices(ctx, DeviceQuery(group="line1-pumps", statuses=("replaced",)), limit=1).devices
    for language, workspace_key, name in (("de", "installer", "installer-de"),
                                          ("zh_CN", "supervisor", "supervisor-batches-zh_CN")):
        if use_language(language) != language or ctx.home is None:
            continue
        env = build_environment(ctx, ctx.home)  # a new sign-in's environment, as after File > Sign out
        window = MainWindow(env, start_sync=False)
        window.resize(*WINDOW_SIZE)
        window.show()
        workspace = window.show_workspace(workspace_key)
        settle(env.runner, 1.2)
        scan_input = workspace.findChild(QWidget, "scanInput")
        if workspace_key == "installer" and scan_input is not None and retired:
            workspace.set_session_group("line1-pumps")  # type: ignore[attr-defined]
            settle(env.runner, 0.5)
            workspace.cancel_mode()  # type: ignore[attr-defined]
            scan_input.setFocus()
            QTest.keyClicks(scan_input, retired[0].sn)
            QTest.keyClick(scan_input, Qt.Key.Key_Return)
            settle(env.runner, 2.0)
        batches = getattr(workspace, "batches", None)
        if workspace_key == "supervisor" and batches is not None:
            batches.reload()
            settle(env.runner, 1.2)
            batches.select_batch("B-2026-041")
            settle(env.runner, 1.5)
        grab(window, out, name)
        window.close()
        settle(None, 0.3)
        env.runner.shutdown()
    use_language("en")


def technician_shots(window: MainWindow, env: UiEnvironment, out: Path) -> None:
    workspace = window.show_workspace("technician")
    workspace.select_group("line1-pumps")  # type: ignore[attr-defined]
    settle(env.runner, 1.0)
    for key in ("devices", "groups", "masterdata", "batches"):
        workspace.show_page(key)  # type: ignore[attr-defined]
        settle(env.runner, 1.0)
        grab(window, out, f"technician-{key}")
    devices_view = workspace.page("devices")  # type: ignore[attr-defined]
    workspace.show_page("devices")  # type: ignore[attr-defined]
    filter_field = devices_view.findChild(QWidget, "deviceFilter")
    if filter_field is not None:
        filter_field.setText("PMP-41-00")  # type: ignore[attr-defined]
        settle(env.runner, 1.0)
        grab(window, out, "technician-devices-filtered")
        filter_field.setText("")  # type: ignore[attr-defined]

    from app.ui.dialogs.import_dialog import ImportDialog
    from app.ui.dialogs.print_labels import PrintLabelsDialog
    from app.ui.dialogs.register_range_dialog import RegisterRangeDialog

    def fill_range(dialog: QDialog) -> None:
        for name, text in (("prefix", "PMP-43-"), ("start", "1"), ("count", "500"), ("width", "4")):
            field = dialog.findChild(QWidget, name)
            if field is not None and hasattr(field, "setText"):
                field.setText(text)  # type: ignore[attr-defined]
            elif field is not None and hasattr(field, "setValue"):
                field.setValue(int(text))  # type: ignore[attr-defined]

    dialog_shot(env, out, "register-range", lambda: RegisterRangeDialog(env, "line1-pumps", parent=window), fill_range)

    bad_csv = Path(tempfile.mkdtemp(prefix="dps-import-")) / "devices-week43.csv"
    bad_csv.write_text("sn,batch,voltage,location\nPMP-43-0001,B-2026-042,230,Hall 3\n"
                       "PMP-43-0002,B-2026-042,9000,Hall 3\nPMP-41-0001,B-2026-042,230,Hall 4\n"
                       "PMP 43 0004,B-2026-042,abc,Roof\nPMP-43-0005,B-2026-042,110,\n")

    def load_file(dialog: QDialog) -> None:
        dialog.set_path(bad_csv)  # type: ignore[attr-defined]
        dialog.load_preview()  # type: ignore[attr-defined]

    dialog_shot(env, out, "import-preview", lambda: ImportDialog(env, "line1-pumps", parent=window), load_file)
    dialog_shot(env, out, "print-labels",
                lambda: PrintLabelsDialog(env, "line1-pumps", "B-2026-042", parent=window))
    assert load_template("avery-l7160")


def installer_shots(window: MainWindow, env: UiEnvironment, out: Path, tmp: Path) -> None:
    field = window.show_workspace("installer")
    settle(env.runner, 1.0)
    set_group = getattr(field, "set_session_group", None)
    if callable(set_group):
        set_group("line1-pumps")
        settle(env.runner, 0.5)
    page = list_devices(env.ctx, DeviceQuery(group="line1-pumps", batch="B-2026-041", statuses=("labelled",)),
                        limit=1).devices
    video = _label_video(env, tmp, page[0].sn) if page else None
    if video is not None and hasattr(field, "start_source"):
        field.start_source(str(video))  # type: ignore[attr-defined]
        settle(env.runner, 2.5)
    else:
        scan_input = field.findChild(QWidget, "scanInput")
        if scan_input is not None and page:
            scan_input.setFocus()
            QTest.keyClicks(scan_input, page[0].sn, delay=60)
            QTest.keyClick(scan_input, Qt.Key.Key_Return)
            settle(env.runner, 1.5)
    grab(window, out, "installer")
    stop = getattr(field, "stop_camera", None)
    if callable(stop):
        stop()
        settle(env.runner, 0.5)
    replace_shot(window, env, field, out)
    thirdparty_shot(window, env, field, out)


def thirdparty_shot(window: MainWindow, env: UiEnvironment, field: QWidget, out: Path) -> None:
    """A Z-Wave SmartStart code (zwave-js's "Acme Light Dimmer" test vector) read by a USB scanner."""
    scan_input = field.findChild(QWidget, "scanInput")
    if scan_input is None:
        return
    field.cancel_mode()  # type: ignore[attr-defined]
    scan_input.setFocus()
    QTest.keyClicks(scan_input, "900132782003515253545541424344453132333435212223242500100435301537022065520001000000"
                                "300578")
    QTest.keyClick(scan_input, Qt.Key.Key_Return)
    settle(env.runner, 1.0)
    grab(window, out, "installer-thirdparty")


def replace_shot(window: MainWindow, env: UiEnvironment, field: QWidget, out: Path) -> None:
    """Replace an activated device: the new device's label read by a USB scanner into the Replace page."""
    group = "line1-pumps"
    faulty = list_devices(env.ctx, DeviceQuery(group=group, statuses=("allocated", "connected")), limit=1).devices
    spare = list_devices(env.ctx, DeviceQuery(group=group, statuses=("labelled",)), limit=2).devices
    if not faulty or len(spare) < 2 or not hasattr(field, "replace_page"):
        return
    field.load_device(group, faulty[0].sn)  # type: ignore[attr-defined]
    settle(env.runner, 0.8)
    field.begin_replace()  # type: ignore[attr-defined]
    settle(env.runner, 0.3)
    new_field = field.replace_page.new_sn  # type: ignore[attr-defined]
    try:
        from tests.ui.installer_support import label_data
        code = label_data(env.ctx, group, spare[1].sn).payload
    except ImportError:
        code = spare[1].sn
    new_field.setFocus()
    QTest.keyClicks(new_field, code)  # a USB scanner types the label's code within milliseconds
    QTest.keyClick(new_field, Qt.Key.Key_Return)
    settle(env.runner, 1.5)
    grab(window, out, "installer-replace")
    field.cancel_mode()  # type: ignore[attr-defined]
    settle(env.runner, 0.3)
    retired = list_devices(env.ctx, DeviceQuery(group=group, statuses=("replaced",)), limit=1).devices
    scan_input = field.findChild(QWidget, "scanInput")
    if retired and scan_input is not None:  # a replaced device scanned: red, who replaced it, no allocation
        scan_input.setFocus()
        QTest.keyClicks(scan_input, retired[0].sn)
        QTest.keyClick(scan_input, Qt.Key.Key_Return)
        settle(env.runner, 1.0)
        grab(window, out, "installer-retired")


def _label_video(env: UiEnvironment, tmp: Path, sn: str) -> Path | None:
    try:
        from tests.ui.installer_support import label_data, render_labels, write_video
    except ImportError:
        return None
    images = render_labels([label_data(env.ctx, "line1-pumps", sn)], tmp / "labels")
    path = tmp / "label.avi"
    write_video(path, [(None, 0.3), (images[0], 8.0)])
    return path


def supervisor_shots(window: MainWindow, env: UiEnvironment, out: Path) -> None:
    office = window.show_workspace("supervisor")
    settle(env.runner, 1.0)
    tabs = office.tabs  # type: ignore[attr-defined]
    pages = {"batches": "supervisor-batches", "reprovisions": "supervisor-approvals", "audit": "supervisor-audit",
             "reports": "supervisor-reports", "users": "supervisor-users", "conflicts": "supervisor-conflicts",
             "provisioning": "supervisor-provisioning"}
    for attribute, name in pages.items():
        page = getattr(office, attribute, None)
        if page is None:
            continue
        tabs.setCurrentWidget(page)
        settle(env.runner, 1.2)
        if attribute == "users":
            page.select_user("ida")
            settle(env.runner, 0.3)
        if attribute == "provisioning":  # the demo's service instance says it is alive, as a running one does
            service = device_registration.service_context(env.ctx.db, env.ctx.keyring, env.ctx.home)
            device_registration.record_heartbeat(service, "site-gw-1:4711",
                                                 {"mqtt": "0.0.0.0:8883", "https": "0.0.0.0:443"})
            page.reload()
            settle(env.runner, 1.2)
        grab(window, out, name)


if __name__ == "__main__":
    raise SystemExit(main())
