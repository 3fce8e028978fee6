"""The system-printer path for real: a private cupsd with a cups-pdf queue, a sheet printed through QPrinter.

The test starts its own cupsd (config, spool, logs and the cups-pdf output in a private
temporary directory, its own port), adds a cups-pdf queue with lpadmin, prints from a
child process with `print_to_printer` (what the GUI's print dialog calls), waits for the
PDF that cups-pdf writes, rasterises it with QtPdf and decodes every label.

cups-pdf reads its configuration only from /etc/cups/cups-pdf-<queue>.conf, so the test
writes one there for its uniquely named queue and removes it afterwards. The private
directory is world-readable because CUPS filters run as user lp.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from labels_support import decode, rasterise_pdf, verified_sns

from app.security.signing import SigningKey

ROOT = Path(__file__).resolve().parents[2]
CUPSD = shutil.which("cupsd") or "/usr/sbin/cupsd"
LPADMIN = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")

pytestmark = [pytest.mark.cups, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cups_queue() -> Iterator[dict[str, object]]:
    missing = [str(p) for p in (Path(CUPSD), Path(LPADMIN), CUPS_PDF_BACKEND, CUPS_PDF_PPD) if not p.exists()]
    if missing:
        pytest.skip(f"cups and printer-driver-cups-pdf are not installed ({', '.join(missing)} missing)")
    if os.geteuid() != 0:
        pytest.skip("cups-pdf's backend runs only under a root cupsd")
    base = Path(tempfile.mkdtemp(prefix="dps-cups-"))
    os.chmod(base, 0o755)
    for name in ("conf", "spool", "cache", "state", "log", "out"):
        (base / name).mkdir(mode=0o755)
    (base / "tmp").mkdir()
    os.chmod(base / "tmp", 0o1777)
    port = _free_port()
    queue = f"dpstest{os.getpid()}"
    (base / "conf" / "cupsd.conf").write_text(textwrap.dedent(f"""\
        Listen 127.0.0.1:{port}
        Browsing No
        WebInterface No
        LogLevel info
        DefaultAuthType None
        <Location />
          Order allow,deny
          Allow all
        </Location>
        <Location /admin>
          Order allow,deny
          Allow all
        </Location>
        <Policy default>
          <Limit All>
            Order deny,allow
          </Limit>
        </Policy>
        """))
    (base / "conf" / "cups-files.conf").write_text(textwrap.dedent(f"""\
        ServerRoot {base}/conf
        RequestRoot {base}/spool
        CacheDir {base}/cache
        StateDir {base}/state
        TempDir {base}/tmp
        ErrorLog {base}/log/error_log
        AccessLog {base}/log/access_log
        PageLog {base}/log/page_log
        Printcap
        User lp
        Group lp
        SystemGroup root
        """))
    pdf_conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    pdf_conf.write_text(f"Out {base}/out\nAnonDirName {base}/out\nLabel 0\nGrp lp\n")
    cupsd = subprocess.Popen([CUPSD, "-f", "-c", str(base / "conf" / "cupsd.conf"),
                              "-s", str(base / "conf" / "cups-files.conf")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        server = f"127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if cupsd.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"cupsd did not start: {cupsd.stderr.read().decode() if cupsd.stderr else ''}")
                time.sleep(0.2)
        subprocess.run([LPADMIN, "-h", server, "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(CUPS_PDF_PPD)],
                       check=True, capture_output=True, timeout=30)
        yield {"server": server, "queue": queue, "out": base / "out", "log": base / "log" / "error_log"}
    finally:
        cupsd.terminate()
        try:
            cupsd.wait(timeout=10)
        except subprocess.TimeoutExpired:
            cupsd.kill()
            cupsd.wait()
        pdf_conf.unlink(missing_ok=True)
        shutil.rmtree(base, ignore_errors=True)


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


def test_a_sheet_printed_through_a_real_cups_queue_reads_back(cups_queue: dict[str, object], qapp: object) -> None:
    env = dict(os.environ, CUPS_SERVER=str(cups_queue["server"]), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PRINT_SCRIPT, str(cups_queue["queue"])], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "21"]
    out = Path(str(cups_queue["out"]))
    deadline = time.monotonic() + 60
    pdfs: list[Path] = []
    while time.monotonic() < deadline:
        pdfs = [p for p in out.glob("*.pdf") if p.stat().st_size > 0]
        if pdfs and time.time() - pdfs[0].stat().st_mtime > 1:
            break
        time.sleep(0.5)
    log = Path(str(cups_queue["log"]))
    assert pdfs, f"cups-pdf wrote nothing; cupsd log:\n{log.read_text()[-3000:] if log.exists() else ''}"
    key = SigningKey.from_raw(bytes(range(32)))
    texts = [t for page in rasterise_pdf(pdfs[0]) for t in decode(page)]
    sns = verified_sns(texts, {key.key_id: key.verifying_key})
    assert Counter(sns) == Counter(f"SN-{i:06d}" for i in range(21))


CLI_SETUP = textwrap.dedent("""\
    import sys
    from app.config import resolve_home
    from app.db.engine import open_database
    from app.domain.enums import Role
    from app.services import devices, groups, masterdata
    from app.services.context import Actor, ServiceContext
    from app.services.organisation import init_organisation
    home = resolve_home(sys.argv[1]); home.ensure()
    db = open_database(sys.argv[2])
    _info, keyring = init_organisation(home, db, "CUPS org")
    ctx = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "pumps", "pump", [])
    groups.create_group(ctx, "line1", masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK",
                        gateway="https://gw.example.com")
    devices.register_range(ctx, "line1", "CUPS-", 1, 14, width=3)
    key = keyring.signing_key
    print(key.verifying_key.public_raw.hex())
    """)


def test_cli_prints_to_a_cups_queue_and_records(cups_queue: dict[str, object], tmp_path: Path, qapp: object) -> None:
    from app.security.signing import VerifyingKey

    env = dict(os.environ, CUPS_SERVER=str(cups_queue["server"]), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    home, url = str(tmp_path / "home"), f"sqlite:///{tmp_path / 'station.db'}"
    setup = subprocess.run([sys.executable, "-c", CLI_SETUP, home, url], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=120)
    assert setup.returncode == 0, setup.stderr
    public = VerifyingKey(bytes.fromhex(setup.stdout.split()[-1]))
    done = subprocess.run([sys.executable, "-m", "app", "--home", home, "--db", url, "label", "print", "--group",
                           "line1", "--template", "avery-l7163", "--printer", str(cups_queue["queue"])],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "14 device(s) recorded as labelled" in done.stdout
    out = Path(str(cups_queue["out"]))
    deadline = time.monotonic() + 60
    pdfs: list[Path] = []
    while time.monotonic() < deadline:
        pdfs = [p for p in out.glob("*.pdf") if p.stat().st_size > 0]
        if pdfs and time.time() - pdfs[0].stat().st_mtime > 1:
            break
        time.sleep(0.5)
    assert pdfs, "cups-pdf wrote nothing"
    texts = [t for page in rasterise_pdf(pdfs[0]) for t in decode(page)]
    assert Counter(verified_sns(texts, {public.key_id: public})) == Counter(f"CUPS-{i:03d}" for i in range(1, 15))
    unknown = subprocess.run([sys.executable, "-m", "app", "--home", home, "--db", url, "label", "print", "--group",
                              "line1", "--printer", "no-such-queue"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=120)
    assert unknown.returncode == 2 and "no printer called 'no-such-queue'" in unknown.stderr
