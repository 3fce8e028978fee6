"""Round trips through `dps-station label print` on a real station: PDF rasterised with QtPdf, PNG files, ZPL.

Every device of the job must be found exactly once, with a valid signature, and be
recorded as labelled with one audit event.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np
import pytest
from labels_support import decode, grey_array, pdf_page_sizes_mm, rasterise_pdf, verified_sns
from PySide6.QtGui import QImage
from sqlalchemy import text

from app.cli import main
from app.labels.templates import load_template
from app.labels.verify import decode_texts
from app.labels.zpl import unescape_field_data
from app.labels.zpl_verify import formats_of, lay_out
from app.services import audit
from app.services.audit import AuditFilter
from app.services.device_listing import DeviceQuery, list_devices

TEMPLATES = ["avery-l7160", "avery-l7163", "avery-5160", "thermal-50x30", "thermal-100x50"]
ALL_SNS = [f"SN-{i:06d}" for i in range(1, 26)] + ["sn-lower.case", "A*B%C", "X/Y+Z"]


def run(station: dict[str, Any], *args: str) -> int:
    return main(["--home", str(station["home"].path), "--db", station["url"], "label", "print", "--group", "line1",
                 *args])


def statuses(station: dict[str, Any]) -> dict[str, str]:
    page = list_devices(station["ctx"], DeviceQuery(group="line1"), limit=1000)
    return {d.sn: d.status for d in page.devices}


def label_events(station: dict[str, Any]) -> list[Any]:
    return [e for e in audit.list_events(station["ctx"], AuditFilter(), limit=10_000) if e.action == "device.label"]


def assert_all_labelled(station: dict[str, Any], sns: list[str]) -> None:
    current = statuses(station)
    assert all(current[sn] == "labelled" for sn in sns)
    events = Counter(e.sn for e in label_events(station))
    assert events == Counter(sns)


@pytest.mark.parametrize("template", TEMPLATES)
def test_pdf_round_trip_every_device_once_with_a_valid_signature(station: dict[str, Any], template: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = station["dir"] / f"{template}.pdf"
    assert run(station, "--template", template, "--out", str(out)) == 0
    assert "recorded as labelled" in capsys.readouterr().out
    tpl = load_template(template)
    sizes = pdf_page_sizes_mm(out)
    expected_pages = -(-len(ALL_SNS) // tpl.per_page)
    assert len(sizes) == expected_pages
    assert sizes[0] == pytest.approx((tpl.page_width, tpl.page_height), abs=0.5)
    texts = [t for page in rasterise_pdf(out) for t in decode(page)]
    sns = verified_sns(texts, station["keys"])
    assert Counter(sns) == Counter(ALL_SNS)
    assert_all_labelled(station, ALL_SNS)


@pytest.mark.parametrize("template", TEMPLATES)
def test_png_round_trip(station: dict[str, Any], template: str) -> None:
    out = station["dir"] / "png"
    assert run(station, "--batch", "LOT-2", "--template", template, "--out", str(out) + "/", "--dpi", "300") == 0
    files = sorted(out.glob("*.png"))
    assert len(files) == 3
    tpl = load_template(template)
    found = []
    for file in files:
        image = QImage(str(file))
        assert abs(image.width() - round(tpl.label_width / 25.4 * 300)) <= 1
        texts = decode(grey_array(image))
        assert len(texts) == 1
        found += verified_sns(texts, station["keys"])
    assert sorted(found) == sorted(["sn-lower.case", "A*B%C", "X/Y+Z"])
    assert_all_labelled(station, ["sn-lower.case", "A*B%C", "X/Y+Z"])


@pytest.mark.parametrize("dpi", [203, 300, 600])
def test_zpl_file_carries_every_payload_in_gf_graphics(station: dict[str, Any], dpi: int) -> None:
    out = station["dir"] / "labels.zpl"
    assert run(station, "--template", "thermal-50x30", "--out", str(out), "--dpi", str(dpi), "--copies", "2") == 0
    zpl = out.read_text(encoding="utf-8")
    formats = formats_of(zpl)
    assert len(formats) == len(ALL_SNS)
    width_dots = round(50 / 25.4 * dpi)
    payloads = []
    for body in formats:
        assert f"^PW{width_dots}" in body and f"^LL{round(30 / 25.4 * dpi)}" in body
        assert "^PQ2," in body and "^BQ" not in body
        texts = decode_texts(lay_out(body).dots)
        assert len(texts) == 1, body
        payloads.append(texts[0])
        sn_field = re.findall(r"\^A0N,\d+,\d+\^FB\d+,1,0,L,0\^FH\^FD(.*?)\^FS", body)
        assert unescape_field_data(sn_field[0]) == verified_sns(payloads[-1:], station["keys"])[0]
    assert Counter(verified_sns(payloads, station["keys"])) == Counter(ALL_SNS)
    assert_all_labelled(station, ALL_SNS)


def test_zpl_is_refused_for_sheet_templates(station: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    out = station["dir"] / "labels.zpl"
    assert run(station, "--template", "avery-l7160", "--out", str(out)) != 0
    assert "ZPL is for thermal label printers" in capsys.readouterr().err
    assert not out.exists()
    assert not label_events(station)


def test_templates_command_lists_the_shipped_templates(station: dict[str, Any],
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(station["home"].path), "label", "templates"]) == 0
    out = capsys.readouterr().out
    for name in TEMPLATES:
        assert name in out
    assert "3x7" in out and "2x7" in out and "3x10" in out


def test_nothing_else_in_the_database_changes_but_status_and_audit(station: dict[str, Any]) -> None:
    with station["ctx"].db.reader() as session:
        before = session.execute(text("SELECT COUNT(*) FROM assets")).scalar()
    out = station["dir"] / "x.pdf"
    assert run(station, "--batch", "LOT-2", "--template", "avery-l7163", "--out", str(out)) == 0
    with station["ctx"].db.reader() as session:
        assert session.execute(text("SELECT COUNT(*) FROM assets")).scalar() == before
    assert np.all(np.array([statuses(station)[sn] == "registered" for sn in ALL_SNS[:25]]))
