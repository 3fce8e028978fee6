"""Benchmark: 1,000 distinct devices provision over MQTT/TLS, 50 at a time, against SQLite and PostgreSQL.

Each device does what the Azure SDKs do: TLS handshake, CONNECT with its SAS token, SUBSCRIBE
`$dps/registrations/res/#`, PUBLISH the register request, wait for the answer, DISCONNECT; the latency of one
registration runs from the TCP connect to the answer. Baseline in the same run, against the same `dps-station serve`
process: the bare TLS handshake plus one MQTT round trip that touches no database (a CONNECT for MQTT 3.1,
answered CONNACK 1), 1,000 times, 50 at a time.

    .venv/bin/python tests/bench/bench_provisioning.py [--count 1000] [--concurrency 50] [--db sqlite|postgres|both]
        [--processes N] [--endpoint-only]

Prints registrations/s and p50/p99 latency next to the baseline, as ratios; exits non-zero when a target is missed
(>= 200 registrations/s and p99 < 250 ms, each database) or a device was not assigned.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import ssl
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from app.endpoint import mqtt_codec as mqtt  # noqa: E402 - after the sys.path line
from app.security.derivation import derive_device_key  # noqa: E402 - after the sys.path line
from app.security.sas import make_token  # noqa: E402 - after the sys.path line

TARGET_RATE = 200.0
TARGET_P99_MS = 250.0
MQTT_PORT = 8883


def prepare(db_url: str, home: Path, count: int) -> tuple[str, str, Path]:
    """A station with `count` registered devices and the service certificate; (scope, group secret, CA file)."""
    from app.services import groups, registering
    from app.services.service_tls import ca_certificate, init_service_tls
    from tests.support.ctx import add_standard_setup, build_service_context

    ctx = build_service_context(db_url, home)
    add_standard_setup(ctx)
    registering.register_range(ctx, "line1", "BENCH-", 1, count, width=5)
    init_service_tls(ctx, ["localhost", "127.0.0.1"])
    scope = groups.get_group(ctx, "line1", with_count=False).group_id
    secret = groups.reveal_group_secret(ctx, "line1")
    ca_file = home / "ca.pem"
    ca_file.write_bytes(ca_certificate(ctx.db) or b"")
    ctx.db.dispose()
    return scope, secret, ca_file


async def _read_packet(reader: asyncio.StreamReader) -> mqtt.Packet:
    return await mqtt.read_packet(reader, 1 << 20)


async def register_one(context: ssl.SSLContext, scope: str, sn: str, token: str) -> tuple[float, str]:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", MQTT_PORT, ssl=context, server_hostname="localhost")
    try:
        writer.write(mqtt.connect(sn, f"{scope}/registrations/{sn}/api-version=2019-03-31", token))
        connack = await _read_packet(reader)
        if connack.body != b"\x00\x00":
            return time.perf_counter() - started, f"connack {connack.body!r}"
        writer.write(mqtt.subscribe(1, "$dps/registrations/res/#"))
        await _read_packet(reader)
        body = json.dumps({"registrationId": sn, "payload": None}).encode()
        writer.write(mqtt.publish("$dps/registrations/PUT/iotdps-register/?$rid=1", body, qos=1, packet_id=2))
        while True:
            packet = await _read_packet(reader)
            if packet.kind == mqtt.PUBLISH:
                break
        publish = mqtt.parse_publish(packet)
        elapsed = time.perf_counter() - started
        writer.write(bytes([mqtt.DISCONNECT << 4, 0]))
        status = json.loads(publish.payload).get("status", publish.topic)
        return elapsed, str(status)
    finally:
        writer.close()


async def baseline_one(context: ssl.SSLContext) -> tuple[float, str]:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", MQTT_PORT, ssl=context, server_hostname="localhost")
    try:
        body = mqtt._string("MQTT") + bytes([3, 0x02]) + struct.pack("!H", 60) + mqtt._string("baseline")
        writer.write(bytes([mqtt.CONNECT << 4, len(body)]) + body)
        connack = await _read_packet(reader)
        return time.perf_counter() - started, "baseline" if connack.body == b"\x00\x01" else repr(connack.body)
    finally:
        writer.close()


async def run_many(jobs: list[Any], concurrency: int) -> tuple[float, list[float], dict[str, int]]:
    gate = asyncio.Semaphore(concurrency)
    outcomes: dict[str, int] = {}
    latencies: list[float] = []

    async def run(job: Any) -> None:
        async with gate:
            try:
                latency, outcome = await job()
            except (OSError, asyncio.IncompleteReadError, mqtt.ProtocolError) as error:
                latency, outcome = 0.0, type(error).__name__
            latencies.append(latency)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1

    started = time.perf_counter()
    await asyncio.gather(*(run(job) for job in jobs))
    return time.perf_counter() - started, latencies, outcomes


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def service_pids(pid: int) -> list[int]:
    """The service process and its worker processes (serve --processes N)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(child) for child in children.read_text().split()] if children.exists() else []
    return [pid, *found]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000


def measure(db_label: str, db_url: str, count: int, concurrency: int, processes: int,
            workers: int | None = None) -> dict[str, Any]:
    from tests.endpoint.endpoint_support import ServiceProcess, Station

    with tempfile.TemporaryDirectory(prefix="bench-prov-") as directory:
        home = Path(directory)
        scope, secret, ca_file = prepare(db_url, home, count)
        station = Station(None, home / "home", db_url, ca_file, {})  # type: ignore[arg-type]
        extra = ("--workers", str(workers)) if workers else ()
        service = ServiceProcess(station, home / "serve.log", "--max-per-ip", str(concurrency * 4),
                                 "--processes", str(processes), *extra, https="off")
        service.start()
        try:
            context = ssl.create_default_context(cafile=str(ca_file))
            expiry = int(time.time()) + 3600
            sns = [f"BENCH-{n:05d}" for n in range(1, count + 1)]
            tokens = {sn: make_token(base64.b64decode(derive_device_key(secret, sn)),
                                     f"{scope}/registrations/{sn}", expiry) for sn in sns}
            assert service.process is not None
            pids = service_pids(service.process.pid)
            cpu0 = sum(process_cpu(pid) for pid in pids)
            base_time, base_lat, base_out = asyncio.run(
                run_many([lambda: baseline_one(context) for _ in sns], concurrency))
            cpu1 = sum(process_cpu(pid) for pid in pids)
            reg_time, reg_lat, reg_out = asyncio.run(run_many(
                [lambda sn=sn: register_one(context, scope, sn, tokens[sn]) for sn in sns], concurrency))
            cpu2 = sum(process_cpu(pid) for pid in pids)
        finally:
            code = service.stop()
            if code != 0:
                print(service.output()[-3000:], file=sys.stderr)
    return {"db": db_label, "count": count, "concurrency": concurrency, "processes": processes,
            "rate": count / reg_time, "p50": percentile(reg_lat, 0.50), "p99": percentile(reg_lat, 0.99),
            "outcomes": reg_out, "base_rate": count / base_time, "base_p50": percentile(base_lat, 0.50),
            "base_p99": percentile(base_lat, 0.99), "base_outcomes": base_out, "stopped": code,
            "cpu_ms": (cpu2 - cpu1) * 1000 / count, "base_cpu_ms": (cpu1 - cpu0) * 1000 / count,
            "load": os.getloadavg()[0]}


def measure_endpoint_only(count: int, concurrency: int) -> None:
    """The endpoint alone: the registration use case replaced by tests/endpoint/fake_registration.py (answers at
    once from a JSON file), so the service's CPU per registration is the endpoint's own."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="bench-endpoint-") as directory:
        home = Path(directory)
        secret = base64.b64encode(os.urandom(64)).decode()
        sns = [f"E{n:05d}" for n in range(count)]
        config = home / "fake.json"
        config.write_text(json.dumps({"groups": {"G1": secret}, "devices": {f"G1/{sn}": "assigned" for sn in sns}}))
        runner = [sys.executable, str(REPO / "tests" / "endpoint" / "run_fake_serve.py"), "--home", str(home)]
        env = {**os.environ, "DPS_FAKE_REGISTRATION": str(config), "DPS_PASSWORD": "bench-password-1"}
        subprocess.run([*runner, "init", "--supervisor", "bench"], check=True, env=env, capture_output=True)
        env["DPS_USER"] = "bench"  # `service init` changes the station: a supervisor signs in
        subprocess.run([*runner, "service", "init", "--hostname", "localhost"], check=True, env=env,
                       capture_output=True)
        subprocess.run([*runner, "service", "ca", "--out", str(home / "ca.pem")], check=True, env=env,
                       capture_output=True)
        log = (home / "serve.log").open("wb")
        service = subprocess.Popen([*runner, "serve", "--mqtt", f"127.0.0.1:{MQTT_PORT}", "--https", "off",
                                    "--max-per-ip", str(concurrency * 4)], env=env, stdout=log, stderr=log)
        try:
            from tests.endpoint.endpoint_support import port_answers

            deadline = time.monotonic() + 60
            while not port_answers(MQTT_PORT) and time.monotonic() < deadline:
                time.sleep(0.2)
            context = ssl.create_default_context(cafile=str(home / "ca.pem"))
            tokens = {sn: make_token(base64.b64decode(derive_device_key(secret, sn)), f"G1/registrations/{sn}",
                                     int(time.time()) + 3600) for sn in sns}
            cpu0 = process_cpu(service.pid)
            elapsed, latencies, outcomes = asyncio.run(run_many(
                [lambda sn=sn: register_one(context, "G1", sn, tokens[sn]) for sn in sns], concurrency))
            cpu = (process_cpu(service.pid) - cpu0) * 1000 / count
        finally:
            service.terminate()
            service.wait(30)
            log.close()
    print(f"endpoint only (registration use case replaced by a stand-in): {count / elapsed:.0f} registrations/s, "
          f"p50 {percentile(latencies, 0.5):.0f} ms, p99 {percentile(latencies, 0.99):.0f} ms, service CPU per "
          f"registration {cpu:.1f} ms | load average {os.getloadavg()[0]:.1f} | outcomes {outcomes}")


def report(result: dict[str, Any]) -> bool:
    ok = (result["rate"] >= TARGET_RATE and result["p99"] < TARGET_P99_MS
          and result["outcomes"] == {"assigned": result["count"]} and result["stopped"] == 0)
    print(f"{result['db']:8s} {result['count']} devices, {result['concurrency']} at a time, "
          f"{result['processes']} service process(es): "
          f"{result['rate']:.0f} registrations/s, p50 {result['p50']:.0f} ms, p99 {result['p99']:.0f} ms "
          f"| baseline (TLS + one MQTT round trip): {result['base_rate']:.0f}/s, p50 {result['base_p50']:.0f} ms, "
          f"p99 {result['base_p99']:.0f} ms | ratios: rate {result['base_rate'] / result['rate']:.2f}x slower, "
          f"p50 {result['p50'] / result['base_p50']:.2f}x, p99 {result['p99'] / result['base_p99']:.2f}x "
          f"| service CPU per registration {result['cpu_ms']:.1f} ms, per baseline connection "
          f"{result['base_cpu_ms']:.1f} ms | load average {result['load']:.1f} "
          f"| outcomes {result['outcomes']} | {'OK' if ok else 'TARGET MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--processes", type=int, default=1, help="serve --processes N (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=None, help="serve --workers N (default: serve's own)")
    parser.add_argument("--pg-durable", action="store_true",
                        help="PostgreSQL with fsync and synchronous_commit on, as a deployment runs it (the tests' "
                             "throwaway server has them off)")
    parser.add_argument("--endpoint-only", action="store_true",
                        help="only the endpoint, with the registration use case replaced by a stand-in")
    args = parser.parse_args()
    os.chdir(REPO)
    if args.endpoint_only:
        measure_endpoint_only(args.count, args.concurrency)
        return 0
    results: list[bool] = []
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="bench-prov-db-") as directory:
            url = f"sqlite:///{Path(directory) / 'station.db'}"
            results.append(report(measure("sqlite", url, args.count, args.concurrency, args.processes, args.workers)))
    if args.db in ("postgres", "both"):
        from tests.pg_server import PostgresServer

        with PostgresServer(durable=args.pg_durable) as server:
            url = server.url(server.create_database())
            label = "postgres (durable)" if args.pg_durable else "postgres"
            results.append(report(measure(label, url, args.count, args.concurrency, args.processes, args.workers)))
    print(f"targets: >= {TARGET_RATE:.0f} registrations/s and p99 < {TARGET_P99_MS:.0f} ms per database")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
