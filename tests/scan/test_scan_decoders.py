"""The decoder chain on generated frames (each distortion, several codes, none) and on real photographs."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp
from scan_synth import CORPUS_DIR, DISTORTIONS, corpus_items, make_frame

from app.scan.decoders import ChainStage, DecoderChain, PyzbarDecoder, ZxingDecoder, decode_image, to_gray

TEXTS = ["DPS1:GABCDEFGHJKL*SN-000123*LOT-7*1A2B*" + "31415926535" * 14 + "3", "PLAIN-SN-42"]


def read_texts(image: np.ndarray) -> set[str]:
    return {d.text for d in decode_image(image)}


@pytest.mark.parametrize("distortion", DISTORTIONS)
def test_each_distortion_is_read(distortion: str) -> None:
    """Three frames of two codes each, distortion strength drawn at random (seeded): at most two misses
    (a signed payload is a dense code, and motion blur of 11 px on 4 px modules is beyond any decoder)."""
    reads = zxing_reads = 0
    for seed in (7, 8, 9):
        frame = make_frame(seed, texts=TEXTS, distortions=[distortion])
        assert set(frame.expected) == set(TEXTS), "the generator placed both codes"
        found = read_texts(frame.image)
        assert found <= set(TEXTS), "nothing but the codes in the frame"
        reads += len(found)
        zxing_reads += len({d.text for d in ZxingDecoder().decode(to_gray(frame.image))})
    assert reads >= 4 and reads >= zxing_reads


def test_several_codes_in_one_frame_each_with_its_outline() -> None:
    texts = [f"BOX-{i:03d}" for i in range(6)]
    frame = make_frame(11, texts=texts, distortions=["perspective"])
    detections = decode_image(frame.image)
    assert {d.text for d in detections} == set(frame.expected)
    assert len(frame.expected) >= 4
    height, width = frame.image.shape[:2]
    for detection in detections:
        assert len(detection.corners) >= 4
        xs = [x for x, _ in detection.corners]
        ys = [y for _, y in detection.corners]
        assert 0 <= min(xs) < max(xs) <= width and 0 <= min(ys) < max(ys) <= height


def test_frames_without_a_code_give_nothing() -> None:
    for seed in range(6):
        frame = make_frame(100 + seed, count=0, distortions=["noise", "glare"])
        assert frame.expected == []
        assert decode_image(frame.image) == []


def test_raw_bytes_and_text_are_returned() -> None:
    frame = make_frame(3, texts=["Grüße 温度"], distortions=["blur"])
    [detection] = decode_image(frame.image)
    assert detection.text == "Grüße 温度"
    assert detection.raw.decode("utf-8") == "Grüße 温度"
    assert detection.decoder == "zxing-cpp"


def test_live_mode_runs_second_opinions_on_their_share_of_frames_only() -> None:
    calls: list[str] = []

    class Counting:
        def __init__(self, name: str) -> None:
            self.name = name

        def decode(self, gray: np.ndarray) -> list:
            calls.append(self.name)
            return []

    chain = DecoderChain([ChainStage(Counting("first")), ChainStage(Counting("every5"), every=5, offset=1),
                          ChainStage(Counting("still"), every=0)])
    image = np.zeros((48, 64), np.uint8)
    for _ in range(10):
        chain.decode(image)
    assert calls.count("first") == 10 and calls.count("every5") == 2 and calls.count("still") == 0
    calls.clear()
    chain.decode(image, thorough=True)
    assert calls == ["first", "every5", "still"]


# Frames of the benchmark's generated hard set (scan_synth.hard_set) that zxing-cpp alone reads
# only in part, as measured with zxing-cpp 3.1.1 and pyzbar 0.1.9.
HARD_SET_SEED = 20261123
MISSED_BY_ZXING = (16, 30, 73, 109, 190)


def test_second_opinions_read_codes_zxing_misses() -> None:
    frames = [make_frame(HARD_SET_SEED * 1000 + i) for i in MISSED_BY_ZXING]
    zxing = ZxingDecoder()
    chain = DecoderChain()
    zxing_reads = sum(len({d.text for d in zxing.decode(to_gray(f.image))} & set(f.expected)) for f in frames)
    found = [d for f in frames for d in chain.decode(f.image, thorough=True) if d.text in f.expected]
    assert len(found) > zxing_reads
    assert {"zxing-cpp-histogram", "zxing-cpp-2x", "pyzbar-otsu", "pyzbar"} <= {d.decoder for d in found}


def test_pyzbar_orientation_bug_is_contained(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder = PyzbarDecoder()

    def broken(*_args: object, **_kwargs: object) -> list:
        raise ValueError("4294967295 is not a valid ZBarOrientation")

    monkeypatch.setattr(decoder._pyzbar, "decode", broken)
    frame = make_frame(3, texts=["STILL-READ"], distortions=["rotation"])
    assert decoder.decode(frame.image[..., 0]) == []
    chain = DecoderChain([ChainStage(ZxingDecoder()), ChainStage(decoder)])
    assert [d.text for d in chain.decode(frame.image, thorough=True)] == ["STILL-READ"]


def test_a_small_code_inside_a_large_one_is_its_own_code() -> None:
    outer = zxingcpp.create_barcode("OUTER-CODE-" + "o" * 40, zxingcpp.BarcodeFormat.QRCode, ec_level="H")
    image = np.asarray(outer.to_image(scale=12, add_quiet_zones=True), dtype=np.uint8).copy()
    inner = np.asarray(zxingcpp.create_barcode("INNER", zxingcpp.BarcodeFormat.QRCode).to_image(scale=3),
                       dtype=np.uint8)
    cy, cx = image.shape[0] // 2, image.shape[1] // 2
    h, w = inner.shape
    image[cy - h // 2:cy - h // 2 + h, cx - w // 2:cx - w // 2 + w] = inner
    assert read_texts(image) == {"OUTER-CODE-" + "o" * 40, "INNER"}


def _matches(found: list, expected: bytes) -> bool:
    return any(d.raw == expected or d.text.encode("utf-8") == expected for d in found)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason=f"the photo corpus is not at {CORPUS_DIR} (../shared/corpus)")
def test_real_photographs_read_at_least_as_well_as_zxing_alone() -> None:
    from app.scan.sources import read_image

    items = corpus_items()
    assert len(items) >= 50
    zxing = ZxingDecoder()
    chain = DecoderChain()
    zxing_reads = chain_reads = 0
    for path, expected in items:
        image = read_image(path)
        assert image is not None, path

        zxing_reads += _matches(zxing.decode(to_gray(image)), expected)
        chain_reads += _matches(chain.decode(image, thorough=True), expected)
    assert chain_reads >= zxing_reads
    assert chain_reads / len(items) >= 0.9, f"{chain_reads}/{len(items)}"
