"""Matter setup payloads: base-38, the `MT:` QR payload, the manual pairing code.

Test vectors come from connectedhomeip (https://github.com/project-chip/connectedhomeip):
- src/setup_payload/tests/TestQRCode.cpp (TestBase38, TestPayloadByteArrayRep, TestParseMultiplePayloads,
  TestInvalidQRCodePayload_*, TestPopulatePayloadsMarginalValues)
- src/setup_payload/tests/TestHelpers.h (kDefaultPayloadQRCode, kConcatenatedQRCode, GetDefaultPayload)
- src/setup_payload/tests/TestManualCode.cpp (TestDecimalRepresentation_*, TestPayloadParser_*)
- src/setup_payload/tests/run_python_setup_payload_test.py (test_onboardingcode_parsing: codes checked with
  chip-tool's `payload parse-setup-payload`)
"""

from __future__ import annotations

import pytest

from app.qr import base38, matter
from app.qr.matter import CommissioningFlow, MatterPayload
from app.qr.matter_tlv import TlvElement
from app.qr.onboarding import read_third_party
from app.qr.onboarding_errors import DamageKind, OnboardingCodeError
from app.qr.verhoeff import check_digit

# TestHelpers.h: GetDefaultPayload() and its QR text
DEFAULT_QR = "MT:M5L90MP500K64J00000"
CONCATENATED_QR = "MT:M5L90MP500K64J00000*M5L90U.D010K4J00000*M5L900CM02IX4J00000*M5L908OU03-85J00000"


def default_payload(**changes: object) -> MatterPayload:
    values: dict[str, object] = {"source": "qr", "version": 0, "vendor_id": 12, "product_id": 1,
                                 "flow": CommissioningFlow.STANDARD, "discovery": 0x01, "discriminator": 128,
                                 "short_discriminator": False, "passcode": 2048}
    values.update(changes)
    return MatterPayload(**values)  # type: ignore[arg-type]


# -- base-38 (TestQRCode.cpp, TestBase38) ------------------------------------------------------------------

@pytest.mark.parametrize(("data", "text"), [
    (b"", ""), (bytes([10]), "A0"), (bytes([10, 10]), "OT10"), (bytes([10, 10, 10]), "-N.B0"),
    (bytes([10, 10, 0]), "OT100"), (bytes([10, 10, 40]), "Y6V91"), (bytes([10, 10, 41]), "KL0B1"),
    (bytes([10, 10, 255]), "Q-M08"), (bytes([35]), "Z0"), (bytes([255, 0]), "R600"), (bytes([46, 0, 0]), "81000"),
    (bytes([255]), "R6"), (bytes([255, 255]), "NE71"), (bytes([255, 255, 255]), "PLS18"),
    (b"Hello World!", "KKHF3W2S013OPM3EJX11"), (bytes([0, 1]), "S600"), (bytes([0, 0, 1]), "OE710"),
])
def test_base38_vectors_both_ways(data: bytes, text: str) -> None:
    assert base38.encode(data) == text
    assert base38.decode(text) == data


@pytest.mark.parametrize(("text", "kind"), [
    ("0\x01", "character"), ("[0", "character"), (" 0", "character"), ("*0", "character"), ("@0", "character"),
    ("S6", "value"), ("OE71", "value"), ("QLS18", "value"), ("A", "length"), ("A00", "length"),
])
def test_base38_refuses_what_connectedhomeip_refuses(text: str, kind: str) -> None:
    with pytest.raises(base38.Base38Error) as caught:
        base38.decode(text)
    assert caught.value.kind == kind


# -- QR payload ----------------------------------------------------------------------------------------------

def test_default_payload_vector_both_ways() -> None:
    code = matter.parse_qr(DEFAULT_QR)
    assert code.payloads == (default_payload(),)
    assert matter.encode_qr([default_payload()]) == DEFAULT_QR


def test_bit_layout_of_the_default_payload() -> None:
    # TestPayloadByteArrayRep: padding, passcode, discriminator, discovery, flow, product, vendor, version
    expected = " 0000 000000000000000100000000000 000010000000 00000001 00 0000000000000001 0000000000001100 000"
    data = base38.decode(DEFAULT_QR[3:])
    bits = "".join(format(byte, "08b") for byte in reversed(data))
    widths = (4, 27, 12, 8, 2, 16, 16, 3)
    fields, position = [], 0
    for width in widths:
        fields.append(bits[position:position + width])
        position += width
    assert " " + " ".join(fields) == expected


def test_concatenated_payloads() -> None:
    code = matter.parse_qr(CONCATENATED_QR)
    expected = tuple(default_payload(discriminator=128 + i, passcode=2048 + i) for i in range(4))
    assert code.payloads == expected
    assert matter.encode_qr(expected) == CONCATENATED_QR


# run_python_setup_payload_test.py, test_onboardingcode_parsing (QR codes)
@pytest.mark.parametrize(("text", "discriminator", "passcode", "discovery", "flow", "vid", "pid"), [
    ("MT:U9VJ0OMV172PX813210", 3431, 49910688, 2, 0, 4891, 2),
    ("MT:00000CQM00KA0648G00", 3840, 20202021, 4, 0, 0, 0),
    ("MT:A3L90ARR15G6N57Y900", 3781, 12349876, 4, 1, 1, 1),
    ("MT:MZWA6G6026O2XP0II00", 2310, 23005908, 4, 2, 65523, 32920),
    ("MT:KSNK4M5113-JPR4UY00", 3091, 43338551, 2, 2, 4387, 18),
    ("MT:0A.T0P--00Y0OJ0.510", 80, 54757432, 6, 2, 9029, 4131),
    ("MT:EPX0482F26DAVY09R10", 174, 81235604, 7, 1, 69, 16),
])
def test_chip_tool_checked_qr_codes(text: str, discriminator: int, passcode: int, discovery: int, flow: int,
                                    vid: int, pid: int) -> None:
    (payload,) = matter.parse_qr(text).payloads
    assert (payload.discriminator, payload.passcode, payload.discovery, int(payload.flow), payload.vendor_id,
            payload.product_id) == (discriminator, passcode, discovery, flow, vid, pid)
    assert matter.encode_qr([payload]) == text


def test_serial_number_and_vendor_data_round_trip() -> None:
    # TestHelpers.h: GetDefaultPayloadWithOptionalDefaults (serial "123456789", vendor tags 0x82 and 0x83)
    payload = default_payload(serial_number="123456789",
                              vendor_data=(TlvElement(0x82, "myData"), TlvElement(0x83, 12)))
    text = matter.encode_qr([payload])
    assert len(text) > len(DEFAULT_QR)
    assert matter.parse_qr(text).payloads == (payload,)
    assert matter.parse_qr(text).serial_number == "123456789"


@pytest.mark.parametrize(("text", "kind", "words"), [
    # TestInvalidQRCodePayload_WrongCharacterSet puts a space last; surrounding space is stripped here (a USB
    # scanner's Enter), so the space goes inside
    ("MT:M5L90MP5 0K64J00000", DamageKind.CHARACTER, "not base-38"),
    (DEFAULT_QR[:-1], DamageKind.LENGTH, "whole number of bytes"),  # TestInvalidQRCodePayload_WrongLength
    ("MT:M5L90MP500", DamageKind.LENGTH, "at least 19"),
    ("MT:M5L90MP500K64J", DamageKind.VALUE, "out of range"),
    ("MT:", DamageKind.LENGTH, "empty payload"),
    ("MT:M5L90MP500K64J00000*", DamageKind.LENGTH, "payload 2 of 2: empty"),
    ("MT:M5L90MP500W-GT68D20", DamageKind.VALUE, "passcode"),  # TestPopulatePayloadsMarginalValues: 111111111
    ("MT:M5L90MP500K64J00000*M5L90MP500W-GT68D20", DamageKind.VALUE, "payload 2 of 2"),
    ("MT:m5l90mp500k64j00000", DamageKind.CHARACTER, "not base-38"),
])
def test_damaged_qr_codes_name_why(text: str, kind: DamageKind, words: str) -> None:
    with pytest.raises(OnboardingCodeError) as caught:
        matter.parse_qr(text)
    assert caught.value.kind is kind
    assert words in str(caught.value)
    assert "Matter QR code" in str(caught.value)


def test_other_version_and_damaged_tlv_are_refused() -> None:
    with pytest.raises(OnboardingCodeError) as caught:
        matter.parse_qr(matter.encode_qr([default_payload(version=1)]))
    assert caught.value.kind is DamageKind.VERSION
    base = base38.decode(DEFAULT_QR[3:])
    cut = "MT:" + base38.encode(base + bytes([0x15, 0x2C, 0x00, 0x09]) + b"1234")  # string of 9 bytes, 4 there
    with pytest.raises(OnboardingCodeError) as caught:
        matter.parse_qr(cut)
    assert caught.value.kind is DamageKind.STRUCTURE


def test_no_secret_in_repr_summary_or_errors() -> None:
    code = matter.parse_qr("MT:00000CQM00KA0648G00")
    assert "20202021" not in repr(code) and "20202021" not in code.summary()
    assert "20202021" not in code.masked_text()
    with pytest.raises(OnboardingCodeError) as caught:
        matter.parse_manual("34970112333")
    assert "3497" not in str(caught.value)


# -- manual pairing code ---------------------------------------------------------------------------------

def with_check(body: str) -> str:
    return body + check_digit(body)


@pytest.mark.parametrize(("passcode", "discriminator", "vid", "pid", "body"), [
    # TestManualCode.cpp: TestDecimalRepresentation_* (PartialPayload, FullPayloadWithZeros, ...WithoutZeros, AllOnes)
    (123456780, 2560, None, None, "2361087535"),
    (123456780, 2560, 1, 1, "63610875350000100001"),
    (123456780, 2560, 45367, 14526, "63610875354536714526"),
    (0x7FFFFFF, 0xFFF, 65535, 65535, "76553581916553565535"),
])
def test_manual_code_generation_vectors(passcode: int, discriminator: int, vid: int | None, pid: int | None,
                                        body: str) -> None:
    assert matter.encode_manual(passcode, discriminator, vendor_id=vid, product_id=pid) == with_check(body)


# TestManualCode.cpp, TestPayloadParser_FullPayload / _PartialPayload (body + computed check digit)
@pytest.mark.parametrize(("body", "passcode", "short", "vid", "pid"), [
    ("63610875354536714526", 123456780, 0xA, 45367, 14526),
    ("52927623630456200032", 38728284, 0x5, 4562, 32),
    ("2361087535", 123456780, 0xA, None, None),
    ("0000010000", 1, 0, None, None),
    ("63610875350000000000", 123456780, 0xA, 0, 0),
])
def test_manual_code_parse_vectors(body: str, passcode: int, short: int, vid: int | None, pid: int | None) -> None:
    # 123456780 is above 99999998: the C++ parser reads it, this station refuses it as not a valid passcode
    if passcode > matter.MAX_PASSCODE:
        with pytest.raises(OnboardingCodeError) as caught:
            matter.parse_manual(with_check(body))
        assert caught.value.kind is DamageKind.VALUE
        return
    (payload,) = matter.parse_manual(with_check(body)).payloads
    assert (payload.passcode, payload.discriminator, payload.vendor_id, payload.product_id) == (passcode, short,
                                                                                                  vid, pid)
    assert payload.short_discriminator


# run_python_setup_payload_test.py, test_onboardingcode_parsing (manual codes, as chip-tool reads them)
@pytest.mark.parametrize(("code", "passcode", "short", "flow", "vid", "pid"), [
    ("34970112332", 20202021, 15, 0, None, None),
    ("745492075300001000013", 12349876, 14, 2, 1, 1),
    ("619156140465523329207", 23005908, 9, 2, 65523, 32920),
    ("702871264504387000187", 43338551, 12, 2, 4387, 18),
    ("402104334209029041311", 54757432, 0, 2, 9029, 4131),
    ("403732495800069000166", 81235604, 0, 2, 69, 16),
])
def test_chip_tool_checked_manual_codes_both_ways(code: str, passcode: int, short: int, flow: int, vid: int | None,
                                                  pid: int | None) -> None:
    (payload,) = matter.parse_manual(code).payloads
    assert (payload.passcode, payload.discriminator, int(payload.flow), payload.vendor_id, payload.product_id) == (
        passcode, short, flow, vid, pid)
    assert matter.encode_manual(passcode, short, vendor_id=vid, product_id=pid, long_discriminator=False) == code
    assert matter.parse_manual(matter.format_manual(code)).payloads == (payload,)


@pytest.mark.parametrize(("text", "kind"), [
    ("02684354589", DamageKind.CHECK_DIGIT),  # TestPayloadParser_InvalidEntry: wrong check digit
    ("34970112333", DamageKind.CHECK_DIGIT),
    ("3497-011-2323", DamageKind.CHECK_DIGIT),  # two digits swapped
    (with_check("2456"), DamageKind.LENGTH),  # too short
    (with_check("123456789123456785671"), DamageKind.LENGTH),  # too long for a long code
    (with_check("23456789123456785610"), DamageKind.LENGTH),  # short-code bit but long-code length
    (with_check("2327680000"), DamageKind.VALUE),  # passcode 0
    ("2418A-2196-1", DamageKind.CHARACTER),
])
def test_damaged_manual_codes_name_why(text: str, kind: DamageKind) -> None:
    with pytest.raises(OnboardingCodeError) as caught:
        matter.parse_manual(text)
    assert caught.value.kind is kind
    assert "Matter manual pairing code" in str(caught.value)


def test_manual_code_and_qr_code_of_the_same_device_agree() -> None:
    # run_python_setup_payload_test.py: 3840 / 20202021 is MT:00000CQM00KA0648G00 and 34970112332
    (qr,) = matter.parse_qr("MT:00000CQM00KA0648G00").payloads
    assert matter.encode_manual(qr.passcode, qr.discriminator) == "34970112332"


def test_which_texts_are_read_as_matter() -> None:
    assert read_third_party(DEFAULT_QR) is not None
    assert read_third_party("34970112332") is None  # a scanner's bare 11 digits: maybe an SN
    assert read_third_party("34970112332", typed=True) is not None
    assert read_third_party("3497-011-2332") is not None  # as printed on a box
    assert read_third_party("SN-000777") is None
