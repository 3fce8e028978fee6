"""Jobs: --start-at, copies, reprints, progress, cancellation, print-and-verify failures, tampered labels."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from labels_support import decode, make_labels, rasterise_pdf, verified_sns

from app.cli import main
from app.domain.errors import CancelledError
from app.labels.job import JobSpec, placements, run_pdf_job
from app.labels.model import LabelData
from app.labels.templates import load_template
from app.labels.verify import PrintVerificationError
from app.qr.payload import encode_payload, parse_payload, verify_payload
from app.security.signing import SigningKey
from app.services import audit, labelling
from app.services.audit import AuditFilter
from app.services.device_lookup import get_device

KEY = SigningKey.from_raw(bytes(range(32)))
KEYS = {KEY.key_id: KEY.verifying_key}


def label_events(station: dict[str, Any]) -> list[Any]:
    return [e for e in audit.list_events(station["ctx"], AuditFilter(), limit=10_000) if e.action == "device.label"]


def codes_per_slot(page: np.ndarray, template_name: str) -> dict[int, str]:
    """Decode each label position of a 300 dpi page on its own: slot -> payload text."""
    template = load_template(template_name)
    px = 300 / 25.4
    found = {}
    for slot in range(template.per_page):
        x, y = template.label_origin(slot)
        crop = page[round(y * px):round((y + template.label_height) * px), round(x * px):round((x + template.label_width) * px)]
        texts = decode(np.ascontiguousarray(crop))
        if texts:
            found[slot] = texts[0]
    return found


def test_start_at_skips_used_positions_on_the_first_sheet_only(tmp_path: Path, qapp: Any) -> None:
    labels = make_labels(KEY, 25)
    out = tmp_path / "a.pdf"
    report = run_pdf_job(out, JobSpec(load_template("avery-l7160"), labels, start_at=5), KEYS)
    assert report.pages == 2
    first, second = rasterise_pdf(out)
    slots = codes_per_slot(first, "avery-l7160")
    assert sorted(slots) == list(range(5, 21))
    assert parse_payload(slots[5]).sn == "SN-000000"  # type: ignore[union-attr]
    assert sorted(codes_per_slot(second, "avery-l7160")) == list(range(9))


def test_copies_sit_next_to_each_other(tmp_path: Path, qapp: Any) -> None:
    labels = make_labels(KEY, 4)
    out = tmp_path / "a.pdf"
    report = run_pdf_job(out, JobSpec(load_template("avery-l7163"), labels, copies=3), KEYS)
    assert (report.labels, report.printed, report.pages) == (4, 12, 1)
    slots = codes_per_slot(rasterise_pdf(out)[0], "avery-l7163")
    sns = [parse_payload(slots[i]).sn for i in range(12)]  # type: ignore[union-attr]
    assert sns == [s for s in ("SN-000000", "SN-000001", "SN-000002", "SN-000003") for _ in range(3)]


def test_placements_for_thermal_rolls_are_one_per_page() -> None:
    spec = JobSpec(load_template("thermal-50x30"), make_labels(KEY, 3), copies=2)
    assert placements(spec) == [(0, 0, 0), (1, 0, 0), (2, 0, 1), (3, 0, 1), (4, 0, 2), (5, 0, 2)]


def test_reprint_of_single_labels_through_the_cli(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    out = station["dir"] / "reprint.pdf"
    args = ["--home", str(station["home"].path), "--db", station["url"], "label", "print", "--group", "line1",
            "--sn", "SN-000003", "--sn", "A*B%C", "--template", "avery-l7160", "--out", str(out), "--copies", "2",
            "--start-at", "19"]
    assert main(args) == 0
    assert "4 label(s) for 2 device(s) on 2 page(s)" in capsys.readouterr().out
    texts = [t for page in rasterise_pdf(out) for t in decode(page)]
    assert Counter(verified_sns(texts, station["keys"])) == Counter({"SN-000003": 2, "A*B%C": 2})
    assert main(args) == 0  # a second reprint: still labelled, counted again
    events = label_events(station)
    assert Counter(e.sn for e in events) == Counter({"SN-000003": 2, "A*B%C": 2})
    assert all(e.details["copies"] == 2 for e in events)
    device = get_device(station["ctx"], "line1", "SN-000003")
    assert device.status == "labelled" and device.labels_printed == 4


def test_progress_is_reported_and_cancel_records_nothing(station: dict[str, Any]) -> None:
    ctx = station["ctx"]
    template = load_template("avery-l7160")
    seen: list[tuple[str, int, int]] = []
    out = station["dir"] / "cancel.pdf"

    def cancelled() -> bool:
        return any(phase == "verify" and done >= 10 for phase, done, _total in seen)

    def render(labels: Any, keys: Any) -> Any:
        return run_pdf_job(out, JobSpec(template, labels), keys, progress=lambda *p: seen.append(p),
                           cancelled=cancelled)

    with pytest.raises(CancelledError, match="nothing was printed or recorded"):
        labelling.print_labels(ctx, labelling.LabelSelection("line1"), render, copies=1, template=template.name,
                               output=str(out))
    assert ("prepare", 28, 28) in seen
    assert not out.exists() and not list(station["dir"].glob("*.part"))
    assert not label_events(station)
    assert get_device(ctx, "line1", "SN-000001").status == "registered"
    seen.clear()
    batch, report = labelling.print_labels(
        ctx, labelling.LabelSelection("line1"),
        lambda labels, keys: run_pdf_job(out, JobSpec(template, labels), keys, progress=lambda *p: seen.append(p)),
        copies=1, template=template.name, output=str(out))
    assert seen[-1] == ("output", 28, 28) and report.printed == 28
    assert len(label_events(station)) == 28


def test_cancel_during_output_leaves_no_file(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "a.pdf"
    calls = {"pages": 0}

    def cancelled() -> bool:
        calls["pages"] += 1
        return calls["pages"] > 3

    with pytest.raises(CancelledError):
        run_pdf_job(out, JobSpec(load_template("thermal-50x30"), make_labels(KEY, 10)), None, cancelled=cancelled)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_a_label_that_does_not_verify_stops_the_job_and_is_named(tmp_path: Path, qapp: Any) -> None:
    labels = make_labels(KEY, 5)
    forged_key = SigningKey.generate()
    bad = labels[2]
    forged = LabelData(bad.sn, bad.group_id, bad.group_name, bad.batch, bad.product_key, bad.manual_code,
                       encode_payload(group_id=bad.group_id, sn=bad.sn, batch=bad.batch, signing_key=forged_key))
    wrong_device = LabelData("SN-000004", labels[4].group_id, labels[4].group_name, "LOT-1", "PK", "1",
                             labels[3].payload)
    out = tmp_path / "a.pdf"
    with pytest.raises(PrintVerificationError) as caught:
        run_pdf_job(out, JobSpec(load_template("avery-l7160"), [*labels[:2], forged, labels[3], wrong_device]), KEYS)
    message = str(caught.value)
    assert "2 label(s) failed print-and-verify" in message
    assert "SN SN-000002: the signature does not verify" in message
    assert "SN SN-000004: the code is for SN SN-000003" in message
    assert not out.exists()


def test_tampered_sn_in_a_decoded_label_fails_verification(tmp_path: Path, qapp: Any) -> None:
    out = tmp_path / "a.pdf"
    run_pdf_job(out, JobSpec(load_template("thermal-100x50"), make_labels(KEY, 1)), KEYS)
    text = decode(rasterise_pdf(out)[0])[0]
    payload = parse_payload(text)
    assert payload is not None and verify_payload(payload, KEYS)
    altered_text = text.replace(payload.sn, payload.sn[:-1] + ("9" if payload.sn[-1] != "9" else "8"), 1)
    altered = parse_payload(altered_text)
    assert altered is not None and altered.sn != payload.sn
    assert not verify_payload(altered, KEYS)
    # re-encoded (a forger printing the altered text as a new code) and read back: still fails
    forged = LabelData(altered.sn, altered.group_id, "g", altered.batch, "", "", altered_text)
    with pytest.raises(PrintVerificationError, match="signature does not verify"):
        run_pdf_job(tmp_path / "b.pdf", JobSpec(load_template("thermal-100x50"), [forged]), KEYS)


def test_duplicate_devices_in_one_job_are_refused(qapp: Any, tmp_path: Path) -> None:
    labels = make_labels(KEY, 2)
    from app.domain.errors import InputError

    with pytest.raises(InputError, match="in the job twice"):
        run_pdf_job(tmp_path / "a.pdf", JobSpec(load_template("avery-l7160"), [labels[0], labels[0]]), KEYS)


def test_cancel_before_the_printer_gets_pages_prints_nothing(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from app.labels.job import print_to_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    seen: list[tuple[str, int, int]] = []
    with pytest.raises(CancelledError):
        print_to_printer(printer, JobSpec(load_template("thermal-50x30"), make_labels(KEY, 300)), KEYS,
                         progress=lambda *p: seen.append(p),
                         cancelled=lambda: any(phase == "verify" and done >= 100 for phase, done, _ in seen))
    assert not out.exists()
    assert not any(phase == "output" for phase, _, _ in seen)
    report = print_to_printer(printer, JobSpec(load_template("thermal-50x30"), make_labels(KEY, 3)), KEYS)
    assert report.pages == 3
    assert sorted(verified_sns([t for p in rasterise_pdf(out) for t in decode(p)], KEYS)) == [
        "SN-000000", "SN-000001", "SN-000002"]
