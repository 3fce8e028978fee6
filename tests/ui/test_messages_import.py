"""Import problems, master data and attribute errors reach the window translated (issue 17), while the error's
text (what the CLI prints and the log keeps) stays the English it was.

A pseudo-translator marks every string Qt is asked to translate (⟦…⟧): a marked template in the window's text shows
that the service's message went through app.ui.messages, an unmarked English sentence that it did not.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from app.cli import main
from app.domain.enums import Role
from app.domain.errors import AlreadyExistsError, InputError, NotFoundError
from app.services import importing, masterdata, registering
from app.services.import_parsing import read_table
from app.services.registering import NewDevice
from app.ui.dialogs.attribute_dialog import AttributeDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.environment import UiEnvironment
from app.ui.messages import translated_error
from app.ui.models.import_preview_model import ImportPreviewModel, PreviewTable
from app.ui.views.installer.masterdata_form import MasterDataForm
from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR, STANDARD_GROUP, add_standard_setup
from tests.support.ui import ui_environment
from tests.ui.pseudo_translation import CLOSE, OPEN, PseudoTranslator, install_pseudo, remove_pseudo

TIMEOUT = 20_000
# a batch number with a space, a voltage that is no number, a row with a field too many, an SN the SDKs cannot carry
BAD_CSV = "sn,batch,voltage,owner\r\nPUMP-1,LOT 1,abc,ann\r\nPUMP-2,,12,ann,extra\r\n+49-170,,12,ann\r\n"


@pytest.fixture
def pseudo(qapp: Any) -> Iterator[PseudoTranslator]:
    translator = install_pseudo()
    yield translator
    remove_pseudo(translator)


@pytest.fixture
def env(tmp_path: Path, qtbot: Any, pseudo: PseudoTranslator) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR)
    add_standard_setup(environment.ctx)
    yield environment
    environment.runner.shutdown()
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    environment.ctx.db.dispose()


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "devices.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    return path


def test_the_preview_table_shows_each_problem_translated_and_the_errors_stay_english(
        env: UiEnvironment, tmp_path: Path) -> None:
    preview = importing.preview_file(env.ctx, bad_file(tmp_path), STANDARD_GROUP)
    reasons = {(error.row, error.column): str(error.reason) for error in preview.errors}
    assert reasons == {
        (2, "batch"): "a batch number is 1 to 64 printable ASCII characters without spaces",
        (2, "voltage"): "'abc' is not a number",
        (3, None): "too many fields: 5 instead of 4 as in the header; quote values that contain the separator ','",
    }
    assert str(preview.errors[0]) == ("devices.csv, row 2, column 'batch': a batch number is 1 to 64 printable "
                                      "ASCII characters without spaces")
    table = PreviewTable.of(preview)
    model = ImportPreviewModel()
    model.set_table(table)
    batch_tip = model.data(model.index_of(2, "batch"), Qt.ItemDataRole.ToolTipRole)
    voltage_tip = model.data(model.index_of(2, "voltage"), Qt.ItemDataRole.ToolTipRole)
    row_tip = table.row_errors[3]  # a row of the wrong width is not in the table: its problem is the row's
    assert batch_tip == f"{OPEN}a batch number is 1 to 64 printable ASCII characters without spaces{CLOSE}"
    assert voltage_tip == f"{OPEN}'abc' is not a number{CLOSE}"
    assert row_tip.startswith(f"{OPEN}too many fields: 5 instead of 4 as in the header;")
    assert row_tip.endswith(f"the separator {OPEN}','{CLOSE}{CLOSE}")


def test_the_import_dialog_lists_the_problems_and_warnings_translated(env: UiEnvironment, qtbot: Any,
                                                                      tmp_path: Path) -> None:
    dialog = ImportDialog(env, STANDARD_GROUP)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(bad_file(tmp_path)))
    dialog.load_preview()
    qtbot.waitUntil(lambda: dialog.problems.count() == 4, timeout=TIMEOUT)
    items = [dialog.problems.item(index).text() for index in range(dialog.problems.count())]
    assert f"{OPEN}a batch number is 1 to 64 printable ASCII characters without spaces{CLOSE}" in items[0]
    assert f"{OPEN}row 2{CLOSE}" in items[0] and f"{OPEN}column 'batch'{CLOSE}" in items[0]
    assert f"' is not a number{CLOSE}" in items[1]
    assert f"{OPEN}too many fields: 5 instead of 4" in items[2]
    # the SDK warning: "Warning: %s" and the service's message, both translated
    assert items[3].startswith(f"{OPEN}Warning: {OPEN}SN '")
    assert "the Azure IoT device SDKs carry only" in items[3] and items[3].endswith(f"{CLOSE}{CLOSE}")
    dialog.close()


def test_a_file_that_cannot_be_read_is_translated_in_the_dialog(env: UiEnvironment, qtbot: Any,
                                                                tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        importing.preview_file(env.ctx, empty, STANDARD_GROUP)
    assert str(raised.value) == "empty.csv: the file is empty; expected a header row with at least the column 'sn'"
    dialog = ImportDialog(env, STANDARD_GROUP)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(empty))
    dialog.load_preview()
    expected = f"{OPEN}the file is empty; expected a header row with at least the column 'sn'{CLOSE}"
    qtbot.waitUntil(lambda: expected in dialog.summary.text(), timeout=TIMEOUT)
    dialog.close()


def test_master_data_errors_of_the_services_are_translated(env: UiEnvironment) -> None:
    ctx = env.ctx
    with pytest.raises(InputError) as bad_pattern:
        masterdata.add_attribute(ctx, "code", "text", rules={"pattern": "(a)\\1"})
    english = str(bad_pattern.value)
    assert english.startswith("field 'pattern': the pattern is not a pattern this station can check (")
    assert english.endswith("; use a regular expression without backreferences (\\1) or look-around "
                            "((?=...), (?!...))")
    shown = translated_error(bad_pattern.value)
    # the pattern's own message is nested in "the pattern {reason}": both translated
    assert f"{OPEN}the pattern {OPEN}is not a pattern this station can check (" in shown

    with pytest.raises(AlreadyExistsError) as taken:
        masterdata.create_group(ctx, "pumps", "pump", [])
    assert str(taken.value) == "a master data group named 'pumps' already exists"
    assert translated_error(taken.value) == f"{OPEN}a master data group named 'pumps' already exists{CLOSE}"

    with pytest.raises(NotFoundError) as missing:
        masterdata.update_attribute(ctx, "nope", label="Nope")
    assert str(missing.value) == "no attribute with key 'nope'"
    assert translated_error(missing.value).startswith(f"{OPEN}no attribute with key")

    with pytest.raises(InputError) as too_high:
        registering.register_devices(ctx, STANDARD_GROUP, [NewDevice("PUMP-9", master_data={"voltage": "500",
                                                                                          "owner": "ann"})],
                                     source="test")
    assert str(too_high.value) == "field 'voltage': 500 is above the maximum 400"
    assert f"{OPEN}500 is above the maximum 400{CLOSE}" in translated_error(too_high.value)


def test_the_attribute_dialog_and_the_master_data_form_show_value_problems_translated(env: UiEnvironment,
                                                                                       qtbot: Any) -> None:
    dialog = AttributeDialog(env)
    qtbot.addWidget(dialog)
    dialog.key.setText("rated_voltage")
    dialog.type.setCurrentIndex(dialog.type.findData("number"))
    dialog.minimum.setText("abc")
    dialog.revalidate()
    assert f"{OPEN}'abc' is not a number{CLOSE}" in dialog.message.text()
    dialog.minimum.setText("")
    dialog.key.setText("voltage")  # taken
    dialog._taken = {"voltage"}
    dialog.revalidate()
    assert f"{OPEN}an attribute with key 'voltage' already exists{CLOSE}" in dialog.message.text()

    form = MasterDataForm()
    qtbot.addWidget(form)
    form.set_attributes(masterdata.group_attributes(env.ctx, "pumps"), {})
    editor = form.editors["voltage"]
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "900")
    assert form.problem("voltage") == f"{OPEN}900 is above the maximum 400{CLOSE}"
    problems = form.check(require_complete=True)
    assert str(problems["owner"]) == "is required"
    assert form.problem("owner") == f"{OPEN}is required{CLOSE}"
    assert f"{OPEN}900 is above the maximum 400{CLOSE}" in form.problems_text(problems)


def test_numbers_in_a_message_follow_the_window_locale(qapp: Any, tmp_path: Path) -> None:
    long_cell = tmp_path / "long.csv"
    long_cell.write_text("sn,name\r\nPUMP-1," + "x" * 10_001 + "\r\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_table(long_cell)
    assert str(raised.value) == "long.csv, row 2: a cell has 10,001 characters; at most 10,000 are allowed"
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert translated_error(raised.value).endswith("a cell has 10.001 characters; at most 10.000 are allowed")
    finally:
        QLocale.setDefault(before)


def test_the_cli_prints_the_english_text_with_a_translator_installed(
        pseudo: PseudoTranslator, dps_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPS_PASSWORD", CLI_PASSWORD)
    assert main(["init", "--supervisor", CLI_SUPERVISOR]) == 0
    monkeypatch.setenv("DPS_USER", CLI_SUPERVISOR)
    assert main(["masterdata", "create-group", "pumps", "--asset-type", "pump"]) == 0
    assert main(["group", "create", "line1", "--masterdata-group", "pumps", "--ou", "a", "--environment", "prod",
                 "--product-key", "PK"]) == 0
    path = tmp_path / "devices.csv"
    path.write_text("sn,batch\r\nPUMP-1,LOT 1\r\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["device", "import", str(path), "--group", "line1"]) == 2
    err = capsys.readouterr().err
    assert err == ("dps-station: devices.csv, row 2, column 'batch': a batch number is 1 to 64 printable ASCII "
                   "characters without spaces\n")


def test_the_tab_separator_is_named_in_the_window_language(pseudo: PseudoTranslator, tmp_path: Path) -> None:
    path = tmp_path / "devices.txt"
    path.write_text("sn\tname\r\nPUMP-1\tPump\tsurplus\r\n", encoding="utf-8")
    table = read_table(path)
    (error,) = table.errors
    assert str(error) == ("devices.txt, row 2: too many fields: 3 instead of 2 as in the header; quote values that "
                          "contain the separator tab")
    assert translated_error(error).endswith(f"the separator {OPEN}tab{CLOSE}{CLOSE}{CLOSE}")
