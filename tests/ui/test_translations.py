"""The window in German and Simplified Chinese: the .ts sources built with pyside6-lrelease, Qt's own strings,
the services' messages, dates and numbers, the language chosen by setting or by the system locale."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.enums import Role
from app.domain.errors import InputError, PermissionDeniedError
from app.domain.messages import MAY_NOT, SN_EMPTY, SN_TWICE_AT, message, term
from app.ui import translations
from app.ui.locale_format import moment_text, number_text
from app.ui.messages import translated_error
from app.ui.settings import LANGUAGE
from app.ui.translations import language_for, use_language
from tests.support.ui import ui_environment

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGE_FILES = ("dps_station_de.ts", "dps_station_zh_CN.ts")


def lrelease() -> str:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    return str(tool) if tool.exists() else "pyside6-lrelease"


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """The .qm files built from the .ts sources as set-up builds them, in a folder of the test's own."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for name in LANGUAGE_FILES:
        subprocess.run([lrelease(), "-silent", str(SOURCES / name), "-qm", str(folder / name.replace(".ts", ".qm"))],
                       check=True, timeout=120)
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    before = QLocale()
    yield folder
    use_language("en")
    QLocale.setDefault(before)  # the other tests' dates and numbers as they were


@pytest.mark.parametrize(("system", "expected"), [
    ("de_DE", "de"), ("de_AT", "de"), ("zh_CN", "zh_CN"), ("zh_Hans_SG", "zh_CN"), ("zh_TW", "en"),
    ("fr_FR", "en"), ("en_GB", "en"),
])
def test_the_system_locale_picks_the_language_when_the_setting_is_empty(system: str, expected: str) -> None:
    assert language_for("", QLocale(system)) == expected
    assert language_for("de", QLocale(system)) == "de"  # the setting wins


def test_german_window_strings_qt_buttons_messages_and_numbers(built: Path) -> None:
    assert use_language("de") == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QCoreApplication.translate("MainWindow", "Field") == "Außendienst"
    assert QCoreApplication.translate("ConflictsView", "Field") == "Feld"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own, from qtbase_de
    assert translated_error(InputError(message(SN_EMPTY), field="sn")) == "Feld 'sn': die SN ist leer"
    refused = PermissionDeniedError(message(MAY_NOT, actor="ina", role=term("installer"),
                                            permission=term("register devices")))
    assert translated_error(refused) == ("ina (Installateur) darf nicht: Geräte registrieren; bitten Sie einen "
                                         "Benutzer mit diesem Recht")
    named_like_a_role = PermissionDeniedError(message(MAY_NOT, actor="installer", role=term("installer"),
                                                      permission=term("register devices")))
    assert translated_error(named_like_a_role).startswith("installer (Installateur)")  # a name is never translated
    assert str(refused).startswith("ina (installer) may not register devices")  # the CLI and the log: English
    assert translated_error(InputError(message(SN_TWICE_AT, sn="A-1", row=3), file="d.csv", row=4, column="sn")) \
        == "d.csv, Zeile 4, Spalte 'sn': SN 'A-1' kommt zweimal vor (zuerst in Zeile 3)"
    assert number_text(12345) == "12.345"
    assert moment_text(datetime(2026, 12, 6, 18, 34, tzinfo=UTC), utc=True) == "06.12.26 18:34"


def test_simplified_chinese(built: Path) -> None:
    assert use_language("zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert translated_error(InputError(message(SN_EMPTY), field="sn")) == "字段 'sn'：序列号为空"
    assert QCoreApplication.translate("ConflictsView", "%1 open conflicts").replace("%1", "3") == "3 个未解决的冲突"


def test_a_missing_qm_leaves_english_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp,  # type: ignore[no-untyped-def]
                                                 caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    before = QLocale()
    try:
        assert use_language("de") == "de"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert "stays in English" in caplog.text
    finally:
        use_language("en")
        QLocale.setDefault(before)


def test_the_language_menu_keeps_the_choice_for_the_next_sign_in(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                   built: Path) -> None:
    from app.ui.main_window import MainWindow

    env = ui_environment(tmp_path, Role.SUPERVISOR)
    window = MainWindow(env, start_sync=False)
    qtbot.addWidget(window)
    action = window.findChild(type(window.sync_action), "language_de")
    assert action is not None and action.text() == "Deutsch"
    action.trigger()
    assert env.settings.get(LANGUAGE) == "de"
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "languageChosen") is not None, timeout=5_000)
    window.close()
    env.runner.shutdown()
    env.ctx.db.dispose()


def _placeholders(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    return (re.findall(r"%[sdn]", text), sorted(set(re.findall(r"%\d", text))),
            sorted(re.findall(r"\{[^{}]*\}", text)), sorted(re.findall(r"</?[a-z]+>", text)))


@pytest.mark.parametrize("name", LANGUAGE_FILES)
def test_every_translation_keeps_the_placeholders_of_its_source(name: str) -> None:
    """A %s, %1, {name} or tag lost or added in a translation would garble or crash the window's text."""
    problems = []
    for context in ET.parse(SOURCES / name).getroot().iter("context"):
        for entry in context.iter("message"):
            source = entry.findtext("source") or ""
            translation = entry.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                if _placeholders(form.replace("%n", "%s")) != _placeholders(source.replace("%n", "%s")):
                    problems.append(f"{context.findtext('name')}: {source!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def test_without_a_language_times_are_iso_8601(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert moment_text(datetime(2026, 12, 6, 18, 34, tzinfo=UTC), utc=True) == "2026-12-06 18:34"
        assert moment_text(datetime(2026, 12, 6, 18, 34, 5, tzinfo=UTC), utc=True, seconds=True) == "2026-12-06 18:34:05"
    finally:
        QLocale.setDefault(default)


def test_the_sync_state_line_in_german(built: Path) -> None:
    """The status bar's sync state is the window's own text (the CLI's `sync status` line stays English)."""
    from app.sync.engine import SyncStatus
    from app.ui.sync_state import state_line

    status = SyncStatus(central_url="postgresql+psycopg://central/dps", last_sync=None, last_error=None, pending=12_345,
                        open_conflicts=2, pending_by_table={"assets": 12_345})
    assert use_language("de") == "de"
    try:
        shown = state_line(status)
    finally:
        use_language("en")
    assert shown == ("noch nie synchronisiert, 12.345 ausstehende Änderungen (assets 12.345), 2 Konflikte zu lösen, "
                     "Zentrale: postgresql+psycopg://central/dps")
    assert status.line().startswith("never synced, 12,345 pending changes")


def test_a_batch_s_progress_in_simplified_chinese(built: Path) -> None:
    """The Office's painted chart and the batch table's progress and review cells are the window's own text."""
    import uuid

    from app.domain.batch_states import StateCounts
    from app.services.supervision import BatchProgress
    from app.ui.views.supervisor.models import BatchProgressModel
    from app.ui.views.supervisor.progress import ProgressChart

    counts = StateCounts(registered=3, activated=1)
    progress = BatchProgress(uuid.uuid4(), "line1", "LOT-1", "", "approved", "", "sue", None,
                             datetime(2026, 12, 6, tzinfo=UTC), counts)
    assert use_language("zh_CN") == "zh_CN"
    try:
        chart = ProgressChart()
        chart.set_counts(counts)
        model = BatchProgressModel()
        model.set_records([progress])
        shown = (model.index(0, BatchProgressModel.PROGRESS).data(), model.index(0, BatchProgressModel.REVIEW).data())
        titles = [title for _state, title, _count in chart.rows()]
    finally:
        use_language("en")
    assert shown == ("25% 已激活", "已批准")
    assert titles[:4] == ["已注册", "已贴标", "已安装", "已激活"]


def test_the_database_is_free_again_in_german(qtbot, built: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.ui.application import DatabaseWaitRelay

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    assert use_language("de") == "de"
    try:
        DatabaseWaitRelay._show("")  # the colleague's long write is over
        shown = window.statusBar().currentMessage()
    finally:
        use_language("en")
    assert shown == "Die Datenbank ist wieder frei"
