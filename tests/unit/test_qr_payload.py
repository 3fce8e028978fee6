"""The signed label payload: round trip, escaping, plain codes, malformed and tampered payloads, QR size."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest
import zxingcpp

from app.domain.errors import InputError, SignatureError
from app.qr.manual_code import format_manual_code, manual_code_for
from app.qr.payload import PAYLOAD_VERSION, encode_payload, parse_payload, verify_payload
from app.security.signing import SigningKey, VerifyingKey

DOC = Path(__file__).resolve().parents[2] / "docs" / "qr-payload.md"
KEY = SigningKey.from_raw(bytes(range(32)))
KEYS = {KEY.key_id: KEY.verifying_key}


def qr_version(text: str) -> int:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = np.asarray(barcode.to_image(add_quiet_zones=False)).shape[0]
    return (modules - 17) // 4


def test_round_trip_keeps_every_field_and_verifies() -> None:
    text = encode_payload(group_id="GK7M2P9QX4RT", sn="SN-000777", batch="LOT-1", signing_key=KEY)
    payload = parse_payload(text)
    assert payload is not None
    assert (payload.version, payload.group_id, payload.sn, payload.batch, payload.key_id) == (
        PAYLOAD_VERSION, "GK7M2P9QX4RT", "SN-000777", "LOT-1", KEY.key_id)
    assert "SN-000777" in text
    assert payload.text == text
    assert verify_payload(payload, KEYS)


def test_no_batch_round_trips_as_none() -> None:
    payload = parse_payload(encode_payload(group_id="G1", sn="A1", batch=None, signing_key=KEY))
    assert payload is not None and payload.batch is None and verify_payload(payload, KEYS)


@pytest.mark.parametrize("sn", ["sn-lower.case_01", "A*B", "50%OFF", "x/y:z+$", "~!\"#&'()<>?@[\\]^`{|}"])
def test_sns_outside_the_alphanumeric_set_round_trip(sn: str) -> None:
    text = encode_payload(group_id="G2", sn=sn, batch="b*%", signing_key=KEY)
    payload = parse_payload(text)
    assert payload is not None and payload.sn == sn and payload.batch == "b*%"
    assert verify_payload(payload, KEYS)
    if "*" not in sn and "%" not in sn:
        assert sn in text  # literal, readable


def test_plain_codes_are_not_ours() -> None:
    assert parse_payload("SN-000777") is None
    assert parse_payload("https://example.com/x") is None
    assert parse_payload("") is None


@pytest.mark.parametrize("text", [
    "DPS2:G*SN*B*ABCD*" + "1" * 155,          # unknown version
    "DPS1:G*SN*B*ABCD",                        # field missing
    "DPS1:G*SN*B*ABCD*123",                    # short signature
    "DPS1:G*SN*B*abcd*" + "1" * 155,           # key id not upper hex
    "DPS1:G*S%2*B*ABCD*" + "1" * 155,          # bad escape
    "DPS1:G*S%41*B*ABCD*" + "1" * 155,         # non-canonical escape
    "DPS1:G**B*ABCD*" + "1" * 155,             # empty SN
    "DPS1:G*SN*B*ABCD*" + "9" * 155,           # signature above 2^512
    "DPS1:G*SNé*B*ABCD*" + "1" * 155,          # non-ASCII
])
def test_malformed_payloads_raise_signature_error(text: str) -> None:
    with pytest.raises(SignatureError, match="payload"):
        parse_payload(text)


def test_tampered_sn_fails_verification() -> None:
    text = encode_payload(group_id="GK7M2P9QX4RT", sn="SN-000777", batch="LOT-1", signing_key=KEY)
    payload = parse_payload(text)
    assert payload is not None
    altered = text.replace("SN-000777", "SN-000778", 1)
    tampered = parse_payload(altered)
    assert tampered is not None and tampered.sn == "SN-000778"
    assert not verify_payload(tampered, KEYS)
    # every single-character change of the signed part fails too
    for i in range(len(payload.signed_bytes) - 1):
        ch = altered[i]
        other = "Q" if ch != "Q" else "R"
        try:
            changed = parse_payload(text[:i] + other + text[i + 1:])
        except SignatureError:
            continue
        assert changed is None or not verify_payload(changed, KEYS)


def test_unknown_key_and_wrong_key_fail() -> None:
    other = SigningKey.generate()
    payload = parse_payload(encode_payload(group_id="G3", sn="SN1", batch=None, signing_key=other))
    assert payload is not None
    assert not verify_payload(payload, KEYS)
    impostor = {other.key_id: KEY.verifying_key}
    assert not verify_payload(payload, impostor)


def test_worst_case_sizes_fit_version_10_level_m() -> None:
    rng = random.Random(7)
    printable = [chr(c) for c in range(0x21, 0x7F) if chr(c) not in "%*"]
    cases = [("G" * 32, "Z" * 64, "L" * 60), ("G" * 32, "a" * 64, "l" * 30),
             ("G" * 32, "".join(rng.choice(printable) for _ in range(64)), "b" * 30)]
    for group_id, sn, batch in cases:
        text = encode_payload(group_id=group_id, sn=sn, batch=batch, signing_key=KEY)
        assert qr_version(text) <= 10, (sn, batch)
    typical = encode_payload(group_id="GK7M2P9QX4RT", sn="SN-000777", batch="LOT-1", signing_key=KEY)
    assert qr_version(typical) <= 6


def test_too_long_payload_is_refused() -> None:
    with pytest.raises(InputError, match="too long for a QR code of version 10"):
        encode_payload(group_id="g" * 32, sn="s" * 64, batch="b" * 64, signing_key=KEY)


def test_documented_example_parses_and_verifies_with_the_documented_key() -> None:
    doc = DOC.read_text(encoding="utf-8")
    example = re.search(r"<!-- example-payload -->\s*```\s*(\S+)\s*```", doc)
    public = re.search(r"public key \(hex\): `([0-9a-f]{64})`", doc)
    key_id = re.search(r"key id: .*-> `([0-9A-F]{4})`", doc)
    assert example and public and key_id
    verifying = VerifyingKey(bytes.fromhex(public.group(1)))
    assert verifying.key_id == key_id.group(1)
    payload = parse_payload(example.group(1))
    assert payload is not None
    assert verify_payload(payload, {verifying.key_id: verifying})
    assert (payload.group_id, payload.sn, payload.batch) == ("GK7M2P9QX4RT", "SN-000777", "LOT-2026-11")
    # the documented seed reproduces the documented text (Ed25519 is deterministic)
    assert encode_payload(group_id=payload.group_id, sn=payload.sn, batch=payload.batch,
                          signing_key=KEY) == example.group(1)
    assert qr_version(example.group(1)) == 6
    manual = format_manual_code(manual_code_for(payload.group_id, payload.sn))
    assert f"`{manual}`" in doc
