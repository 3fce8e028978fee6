"""The dialog's system-printer path for real: a private cupsd with a cups-pdf queue (the fixture of
tests/labels/test_labels_cups.py), the dialog given the QPrinter its print dialog would return, the job painted
on the runner's worker thread, the PDF that cups-pdf wrote read back.

The dialog runs in a child process so that CUPS_SERVER is set before Qt's CUPS plugin first talks to a server."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "labels"))  # test_labels_cups imports its helpers as top-level modules

from test_labels_cups import cups_queue  # noqa: E402,F401  (the fixture: a private cupsd and a cups-pdf queue)

from app.security.signing import VerifyingKey  # noqa: E402
from tests.labels.labels_support import decode, rasterise_pdf, verified_sns  # noqa: E402

pytestmark = [pytest.mark.cups, pytest.mark.slow]

DIALOG_SCRIPT = textwrap.dedent("""\
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from app.services import labelling
    from app.services.devices import DeviceQuery, iter_devices
    from app.ui.dialogs.print_labels import PrintLabelsDialog
    from app.ui.settings import LABEL_PRINTER
    from tests.support.ui import wait_until
    from tests.ui.test_print_dialog import BATCH, make_env
    env = make_env(Path(sys.argv[2]), 14)
    dialog = PrintLabelsDialog(env, "line1", batch=BATCH)
    dialog.open()
    wait_until(dialog.is_loaded, 60)
    dialog.select_template("avery-l7163")
    info = QPrinterInfo.printerInfo(sys.argv[1])
    assert not info.isNull(), QPrinterInfo.availablePrinterNames()
    dialog.output.use_printer(QPrinter(info, QPrinter.PrinterMode.HighResolution))  # what the system print dialog returns
    outcomes = []
    dialog.jobFinished.connect(outcomes.append)
    dialog.start_print()
    wait_until(lambda: bool(outcomes), 120)
    statuses = sorted({d.status for d in iter_devices(env.ctx, DeviceQuery(group="line1"))})
    key = next(iter(labelling.verifying_keys(env.ctx).values()))
    print(outcomes[0], ",".join(statuses), env.settings.get(LABEL_PRINTER), key.public_raw.hex())
    env.runner.shutdown()
    """)


def test_the_dialog_prints_a_batch_on_a_real_cups_queue(cups_queue: dict[str, object], tmp_path: Path,
                                                        qapp: object) -> None:
    queue = cups_queue
    env = dict(os.environ, CUPS_SERVER=str(queue["server"]), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", DIALOG_SCRIPT, str(queue["queue"]), str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    outcome, statuses, printer, public = done.stdout.split()[-4:]
    assert (outcome, statuses, printer) == ("printed", "labelled", queue["queue"])
    out = Path(str(queue["out"]))
    deadline = time.monotonic() + 60
    pdfs: list[Path] = []
    while time.monotonic() < deadline:
        pdfs = [p for p in out.glob("*.pdf") if p.stat().st_size > 0]
        if pdfs and time.time() - pdfs[0].stat().st_mtime > 1:
            break
        time.sleep(0.5)
    log = Path(str(queue["log"]))
    assert pdfs, f"cups-pdf wrote nothing; cupsd log:\n{log.read_text()[-3000:] if log.exists() else ''}"
    key = VerifyingKey(bytes.fromhex(public))
    texts = [text for page in rasterise_pdf(pdfs[0]) for text in decode(page)]
    assert sorted(verified_sns(texts, {key.key_id: key})) == [f"PUMP-{i:05d}" for i in range(1, 15)]
