"""Benchmark: a 10,000-label PDF on avery-l7160, with and without print-and-verify.

Baseline, measured in the same run: the same 10,000 QR images generated alone with the
pure-Python `qrcode` library (level M, module matrices with the 4-module border; PIL is
not installed, and an image from the matrix would only add to its time). The
QR payloads are real signed payloads (about 194 characters).

    .venv/bin/python tests/bench/bench_labels.py [--count 10000] [--baseline-count 2000]

The baseline rate is measured on --baseline-count codes (qrcode makes ~100-200 codes/s;
its rate does not depend on the count). Prints the figures and the ratios; exits
non-zero when a target is missed (>= 1,000 labels/s into the PDF, >= 500 labels/s
with print-and-verify).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qrcode  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from app.labels.job import JobSpec, run_pdf_job  # noqa: E402
from app.labels.model import LabelData  # noqa: E402
from app.labels.templates import load_template  # noqa: E402
from app.qr.manual_code import format_manual_code, manual_code_for  # noqa: E402
from app.qr.payload import encode_payload  # noqa: E402
from app.security.signing import SigningKey  # noqa: E402

PDF_TARGET = 1000.0
VERIFY_TARGET = 500.0


def make_labels(count: int) -> list[LabelData]:
    key = SigningKey.from_raw(bytes(range(32)))
    group_id = "GK7M2P9QX4RT"
    return [LabelData(sn, group_id, "Line 1 heat pumps", "LOT-2026-11", "PK-HEATPUMP",
                      format_manual_code(manual_code_for(group_id, sn)),
                      encode_payload(group_id=group_id, sn=sn, batch="LOT-2026-11", signing_key=key))
            for sn in (f"SN-{i:06d}" for i in range(count))]


def qrcode_baseline(texts: list[str]) -> float:
    """Seconds per code for the qrcode library making the same images (level M, box 1, border 4)."""
    started = time.perf_counter()
    for text in texts:
        code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=1, border=4)
        code.add_data(text)
        code.make(fit=True)
        code.get_matrix()  # the module matrix with its border: what our pipeline turns into a 1-bit image
    return (time.perf_counter() - started) / len(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--baseline-count", type=int, default=2_000)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it
    key = SigningKey.from_raw(bytes(range(32)))
    keys = {key.key_id: key.verifying_key}
    template = load_template("avery-l7160")
    labels = make_labels(args.count)
    payload_len = sum(len(label.payload) for label in labels) / len(labels)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "labels.pdf"
        run_pdf_job(out, JobSpec(template, labels[:200]), keys)  # warm-up: fonts, caches
        phases: dict[str, list[float]] = {}

        def progress(phase: str, done: int, total: int) -> None:
            now = time.perf_counter()
            phases.setdefault(phase, [now, now])[1] = now

        started = time.perf_counter()
        report = run_pdf_job(out, JobSpec(template, labels), None)
        pdf_s = time.perf_counter() - started
        size_mb = out.stat().st_size / 1e6
        started = time.perf_counter()
        run_pdf_job(out, JobSpec(template, labels), keys, progress=progress)
        verify_total_s = time.perf_counter() - started
    verify_phase_s = phases["verify"][1] - phases["prepare"][1]

    baseline_s = qrcode_baseline([label.payload for label in labels[:args.baseline_count]])
    pdf_rate = args.count / pdf_s
    verify_rate = args.count / verify_total_s
    print(f"labels: {args.count} on avery-l7160 ({report.pages} pages), payload {payload_len:.0f} characters; "
          f"PDF {size_mb:.1f} MB")
    print(f"PDF, no verify:          {pdf_s:6.2f} s  {pdf_rate:7.0f} labels/s  ({pdf_s / args.count * 1000:.3f} ms/label)")
    print(f"PDF with print-and-verify: {verify_total_s:6.2f} s  {verify_rate:7.0f} labels/s")
    print(f"  verify pass alone:       {verify_phase_s / args.count * 1000:.3f} ms/label")
    print(f"baseline: qrcode library, images alone: {baseline_s * 1000:.3f} ms/code = {1 / baseline_s:.0f} codes/s "
          f"(measured on {args.baseline_count}); 10,000 would take {baseline_s * 10_000:.1f} s")
    print(f"ratio: whole labels into the PDF are {baseline_s * pdf_rate:.1f}x the qrcode library's QR matrices alone; "
          f"with print-and-verify {baseline_s * verify_rate:.1f}x")
    print(f"load average during the run (2 cores): {os.getloadavg()[0]:.2f}; other processes share the CPU, "
          f"which the qrcode baseline in the same run reflects")
    missed = []
    if pdf_rate < PDF_TARGET:
        missed.append(f"PDF {pdf_rate:.0f} < {PDF_TARGET:.0f} labels/s")
    if verify_rate < VERIFY_TARGET:
        missed.append(f"with verify {verify_rate:.0f} < {VERIFY_TARGET:.0f} labels/s")
    if missed:
        print("TARGET MISSED: " + "; ".join(missed))
        return 1
    print(f"targets met (>= {PDF_TARGET:.0f} labels/s into the PDF, >= {VERIFY_TARGET:.0f} with verify)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
