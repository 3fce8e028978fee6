"""Generated Matter and Z-Wave codes, rendered as QR images and read back by the station's decoder chain."""

from __future__ import annotations

import dataclasses
import random

import cv2
import pytest
from scan_synth import background, make_frame, paste_code

from app.labels.symbol import make_symbol
from app.qr import matter, zwave
from app.qr.matter import CommissioningFlow, MatterPayload
from app.qr.matter_tlv import TlvElement
from app.qr.onboarding import read_third_party
from app.scan.decoders import DecoderChain

# zwave-js packages/core/src/qr/parse.test.ts, "Acme Light Dimmer"
ACME = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"


def matter_payload(discriminator: int, passcode: int, **changes: object) -> MatterPayload:
    values: dict[str, object] = {"source": "qr", "version": 0, "vendor_id": 0xFFF1, "product_id": 0x8001,
                                 "flow": CommissioningFlow.STANDARD, "discovery": 0x02,
                                 "discriminator": discriminator, "short_discriminator": False, "passcode": passcode}
    values.update(changes)
    return MatterPayload(**values)  # type: ignore[arg-type]


def generated_codes() -> list[str]:
    rng = random.Random(17)
    with_serial = matter_payload(3840, 20202021, serial_number="SN-4711-ABC", discovery=0x06,
                                 vendor_data=(TlvElement(0x82, "lot 7"),))
    several = [matter_payload(rng.randrange(4096), rng.randrange(1, 99999990), flow=CommissioningFlow.USER_ACTION)
               for _ in range(3)]
    acme = zwave.parse(ACME)
    door = dataclasses.replace(acme, dsk="-".join(f"{rng.randrange(65536):05d}" for _ in range(8)),
                               uuid="00112233445566778899aabbccddeeff", supported_protocols=3)
    return [matter.encode_qr([with_serial]), matter.encode_qr(several), ACME, zwave.encode(door)]


@pytest.mark.parametrize("text", generated_codes())
def test_rendered_code_is_read_back_as_the_same_record(text: str) -> None:
    expected = read_third_party(text)
    assert expected is not None
    symbol = make_symbol(text)  # the station's own QR rendering (labels)
    code = cv2.resize(symbol.pixels, None, fx=6, fy=6, interpolation=cv2.INTER_NEAREST)
    rng = random.Random(len(text))
    frame = background(rng)
    assert paste_code(frame, code, rng, angle=12.0, perspective=0.05, occupied=[])
    reads = [d.text for d in DecoderChain().decode(frame, thorough=True)]
    assert reads == [text]
    assert read_third_party(reads[0]) == expected


@pytest.mark.parametrize(("seed", "distortions"), [(1, ["rotation"]), (2, ["perspective", "noise"]),
                                                   (3, ["blur"]), (4, ["jpeg", "glare"])])
def test_codes_in_distorted_camera_frames(seed: int, distortions: list[str]) -> None:
    texts = generated_codes()[seed % 2::2]
    frame = make_frame(seed, texts=texts, distortions=distortions)
    assert frame.expected, "the scene has room for the codes"
    reads = {d.text for d in DecoderChain().decode(frame.image, thorough=True)}
    assert set(frame.expected) <= reads
    for text in frame.expected:
        assert read_third_party(text) is not None
