"""`dps-station service init|ca` and `dps-station serve`: certificates, refusals to start, clean stops."""

from __future__ import annotations

import base64
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509

from app.cli import main
from app.db.models import LocalSetting
from app.domain.errors import KeyMissingError
from app.security.keyring import Keyring
from app.security.secrets import DataKey
from app.security.tls import server_ssl_context
from app.services import provisioning_status
from app.services.service_tls import (
    CA_KEY,
    SERVER_KEY,
    ca_certificate,
    load_service_tls,
)
from tests.endpoint.endpoint_support import (
    REPO,
    ServiceProcess,
    Station,
    make_station,
    port_answers,
)
from tests.support.ctx import CLI_PASSWORD, CLI_SUPERVISOR


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def station_home(dps_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An initialised station whose supervisor every later command signs in as."""
    monkeypatch.setenv("DPS_PASSWORD", CLI_PASSWORD)
    assert main(["init", "--supervisor", CLI_SUPERVISOR]) == 0
    monkeypatch.setenv("DPS_USER", CLI_SUPERVISOR)
    return dps_home


def test_service_init_is_idempotent_and_keys_are_sealed(station_home: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    dps_home = station_home
    assert main(["service", "init", "--hostname", "dps.example.com", "--hostname", "127.0.0.1"]) == 0
    first = capsys.readouterr().out
    assert "CA: created" in first and "issued for dps.example.com, 127.0.0.1" in first
    assert main(["service", "init", "--hostname", "127.0.0.1", "--hostname", "DPS.example.com"]) == 0
    second = capsys.readouterr().out
    assert "CA: kept" in second and "server certificate: kept" in second
    assert first.split("SHA-256 ")[1][:64] == second.split("SHA-256 ")[1][:64]
    assert main(["service", "init", "--hostname", "other.example.com"]) == 0
    assert "CA: kept" in (third := capsys.readouterr().out) and "issued for other.example.com" in third

    out = tmp_path / "ca.pem"
    assert main(["service", "ca", "--out", str(out)]) == 0
    ca = x509.load_pem_x509_certificate(out.read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca

    import argparse

    from app.cli.common import open_station

    _home, db, ctx = open_station(argparse.Namespace(home=str(dps_home), db=None, user=None))
    try:
        assert ca_certificate(db) == out.read_bytes()
        with db.reader() as session:
            for key in (CA_KEY, SERVER_KEY):
                stored = session.get(LocalSetting, key)
                assert stored is not None and b"PRIVATE KEY" not in base64.b64decode(stored.value)
        tls = load_service_tls(db, ctx.keyring)
        server = x509.load_pem_x509_certificate(tls.server.certificate_pem)
        assert server.issuer == ca.subject
        san = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        assert san.get_values_for_type(x509.DNSName) == ["other.example.com"]
        context = server_ssl_context(tls.server, tls.ca_certificate_pem)
        assert context.minimum_version == ssl.TLSVersion.TLSv1_2
        with pytest.raises(KeyMissingError):
            load_service_tls(db, Keyring(DataKey.generate(), None))
    finally:
        db.dispose()


def test_ip_addresses_become_ip_sans(station_home: Path, tmp_path: Path) -> None:
    dps_home = station_home
    assert main(["service", "init", "--hostname", "10.1.2.3", "--hostname", "::1", "--hostname", "gw"]) == 0
    import argparse
    import ipaddress

    from app.cli.common import open_station

    _home, db, ctx = open_station(argparse.Namespace(home=str(dps_home), db=None, user=None))
    san = x509.load_pem_x509_certificate(load_service_tls(db, ctx.keyring).server.certificate_pem).extensions \
        .get_extension_for_class(x509.SubjectAlternativeName).value
    db.dispose()
    assert san.get_values_for_type(x509.IPAddress) == [ipaddress.ip_address("10.1.2.3"), ipaddress.ip_address("::1")]
    assert san.get_values_for_type(x509.DNSName) == ["gw"]


def test_bad_hostnames_are_refused(station_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["service", "init", "--hostname", "bad name!"]) == 2
    assert "--hostname" in capsys.readouterr().err


def _serve(home: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    head = ["--db", db] if db else []
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *head, "serve", *args], cwd=REPO,
                          check=False, capture_output=True, text=True, timeout=120)


def test_serve_without_a_certificate_says_run_service_init(tmp_path: Path) -> None:
    init = subprocess.run([sys.executable, "-m", "app", "--home", str(tmp_path / "home"), "init"], cwd=REPO,
                          check=False, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    done = _serve(tmp_path / "home", "--mqtt", f"127.0.0.1:{_free_port()}", "--https", "off")
    assert done.returncode == 3, done.stderr
    assert "dps-station service init --hostname" in done.stderr and "Traceback" not in done.stderr


def test_serve_refuses_a_taken_port_and_bad_options(tmp_path: Path) -> None:
    station = make_station(tmp_path)
    station.ctx.db.dispose()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _serve(station.home, "--mqtt", f"127.0.0.1:{port}", "--https", "off", db=station.db_url)
    assert done.returncode == 4, done.stderr
    assert "already taken" in done.stderr and "Traceback" not in done.stderr
    done = _serve(station.home, "--mqtt", "off", "--https", "off", db=station.db_url)
    assert done.returncode == 2 and "nothing to serve" in done.stderr
    done = _serve(station.home, "--mqtt", "127.0.0.1:99999", db=station.db_url)
    assert done.returncode == 2 and "--mqtt" in done.stderr


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_serve_stops_cleanly_and_heartbeats(tmp_path: Path, signum: signal.Signals) -> None:
    station: Station = make_station(tmp_path)
    mqtt, https = _free_port(), _free_port()
    service = ServiceProcess(station, tmp_path / "serve.log", mqtt=f"127.0.0.1:{mqtt}", https=f"127.0.0.1:{https}")
    service.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            overview = provisioning_status.overview(station.ctx)
            if overview.running:
                break
            time.sleep(0.2)
        assert [instance.endpoints for instance in overview.running] == [
            {"mqtt": f"127.0.0.1:{mqtt}", "https": f"127.0.0.1:{https}"}]
        assert service.process is not None
        os.kill(service.process.pid, signum)
        assert service.process.wait(30) == 0, service.output()
    finally:
        service.stop()
    assert "stopped" in service.output() and "Traceback" not in service.output()
    assert not provisioning_status.overview(station.ctx).running
    assert not port_answers(mqtt) and not port_answers(https)
    station.ctx.db.dispose()


def test_serve_with_two_processes_shares_the_port_and_stops_cleanly(tmp_path: Path) -> None:
    """`--processes 2`: two workers on one port (SO_REUSEPORT), both heartbeating, both stopped by one SIGTERM."""
    station: Station = make_station(tmp_path)
    mqtt = _free_port()
    service = ServiceProcess(station, tmp_path / "serve.log", "--processes", "2", mqtt=f"127.0.0.1:{mqtt}",
                             https="off")
    service.start()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(provisioning_status.overview(station.ctx).running) < 2:
            time.sleep(0.2)
        assert len(provisioning_status.overview(station.ctx).running) == 2, service.output()
    finally:
        code = service.stop()
    assert code == 0, service.output()
    assert service.output().count("dps-station serve: stopped") == 2
    assert not provisioning_status.overview(station.ctx).running
    station.ctx.db.dispose()


def test_sigterm_with_open_connections_stops_at_once(tmp_path: Path) -> None:
    """A client in the middle of its handshake and an idle HTTPS connection do not hold the stop up."""
    station: Station = make_station(tmp_path)
    mqtt, https = _free_port(), _free_port()
    service = ServiceProcess(station, tmp_path / "serve.log", mqtt=f"127.0.0.1:{mqtt}", https=f"127.0.0.1:{https}")
    service.start()
    half_open = socket.create_connection(("127.0.0.1", mqtt))
    context = ssl.create_default_context(cafile=str(station.ca_file))
    idle = context.wrap_socket(socket.create_connection(("127.0.0.1", https)), server_hostname="localhost")
    try:
        time.sleep(0.5)
        assert service.process is not None
        started = time.monotonic()
        service.process.send_signal(signal.SIGTERM)
        assert service.process.wait(30) == 0, service.output()
        assert time.monotonic() - started < 5, service.output()
    finally:
        half_open.close()
        idle.close()
        service.stop()
        station.ctx.db.dispose()
