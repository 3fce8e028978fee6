"""A real, throwaway PostgreSQL server for tests and benchmarks.

initdb/pg_ctl run as the `postgres` user when we are root; data directory and
socket live in a temporary directory; the server listens on 127.0.0.1 and a
free port and is stopped (and its directory removed) by `stop()`.

Robust to a busy machine and to package updates: generous time limits, a new port when
another process took the chosen one between probing and listening, the newest installed
server version, and the server's own log in the error when it does not start.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg


class PostgresUnavailable(RuntimeError):
    pass


def find_binary(name: str) -> str:
    def version(path: str) -> tuple[int, ...]:
        number = Path(path).parts[-3]
        return tuple(int(part) for part in number.split(".") if part.isdigit())

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=version, reverse=True)
    found = candidates[0] if candidates else shutil.which(name)
    if not found:
        raise PostgresUnavailable(
            f"PostgreSQL's {name} was not found (PATH, /usr/lib/postgresql/*/bin); run packaging/setup.sh as root"
        )
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


START_SECONDS = 120
ATTEMPTS = 3


class PostgresServer:
    def __init__(self, *, durable: bool = False) -> None:
        # durable: fsync, synchronous_commit and full_page_writes as PostgreSQL ships them (as a deployment runs it);
        # the tests switch them off (a throwaway server need not survive a crash)
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="dps-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._started = False

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        try:
            result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=START_SECONDS + 60)
        except subprocess.TimeoutExpired:
            raise PostgresUnavailable(f"{' '.join(command[:2])} did not finish in {START_SECONDS + 60} s"
                                      f"{self._log_tail()}") from None
        if result.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(command[:2])} failed: {result.stderr.strip() or result.stdout.strip()}"
                                      f"{self._log_tail()}")

    def _log_tail(self) -> str:
        log = self.root / "server.log"
        if not log.exists():
            return ""
        return f"\nserver log ({log}):\n{log.read_text(errors='replace')[-3000:]}"

    def start(self) -> PostgresServer:
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(find_binary("initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-sync", "--locale=C")
        for attempt in range(ATTEMPTS):
            try:
                self._start_on(self.port)
                break
            except PostgresUnavailable:
                if attempt == ATTEMPTS - 1 or not self._port_taken():
                    raise
                self.port = _free_port()
        self._started = True
        return self

    def _start_on(self, port: int) -> None:
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   "-c shared_buffers=128MB")
        if self.durable:
            options = options.replace("-c fsync=off -c synchronous_commit=off -c full_page_writes=off ", "")
        self._run(find_binary("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
                  "-w", "-t", str(START_SECONDS), "start")

    def _port_taken(self) -> bool:
        log = self.root / "server.log"
        return log.exists() and "could not bind" in log.read_text(errors="replace")

    def stop(self) -> None:
        try:
            if self._started:
                self._run(find_binary("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            self._started = False
            shutil.rmtree(self.root, ignore_errors=True)

    @property
    def admin_conninfo(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        name = name or "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.admin_conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.admin_conninfo, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
