"""The dialog's system-printer path for real: a private cupsd with a cups-pdf queue (the `cups_queue` fixture
of tests/conftest.py), the dialog given the QPrinter its print dialog would return, the job painted
on the runner's worker thread, the PDF that cups-pdf wrote read back.

The dialog runs in a child process so that CUPS_SERVER is set before Qt's CUPS plugin first talks to a server."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.security.signing import VerifyingKey
from tests.cups_server import CupsServer
from tests.labels.labels_support import decode, rasterise_pdf, verified_sns

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.cups, pytest.mark.slow]

DIALOG_SCRIPT = textwrap.dedent("""\
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from app.services import labelling
    from app.services.device_listing import DeviceQuery, iter_devices
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


def test_the_dialog_prints_a_batch_on_a_real_cups_queue(cups_queue: CupsServer, tmp_path: Path,
                                                        qapp: object) -> None:
    env = dict(os.environ, CUPS_SERVER=cups_queue.server, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", DIALOG_SCRIPT, cups_queue.queue, str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    outcome, statuses, printer, public = done.stdout.split()[-4:]
    assert (outcome, statuses, printer) == ("printed", "labelled", cups_queue.queue)
    pdf = cups_queue.wait_for_pdf()
    assert pdf is not None, f"cups-pdf wrote nothing; cupsd's log:\n{cups_queue.log_tail()}"
    key = VerifyingKey(bytes.fromhex(public))
    texts = [text for page in rasterise_pdf(pdf) for text in decode(page)]
    assert sorted(verified_sns(texts, {key.key_id: key})) == [f"PUMP-{i:05d}" for i in range(1, 15)]
