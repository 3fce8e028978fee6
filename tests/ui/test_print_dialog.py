"""The print-labels dialog driven as a technician would: template, start-at on the sheet picture, copies, the
output, print-and-verify, progress and cancel. Outputs are read back for real (QtPdf + zxing-cpp, PNG files,
the QR graphics of the ZPL) and the database is checked afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QStandardItemModel
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.domain.enums import Role
from app.labels.templates import load_template
from app.labels.zpl_verify import read_zpl_codes
from app.qr.payload import parse_payload
from app.security.signing import SigningKey
from app.services import audit, batches, device_listing, labelling, registering
from app.services.audit import AuditFilter
from app.services.device_listing import DeviceQuery
from app.ui.dialogs.print_labels import PrintLabelsDialog
from app.ui.environment import UiEnvironment
from app.ui.settings import LABEL_TEMPLATE
from tests.labels.labels_support import decode, grey_array, rasterise_pdf, verified_sns
from tests.support.ctx import add_standard_setup, build_service_context
from tests.support.ui import ui_environment, visible_mnemonics

BATCH = "LOT-7"
SNS = [f"PUMP-{i:05d}" for i in range(1, 31)]
JOB_TIMEOUT_MS = 60_000


def make_env(tmp_path: Path, count: int) -> UiEnvironment:
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(ctx)
    batches.create_batch(ctx, "line1", BATCH)
    registering.register_range(ctx, "line1", "PUMP-", 1, count, width=5, batch=BATCH)
    return ui_environment(tmp_path, Role.TECHNICIAN, ctx=ctx)


@pytest.fixture
def env(qtbot, tmp_path: Path) -> Iterator[UiEnvironment]:  # type: ignore[no-untyped-def]
    environment = make_env(tmp_path, len(SNS))
    yield environment
    finish_tasks(qtbot, environment)
    environment.ctx.db.dispose()


def finish_tasks(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    """Let a preview drawn after the last job finish, then stop the runner (a task it cancels before it started
    would keep shutdown() waiting for its time-out)."""
    qtbot.waitUntil(lambda: not env.runner.busy, timeout=20_000)
    env.runner.shutdown()


def open_dialog(qtbot, env: UiEnvironment, **kwargs) -> PrintLabelsDialog:  # type: ignore[no-untyped-def]
    dialog = PrintLabelsDialog(env, "line1", **({"batch": BATCH} | kwargs))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.is_loaded, timeout=20_000)
    wait_for_preview(qtbot, dialog)
    return dialog


def wait_for_preview(qtbot, dialog: PrintLabelsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.preview.is_busy(), timeout=20_000)


def print_and_wait(qtbot, dialog: PrintLabelsDialog) -> str:  # type: ignore[no-untyped-def]
    assert dialog.print_button.isEnabled(), dialog.message.text()
    with qtbot.waitSignal(dialog.jobFinished, timeout=JOB_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    return str(finished.args[0])


def statuses(env: UiEnvironment) -> dict[str, str]:
    return {d.sn: d.status for d in device_listing.iter_devices(env.ctx, DeviceQuery(group="line1"))}


def label_events(env: UiEnvironment) -> list[object]:
    return [e for e in audit.list_events(env.ctx, AuditFilter(), limit=10_000) if e.action == "device.label"]


def keys_of(env: UiEnvironment) -> dict[str, object]:
    return labelling.verifying_keys(env.ctx)  # type: ignore[return-value]


def codes_per_slot(page: np.ndarray, template_name: str, dpi: int = 300) -> dict[int, str]:
    template = load_template(template_name)
    px = dpi / 25.4
    found = {}
    for slot in range(template.per_page):
        x, y = template.label_origin(slot)
        crop = page[round(y * px):round((y + template.label_height) * px),
                    round(x * px):round((x + template.label_width) * px)]
        texts = decode(np.ascontiguousarray(crop))
        if texts:
            found[slot] = texts[0]
    return found


def test_print_a_batch_to_pdf_and_read_every_label_back(qtbot, env: UiEnvironment, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    changed: list[str] = []
    env.runner.changed.connect(lambda notice: changed.extend(notice.topics))
    dialog = open_dialog(qtbot, env)
    assert "30" in dialog.device_summary.text() and BATCH in dialog.device_summary.text()
    dialog.select_template("avery-l7160")
    dialog.select_target("pdf")
    out = tmp_path / "labels.pdf"
    dialog.output.pdf_path.setText(str(out))
    wait_for_preview(qtbot, dialog)
    assert len(dialog.preview.images()) == 2  # 30 labels on 21-label sheets
    assert "30 labels on 2 pages" in dialog.job_summary.text()

    assert print_and_wait(qtbot, dialog) == "printed"
    pages = rasterise_pdf(out)
    assert len(pages) == 2
    found = [sn for page in pages for sn in verified_sns(decode(page), keys_of(env))]
    assert sorted(found) == SNS
    assert set(statuses(env).values()) == {"labelled"}
    assert len(label_events(env)) == 30
    assert "30 labels for 30 devices on 2 pages" in dialog.result_text.text()
    assert "30 devices recorded as labelled" in dialog.result_text.text()
    assert "devices" in changed
    assert env.settings.get(LABEL_TEMPLATE) == "avery-l7160"
    assert not dialog.failure_list.isVisible()


def test_start_at_chosen_on_the_sheet_picture_moves_the_first_label(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7163")  # 2 x 7
    dialog.select_target("pdf")
    sheet = dialog.sheet
    assert sheet.isVisible()
    qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=sheet.slot_rect(5).center().toPoint())
    assert dialog.start_position() == 5 and dialog.start_at.value() == 6
    assert [sheet.state_of(slot) for slot in (0, 4, 5, 13)] == ["used", "used", "print", "print"]

    wait_for_preview(qtbot, dialog)
    first_page = grey_array(dialog.preview.images()[0])
    template = load_template("avery-l7163")
    px = first_page.shape[1] / template.page_width

    def inked(slot: int) -> int:
        x, y = template.label_origin(slot)
        crop = first_page[round(y * px) + 3:round((y + template.label_height) * px) - 3,
                          round(x * px) + 3:round((x + template.label_width) * px) - 3]
        return int((crop < 128).sum())

    assert inked(4) == 0 and inked(5) > 200  # the preview draws the first label at the chosen position

    out = tmp_path / "start.pdf"
    dialog.output.pdf_path.setText(str(out))
    assert print_and_wait(qtbot, dialog) == "printed"
    pages = rasterise_pdf(out)
    slots = codes_per_slot(pages[0], "avery-l7163")
    assert sorted(slots) == list(range(5, 14))
    assert parse_payload(slots[5]).sn == SNS[0]  # type: ignore[union-attr]
    assert sorted(codes_per_slot(pages[1], "avery-l7163")) == list(range(14))
    assert len(pages) == 3  # 5 used + 30 labels = 35 positions on 14-label sheets


def test_png_target_writes_one_decodable_image_per_label(qtbot, env: UiEnvironment, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, env)
    dialog.select_target("png")
    folder = tmp_path / "png"
    dialog.output.png_folder.setText(str(folder))
    dialog.output.dpi_box.setCurrentIndex(dialog.output.dpi_box.findData(300))
    dialog.copies.setValue(2)
    assert print_and_wait(qtbot, dialog) == "printed"
    files = sorted(folder.glob("*.png"))
    assert len(files) == 60
    found = []
    for path in files[::2]:
        image = QImage(str(path))
        assert round(image.dotsPerMeterX() * 0.0254) == 300
        found += verified_sns(decode(grey_array(image)), keys_of(env))
    assert sorted(found) == SNS
    assert set(statuses(env).values()) == {"labelled"}


def test_zpl_target_is_for_thermal_templates_and_carries_every_payload(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, env)
    model = dialog.output.kind_box.model()
    assert isinstance(model, QStandardItemModel)
    zpl_item = model.item(dialog.output.kind_box.findData("zpl"))
    dialog.select_template("avery-l7160")
    assert not zpl_item.isEnabled()
    dialog.select_template("thermal-50x30")
    assert zpl_item.isEnabled()
    assert not dialog.sheet.isVisible() and not dialog.start_at.isVisible()  # a roll has no used positions
    dialog.select_target("zpl")
    assert [dialog.output.dpi_box.itemData(i) for i in range(dialog.output.dpi_box.count())] == [203, 300, 600]
    dialog.output.dpi_box.setCurrentIndex(dialog.output.dpi_box.findData(203))
    dialog.output.zpl_target.setText(str(tmp_path / "no-suffix"))
    assert not dialog.print_button.isEnabled() and "zpl" in dialog.message.text()
    out = tmp_path / "labels.zpl"
    dialog.output.zpl_target.setText(str(out))
    wait_for_preview(qtbot, dialog)
    assert len(dialog.preview.images()) >= 2  # one page per label on a roll

    assert print_and_wait(qtbot, dialog) == "printed"
    text = out.read_text(encoding="utf-8")
    assert text.count("^XA") == 30 and f"^PW{round(50 / 25.4 * 203)}" in text
    payloads = [codes[0] for codes in read_zpl_codes(text)]
    assert sorted(verified_sns(payloads, keys_of(env))) == SNS
    assert set(statuses(env).values()) == {"labelled"}

    dialog.select_template("avery-l7160")  # back to a sheet: ZPL is no longer offered
    assert dialog.output.kind() == "pdf"


def test_a_malformed_user_template_is_named_with_its_field(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    shipped = json.loads(load_template("avery-l7160").source.read_text(encoding="utf-8"))
    shipped["name"] = "shop-sheet"
    shipped["grid"]["columns"] = "three"
    env.home.templates_dir.mkdir(parents=True, exist_ok=True)
    (env.home.templates_dir / "shop-sheet.json").write_text(json.dumps(shipped), encoding="utf-8")
    dialog = open_dialog(qtbot, env)
    dialog.select_template("shop-sheet")
    assert dialog.template_message.isVisible()
    message = dialog.template_message.text()
    assert "shop-sheet.json" in message and "grid.columns" in message
    assert not dialog.print_button.isEnabled()
    assert dialog.template() is None
    dialog.select_template("avery-l7160")
    assert not dialog.template_message.isVisible()
    dialog.select_target("pdf")
    assert dialog.print_button.isEnabled()


def test_cancel_mid_job_records_nothing_and_leaves_no_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = make_env(tmp_path, 600)
    try:
        dialog = open_dialog(qtbot, env)
        dialog.select_target("pdf")
        out = tmp_path / "cancelled.pdf"
        dialog.output.pdf_path.setText(str(out))
        progressed: list[tuple[int, int, str]] = []
        with qtbot.waitSignal(dialog.jobFinished, timeout=JOB_TIMEOUT_MS) as finished:
            task = dialog.start_print()
            assert task is not None
            task.progressed.connect(lambda *args: progressed.append(args))
            qtbot.waitUntil(lambda: bool(progressed), timeout=JOB_TIMEOUT_MS)
            assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert finished.args == ["cancelled"]
        assert progressed[-1][0] < 600 or progressed[-1][2] != "output"
        assert "nothing was printed or recorded" in dialog.result_text.text()
        assert not out.exists() and not list(tmp_path.glob("*.part"))
        assert set(statuses(env).values()) == {"registered"}
        assert label_events(env) == []
        assert not dialog.cancel_button.isVisible() and dialog.print_button.isEnabled()
    finally:
        finish_tasks(qtbot, env)
        env.ctx.db.dispose()


def test_labels_that_do_not_verify_are_listed_by_sn_and_nothing_is_recorded(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = SigningKey.generate()  # a station whose signing key is not the organisation's
    monkeypatch.setattr(labelling, "verifying_keys", lambda _ctx: {stranger.key_id: stranger.verifying_key})
    dialog = open_dialog(qtbot, env)
    dialog.select_target("pdf")
    out = tmp_path / "never.pdf"
    dialog.output.pdf_path.setText(str(out))
    assert print_and_wait(qtbot, dialog) == "not verified"
    assert dialog.failure_list.isVisible() and dialog.failure_list.count() == 30
    assert dialog.failure_list.item(0).text().startswith(f"SN {SNS[0]}: the signature does not verify")
    assert "30 labels did not read back" in dialog.result_text.text()
    assert not out.exists()
    assert set(statuses(env).values()) == {"registered"} and label_events(env) == []


def test_a_configured_printer_gets_the_job_painted_off_the_gui_thread(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, env, sns=SNS[:3], batch=None)
    assert "Reprint of 3 devices" in dialog.device_summary.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))  # what the system print dialog hands over, printing to a PDF file
    dialog.output.use_printer(printer)
    assert dialog.output.kind() == "printer"
    assert print_and_wait(qtbot, dialog) == "printed"
    found = [sn for page in rasterise_pdf(out) for sn in verified_sns(decode(page), keys_of(env))]
    assert sorted(found) == SNS[:3]
    assert [statuses(env)[sn] for sn in SNS[:4]] == ["labelled", "labelled", "labelled", "registered"]


def test_close_during_a_job_cancels_it_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = make_env(tmp_path, 400)
    try:
        dialog = open_dialog(qtbot, env)
        dialog.select_target("pdf")
        dialog.output.pdf_path.setText(str(tmp_path / "closed.pdf"))
        with qtbot.waitSignal(dialog.finished, timeout=JOB_TIMEOUT_MS):
            assert dialog.start_print() is not None
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
            assert dialog.isVisible()  # waits for the job to stop
        assert not dialog.isVisible()
        assert not (tmp_path / "closed.pdf").exists()
        assert set(statuses(env).values()) == {"registered"}
    finally:
        finish_tasks(qtbot, env)
        env.ctx.db.dispose()


def test_print_to_a_system_printer_asks_for_the_printer_first(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, env)
    dialog.select_target("printer")
    assert dialog.print_button.isEnabled()  # no printer remembered yet: Print asks for one
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    system_dialog = dialog.output.findChild(QPrintDialog, "systemPrintDialog")
    assert system_dialog is not None and system_dialog.isVisible()
    assert not dialog.is_busy()
    system_dialog.reject()
    assert not dialog.is_busy() and dialog.printed is None
    assert set(statuses(env).values()) == {"registered"} and label_events(env) == []


def test_an_empty_batch_and_a_role_without_printing_are_told_and_print_nothing(qtbot, env: UiEnvironment,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    batches.create_batch(env.ctx, "line1", "LOT-EMPTY")
    empty = open_dialog(qtbot, env, batch="LOT-EMPTY")
    assert "batch LOT-EMPTY of group line1 has no devices that can be labelled" in empty.message.text()
    assert not empty.print_button.isEnabled()

    installer = ui_environment(tmp_path, Role.INSTALLER, ctx=env.ctx)
    try:
        refused = open_dialog(qtbot, installer)
        assert not refused.print_button.isEnabled()
        assert "print labels" in refused.message.text().lower()  # the service's own refusal, not only the button
    finally:
        finish_tasks(qtbot, installer)
    assert label_events(env) == []


def test_a_label_the_template_cannot_hold_is_refused_in_the_preview_before_printing(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    long_sn = "PUMP-" + "7" * 40
    batches.create_batch(env.ctx, "line1", "LOT-LONG")
    registering.register_device(env.ctx, "line1", long_sn, batch="LOT-LONG")
    dialog = open_dialog(qtbot, env, batch="LOT-LONG")
    dialog.select_template("avery-l7160")
    wait_for_preview(qtbot, dialog)
    assert dialog.preview.images() == []
    assert long_sn in dialog.message.text() and "too long for template avery-l7160" in dialog.message.text()
    assert not dialog.print_button.isEnabled()
    dialog.select_template("avery-l7163")  # the wider label has room for it
    wait_for_preview(qtbot, dialog)
    assert len(dialog.preview.images()) == 1 and dialog.message.text() == ""
    assert dialog.print_button.isEnabled()


def test_the_sheet_picture_follows_the_keyboard(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7160")  # 3 columns
    sheet = dialog.sheet
    sheet.setFocus()
    qtbot.keyClick(sheet, Qt.Key.Key_Down)
    qtbot.keyClick(sheet, Qt.Key.Key_Right)
    assert dialog.start_position() == 4 and dialog.start_at.value() == 5
    dialog.start_at.setValue(21)  # the last position of the sheet, typed
    assert sheet.start() == 20 and sheet.state_of(19) == "used" and sheet.state_of(20) == "print"
    qtbot.keyClick(sheet, Qt.Key.Key_Home)
    assert dialog.start_position() == 0


def test_closing_while_a_large_group_loads_stops_going_through_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env = make_env(tmp_path, 20_000)
    try:
        dialog = PrintLabelsDialog(env, "line1")  # the whole group, not a batch
        qtbot.addWidget(dialog)
        failures: list[Exception] = []
        task = dialog.loading_task
        assert task is not None
        task.failed.connect(failures.append)
        dialog.open()
        qtbot.waitUntil(lambda: "Loading the devices… " in dialog.device_summary.text(), timeout=20_000)
        dialog.reject()
        qtbot.waitUntil(lambda: task.done, timeout=20_000)
        assert [type(error).__name__ for error in failures] == ["CancelledError"]
        assert dialog.label_batch is None and not dialog.isVisible()
        assert set(statuses(env).values()) == {"registered"} and label_events(env) == []
    finally:
        finish_tasks(qtbot, env)
        env.ctx.db.dispose()


def test_every_alt_key_is_used_once_whatever_the_output(qtbot, env: UiEnvironment) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, env)
    for kind in ("printer", "pdf", "png"):
        dialog.select_target(kind)
        letters = visible_mnemonics(dialog)
        assert len(letters) >= 6 and len(letters) == len(set(letters)), (kind, sorted(letters))
