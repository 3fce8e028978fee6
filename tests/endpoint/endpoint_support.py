"""The live endpoint tests' parts: real SDK clients (Python in its own cached venv, Node from npm), a
`dps-station serve` process that is waited for properly, and a station with devices to provision."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services import groups, registering
from app.services.context import ServiceContext
from app.services.service_tls import ca_certificate, init_service_tls
from tests.support.ctx import add_standard_setup, build_service_context

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
NODE_DIR = HERE / "node"
CACHE = Path(os.environ.get("DPS_TEST_CACHE", Path.home() / ".cache" / "dps-station-tests"))
SDK_VENV = CACHE / "azure-sdk-venv"
MQTT_PORT = 8883
HTTPS_PORT = 443
HOST = "localhost"  # the server certificate names localhost and 127.0.0.1
GROUP = "line1"
OPEN_GROUP = "open-line"  # allows devices that were not registered in advance
RESET_GROUP = "reset-line"  # reprovision policy: initialize
CLIENT_TIMEOUT = 90


class SetupError(RuntimeError):
    pass


def python_sdk() -> Path:
    """The azure-iot-device SDK (pins paho-mqtt<2) in its own virtual environment, built once and cached."""
    python = SDK_VENV / "bin" / "python"
    marker = SDK_VENV / ".dps-ready"
    if marker.exists() and python.exists():
        return python
    CACHE.mkdir(parents=True, exist_ok=True)
    base = getattr(sys, "_base_executable", sys.executable)
    steps = [[base, "-m", "venv", "--clear", str(SDK_VENV)],
             [str(python), "-m", "pip", "install", "--quiet", "azure-iot-device>=2.14,<3"]]
    for step in steps:
        done = subprocess.run(step, check=False, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise SetupError(f"building the Azure SDK environment failed: {' '.join(step)}\n{done.stdout}\n"
                             f"{done.stderr}")
    marker.write_text("ok\n")
    return python


def node_sdk() -> Path:
    """The Node SDK packages of tests/endpoint/node (package-lock.json), installed with `npm ci` when missing."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise SetupError("node and npm are needed for the Node SDK tests (apt-get install nodejs npm)")
    if not (NODE_DIR / "node_modules" / "azure-iot-provisioning-device").is_dir():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=False, capture_output=True,
                              text=True, timeout=600)
        if done.returncode != 0:
            raise SetupError(f"npm ci in {NODE_DIR} failed:\n{done.stdout}\n{done.stderr}")
    return NODE_DIR / "register.js"


@dataclass
class Station:
    ctx: ServiceContext
    home: Path
    db_url: str
    ca_file: Path
    secrets: dict[str, str]  # group secrets, revealed once (each reveal is audited)

    def scope(self, group: str = GROUP) -> str:
        return groups.get_group(self.ctx, group, with_count=False).group_id

    def key(self, sn: str, group: str = GROUP) -> str:
        """The derived key of an SN (also one that is not registered)."""
        from app.security.derivation import derive_device_key

        return derive_device_key(self.secrets[group], sn)


def make_station(tmp: Path, sns: int = 12, db_url: str | None = None) -> Station:
    db_url = db_url or f"sqlite:///{tmp / 'station.db'}"
    ctx = build_service_context(db_url, tmp)
    add_standard_setup(ctx)
    registering.register_range(ctx, GROUP, "SN-", 1, sns)
    groups.create_group(ctx, OPEN_GROUP, masterdata_group="pumps", ou="ou-open", environment="prod",
                        product_key="PK-OPEN", gateway="https://open-gw.example.com",
                        provisioning=groups.ProvisioningOptions(allow_unregistered=True))
    add_standard_setup(ctx, group=RESET_GROUP, policy="initialize")
    registering.register_range(ctx, RESET_GROUP, "R-", 1, 2)
    init_service_tls(ctx, [HOST, "127.0.0.1"])
    ca_file = tmp / "ca.pem"
    pem = ca_certificate(ctx.db)
    assert pem is not None
    ca_file.write_bytes(pem)
    assert ctx.home is not None
    secrets = {name: groups.reveal_group_secret(ctx, name) for name in (GROUP, OPEN_GROUP, RESET_GROUP)}
    return Station(ctx, ctx.home.path, db_url, ca_file, secrets)


def port_answers(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


class ServiceProcess:
    """`python -m app serve` in the background, its output in a log file shown when anything goes wrong."""

    def __init__(self, station: Station, log: Path, *extra: str, mqtt: str | None = None,
                 https: str | None = None) -> None:
        self.station = station
        self.log = log
        self.extra = list(extra)
        self.mqtt = mqtt if mqtt is not None else f"127.0.0.1:{MQTT_PORT}"
        self.https = https if https is not None else f"127.0.0.1:{HTTPS_PORT}"
        self.process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        return [sys.executable, "-m", "app", "--home", str(self.station.home), "--db", self.station.db_url, "serve",
                "--mqtt", self.mqtt, "--https", self.https, *self.extra]

    def start(self, deadline: float = 90.0) -> None:
        for port in self._ports():
            if port_answers(port):
                raise SetupError(f"port {port} on 127.0.0.1 is already taken; the endpoint tests need it")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("DPS_DB", None)
        handle = self.log.open("wb")
        self.process = subprocess.Popen(self.command(), cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, env=env)
        handle.close()
        end = time.monotonic() + deadline
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise SetupError(f"dps-station serve exited with {self.process.returncode}:\n{self.output()}")
            if all(port_answers(port) for port in self._ports()) and b"listening" in self.log.read_bytes():
                return
            time.sleep(0.2)
        self.stop()
        raise SetupError(f"dps-station serve did not listen within {deadline:.0f} s:\n{self.output()}")

    def _ports(self) -> list[int]:
        return [int(value.rpartition(":")[2]) for value in (self.mqtt, self.https) if value != "off"]

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30.0) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        return self.process.returncode


def _run_client(command: list[str], spec: dict[str, Any], env: dict[str, str] | None = None) -> dict[str, Any]:
    done = subprocess.run(command, input=json.dumps(spec), check=False, capture_output=True, text=True, timeout=CLIENT_TIMEOUT,
                          env={**os.environ, **(env or {})})
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise AssertionError(f"SDK client failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return dict(json.loads(lines[-1]))


def python_register(sdk: Path, station: Station, sn: str, *, key: str | None = None, group: str = GROUP,
                    websockets: bool = False, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = {"host": HOST, "id_scope": station.scope(group), "registration_id": sn,
            "key": key if key is not None else station.key(sn, group), "ca_file": str(station.ca_file),
            "websockets": websockets, "payload": payload}
    return _run_client([str(sdk), str(HERE / "clients" / "python_register.py")], spec)


def node_register(script: Path, station: Station, sn: str, *, transport: str, key: str | None = None,
                  group: str = GROUP, payload: dict[str, Any] | None = None, host: str = HOST) -> dict[str, Any]:
    spec = {"host": host, "id_scope": station.scope(group), "registration_id": sn,
            "key": key if key is not None else station.key(sn, group), "transport": transport, "payload": payload}
    return _run_client(["node", str(script)], spec, env={"NODE_EXTRA_CA_CERTS": str(station.ca_file)})
