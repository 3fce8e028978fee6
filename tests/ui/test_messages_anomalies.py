"""The Office shows anomalies in the window's language: each kind's title and what the anomaly is about (a
Message built by the service), and the counts lines of a batch and of the report preview. With the
pseudo-translator every translated part comes back marked ⟦…⟧; names (SNs, OUs, users) stay as they are. What
the CLI and the reports write stays the English text, even with a translator installed in the process."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db.base import utcnow
from app.domain.enums import Role
from app.domain.messages import Message
from app.qr.payload import encode_payload
from app.reports.writers import writer_for
from app.scan.outcomes import Origin
from app.security.signing import SigningKey
from app.services import groups, reporting, scan_log, supervision
from app.services.anomaly_text import refused_what
from app.services.scanning import open_scan_session
from app.services.supervision import AnomalyKind, AnomalyRules
from app.ui.environment import UiEnvironment
from app.ui.messages import translate_message
from app.ui.views.supervisor.models import AnomalyModel
from app.ui.workspaces.supervisor import SupervisorWorkspace
from tests.db.supervision_scenario import G, build_scenario
from tests.support.ctx import as_role
from tests.support.ui import open_office, ui_environment
from tests.ui.pseudo_translation import install_pseudo, leftover, remove_pseudo

TIMEOUT = 20000
DATA = ["SN-1", "SN-2", "SN-5", "ou-b/test", "ina", "B1"]  # names shown as they are

ENGLISH = {  # (kind, SN): what the CLI and the reports say
    ("never_labelled", "SN-1"): "registered, no label printed",
    ("duplicate_scan", "SN-2"): "scanned twice in one session (2 times)",
    ("refused_label", "SN-2"): "unknown signing key; claims SN SN-2, read by camera 0 (frame 3) by ina",
    ("awaiting_approval", "SN-5"): "reprovision to ou-b/test, requested by ina",
}
SHOWN = {  # the same in the window, pseudo-translated
    ("never_labelled", "SN-1"): ("⟦never labelled⟧", "⟦registered, no label printed⟧"),
    ("duplicate_scan", "SN-2"): ("⟦duplicate scans⟧", "⟦scanned twice in one session (2 times)⟧"),
    ("refused_label", "SN-2"): ("⟦refused labels⟧",
                                "⟦⟦unknown signing key⟧; claims SN SN-2, read by ⟦⟦camera 0⟧ (frame 3)⟧ by ina⟧"),
    ("awaiting_approval", "SN-5"): ("⟦awaiting approval⟧", "⟦reprovision to ou-b/test, requested by ina⟧"),
}


@pytest.fixture
def env(tmp_path: Path) -> Iterator[UiEnvironment]:
    environment = ui_environment(tmp_path, Role.SUPERVISOR, name="sue")
    build_scenario(environment.ctx)  # B1: SN-1 never labelled, SN-2 scanned twice, SN-5 reprovision awaiting approval
    installer = as_role(environment.ctx, Role.INSTALLER, "ina")
    group_id = groups.get_group(environment.ctx, G, with_count=False).group_id
    forged = encode_payload(group_id=group_id, sn="SN-2", batch="B1", signing_key=SigningKey.generate())
    session = open_scan_session(installer)
    scan_log.record_scan(installer, session.classify(forged, Origin("camera 0", frame=3)), session_id="s1")
    translator = install_pseudo()
    yield environment
    remove_pseudo(translator)
    environment.runner.shutdown()
    environment.ctx.db.dispose()


def shown_rows(model: AnomalyModel) -> dict[tuple[str, str], tuple[str, str]]:
    def cell(row: int, column: int) -> Any:
        return model.data(model.index(row, column))

    return {(model.record(row).kind.value, model.record(row).sn): (cell(row, AnomalyModel.KIND),
                                                                   cell(row, AnomalyModel.WHAT))
            for row in range(model.rowCount())}


def test_the_office_shows_anomaly_titles_and_descriptions_translated(qtbot: Any, env: UiEnvironment) -> None:
    workspace = open_office(qtbot, env)
    assert isinstance(workspace, SupervisorWorkspace)
    view = workspace.batches
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT)
    view.select_batch("B1")
    qtbot.waitUntil(lambda: not view.anomalies.loading and view.anomalies.rowCount() == 4, timeout=TIMEOUT)

    assert shown_rows(view.anomalies) == SHOWN
    for row in range(view.anomalies.rowCount()):
        record = view.anomalies.record(row)
        assert isinstance(record.what, Message)
        assert str(record.what) == ENGLISH[(record.kind.value, record.sn)]  # the English text is kept
        tip = view.anomalies.tooltip(record, view.anomalies.COLUMNS[AnomalyModel.WHAT])
        assert tip == SHOWN[(record.kind.value, record.sn)][1]
        for text in SHOWN[(record.kind.value, record.sn)]:
            assert not leftover(text, DATA), text

    summary = view.anomaly_summary.text()
    assert "⟦⟦refused labels⟧: 1⟧" in summary and "⟦⟦never labelled⟧: 1⟧" in summary
    assert "⟦⟦duplicate scans⟧: 1⟧" in summary and "⟦⟦awaiting approval⟧: 1⟧" in summary
    assert not leftover(summary, DATA), summary

    reports = workspace.reports
    workspace.show_page(reports)
    reports.select(G, "B1")
    qtbot.waitUntil(lambda: "⟦⟦never labelled⟧: 1⟧" in reports.preview_anomalies.text(), timeout=TIMEOUT)
    assert not leftover(reports.preview_anomalies.text(), DATA), reports.preview_anomalies.text()


def test_the_cli_and_the_report_keep_the_english_text(env: UiEnvironment, tmp_path: Path) -> None:
    ctx = env.ctx
    page = supervision.list_anomalies(ctx, G, "B1")
    assert {(a.kind.value, a.sn): str(a.what) for a in page.items} == ENGLISH

    later = AnomalyRules(now=utcnow() + timedelta(days=20))
    stale = supervision.list_anomalies(ctx, G, "B1", rules=later, kinds=(AnomalyKind.NOT_INSTALLED,)).items
    assert {a.what for a in stale} == {"labelled, not installed after 14 days"}
    assert translate_message(stale[0].what) == "⟦labelled, not installed after 14 days⟧"

    [failed] = supervision.list_anomalies(ctx, "line2", "B9", kinds=(AnomalyKind.FAILED_ALLOCATION,)).items
    assert not isinstance(failed.what, Message) and "no product key" in failed.what  # stored data, as it is

    out = tmp_path / "b1.csv"
    reporting.write_batch_report(ctx, G, "B1", out, writer_for(out))  # what `dps-station report batch` does
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    start = rows.index(["anomaly", "sn", "batch", "what", "since"])
    listed = {(row[0], row[1]): row[3] for row in rows[start + 1:rows.index([], start)]}
    assert listed == {("never labelled", "SN-1"): "registered, no label printed",
                      ("duplicate scans", "SN-2"): "scanned twice in one session (2 times)",
                      ("refused labels", "SN-2"): ENGLISH[("refused_label", "SN-2")],
                      ("awaiting approval", "SN-5"): "reprovision to ou-b/test, requested by ina"}
    assert "⟦" not in out.read_text(encoding="utf-8")


@pytest.fixture
def pseudo(qapp: Any) -> Iterator[None]:
    translator = install_pseudo()
    yield
    remove_pseudo(translator)


def test_a_refused_label_s_words_are_the_station_s_own_but_names_are_not(pseudo: None) -> None:
    from_file = refused_what({"problem": "signature does not match", "source": "image", "file": "box.png"}, "ina")
    assert from_file == "signature does not match, read by image (box.png) by ina"
    assert translate_message(from_file) == "⟦⟦signature does not match⟧, read by ⟦⟦image⟧ (box.png)⟧ by ina⟧"
    typed = refused_what({"problem": "malformed payload", "source": "keyboard"}, "scanner")
    assert translate_message(typed) == "⟦⟦malformed payload⟧, read by ⟦keyboard⟧ by scanner⟧"  # the user stays
    unknown = refused_what({"problem": "an older text", "source": "rtsp://cam/live"}, "ina")
    assert translate_message(unknown) == "⟦an older text, read by rtsp://cam/live by ina⟧"
    assert refused_what({}, "ina") == "refused, read by ? by ina"
