"""Bad input: each a clear message and nothing recorded as printed, no output file left behind."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from labels_support import make_labels

from app.cli import main
from app.domain.errors import InputError, NotFoundError
from app.labels.job import JobSpec, run_pdf_job
from app.labels.templates import load_template, parse_template, shipped_templates_dir
from app.labels.zpl import PrinterUnreachableError, run_zpl_job
from app.services import audit, device_lookup, groups, registering
from app.services.audit import AuditFilter


def run(station: dict[str, Any], *args: str) -> int:
    return main(["--home", str(station["home"].path), "--db", station["url"], "label", "print", *args])


def label_events(station: dict[str, Any]) -> list[Any]:
    return [e for e in audit.list_events(station["ctx"], AuditFilter(), limit=10_000) if e.action == "device.label"]


def assert_nothing_recorded(station: dict[str, Any], out_dir: Path) -> None:
    assert not label_events(station)
    assert all(d.status == "registered" for d in device_lookup.find_devices(station["ctx"], "SN-000001"))
    assert not [p for p in out_dir.iterdir() if p.suffix in (".pdf", ".zpl", ".png", ".part")]


def test_unknown_template(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code = run(station, "--group", "line1", "--template", "avery-9999", "--out", str(station["dir"] / "a.pdf"))
    err = capsys.readouterr().err
    assert code != 0
    assert "no label template 'avery-9999'" in err and "avery-l7160" in err
    assert_nothing_recorded(station, station["dir"])


@pytest.mark.parametrize(("mutate", "field", "words"), [
    (lambda t: t["grid"].update(columns=0), "grid.columns", "whole number of 1 or more"),
    (lambda t: t["label"].update(width="wide"), "label.width", "not a number"),
    (lambda t: t.update(unit="cm"), "unit", "use one of: mm, in"),
    (lambda t: t["fields"]["sn"].update(x=20), "fields.sn", "overlaps the QR code"),
    (lambda t: t["fields"].pop("qr"), "fields.qr", "missing"),
    (lambda t: t["fields"].update(barcode={}), "fields.barcode", "not a label field"),
    (lambda t: t["grid"].update(columns=4), "grid.columns", "wider than the page"),
    (lambda t: t["fields"]["batch"].update(overflow="wrap"), "fields.batch.overflow", "use one of: refuse, elide"),
])
def test_malformed_user_template_names_file_and_field(station: dict[str, Any], capsys: pytest.CaptureFixture[str],
                                                      mutate: Any, field: str, words: str) -> None:
    data = json.loads((shipped_templates_dir() / "avery-l7160.json").read_text())
    mutate(data)
    user_dir = station["home"].templates_dir
    (user_dir / "mine.json").write_text(json.dumps(data))
    with pytest.raises(InputError) as caught:
        load_template("mine", user_dir)
    assert caught.value.file == "mine.json" and caught.value.field == field
    assert words in str(caught.value)
    code = run(station, "--group", "line1", "--template", "mine", "--out", str(station["dir"] / "a.pdf"))
    err = capsys.readouterr().err
    assert code == 2 and "mine.json" in err and field in err
    assert_nothing_recorded(station, station["dir"])


def test_template_that_is_not_json(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json")
    with pytest.raises(InputError, match="broken.json: is not valid JSON"):
        parse_template(bad)


def test_user_template_replaces_a_shipped_one_and_is_listed(station: dict[str, Any],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((shipped_templates_dir() / "thermal-50x30.json").read_text())
    data["description"] = "our own roll"
    (station["home"].templates_dir / "thermal-50x30.json").write_text(json.dumps(data))
    (station["home"].templates_dir / "junk.json").write_text("[]")
    assert load_template("thermal-50x30", station["home"].templates_dir).description == "our own roll"
    assert main(["--home", str(station["home"].path), "label", "templates"]) == 0
    out, err = capsys.readouterr()
    assert "our own roll" in out
    assert "junk.json" in err


def test_sn_too_long_for_the_label(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    long_sn = "SN-" + "W" * 40
    registering.register_device(station["ctx"], "line1", long_sn, batch="LOT-2")
    code = run(station, "--group", "line1", "--batch", "LOT-2", "--template", "avery-5160",
               "--out", str(station["dir"] / "a.pdf"))
    err = capsys.readouterr().err
    assert code == 2
    assert f"the SN '{long_sn}'" in err and "too long for template avery-5160" in err
    assert_nothing_recorded(station, station["dir"])


def test_group_name_too_long_for_the_label(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    long_name = "Heat pumps, building north, line 2, second shift " * 2
    groups.create_group(station["ctx"], long_name.strip(), masterdata_group="pumps", ou="ou1", environment="prod",
                        product_key="PK", gateway="https://gw.example.com")
    registering.register_device(station["ctx"], long_name.strip(), "SN-G1")
    code = run(station, "--group", long_name.strip(), "--template", "thermal-50x30",
               "--out", str(station["dir"] / "a.pdf"))
    err = capsys.readouterr().err
    assert code == 2 and "the group name" in err and "too long for template thermal-50x30" in err
    assert not label_events(station)


def test_long_product_key_is_elided_with_a_warning(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    groups.create_group(station["ctx"], "pk", masterdata_group="pumps", ou="ou1", environment="prod",
                        product_key="PRODUCT-KEY-" + "Q" * 60, gateway="https://gw.example.com")
    registering.register_device(station["ctx"], "pk", "SN-P1")
    assert run(station, "--group", "pk", "--template", "avery-l7160", "--out", str(station["dir"] / "a.pdf")) == 0
    assert "product_key was shortened" in capsys.readouterr().err


def test_batch_with_no_devices(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code = run(station, "--group", "line1", "--batch", "LOT-EMPTY", "--template", "avery-l7160",
               "--out", str(station["dir"] / "a.pdf"))
    err = capsys.readouterr().err
    assert code == 2 and "batch LOT-EMPTY of group line1 has no devices" in err
    code = run(station, "--group", "empty", "--template", "avery-l7160", "--out", str(station["dir"] / "a.pdf"))
    assert code == 2 and "group empty has no devices" in capsys.readouterr().err
    assert_nothing_recorded(station, station["dir"])


def test_unknown_batch_and_unknown_sn(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(station, "--group", "line1", "--batch", "NOPE", "--out", str(station["dir"] / "a.pdf")) != 0
    assert "NOPE" in capsys.readouterr().err
    assert run(station, "--group", "line1", "--sn", "SN-999999", "--out", str(station["dir"] / "a.pdf")) != 0
    assert "SN-999999" in capsys.readouterr().err
    assert_nothing_recorded(station, station["dir"])


def test_unreachable_zpl_host_is_a_clear_message_quickly(station: dict[str, Any],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a local port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    code = run(station, "--group", "line1", "--template", "thermal-50x30", "--out", f"127.0.0.1:{port}")
    err = capsys.readouterr().err
    assert code == 12
    assert f"the printer at 127.0.0.1:{port} cannot be reached" in err and "nothing was printed" in err
    assert time.monotonic() - started < 10
    assert_nothing_recorded(station, station["dir"])


def test_unknown_zpl_host_name(qapp: Any) -> None:
    from app.security.signing import SigningKey

    key = SigningKey.generate()
    spec = JobSpec(load_template("thermal-50x30"), make_labels(key, 2), dpi=203)
    started = time.monotonic()
    with pytest.raises(PrinterUnreachableError, match="the printer host 'zebra.invalid' is unknown"):
        run_zpl_job("zebra.invalid:9100", spec, {key.key_id: key.verifying_key}, timeout=0.5)
    assert time.monotonic() - started < 5


def test_zpl_reaches_a_listening_printer(qapp: Any) -> None:
    from app.security.signing import SigningKey

    key = SigningKey.generate()
    spec = JobSpec(load_template("thermal-100x50"), make_labels(key, 3), dpi=300)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(10)
        port = server.getsockname()[1]
        import threading

        received = bytearray()

        def accept() -> None:
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(65536):
                    received.extend(chunk)

        thread = threading.Thread(target=accept)
        thread.start()
        run_zpl_job(f"127.0.0.1:{port}", spec, {key.key_id: key.verifying_key})
        thread.join(10)
    assert received.decode("utf-8").count("^XA") == 3


def test_payload_not_fitting_the_qr_area_is_refused(tmp_path: Path, qapp: Any) -> None:
    from app.security.signing import SigningKey

    data = json.loads((shipped_templates_dir() / "thermal-50x30.json").read_text())
    data["fields"]["qr"]["size"] = 8
    data["name"] = "tiny-qr"
    small = tmp_path / "tiny-qr.json"
    small.write_text(json.dumps(data))
    key = SigningKey.generate()
    spec = JobSpec(parse_template(small), make_labels(key, 1), dpi=203)
    out = tmp_path / "x.pdf"
    with pytest.raises(InputError, match="does not fit the 8.0 mm QR area of template tiny-qr at 203 dpi"):
        run_pdf_job(out, spec, {key.key_id: key.verifying_key})
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_low_dots_per_module_warns(tmp_path: Path, qapp: Any) -> None:
    from app.security.signing import SigningKey

    data = json.loads((shipped_templates_dir() / "thermal-50x30.json").read_text())
    data["fields"]["qr"]["size"] = 15
    small = tmp_path / "small-qr.json"
    small.write_text(json.dumps(data))
    key = SigningKey.generate()
    spec = JobSpec(parse_template(small), make_labels(key, 2), dpi=300)
    report = run_pdf_job(tmp_path / "x.pdf", spec, {key.key_id: key.verifying_key})
    assert any("dots per QR module at 300 dpi" in w for w in report.warnings)


@pytest.mark.parametrize(("args", "words"), [
    (["--start-at", "21"], "start-at"),
    (["--copies", "0"], "copies"),
    (["--dpi", "72"], "72 dpi is not supported"),
])
def test_bad_job_options(station: dict[str, Any], capsys: pytest.CaptureFixture[str], args: list[str],
                         words: str) -> None:
    code = run(station, "--group", "line1", "--template", "avery-l7160", "--out", str(station["dir"] / "a.pdf"), *args)
    assert code == 2 and words in capsys.readouterr().err
    assert_nothing_recorded(station, station["dir"])


def test_unknown_template_name_error_type() -> None:
    with pytest.raises(NotFoundError):
        load_template("nope")


def test_output_that_cannot_be_written(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    blocker = station["dir"] / "labels"
    blocker.write_text("a file where the PNG folder should go")
    code = run(station, "--group", "line1", "--template", "avery-l7160", "--out", str(blocker))
    assert code == 13 and "cannot write PNG files into" in capsys.readouterr().err
    code = run(station, "--group", "line1", "--template", "avery-l7160", "--out", str(blocker / "x.pdf"))
    assert code == 2 and "does not exist" in capsys.readouterr().err
    assert not label_events(station)
