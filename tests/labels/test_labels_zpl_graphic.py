"""The ^GF graphic field: Zebra's ASCII hex compression written and read back dot for dot, and the ZPL verify
pass refusing a label whose graphic does not read back, runs off the label or leaves the QR square."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from labels_support import make_labels

from app.labels.job import JobReport, JobSpec, prepare_job
from app.labels.symbol import make_symbol
from app.labels.templates import load_template
from app.labels.verify import PrintVerificationError
from app.labels.zpl import job_zpl, label_zpl, run_zpl_job
from app.labels.zpl_graphic import GraphicFieldError, graphic_field, qr_bitmap, read_graphic_field
from app.labels.zpl_verify import ZplCheck, verify_zpl
from app.security.signing import SigningKey


@pytest.mark.parametrize("shape", [(1, 1), (7, 9), (16, 16), (3, 1000), (50, 3401)])
def test_random_bitmaps_round_trip(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(shape))
    for density in (0.0, 0.02, 0.5, 0.98, 1.0):
        dark = rng.random(shape) < density
        dark[1::3] = dark[0::3][:len(dark[1::3])]  # repeated rows, for ':'
        field = graphic_field(dark)
        back = read_graphic_field(field)
        assert back.shape == (shape[0], -(-shape[1] // 8) * 8)
        assert np.array_equal(back[:, :shape[1]], dark)
        assert not back[:, shape[1]:].any()  # padding to whole bytes is white


def test_compression_uses_counts_row_fills_and_row_repeats() -> None:
    dark = np.zeros((4, 3200), dtype=bool)  # 400 bytes a row: 800 hex digits
    dark[0, :3200] = True  # 800 F: 419 (zY) + 381 (yG)
    dark[1, :8] = True  # FF then zeros: "HF,"
    dark[2, :8] = True  # the same row again: ":"
    field = graphic_field(dark)
    assert field == "^GFA,1600,1600,400,zYFyGFHF,:,"
    assert np.array_equal(read_graphic_field(field), dark)


def test_a_hand_written_field_with_exclamation_marks() -> None:
    assert read_graphic_field("^GFA,6,6,2,H0!8!\n,").tolist() == [
        [False] * 8 + [True] * 8, [True] + [False] * 3 + [True] * 12, [False] * 16]


@pytest.mark.parametrize("field", ["^GFA,4,4,2,FFF", "^GFA,2,2,2,FFFFF", "^GFA,2,2,2,:", "^GFA,2,2,2,XYZ!",
                                   "^GFA,3,3,2,FFFF", "^GFB,2,2,2,FFFF"])
def test_malformed_fields_are_refused(field: str) -> None:
    with pytest.raises(GraphicFieldError):
        read_graphic_field(field)


def _job(qapp: Any, dpi: int) -> tuple[JobSpec, list[Any], SigningKey]:
    key = SigningKey.generate()
    spec = JobSpec(load_template("thermal-50x30"), make_labels(key, 2), dpi=dpi)
    _layout, prepared = prepare_job(spec, JobReport())
    return spec, prepared, key


@pytest.mark.parametrize("dpi", [203, 300, 600])
def test_the_graphic_is_the_verified_symbol_dot_for_dot(qapp: Any, dpi: int) -> None:
    spec, prepared, _key = _job(qapp, dpi)
    for item in prepared:
        body = label_zpl(spec, item, 1)
        expected = qr_bitmap(make_symbol(item.label.payload), item.placement.dots_per_module)
        side = expected.shape[0]
        field = re.search(r"\^FO(\d+),(\d+)(\^GFA,[^\^]*)", body)
        assert field is not None
        bitmap = read_graphic_field(field.group(3))
        assert np.array_equal(bitmap[:, :side], expected) and not bitmap[:, side:].any()
        x, y = int(field.group(1)), int(field.group(2))
        assert x + side <= round(29.5 / 25.4 * dpi) and y + side <= round(30 / 25.4 * dpi)  # left of the texts


def test_verify_reads_the_zpl_text_itself(qapp: Any) -> None:
    spec, prepared, key = _job(qapp, 203)
    keys = {key.key_id: key.verifying_key}
    first, second = (label_zpl(spec, item, 1) for item in prepared)
    good = ZplCheck(prepared[0].label.sn, prepared[0].label.group_id, prepared[0].label.payload, first)
    verify_zpl([good], spec.template.qr, 203, keys)
    swapped = ZplCheck(prepared[0].label.sn, prepared[0].label.group_id, prepared[0].label.payload, second)
    off_label = ZplCheck(good.sn, good.group_id, good.payload, re.sub(r"\^FO\d+,\d+\^GF", "^FO300,22^GF", first))
    in_text = ZplCheck(good.sn, good.group_id, good.payload, re.sub(r"\^FO\d+,\d+\^GF", "^FO200,22^GF", first))
    blank = ZplCheck(good.sn, good.group_id, good.payload, re.sub(
        r"\^GFA,(\d+),(\d+),(\d+),[^\^]*",
        lambda m: f"^GFA,{m[1]},{m[2]},{m[3]},," + ":" * (int(m[1]) // int(m[3]) - 1), first))
    with pytest.raises(PrintVerificationError) as raised:
        verify_zpl([swapped, off_label, in_text, blank], spec.template.qr, 203, keys)
    reasons = [why for _sn, why in raised.value.failures]
    assert "differs from the payload" in reasons[0]
    assert "runs off the" in reasons[1]
    assert "does not lie in the template's QR square" in reasons[2]
    assert "did not read back" in reasons[3]


def test_a_label_whose_graphic_does_not_verify_stops_the_zpl_job(qapp: Any, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec, _prepared, key = _job(qapp, 300)
    monkeypatch.setattr("app.labels.zpl.qr_bitmap", lambda symbol, dots: qr_bitmap(make_symbol("not ours"), dots))
    out = tmp_path / "labels.zpl"
    with pytest.raises(PrintVerificationError) as raised:
        run_zpl_job(out, spec, {key.key_id: key.verifying_key})
    assert [sn for sn, _why in raised.value.failures] == [label.sn for label in spec.labels]
    assert not list(tmp_path.iterdir())


def test_progress_of_a_zpl_job(qapp: Any) -> None:
    spec, prepared, key = _job(qapp, 203)
    seen: list[tuple[str, int, int]] = []
    job_zpl(spec, prepared, {key.key_id: key.verifying_key}, progress=lambda *p: seen.append(p))
    assert seen == [("verify", 2, 2), ("output", 2, 2)]


def test_one_wrong_dot_in_a_600_dpi_graphic_fails_verification(qapp: Any) -> None:
    """The verify pass reads large graphics at 3 pixels per module, after checking every dot of every module."""
    spec, prepared, key = _job(qapp, 600)
    item = prepared[0]
    dots = item.placement.dots_per_module
    body = label_zpl(spec, item, 1)
    field = re.search(r"\^GFA,[^\^]*", body)
    assert field is not None
    good = ZplCheck(item.label.sn, item.label.group_id, item.label.payload, body, dots)
    verify_zpl([good], spec.template.qr, 600, {key.key_id: key.verifying_key})
    bitmap = read_graphic_field(field.group(0))
    bitmap[10 * dots + 1, 10 * dots + 1] ^= True  # one dot off the module's centre
    bad = ZplCheck(good.sn, good.group_id, good.payload, body.replace(field.group(0), graphic_field(bitmap)), dots)
    with pytest.raises(PrintVerificationError, match="not uniform squares of"):
        verify_zpl([bad], spec.template.qr, 600, {key.key_id: key.verifying_key})
