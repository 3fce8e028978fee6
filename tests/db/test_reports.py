"""Batch reports: the PDF read back with QtPdf (pages, text, numbers), the CSV read back with csv, the CLI command."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from app.cli import main as cli_main
from app.reports.pdf_report import write_pdf
from app.reports.writers import writer_for
from app.services import audit, batches, registering, reporting, supervision
from app.services.context import ServiceContext
from tests.db.supervision_scenario import G, build_scenario
from tests.support.ctx import build_service_context

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator[ServiceContext]:  # type: ignore[no-untyped-def]
    # qapp: a QApplication (fonts and painting need one; a bare QGuiApplication here would break later widget tests)
    context = build_service_context(f"sqlite:///{tmp_path / 'station.db'}", tmp_path)
    build_scenario(context)
    yield context
    context.db.dispose()


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, text


def test_pdf_report_shows_the_numbers(ctx: ServiceContext, tmp_path: Path) -> None:
    batches.review_batch(ctx, G, "B1", approve=False, comment="two labels missing")
    out = tmp_path / "b1.pdf"
    report = reporting.write_batch_report(ctx, G, "B1", out, writer_for(out))
    pages, text = pdf_text(out)
    assert pages == 1
    flat = " ".join(text.split())
    assert "Batch report" in flat and "Registration group line1 · batch B1" in flat
    counts = supervision.batch_progress(ctx, G, "B1").counts
    for title, count in (("Registered", counts.registered), ("Labelled", counts.labelled),
                         ("Installed", counts.installed), ("Activated", counts.activated)):
        assert f"{title} {count} " in flat
    assert f"Total {counts.total} 100%" in flat
    assert "rejected by tester" in flat and "two labels missing" in flat
    for anomaly in report.anomalies:
        assert anomaly.sn in flat
    assert "never labelled: 1" in flat and "awaiting approval: 1" in flat
    assert not list(tmp_path.glob(".b1.pdf.*"))  # no temporary file left
    [event] = audit.list_events(ctx, audit.AuditFilter(action="report.batch"))
    assert event.details == {"batch": "B1", "file": "b1.pdf", "format": "pdf", "devices": 6}


def test_long_anomaly_list_breaks_pages_and_repeats_the_header(ctx: ServiceContext, tmp_path: Path) -> None:
    before = sum(supervision.anomaly_counts(ctx, G, "B1").values())
    registering.register_range(ctx, G, "LONG-", 1, 150, batch="B1")
    out = tmp_path / "long.pdf"
    report = reporting.gather_batch_report(ctx, G, "B1", with_devices=False)
    assert len(report.anomalies) == before + 150 and report.anomalies_left_out == 0
    pages = write_pdf(report, out)
    read_pages, text = pdf_text(out)
    assert read_pages == pages >= 3
    assert text.count("Anomaly") >= pages - 1  # the table header again on each continued page
    assert "LONG-1" in text and "LONG-150" in text
    assert f"page {pages}" in text


def test_csv_report_reads_back(ctx: ServiceContext, tmp_path: Path) -> None:
    registering.register_device(ctx, G, "=SUM(A1)", batch="B1", name="+cmd")
    out = tmp_path / "b1.csv"
    reporting.write_batch_report(ctx, G, "B1", out, writer_for(out))
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = dict(row for row in rows[:rows.index([])] if len(row) == 2)
    assert (header["group"], header["batch"], header["review"]) == (G, "B1", "open (not reviewed yet)")
    counts_start = rows.index(["state", "devices"])
    counts = {row[0]: int(row[1]) for row in rows[counts_start + 1:rows.index([], counts_start)]}
    progress = supervision.batch_progress(ctx, G, "B1").counts
    assert counts == {**progress.as_dict(), "total": progress.total}
    devices_start = rows.index(["sn", "name", "state", "status", "asset_id", "error", "updated"])
    device_rows = {row[0]: row for row in rows[devices_start + 1:]}
    assert len(device_rows) == progress.total
    assert device_rows["SN-4"][2:4] == ["activated", "allocated"]
    assert device_rows["SN-1"][2:4] == ["registered", "registered"]
    assert device_rows["'=SUM(A1)"][1] == "'+cmd"  # neutralised cells


def test_cli_report_batch(ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    db = f"sqlite:///{tmp_path / 'station.db'}"
    out = tmp_path / "cli.pdf"
    assert cli_main(["--home", home, "--db", db, "report", "batch", "--group", G, "--batch", "B1",
                     "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "6 devices" in printed and "3 anomalies" in printed
    pages, text = pdf_text(out)
    assert pages == 1 and "B1" in text
    assert cli_main(["--home", home, "--db", db, "report", "batch", "--group", G, "--batch", "B1",
                     "--out", str(tmp_path / "x.txt")]) == 2
    assert "ends in .pdf or .csv" in capsys.readouterr().err
    assert cli_main(["--home", home, "--db", db, "report", "batch", "--group", G, "--batch", "NOPE",
                     "--out", str(tmp_path / "n.csv")]) == 3
    assert "no batch 'NOPE'" in capsys.readouterr().err
    assert not (tmp_path / "n.csv").exists()

    later = tmp_path / "grace.pdf"  # SN-1 was registered today: not overdue with a day's grace
    assert cli_main(["--home", home, "--db", db, "report", "batch", "--group", G, "--batch", "B1",
                     "--unlabelled-days", "1", "--out", str(later)]) == 0
    assert "2 anomalies" in capsys.readouterr().out
    flat = " ".join(pdf_text(later)[1].split())
    assert "never labelled: 0" in flat and "those registered more than 1 day ago" in flat


def test_cli_csv_report_runs_headless_in_a_fresh_process(ctx: ServiceContext, tmp_path: Path) -> None:
    out = tmp_path / "fresh.csv"
    env = {**os.environ, "DPS_HOME": str(tmp_path / "home")}
    env.pop("QT_QPA_PLATFORM", None)
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--db", f"sqlite:///{tmp_path / 'station.db'}", "report", "batch",
         "--group", G, "--batch", "B2", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert "2 devices" in completed.stdout
    assert out.read_text(encoding="utf-8").count("registered") >= 3
