"""`dps-station scan` over a real SQLite station: labels printed as images and a video, scanned, nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2
import pytest
from scan_synth import make_frame
from sqlalchemy import text

from app.cli import main
from app.config import resolve_home
from app.db.engine import open_database
from app.domain.enums import Role
from app.qr.payload import encode_payload
from app.security.signing import SigningKey
from app.services import audit, groups, lifecycle, masterdata, registering
from app.services.context import Actor, ServiceContext
from app.services.organisation import init_organisation
from app.services.scanning import DatabaseDeviceDirectory, open_scan_session

TABLES = ("device_identities", "assets", "allocations", "audit_events", "batches", "registration_groups")


@pytest.fixture
def station(tmp_path: Path) -> dict[str, Any]:
    home = resolve_home(str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'station.db'}"
    db = open_database(url)
    _info, keyring = init_organisation(home, db, "Scan org")
    ctx = ServiceContext(db, keyring, Actor("tester", Role.SUPERVISOR), home)
    masterdata.create_group(ctx, "pumps", "pump", [])
    for name in ("line1", "line2"):
        groups.create_group(ctx, name, masterdata_group="pumps", ou="ou1", environment="prod", product_key="PK",
                            gateway="https://gw.example.com")
    registering.register_device(ctx, "line1", "SN-000777", batch="LOT-1")
    registering.register_device(ctx, "line1", "SN-000778", batch="LOT-1")
    registering.register_device(ctx, "line1", "SN-OFF")
    registering.register_device(ctx, "line2", "SN-L2")
    lifecycle.disable(ctx, "line1", "SN-OFF", "broken")
    group_ids = {g.name: g.group_id for g in groups.list_groups(ctx)}
    assert keyring.signing_key is not None
    yield {"home": home, "url": url, "ctx": ctx, "key": keyring.signing_key, "group_ids": group_ids,
           "dir": tmp_path}
    db.dispose()


def snapshot(ctx: ServiceContext) -> dict[str, list[tuple[Any, ...]]]:
    with ctx.db.reader() as session:
        return {table: sorted((tuple(row) for row in session.execute(text(f"SELECT * FROM {table}"))), key=repr)  # noqa: S608
                for table in TABLES}


def write_label(path: Path, content: str, seed: int) -> Path:
    cv2.imwrite(str(path), make_frame(seed, texts=[content], distortions=["rotation", "noise"]).image)
    return path


def scan(station: dict[str, Any], capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["--home", str(station["home"].path), "--db", station["url"], "scan", "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_images_are_classified_and_only_the_refused_labels_are_recorded(station: dict[str, Any],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    key: SigningKey = station["key"]
    line1 = station["group_ids"]["line1"]
    genuine = encode_payload(group_id=line1, sn="SN-000777", batch="LOT-1", signing_key=key)
    forged = encode_payload(group_id=line1, sn="SN-000777", batch="LOT-1", signing_key=SigningKey.generate())
    altered = genuine.replace("SN-000777", "SN-000778", 1)
    folder = station["dir"] / "labels"
    (folder / "box").mkdir(parents=True)
    write_label(folder / "1-genuine.png", genuine, 1)
    write_label(folder / "2-forged.jpg", forged, 2)
    write_label(folder / "box" / "3-altered.webp", altered, 3)
    write_label(folder / "box" / "4-plain.png", "SN-000778", 4)
    write_label(folder / "box" / "5-other.png",
                encode_payload(group_id=station["group_ids"]["line2"], sn="SN-L2", batch=None, signing_key=key), 5)
    write_label(folder / "box" / "6-disabled.png",
                encode_payload(group_id=line1, sn="SN-OFF", batch=None, signing_key=key), 6)
    cv2.imwrite(str(folder / "7-nothing.png"), make_frame(7, count=0, distortions=["blur"]).image)
    before = snapshot(station["ctx"])

    code, results, err = scan(station, capsys, "--group", "line1", str(folder))

    assert code == 0, err
    by_file = {Path(r["file"]).name: r for r in results}
    assert {name: r["outcome"] for name, r in by_file.items()} == {
        "1-genuine.png": "ok", "2-forged.jpg": "forged", "3-altered.webp": "forged", "4-plain.png": "unsigned",
        "5-other.png": "other_group", "6-disabled.png": "disabled"}
    ok = by_file["1-genuine.png"]
    assert (ok["text"], ok["sn"], ok["group"], ok["verified"], ok["source"]) == (genuine, "SN-000777", "line1",
                                                                                  True, "image")
    assert by_file["2-forged.jpg"]["verified"] is False and by_file["3-altered.webp"]["verified"] is False
    assert (by_file["2-forged.jpg"]["refusal"], by_file["3-altered.webp"]["refusal"]) == ("unknown_key", "signature")
    assert "refusal" not in ok
    assert by_file["4-plain.png"]["verified"] is None and by_file["4-plain.png"]["group"] == "line1"
    assert by_file["5-other.png"]["group"] == "line2" and by_file["6-disabled.png"]["verified"] is True
    assert "6 scan(s)" in err
    after = snapshot(station["ctx"])
    assert {table: rows for table, rows in after.items() if table != "audit_events"} == \
        {table: rows for table, rows in before.items() if table != "audit_events"}
    refused = audit.list_events(station["ctx"], audit.AuditFilter(action="scan.refused"))
    assert len(after["audit_events"]) == len(before["audit_events"]) + 2 == len(before["audit_events"]) + len(refused)
    by_check = {event.details["check"]: event for event in refused}
    assert set(by_check) == {"unknown_key", "signature"}
    forged_event, altered_event = by_check["unknown_key"], by_check["signature"]
    assert (forged_event.details["file"], forged_event.details["source"]) == ("2-forged.jpg", "image")
    assert altered_event.details["file"] == "3-altered.webp"
    assert forged_event.actor.startswith("cli:") and forged_event.group == "line1"
    assert (forged_event.sn, forged_event.details["batch"]) == ("SN-000777", "LOT-1")
    assert altered_event.sn == "SN-000778" and altered_event.details["batch"] == "LOT-1"


@pytest.mark.timeout(60)
def test_video_scan_reports_each_label_once_with_its_frame(station: dict[str, Any],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    line1 = station["group_ids"]["line1"]
    first = encode_payload(group_id=line1, sn="SN-000777", batch="LOT-1", signing_key=station["key"])
    second = encode_payload(group_id=line1, sn="SN-000778", batch="LOT-1", signing_key=station["key"])
    frames = ([make_frame(11, texts=[first], distortions=["perspective"]).image] * 6
              + [make_frame(12, count=0, distortions=["noise"]).image] * 21
              + [make_frame(11, texts=[first], distortions=["perspective"]).image] * 3
              + [make_frame(13, texts=[second], distortions=["jpeg"]).image] * 4)
    video = station["dir"] / "walk.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, (1280, 720))
    for frame in frames:
        writer.write(frame)
    writer.release()

    code, results, err = scan(station, capsys, "--video", str(video))

    assert code == 0, err
    assert [(r["sn"], r["outcome"], r["frame"], r["source"]) for r in results] == [
        ("SN-000777", "ok", 2, "walk.avi"), ("SN-000777", "duplicate", 29, "walk.avi"),
        ("SN-000778", "ok", 32, "walk.avi")]
    assert "walk.avi ended after 34 frame(s)" in err


@pytest.mark.timeout(60)
def test_a_forged_label_held_in_front_of_the_camera_is_one_event_per_scan(station: dict[str, Any],
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A flood of frames with the same forged code: the validator accepts it once per stay in view."""
    forged = encode_payload(group_id=station["group_ids"]["line1"], sn="SN-000777", batch="LOT-1",
                            signing_key=SigningKey.generate())
    held = make_frame(21, texts=[forged], distortions=["perspective"]).image
    frames = [held] * 40 + [make_frame(22, count=0, distortions=["noise"]).image] * 21 + [held] * 10
    video = station["dir"] / "flood.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 15, (1280, 720))
    for frame in frames:
        writer.write(frame)
    writer.release()

    code, results, err = scan(station, capsys, "--video", str(video))

    assert code == 0, err
    assert [(r["outcome"], r["frame"]) for r in results] == [("forged", 2), ("forged", 63)]
    events = audit.list_events(station["ctx"], audit.AuditFilter(action="scan.refused"))
    assert sorted(event.details["frame"] for event in events) == [2, 63]
    assert {event.details["source"] for event in events} == {"flood.avi"}
    assert len({event.details["session"] for event in events}) == 1


@pytest.mark.parametrize("args, message", [
    (["--video", "/nonexistent/clip.avi"], "video file /nonexistent/clip.avi does not exist"),
    (["/nonexistent/folder"], "/nonexistent/folder does not exist"),
    (["--camera", "93"], "camera"),
    ([], "name one source"),
])
@pytest.mark.timeout(30)
def test_a_source_that_cannot_be_opened_is_one_clear_line(station: dict[str, Any], capsys: pytest.CaptureFixture[str],
                                                            args: list[str], message: str) -> None:
    code, results, err = scan(station, capsys, *args)
    assert code != 0 and results == []
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dps-station: ") and message in lines[0]
    assert "Traceback" not in err


def test_unknown_group_is_refused(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    image = write_label(station["dir"] / "x.png", "SN-L2", 9)
    code, results, err = scan(station, capsys, "--group", "nope", str(image))
    assert code != 0 and results == [] and "no registration group named 'nope'" in err


def test_table_format(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    image = write_label(station["dir"] / "plain.png", "THIRD-PARTY-1", 10)
    code = main(["--home", str(station["home"].path), "--db", station["url"], "scan", str(image)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].split()[:5] == ["OUTCOME", "SN", "GROUP", "VERIFIED", "WHERE"]
    assert out[1].split()[:4] == ["unsigned", "THIRD-PARTY-1", "-", "-"]


def test_database_directory_finds_devices_and_manual_codes(station: dict[str, Any]) -> None:
    from app.qr.manual_code import manual_code_for

    ctx = station["ctx"]
    directory = DatabaseDeviceDirectory(ctx)
    line1 = station["group_ids"]["line1"]
    [device] = directory.find_by_sn("SN-000777", line1)
    assert (device.group_name, device.group_id, device.batch, device.status) == ("line1", line1, "LOT-1", "registered")
    assert directory.find_by_sn("SN-000777", station["group_ids"]["line2"]) == []
    assert [d.sn for d in directory.find_by_manual_code(manual_code_for(line1, "SN-OFF"))] == ["SN-OFF"]
    assert station["key"].key_id in directory.verifying_keys()
    session = open_scan_session(ctx, "line2")
    assert (session.group_name, session.group_id) == ("line2", station["group_ids"]["line2"])


def test_list_cameras_answers_without_hanging(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", "--list-cameras"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out == ["no camera found"] or all(line.split()[0].isdigit() for line in out)


@pytest.mark.timeout(120)
def test_a_reader_that_closes_early_ends_the_scan_quietly(station: dict[str, Any]) -> None:
    """`dps-station scan --format json ... | head -1`: exit 0 at the first broken pipe, no traceback in the log."""
    import subprocess
    import sys

    folder = station["dir"] / "many"
    folder.mkdir()
    line1 = station["group_ids"]["line1"]
    for i in range(16):
        content = encode_payload(group_id=line1, sn="SN-000777", batch="LOT-1", signing_key=station["key"])
        write_label(folder / f"{i:02d}.png", content if i % 2 else f"PLAIN-{i}", 40 + i)
    log_file = station["home"].log_dir / "dps-station.log"
    repo = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(  # noqa: S603 - our own program
        [sys.executable, "-m", "app", "--home", str(station["home"].path), "--db", station["url"],
         "scan", "--format", "json", str(folder)],
        cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None
    first = child.stdout.readline()
    child.stdout.close()  # what `head -1` does after its line
    _out, err = child.communicate(timeout=90)

    assert json.loads(first)["source"] == "image"
    assert child.returncode == 0, err.decode()
    assert "16 scan(s)" not in err.decode()  # it stopped at the broken pipe instead of scanning on
    assert "Traceback" not in err.decode() and "BrokenPipe" not in err.decode()
    logged = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert "Traceback" not in logged and "BrokenPipe" not in logged


def test_third_party_codes_are_printed_without_their_secrets(station: dict[str, Any],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    # vectors: connectedhomeip run_python_setup_payload_test.py (3840 / 20202021), zwave-js parse.test.ts (Acme)
    matter_qr = "MT:00000CQM00KA0648G00"
    zwave_qr = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
    damaged = zwave_qr[:-1] + "9"
    folder = station["dir"] / "boxes"
    folder.mkdir()
    write_label(folder / "1-matter.png", matter_qr, 21)
    write_label(folder / "2-zwave.png", zwave_qr, 22)
    write_label(folder / "3-damaged.png", damaged, 23)
    before = snapshot(station["ctx"])

    code, results, err = scan(station, capsys, str(folder))

    assert code == 0, err
    by_file = {Path(r["file"]).name: r for r in results}
    assert {name: r["outcome"] for name, r in by_file.items()} == {
        "1-matter.png": "matter", "2-zwave.png": "zwave", "3-damaged.png": "damaged_code"}
    assert by_file["1-matter.png"]["third_party"]["payloads"][0]["discriminator"] == 3840
    assert by_file["2-zwave.png"]["third_party"]["manufacturer_id"] == 0xFFF0
    assert "checksum does not match" in by_file["3-damaged.png"]["message"]
    code = main(["--home", str(station["home"].path), "--db", station["url"], "scan", str(folder)])
    table, table_err = capsys.readouterr()
    assert code == 0 and "matter" in table and "zwave" in table and "damaged_code" in table
    for printed in (json.dumps(results), err, table, table_err):
        for secret in ("20202021", "51525", matter_qr[3:], damaged[9:]):
            assert secret not in printed
    assert snapshot(station["ctx"]) == before
