"""Matter and Z-Wave codes in a scan session: their own outcomes, damaged ones refused, no secret shown."""

from __future__ import annotations

import json
from collections.abc import Mapping

import pytest

from app.qr.manual_code import format_manual_code, manual_code_for
from app.scan.outcomes import (
    SEVERITY,
    Feedback,
    KnownDevice,
    Origin,
    ScanOutcome,
    feedback_for,
)
from app.scan.session import ScanSession
from app.scan.thirdparty import secret_of
from app.scan.wedge import EntryKind, WedgeEntry
from app.security.signing import VerifyingKey

GROUP = "GA000001"
CAMERA = Origin("camera 0", frame=3, decoder="zxing-cpp")
# vectors: connectedhomeip src/setup_payload/tests/run_python_setup_payload_test.py (3840 / 20202021),
# zwave-js packages/core/src/qr/parse.test.ts ("Acme Light Dimmer")
MATTER_QR = "MT:00000CQM00KA0648G00"
MATTER_MANUAL = "34970112332"
ZWAVE = "900132782003515253545541424344453132333435212223242500100435301537022065520001000000300578"
SECRETS = ("20202021", "51525", "35455-41424")


class Directory:
    def __init__(self, devices: list[KnownDevice]) -> None:
        self.devices = devices

    def find_by_sn(self, sn: str, group_id: str | None) -> list[KnownDevice]:
        return [d for d in self.devices if d.sn == sn and group_id in (None, d.group_id)]

    def find_by_manual_code(self, code: str) -> list[KnownDevice]:
        return [d for d in self.devices if manual_code_for(d.group_id, d.sn) == code]

    def verifying_keys(self) -> Mapping[str, VerifyingKey]:
        return {}


@pytest.fixture
def session() -> ScanSession:
    return ScanSession(Directory([KnownDevice("SN-000777", "pumps-a", GROUP, None, "labelled"),
                                  KnownDevice("12345678903", "pumps-a", GROUP, None, "labelled")]))


def typed(text: str) -> WedgeEntry:
    return WedgeEntry(text, EntryKind.TYPED)


def scanner(text: str) -> WedgeEntry:
    return WedgeEntry(text, EntryKind.SCANNER)


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, text


def test_matter_qr_from_the_camera(session: ScanSession) -> None:
    result = session.classify(MATTER_QR, CAMERA)
    assert result.outcome is ScanOutcome.MATTER and feedback_for(result.outcome) is Feedback.THIRD_PARTY
    assert "Matter QR code" in result.message and "discriminator 3840" in result.message
    assert "passcode hidden" in result.message
    assert result.sn is None and result.device is None and not result.accepted
    assert result.third_party is not None and secret_of(result.third_party) == "20202021"
    printed = json.dumps(result.as_dict(), ensure_ascii=False)
    assert result.as_dict()["third_party"]["payloads"][0]["discriminator"] == 3840  # type: ignore[index]
    assert_no_secret(printed, repr(result), result.message, result.shown_text)


def test_zwave_from_a_usb_scanner(session: ScanSession) -> None:
    result = session.enter(scanner(ZWAVE))
    assert result.outcome is ScanOutcome.ZWAVE and result.source == "scanner"
    assert "manufacturer ID 0xFFF0" in result.message and "product ID 0x0003" in result.message
    assert "DSK PIN hidden" in result.message
    assert result.third_party is not None and secret_of(result.third_party) == "51525"
    assert_no_secret(json.dumps(result.as_dict()), repr(result), result.message, result.shown_text)


@pytest.mark.parametrize("text", [MATTER_MANUAL, "3497-011-2332", " 3497 011 2332 "])
def test_typed_matter_manual_code(session: ScanSession, text: str) -> None:
    result = session.enter(typed(text))
    assert result.outcome is ScanOutcome.MATTER and result.source == "keyboard"
    assert "Matter manual pairing code" in result.message and "discriminator 15 (short)" in result.message
    assert_no_secret(json.dumps(result.as_dict()), repr(result))


def test_bare_eleven_digits_from_a_scanner_stay_a_serial_number(session: ScanSession) -> None:
    assert session.enter(scanner(MATTER_MANUAL)).outcome is ScanOutcome.UNSIGNED
    assert session.enter(scanner("3497-011-2332")).outcome is ScanOutcome.MATTER  # printed grouping


def test_a_typed_registered_sn_of_eleven_digits_is_the_device(session: ScanSession) -> None:
    result = session.enter(typed("12345678903"))
    assert result.outcome is ScanOutcome.UNSIGNED and result.sn == "12345678903"


@pytest.mark.parametrize(("text", "how", "why"), [
    (ZWAVE[:-1] + "9", "camera", "Z-Wave QR code: its checksum does not match"),
    (ZWAVE[:12] + ZWAVE[13] + ZWAVE[12] + ZWAVE[14:], "scanner", "checksum"),  # two DSK digits swapped
    ("MT:00000CQM00KA0648G0", "camera", "Matter QR code"),
    ("MT:00000CQM00KA0648 00", "scanner", "not base-38"),
    ("3497-011-2333", "typed", "wrong check digit"),
    ("3497-011-2332-00001-00001-1", "typed", "Matter manual pairing code"),
])
def test_damaged_codes_are_refused_naming_why(session: ScanSession, text: str, how: str, why: str) -> None:
    if how == "camera":
        result = session.classify(text, CAMERA)
    else:
        result = session.enter(typed(text) if how == "typed" else scanner(text))
    assert result.outcome is ScanOutcome.DAMAGED_CODE and feedback_for(result.outcome) is Feedback.ERROR
    assert why in result.message and result.message.startswith("damaged ")
    assert result.third_party is None and text.strip() not in json.dumps(result.as_dict())
    assert "hidden" in result.shown_text


def test_eleven_typed_digits_without_matters_grouping_may_be_a_station_code_missing_a_digit(
        session: ScanSession) -> None:
    ours = format_manual_code(manual_code_for(GROUP, "SN-000777"))
    result = session.enter(typed(ours[:-1]))
    assert result.outcome is ScanOutcome.BAD_MANUAL_CODE
    assert "neither a manual code of this station (12 digits) nor a valid Matter manual pairing code" in result.message
    assert session.enter(typed(ours)).outcome is ScanOutcome.MANUAL


def test_severity_places_third_party_between_good_and_warning() -> None:
    assert SEVERITY.index(ScanOutcome.MANUAL) < SEVERITY.index(ScanOutcome.MATTER) < SEVERITY.index(
        ScanOutcome.UNSIGNED)
    assert SEVERITY.index(ScanOutcome.RETIRED) < SEVERITY.index(ScanOutcome.DAMAGED_CODE) < SEVERITY.index(
        ScanOutcome.FORGED)
