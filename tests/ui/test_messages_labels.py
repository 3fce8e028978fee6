"""Label printing's messages reach the window translated (issue 17): with every translated string marked ⟦…⟧ by
the pseudo-translator, a print-quality warning, a refused job, labels that fail print-and-verify, a bad output
field, a broken user template and a batch report file name all show marked, while the errors' own text (what the
CLI prints) stays English. Real SQLite station, real dialog, real jobs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.enums import Role
from app.domain.errors import InputError
from app.labels import job as jobs
from app.labels import targets
from app.labels.templates import load_template, shipped_templates_dir
from app.labels.verify import PrintVerificationError
from app.reports.writers import writer_for
from app.security.signing import SigningKey
from app.services import batches, labelling, registering
from app.ui.dialogs.print_labels import PrintLabelsDialog
from app.ui.environment import UiEnvironment
from app.ui.messages import translated_error
from tests.support.ctx import add_standard_setup, build_service_context
from tests.support.ui import ui_environment
from tests.ui.pseudo_translation import OPEN, install_pseudo, remove_pseudo, unmarked_texts

SNS = ["PUMP-1", "PUMP-2", "PUMP-3"]
JOB_TIMEOUT_MS = 60_000


@pytest.fixture
def env(qtbot: QtBot, tmp_path: Path) -> Iterator[UiEnvironment]:
    ctx = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    add_standard_setup(ctx)
    batches.create_batch(ctx, "line1", "LOT-1")
    registering.register_range(ctx, "line1", "PUMP-", 1, 3, batch="LOT-1")
    environment = ui_environment(tmp_path, Role.TECHNICIAN, ctx=ctx)
    translator = install_pseudo()
    yield environment
    remove_pseudo(translator)
    qtbot.waitUntil(lambda: not environment.runner.busy, timeout=20_000)
    environment.runner.shutdown()
    ctx.db.dispose()


def data(*more: str) -> list[str]:
    """What is shown as it is (names, SNs, units, file names), never translated."""
    return [*SNS, "line1", "LOT-1", "small-qr", "thermal-50x30", "avery-l7160", "shop-sheet", "SN", "QR", "dpi",
            "PDF", "PNG", "ZPL", "pt", "mm", *more]


def open_dialog(qtbot: QtBot, env: UiEnvironment) -> PrintLabelsDialog:
    dialog = PrintLabelsDialog(env, "line1", "LOT-1")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.is_loaded, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.preview.is_busy(), timeout=20_000)
    return dialog


def print_and_wait(qtbot: QtBot, dialog: PrintLabelsDialog) -> str:
    assert dialog.print_button.isEnabled(), dialog.message.text()
    with qtbot.waitSignal(dialog.jobFinished, timeout=JOB_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    return str(finished.args[0])


def small_qr_template(env: UiEnvironment) -> None:
    """A user template whose QR square gives 3 printer dots per module at 300 dpi: printable, with a warning."""
    template = json.loads((shipped_templates_dir() / "thermal-50x30.json").read_text(encoding="utf-8"))
    template["name"] = "small-qr"
    template["fields"]["qr"]["size"] = 15
    env.home.templates_dir.mkdir(parents=True, exist_ok=True)
    (env.home.templates_dir / "small-qr.json").write_text(json.dumps(template), encoding="utf-8")


def test_a_print_quality_warning_shows_translated_under_the_preview_and_after_printing(
        qtbot: QtBot, env: UiEnvironment, tmp_path: Path) -> None:
    small_qr_template(env)
    dialog = open_dialog(qtbot, env)
    dialog.select_template("small-qr")
    dialog.select_target("pdf")
    dialog.output.dpi_box.setCurrentIndex(dialog.output.dpi_box.findData(300))
    qtbot.waitUntil(lambda: not dialog.preview.is_busy() and dialog.preview_note.isVisible(), timeout=20_000)
    english = dialog.preview.warnings()
    assert english and "printer dots per QR module at 300 dpi" in english[0]  # the job's own text: English
    note = dialog.preview_note.text()
    assert OPEN in note and "printer dots per QR module" in note
    assert not unmarked_texts(dialog.preview_note, data()), unmarked_texts(dialog.preview_note, data())

    dialog.output.pdf_path.setText(str(tmp_path / "small.pdf"))
    assert print_and_wait(qtbot, dialog) == "printed"
    result = dialog.result_text.text()
    assert "printer dots per QR module" in result and (tmp_path / "small.pdf").is_file()
    assert not unmarked_texts(dialog.result_text, data(str(tmp_path / "small.pdf"))), \
        unmarked_texts(dialog.result_text, data(str(tmp_path / "small.pdf")))


def test_a_refused_job_and_a_bad_output_field_show_translated(
        qtbot: QtBot, env: UiEnvironment, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "labels.pdf"
    # the label layer's error: English text (the CLI's), a template the window translates
    prepared = labelling.prepare_labels(env.ctx, labelling.LabelSelection("line1", "LOT-1"))
    spec = jobs.JobSpec(load_template("avery-l7160"), prepared.labels)
    with pytest.raises(InputError) as refused:
        targets.run_job(targets.OutputTarget("pdf", str(missing)), spec, labelling.verifying_keys(env.ctx))
    assert str(refused.value) == f"field 'out': the folder {missing.parent} does not exist"
    assert translated_error(refused.value).count(OPEN) >= 3  # where, field 'out', the message

    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7160")
    dialog.select_target("pdf")
    dialog.output.pdf_path.setText(str(tmp_path / "labels.txt"))  # the output field's own check
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5_000)
    assert f"{OPEN}{tmp_path / 'labels.txt'} does not end" in dialog.message.text()  # marked; the path as it is
    assert "does not end in .pdf" in dialog.message.text() and not dialog.print_button.isEnabled()
    assert not unmarked_texts(dialog.message, data(str(tmp_path / "labels.txt")))

    dialog.output.pdf_path.setText(str(missing))
    assert print_and_wait(qtbot, dialog) == "failed"
    shown = dialog.message.text()
    assert "does not exist" in shown and shown.count(OPEN) >= 3
    assert not unmarked_texts(dialog.message, data(str(missing.parent))), \
        unmarked_texts(dialog.message, data(str(missing.parent)))
    assert not missing.exists()


def test_labels_that_fail_print_and_verify_are_listed_translated(
        qtbot: QtBot, env: UiEnvironment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = SigningKey.generate()  # read back against a key that did not sign them: every label fails
    monkeypatch.setattr(labelling, "verifying_keys", lambda _ctx: {stranger.key_id: stranger.verifying_key})
    prepared = labelling.prepare_labels(env.ctx, labelling.LabelSelection("line1", "LOT-1"))
    spec = jobs.JobSpec(load_template("avery-l7160"), prepared.labels)
    with pytest.raises(PrintVerificationError) as failed:
        targets.run_job(targets.OutputTarget("pdf", str(tmp_path / "x.pdf")), spec,
                        {stranger.key_id: stranger.verifying_key})
    assert str(failed.value).startswith("3 label(s) failed print-and-verify, the job was stopped and nothing was "
                                        f"printed or recorded: SN {SNS[0]}: the signature does not verify (key ")
    translated = translated_error(failed.value)
    assert translated.startswith(f"{OPEN}3 label(s) failed") and "the signature does not verify" in translated
    assert not [text for text in translated.split("; ") if OPEN not in text]  # each failure marked

    dialog = open_dialog(qtbot, env)
    dialog.select_template("avery-l7160")
    dialog.select_target("pdf")
    dialog.output.pdf_path.setText(str(tmp_path / "never.pdf"))
    assert print_and_wait(qtbot, dialog) == "not verified"
    assert dialog.failure_list.count() == 3
    for row in range(3):
        text = dialog.failure_list.item(row).text()
        assert text.startswith(f"{OPEN}SN ") and "the signature does not verify" in text
    assert not unmarked_texts(dialog.failure_list, data()), unmarked_texts(dialog.failure_list, data())


def test_a_broken_user_template_is_explained_translated(qtbot: QtBot, env: UiEnvironment) -> None:
    template = json.loads(load_template("avery-l7160").source.read_text(encoding="utf-8"))
    template["name"] = "shop-sheet"
    template["grid"]["columns"] = "three"
    env.home.templates_dir.mkdir(parents=True, exist_ok=True)
    (env.home.templates_dir / "shop-sheet.json").write_text(json.dumps(template), encoding="utf-8")
    dialog = open_dialog(qtbot, env)
    dialog.select_template("shop-sheet")
    text = dialog.template_message.text()
    assert "shop-sheet.json" in text and "grid.columns" in text
    assert f"{OPEN}must be a whole number of 1 or more" in text  # the reason itself, not only the sentence around it
    assert not unmarked_texts(dialog.template_message, data("shop-sheet.json", "grid.columns")), \
        unmarked_texts(dialog.template_message, data("shop-sheet.json", "grid.columns"))


def test_a_batch_report_file_name_error_is_translated(qtbot: QtBot, env: UiEnvironment) -> None:
    from app.ui.errors import show_error

    with pytest.raises(InputError) as refused:
        writer_for(Path("batch.txt"), "file")
    assert str(refused.value) == "field 'file': the report file name ends in .pdf or .csv, not 'batch.txt'"
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, refused.value)
    box = parent.findChild(QMessageBox, "expectedErrorBox")
    assert box is not None and box.text().count(OPEN) >= 3
    assert not unmarked_texts(box, data("batch.txt", "file", "pdf", "csv")), \
        unmarked_texts(box, data("batch.txt", "file", "pdf", "csv"))
    box.close()
