"""Z-Wave S2 / SmartStart QR codes.

Test vectors from zwave-js (https://github.com/zwave-js/node-zwave-js), packages/core/src/qr/parse.test.ts:
"Acme Light Dimmer" (SmartStart and S2), "Oscorp Door Lock w. UUID", and the refused cases (non-digits,
not starting with 90, too short, incorrect checksum).
"""

from __future__ import annotations

import dataclasses

import pytest

from app.qr import zwave
from app.qr.onboarding import read_third_party
from app.qr.onboarding_errors import DamageKind, OnboardingCodeError
from app.qr.zwave import ZWaveCode

ACME = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
ACME_S2 = "900032782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
OSCORP = ("9001346230075152535455414243444531323334352122232425001016387007680220655210100000017002880642002122232425"
          "414243444511121314153132333435")
DSK = "51525-35455-41424-34445-31323-33435-21222-32425"


def test_acme_light_dimmer() -> None:
    code = zwave.parse(ACME)
    assert (code.version, code.kind, code.dsk, code.pin) == (1, "SmartStart", DSK, "51525")
    assert code.key_names == ("S2 Unauthenticated", "S2 Authenticated")
    assert (code.generic_device_class, code.specific_device_class, code.installer_icon_type) == (0x11, 0x01, 0x0601)
    assert (code.manufacturer_id, code.product_type, code.product_id, code.application_version) == (
        0xFFF0, 0x0064, 0x0003, "2.66")
    assert code.uuid is None and code.supported_protocols is None
    assert zwave.encode(code) == ACME


def test_acme_without_smartstart_and_surrounding_whitespace() -> None:
    code = zwave.parse("\t" + ACME_S2 + "  ")
    assert (code.version, code.kind, code.pin) == (0, "S2", "51525")
    assert zwave.encode(code) == ACME_S2


def test_oscorp_door_lock_with_uuid() -> None:
    code = zwave.parse(OSCORP)
    assert code.key_names == ("S2 Unauthenticated", "S2 Authenticated", "S2 Access Control")
    assert code.uuid == "52e67ea9a1d0868d2b717ab77a5b829b"
    assert (code.generic_device_class, code.specific_device_class, code.installer_icon_type) == (0x40, 0x03, 0x0300)
    assert (code.manufacturer_id, code.product_type, code.product_id, code.application_version) == (
        0xFFF1, 0x03E8, 0x0011, "1.32")
    assert zwave.encode(code) == OSCORP


def test_generated_codes_round_trip_with_every_block() -> None:
    code = dataclasses.replace(zwave.parse(ACME), max_inclusion_request_interval=128 * 5, supported_protocols=3,
                               other_blocks=((20, "1234"),), dsk="00001-65535-00000-12345-54321-00002-00003-00004")
    text = zwave.encode(code)
    assert zwave.parse(text) == code
    assert zwave.parse(text).protocol_names == ("Z-Wave", "Z-Wave Long Range")


def dummy(first_digits: str) -> str:
    return first_digits + "0" * (52 - len(first_digits))


@pytest.mark.parametrize(("text", "kind"), [
    (dummy("90ab"), DamageKind.CHARACTER),  # contains non-digits
    (dummy("1100"), DamageKind.STRUCTURE),  # does not start with 90
    ("900012345001", DamageKind.LENGTH),  # too short
    ("900199999003090360850151462432730701509765221393752300100179303072022000881000020000900257",
     DamageKind.CHECKSUM),  # incorrect checksum
    (ACME[:-1] + "9", DamageKind.CHECKSUM),
    (ACME[:30] + ACME[31] + ACME[30] + ACME[32:], DamageKind.CHECKSUM),  # two DSK digits swapped
])
def test_zwave_js_refused_cases(text: str, kind: DamageKind) -> None:
    with pytest.raises(OnboardingCodeError) as caught:
        zwave.parse(text)
    assert caught.value.kind is kind
    assert str(caught.value).startswith("Z-Wave QR code: ")


def with_rest(rest: str, version: str = "01") -> str:
    return f"90{version}{zwave.checksum_of(rest):05d}{rest}"


def test_structural_damage_names_why() -> None:
    head = ACME[9:9 + 43]  # keys and DSK
    cases = {
        "the required product ID block is missing": head + "0010" + "0435301537",
        "the required product type block is missing": head + "0220" + "65520001000000300578",
        "cut short": head + "0010" + "04353",
        "critical TLV block of unknown type 20": head + "0010043530153702206552000100000030057841040000",
        "not 10": head + "00090435301530220" + "65520001000000300578",
    }
    for words, rest in cases.items():
        with pytest.raises(OnboardingCodeError) as caught:
            zwave.parse(with_rest(rest))
        assert words in str(caught.value), words
    with pytest.raises(OnboardingCodeError) as caught:
        zwave.parse(with_rest(ACME[9:], version="02"))
    assert caught.value.kind is DamageKind.VERSION
    over = ACME[9:12] + "70000" + ACME[17:]
    with pytest.raises(OnboardingCodeError) as caught:
        zwave.parse(with_rest(over))
    assert caught.value.kind is DamageKind.VALUE and "70000" not in str(caught.value)


def test_the_dsk_stays_out_of_repr_summary_and_errors() -> None:
    code = zwave.parse(ACME)
    for text in (repr(code), code.summary(), code.masked_text()):
        assert "51525" not in text and "35455" not in text
    assert isinstance(read_third_party(ACME), ZWaveCode)
    assert read_third_party("900012345001") is None  # not the shape of a Z-Wave code: an SN for the scanner
