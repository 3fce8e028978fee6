"""Scan outcomes against an in-memory device directory: signed, forged, altered, unsigned, manual, duplicate."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from scan_synth import make_frame

from app.qr.manual_code import format_manual_code, manual_code_for
from app.qr.payload import encode_payload
from app.scan.decoders import decode_image
from app.scan.outcomes import Feedback, KnownDevice, Origin, ScanOutcome, feedback_for
from app.scan.session import ScanSession
from app.scan.wedge import EntryKind, WedgeEntry
from app.security.signing import SigningKey, VerifyingKey

GROUP_A, GROUP_B = "GA000001", "GB000002"
CAMERA = Origin("camera 0", frame=12, decoder="zxing-cpp")


class Directory:
    def __init__(self, devices: list[KnownDevice], keys: Mapping[str, VerifyingKey]) -> None:
        self.devices = devices
        self.keys = keys
        self.calls = 0

    def find_by_sn(self, sn: str, group_id: str | None) -> list[KnownDevice]:
        self.calls += 1
        return [d for d in self.devices if d.sn == sn and group_id in (None, d.group_id)]

    def find_by_manual_code(self, code: str) -> list[KnownDevice]:
        return [d for d in self.devices if manual_code_for(d.group_id, d.sn) == code]

    def verifying_keys(self) -> Mapping[str, VerifyingKey]:
        return self.keys


@pytest.fixture(scope="module")
def org_key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def directory(org_key: SigningKey) -> Directory:
    return Directory([
        KnownDevice("SN-000777", "pumps-a", GROUP_A, "LOT-1", "labelled"),
        KnownDevice("SN-000778", "pumps-a", GROUP_A, "LOT-1", "registered"),
        KnownDevice("SN-ACTIVE", "pumps-a", GROUP_A, None, "connected"),
        KnownDevice("SN-OFF", "pumps-a", GROUP_A, None, "disabled"),
        KnownDevice("SN-OLD", "pumps-a", GROUP_A, None, "replaced"),
        KnownDevice("SN-B1", "pumps-b", GROUP_B, "LOT-9", "labelled"),
    ], {org_key.key_id: org_key.verifying_key})


@pytest.fixture
def session(directory: Directory) -> ScanSession:
    return ScanSession(directory, group_name="pumps-a", group_id=GROUP_A)


def label(org_key: SigningKey, sn: str, group_id: str = GROUP_A, batch: str | None = "LOT-1") -> str:
    return encode_payload(group_id=group_id, sn=sn, batch=batch, signing_key=org_key)


def test_genuine_label_of_a_known_device_is_ok(session: ScanSession, org_key: SigningKey) -> None:
    result = session.classify(label(org_key, "SN-000777"), CAMERA)
    assert result.outcome is ScanOutcome.OK and result.accepted
    assert (result.sn, result.group, result.verified, result.batch) == ("SN-000777", "pumps-a", True, "LOT-1")
    assert result.device == KnownDevice("SN-000777", "pumps-a", GROUP_A, "LOT-1", "labelled")
    assert (result.source, result.frame, result.file) == ("camera 0", 12, None)
    assert "ready to onboard" in result.message
    assert feedback_for(result.outcome) is Feedback.GOOD


def test_label_signed_by_another_key_is_forged(session: ScanSession) -> None:
    forger = SigningKey.generate()
    result = session.classify(label(forger, "SN-000777"), CAMERA)
    assert result.outcome is ScanOutcome.FORGED and result.verified is False and not result.accepted
    assert result.device is None and "forged" in result.message
    assert feedback_for(result.outcome) is Feedback.ERROR


def test_label_with_one_sn_character_changed_is_forged(session: ScanSession, org_key: SigningKey) -> None:
    genuine = label(org_key, "SN-000777")
    assert "SN-000777" in genuine, "the SN is a readable literal of the payload"
    altered = genuine.replace("SN-000777", "SN-000778", 1)  # SN-000778 exists: the forgery would pass a lookup
    # as a user would see it: the altered text printed as a new QR code and scanned
    frame = make_frame(31, texts=[altered], distortions=["perspective"])
    [detection] = decode_image(frame.image)
    assert detection.text == altered
    result = session.classify(detection.text, CAMERA)
    assert result.outcome is ScanOutcome.FORGED and result.verified is False
    assert result.device is None
    assert session.classify(genuine, CAMERA).outcome is ScanOutcome.OK, "the forgery did not mark the device seen"


def test_broken_payload_with_our_prefix_is_forged(session: ScanSession, org_key: SigningKey) -> None:
    genuine = label(org_key, "SN-000777")
    result = session.classify(genuine[: len(genuine) // 2], CAMERA)
    assert result.outcome is ScanOutcome.FORGED and result.verified is False


def test_states_and_groups(session: ScanSession, org_key: SigningKey) -> None:
    outcomes = {sn: session.classify(label(org_key, sn, group_id=group), CAMERA)
                for sn, group in [("SN-ACTIVE", GROUP_A), ("SN-OFF", GROUP_A), ("SN-OLD", GROUP_A),
                                  ("SN-B1", GROUP_B), ("SN-NEW", GROUP_A)]}
    assert outcomes["SN-ACTIVE"].outcome is ScanOutcome.ALREADY_ACTIVE
    assert outcomes["SN-OFF"].outcome is ScanOutcome.DISABLED
    assert outcomes["SN-OLD"].outcome is ScanOutcome.RETIRED
    assert outcomes["SN-B1"].outcome is ScanOutcome.OTHER_GROUP and outcomes["SN-B1"].group == "pumps-b"
    assert outcomes["SN-NEW"].outcome is ScanOutcome.UNKNOWN and outcomes["SN-NEW"].verified is True
    assert all(not r.accepted for r in outcomes.values())


def test_same_device_twice_in_a_session_is_a_duplicate(session: ScanSession, org_key: SigningKey) -> None:
    first = session.classify(label(org_key, "SN-000777"), CAMERA)
    again = session.classify(label(org_key, "SN-000777"), Origin("camera 0", frame=80))
    plain = session.classify("SN-000777", Origin("scanner"))
    assert (first.outcome, again.outcome, plain.outcome) == (ScanOutcome.OK, ScanOutcome.DUPLICATE,
                                                             ScanOutcome.DUPLICATE)
    assert len(session.results) == 3
    session.forget()
    assert session.classify(label(org_key, "SN-000777"), CAMERA).outcome is ScanOutcome.OK


def test_unsigned_codes_report_known_and_unknown_sns(session: ScanSession) -> None:
    known = session.classify("SN-B1", Origin("scanner"))
    unknown = session.classify("THIRD-PARTY-99", Origin("scanner"))
    assert known.outcome is unknown.outcome is ScanOutcome.UNSIGNED
    assert known.verified is None and known.group == "pumps-b" and known.device is not None
    assert "not verified" in known.message
    assert unknown.device is None and unknown.sn == "THIRD-PARTY-99" and "no device" in unknown.message
    url = session.classify("https://example.com/some page", Origin("image", file="x.png"))
    assert url.outcome is ScanOutcome.UNSIGNED and url.sn is None and "not a serial number" in url.message


def test_manual_codes_typed_by_hand(session: ScanSession) -> None:
    code = manual_code_for(GROUP_A, "SN-000777")
    good = session.enter(WedgeEntry(format_manual_code(code), EntryKind.TYPED))
    assert good.outcome is ScanOutcome.MANUAL and good.sn == "SN-000777" and good.verified is None
    assert good.source == "keyboard" and good.accepted
    wrong_digit = code[:-1] + str((int(code[-1]) + 1) % 10)
    bad = session.enter(WedgeEntry(wrong_digit, EntryKind.TYPED))
    assert bad.outcome is ScanOutcome.BAD_MANUAL_CODE and "check digit" in bad.message
    short = session.enter(WedgeEntry("1234-5678-901", EntryKind.TYPED))
    assert short.outcome is ScanOutcome.BAD_MANUAL_CODE
    disabled = session.enter(WedgeEntry(manual_code_for(GROUP_A, "SN-OFF"), EntryKind.TYPED))
    assert disabled.outcome is ScanOutcome.DISABLED


def test_a_scanner_typing_a_label_is_classified_like_a_camera_read(session: ScanSession, org_key: SigningKey) -> None:
    result = session.enter(WedgeEntry(label(org_key, "SN-000778"), EntryKind.SCANNER))
    assert result.outcome is ScanOutcome.OK and result.source == "scanner"


def test_outcome_hook_is_called_once_per_result(directory: Directory, org_key: SigningKey) -> None:
    seen: list[ScanOutcome] = []
    session = ScanSession(directory, on_outcome=lambda r: seen.append(r.outcome))
    session.classify(label(org_key, "SN-B1", group_id=GROUP_B), CAMERA)
    session.classify("nothing-known", CAMERA)
    assert seen == [ScanOutcome.OK, ScanOutcome.UNSIGNED]  # no session group: any group is fine


def test_json_shape_of_a_result(session: ScanSession, org_key: SigningKey) -> None:
    data = session.classify(label(org_key, "SN-000777"), Origin("image", file="/tmp/x.png")).as_dict()
    assert {k: data[k] for k in ("outcome", "sn", "group", "verified", "source", "file")} == {
        "outcome": "ok", "sn": "SN-000777", "group": "pumps-a", "verified": True, "source": "image",
        "file": "/tmp/x.png"}
    assert "frame" not in data and data["device"] == {"group": "pumps-a", "batch": "LOT-1", "status": "labelled"}


def test_the_more_serious_outcome_wins_over_a_repeat_and_another_group(directory: Directory,
                                                                       org_key: SigningKey) -> None:
    session = ScanSession(directory, group_name="pumps-b", group_id=GROUP_B)
    first = session.classify(label(org_key, "SN-OLD"), CAMERA)
    again = session.classify(label(org_key, "SN-OLD"), CAMERA)
    plain = session.classify("SN-OLD", Origin("scanner"))
    # a retired device of another group, scanned three times: red "retired" every time, never orange
    assert (first.outcome, again.outcome, plain.outcome) == (ScanOutcome.RETIRED,) * 3
    assert (first.repeat, again.repeat, plain.repeat) == (False, True, True)
    assert "scanned before in this session" in again.message and "not verified" in plain.message
    disabled = session.enter(WedgeEntry(manual_code_for(GROUP_A, "SN-OFF"), EntryKind.TYPED))
    assert disabled.outcome is ScanOutcome.DISABLED  # not "other group"
    active = session.classify("SN-ACTIVE", Origin("scanner"))
    assert active.outcome is ScanOutcome.ALREADY_ACTIVE and active.verified is None  # not "unsigned"


def test_severity_order_agrees_with_the_feedback_colours() -> None:
    from app.scan.outcomes import SEVERITY, most_serious

    assert sorted(SEVERITY) == sorted(ScanOutcome) and len(set(SEVERITY)) == len(SEVERITY)
    rank = {Feedback.GOOD: 0, Feedback.THIRD_PARTY: 0.5, Feedback.WARNING: 1, Feedback.ERROR: 2}
    levels = [rank[feedback_for(outcome)] for outcome in SEVERITY]
    assert levels == sorted(levels), "a red outcome must never lose to an orange or green one"
    assert most_serious([ScanOutcome.DUPLICATE, ScanOutcome.RETIRED]) is ScanOutcome.RETIRED
    assert most_serious([ScanOutcome.OK, ScanOutcome.DUPLICATE]) is ScanOutcome.DUPLICATE
