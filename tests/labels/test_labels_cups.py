"""The system-printer path for real: a private cupsd with a cups-pdf queue, a sheet printed through QPrinter.

The `cups_queue` fixture (tests/conftest.py, tests/cups_server.py) starts its own cupsd with a
cups-pdf queue; the tests print from a child process with `print_to_printer` (what the GUI's
print dialog calls), wait for the PDF that cups-pdf writes, rasterise it with QtPdf and decode
every label.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR
from labels_support import decode, rasterise_pdf, verified_sns

from app.security.signing import SigningKey
from tests.cups_server import CupsServer

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.cups, pytest.mark.slow]


PRINT_SCRIPT = textwrap.dedent("""\
    import sys
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    app = QGuiApplication(sys.argv[:1])
    sys.path.insert(0, "tests/labels")
    from labels_support import make_labels
    from app.labels.job import JobSpec, print_to_printer
    from app.labels.templates import load_template
    from app.security.signing import SigningKey
    key = SigningKey.from_raw(bytes(range(32)))
    info = QPrinterInfo.printerInfo(sys.argv[1])
    assert not info.isNull(), QPrinterInfo.availablePrinterNames()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)  # what the print dialog hands over
    report = print_to_printer(printer, JobSpec(load_template("avery-l7160"), make_labels(key, 21)),
                              {key.key_id: key.verifying_key})
    print(report.pages, report.printed)
    """)


def test_a_sheet_printed_through_a_real_cups_queue_reads_back(cups_queue: CupsServer, qapp: object) -> None:
    env = dict(os.environ, CUPS_SERVER=cups_queue.server, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PRINT_SCRIPT, cups_queue.queue], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "21"]
    pdf = cups_queue.wait_for_pdf()
    assert pdf is not None, f"cups-pdf wrote nothing; cupsd's log:\n{cups_queue.log_tail()}"
    key = SigningKey.from_raw(bytes(range(32)))
    texts = [t for page in rasterise_pdf(pdf) for t in decode(page)]
    sns = verified_sns(texts, {key.key_id: key.verifying_key})
    assert Counter(sns) == Counter(f"SN-{i:06d}" for i in range(21))


CLI_SETUP = textwrap.dedent("""\
    import sys
    from app.config import resolve_home
    from app.db.engine import open_database
    from app.domain.enums import Role
    from app.services import groups, masterdata, registering, users
    from app.services.context import Actor, ServiceContext
    from app.services.organisation import init_organisation
    home = resolve_home(sys.argv[1]); home.ensure()
    db = open_database(sys.argv[2])
    _info, keyring = init_organisation(home, db, "CUPS org")
    ctx = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "pumps", "pump", [])
    groups.create_group(ctx, "line1", masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK",
                        gateway="https://gw.example.com")
    registering.register_range(ctx, "line1", "CUPS-", 1, 14, width=3)
    users.create_first_supervisor(ctx, sys.argv[3], sys.argv[4])  # the CLI signs in as this one
    key = keyring.signing_key
    print(key.verifying_key.public_raw.hex())
    """)


def test_cli_prints_to_a_cups_queue_and_records(cups_queue: CupsServer, tmp_path: Path, qapp: object) -> None:
    from app.security.signing import VerifyingKey

    env = dict(os.environ, CUPS_SERVER=cups_queue.server, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    home, url = str(tmp_path / "home"), f"sqlite:///{tmp_path / 'station.db'}"
    setup = subprocess.run([sys.executable, "-c", CLI_SETUP, home, url, CLI_SUPERVISOR, CLI_PASSWORD], cwd=ROOT,
                           env=env, capture_output=True, text=True, timeout=120)
    env.update(DPS_USER=CLI_SUPERVISOR, DPS_PASSWORD=CLI_PASSWORD)
    assert setup.returncode == 0, setup.stderr
    public = VerifyingKey(bytes.fromhex(setup.stdout.split()[-1]))
    done = subprocess.run([sys.executable, "-m", "app", "--home", home, "--db", url, "label", "print", "--group",
                           "line1", "--template", "avery-l7163", "--printer", cups_queue.queue],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "14 device(s) recorded as labelled" in done.stdout
    pdf = cups_queue.wait_for_pdf()
    assert pdf is not None, f"cups-pdf wrote nothing; cupsd's log:\n{cups_queue.log_tail()}"
    texts = [t for page in rasterise_pdf(pdf) for t in decode(page)]
    assert Counter(verified_sns(texts, {public.key_id: public})) == Counter(f"CUPS-{i:03d}" for i in range(1, 15))
    unknown = subprocess.run([sys.executable, "-m", "app", "--home", home, "--db", url, "label", "print", "--group",
                              "line1", "--printer", "no-such-queue"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert unknown.returncode == 2 and "no printer called 'no-such-queue'" in unknown.stderr
