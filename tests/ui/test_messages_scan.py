"""Scan messages reach the Field view translated (issue 17): with every translated string marked ⟦…⟧, a forged
label's and a damaged Matter code's banner text come out marked, with their reasons (nested messages) marked too,
while the ScanResult keeps the English text and `dps-station scan` prints the same English as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cli import main
from app.domain.messages import Message
from app.domain.messages_scan import DAMAGED_THIRD_PARTY, MATTER_PAYLOAD_TOO_SHORT, SIGNATURE_MISMATCH
from app.scan.outcomes import ScanOutcome
from app.ui.views.installer.field_view import FieldView
from app.ui.widgets.wrapping import ZERO_WIDTH_SPACE
from tests.scan.scan_synth import make_frame
from tests.ui.installer_support import GROUP, Station, forged_label, label_data, running_field_view
from tests.ui.pseudo_translation import PseudoTranslator, install_pseudo, leftover, remove_pseudo

FORGED_ENGLISH = ("the signature of this label does not match its content (SN PUMP-0009): altered or forged; "
                  "do not onboard")
MATTER_QR = "MT:00000CQM00KA0648G00"  # a valid Matter code: discriminator 3840, found on the network
DAMAGED_MATTER = "MT:0000000000"  # a Matter QR payload of 10 characters: at least 19 are needed
DAMAGED_ENGLISH = ("damaged Matter QR code: 10 characters; a payload has at least 19; scan it again or type it, "
                   "and check the print")


@pytest.fixture
def field(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[Station, FieldView]]:
    with running_field_view(qtbot, tmp_path) as running:
        yield running


@pytest.fixture
def pseudo() -> Iterator[PseudoTranslator]:
    translator = install_pseudo()
    yield translator
    remove_pseudo(translator)


def enter(qtbot: QtBot, view: FieldView, text: str) -> None:
    """The USB scanner types the code within milliseconds and ends it with Enter."""
    count = view.scans.rowCount()
    view.scan_input.setFocus()
    qtbot.keyClicks(view.scan_input, text)
    qtbot.keyClick(view.scan_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.scans.rowCount() == count + 1, timeout=5_000)


def banner_text(view: FieldView) -> str:
    return view.banner.message.text().replace(ZERO_WIDTH_SPACE, "")


def test_forged_label_and_damaged_matter_code_are_translated_in_the_field_view(
        qtbot: QtBot, field: tuple[Station, FieldView], pseudo: PseudoTranslator) -> None:
    st, view = field
    forged = forged_label(label_data(st.admin, GROUP, "PUMP-0001"), "PUMP-0009")

    enter(qtbot, view, forged.payload)
    result = view.scans.entry(0).result
    assert result.outcome is ScanOutcome.FORGED
    assert result.message == FORGED_ENGLISH  # what the CLI prints and the scan log keeps
    assert isinstance(result.message, Message) and result.message.template == SIGNATURE_MISMATCH
    shown = banner_text(view)
    assert shown.startswith("⟦the signature of this label does not match its content") and shown.endswith("⟧")
    assert "(SN PUMP-0009)" in shown  # the SN is a parameter, filled into the translated template as it is
    assert ("messages", SIGNATURE_MISMATCH) in pseudo.asked
    assert leftover(shown, ["PUMP-0009"]) == ""
    list_row = view.scans.index(0, view.scans.MESSAGE)
    assert view.scans.data(list_row, Qt.ItemDataRole.DisplayRole) == shown  # the scan list says the same

    enter(qtbot, view, DAMAGED_MATTER)
    result = view.scans.entry(0).result
    assert result.outcome is ScanOutcome.DAMAGED_CODE
    assert result.message == DAMAGED_ENGLISH
    shown = banner_text(view)
    assert shown.startswith("⟦damaged ⟦Matter QR code⟧: ⟦10 characters; a payload has at least 19⟧;")
    assert {("messages", DAMAGED_THIRD_PARTY), ("messages", MATTER_PAYLOAD_TOO_SHORT),
            ("message values", "Matter QR code")} <= pseudo.asked
    assert "Matter QR code" not in shown.replace("⟦Matter QR code⟧", "")  # the format name is translated too
    assert leftover(shown, []) == ""  # no word outside a translated part

    enter(qtbot, view, MATTER_QR)  # a valid third-party code: what it holds is listed part by part, translated
    assert view.scans.entry(0).result.outcome is ScanOutcome.MATTER
    shown = view.scans.data(view.scans.index(0, view.scans.MESSAGE), Qt.ItemDataRole.DisplayRole)  # not clipped
    assert "⟦vendor ID 0x0000⟧" in shown and "⟦discriminator 3840⟧" in shown and "⟦discovery ⟦on network⟧⟧" in shown
    assert leftover(shown, []) == ""


def test_dps_station_scan_prints_the_same_english_while_the_window_translates(
        field: tuple[Station, FieldView], pseudo: PseudoTranslator, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    st, _view = field
    forged = forged_label(label_data(st.admin, GROUP, "PUMP-0001"), "PUMP-0009")
    folder = tmp_path / "photos"
    folder.mkdir()
    cv2.imwrite(str(folder / "forged.png"), make_frame(3, texts=[forged.payload], distortions=["noise"]).image)
    cv2.imwrite(str(folder / "matter.png"), make_frame(4, texts=[DAMAGED_MATTER], distortions=["noise"]).image)
    assert st.admin.home is not None
    database = ["--home", str(st.admin.home.path), "--db", f"sqlite:///{tmp_path / 'station.db'}"]

    code = main([*database, "scan", "--format", "json", "--group", GROUP, str(folder)])
    out, err = capsys.readouterr()
    assert code == 0, err
    messages = {row["outcome"]: row["message"] for row in map(json.loads, filter(str.strip, out.splitlines()))}
    assert messages == {"forged": FORGED_ENGLISH, "damaged_code": DAMAGED_ENGLISH}

    code = main([*database, "scan", "--group", GROUP, str(folder)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert FORGED_ENGLISH in out and DAMAGED_ENGLISH in out and "⟦" not in out + err
