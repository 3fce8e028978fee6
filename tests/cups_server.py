"""A private cupsd with one cups-pdf queue, for the tests that print through a real system printer.

Config, spool, logs and the cups-pdf output live in a private temporary directory; cupsd listens
on 127.0.0.1 and a free port. cups-pdf reads its configuration only from
/etc/cups/cups-pdf-<queue>.conf, so the server writes one there for its uniquely named queue and
removes it on stop. The directory is world-readable because CUPS filters run as user lp.

Robust to a busy machine (generous deadlines, a new port when another process took the chosen one)
and to package updates (only directives every CUPS 2.x accepts with a value; when cupsd refuses
to start, the error names cupsd's own log lines).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path

CUPSD = shutil.which("cupsd") or "/usr/sbin/cupsd"
LPADMIN = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
START_SECONDS = 60
ATTEMPTS = 3


class CupsUnavailable(RuntimeError):
    pass


def cups_pdf_ppd() -> Path | None:
    found = sorted(glob.glob("/usr/share/ppd/cups-pdf/CUPS-PDF*.ppd"))
    preferred = [p for p in found if p.endswith("_opt.ppd")]
    return Path((preferred or found)[0]) if found else None


def missing_parts() -> list[str]:
    """What this machine lacks for a private cups-pdf queue (empty when it has everything)."""
    missing = [str(p) for p in (Path(CUPSD), Path(LPADMIN), CUPS_PDF_BACKEND) if not p.exists()]
    if cups_pdf_ppd() is None:
        missing.append("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
    return missing


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class CupsServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dps-cups-"))
        os.chmod(self.root, 0o755)
        for name in ("conf", "spool", "cache", "state", "log", "out"):
            (self.root / name).mkdir(mode=0o755)
        (self.root / "tmp").mkdir()
        os.chmod(self.root / "tmp", 0o1777)
        self.queue = f"dpstest{os.getpid()}"
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._pdf_conf = Path(f"/etc/cups/cups-pdf-{self.queue}.conf")

    @property
    def server(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def error_log(self) -> Path:
        return self.root / "log" / "error_log"

    def log_tail(self, characters: int = 3000) -> str:
        text = self.error_log.read_text(errors="replace") if self.error_log.exists() else "(cupsd wrote no log)"
        return text[-characters:]

    def start(self) -> CupsServer:
        self._pdf_conf.write_text(f"Out {self.out}\nAnonDirName {self.out}\nLabel 0\nGrp lp\n")
        failure = ""
        for _attempt in range(ATTEMPTS):
            self.port = _free_port()
            self._write_config()
            failure = self._launch()
            if not failure:
                break
            self._stop_process()
        else:
            raise CupsUnavailable(failure)
        ppd = cups_pdf_ppd()
        assert ppd is not None
        added = subprocess.run([LPADMIN, "-h", self.server, "-p", self.queue, "-E", "-v", f"cups-pdf:/{self.queue}",
                                "-P", str(ppd)], capture_output=True, text=True, timeout=120)
        if added.returncode != 0:
            raise CupsUnavailable(f"lpadmin could not add the queue: {added.stderr.strip()}\n"
                                  f"cupsd's log:\n{self.log_tail()}")
        return self

    def _write_config(self) -> None:
        base = self.root
        (base / "conf" / "cupsd.conf").write_text(textwrap.dedent(f"""\
            Listen 127.0.0.1:{self.port}
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
        # Every directive with a value: CUPS 2.4.2-3+deb12u11 refuses an empty one ("Missing value for Printcap").
        (base / "conf" / "cups-files.conf").write_text(textwrap.dedent(f"""\
            ServerRoot {base}/conf
            RequestRoot {base}/spool
            CacheDir {base}/cache
            StateDir {base}/state
            TempDir {base}/tmp
            ErrorLog {base}/log/error_log
            AccessLog {base}/log/access_log
            PageLog {base}/log/page_log
            Printcap {base}/state/printcap
            User lp
            Group lp
            SystemGroup root
            """))

    def _launch(self) -> str:
        """Starts cupsd and waits until it answers; returns why it did not (empty when it did)."""
        self._process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(self.root / "conf" / "cupsd.conf"), "-s", str(self.root / "conf" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=2).close()
                return ""
            except OSError:
                pass
            exited = self._process.poll() is not None
            if exited or time.monotonic() > deadline:
                stderr = ""
                if exited and self._process.stderr is not None:
                    stderr = self._process.stderr.read().decode(errors="replace").strip()
                how = f"exited with code {self._process.returncode}" if exited else f"did not answer in {START_SECONDS} s"
                return (f"cupsd {how} on port {self.port}\ncupsd's stderr: {stderr or '(nothing)'}\n"
                        f"cupsd's log ({self.error_log}):\n{self.log_tail()}")
            time.sleep(0.2)

    def _stop_process(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stderr is not None:
            self._process.stderr.close()
        self._process = None

    def stop(self) -> None:
        try:
            self._stop_process()
        finally:
            self._pdf_conf.unlink(missing_ok=True)
            shutil.rmtree(self.root, ignore_errors=True)

    def wait_for_pdf(self, seconds: float = 120) -> Path | None:
        """The PDF cups-pdf wrote, once it has stopped growing; None when none came."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pdfs = [p for p in self.out.glob("*.pdf") if p.stat().st_size > 0]
            if pdfs and time.time() - pdfs[0].stat().st_mtime > 1:
                return pdfs[0]
            time.sleep(0.5)
        return None
