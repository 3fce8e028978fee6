"""What a scanned or typed code means: one outcome per code, decided without writing anything.

The device directory is a protocol, so that classification can be tested without a
database; app/services/scanning.py implements it over the station's database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol, assert_never

from app.domain.errors import SignatureError
from app.domain.messages import message, Message, term
from app.domain.messages_scan import (
    ALSO_SCANNED_BEFORE,
    ALSO_UNSIGNED,
    DEVICE_ALREADY_ACTIVE,
    DEVICE_DISABLED,
    DEVICE_OTHER_GROUP,
    DEVICE_RETIRED,
    DEVICE_SCANNED_BEFORE,
    EARLIER_REGISTRATION,
    GENUINE_NOT_HERE,
    MALFORMED_LABEL,
    MANUAL_AMBIGUOUS,
    MANUAL_NO_DEVICE,
    MANUAL_WRONG_CHECK_DIGIT,
    MANUAL_WRONG_LENGTH,
    NEITHER_MANUAL_CODE,
    READY_GENUINE,
    READY_MANUAL,
    SIGNATURE_MISMATCH,
    UNKNOWN_KEY,
    UNSIGNED_KNOWN,
    UNSIGNED_KNOWN_ELSEWHERE,
    UNSIGNED_NOT_AN_SN,
    UNSIGNED_NOT_VERIFIED,
    UNSIGNED_UNKNOWN,
)
from app.domain.lifecycle import Phase, phase_of
from app.domain.serials import sn_problem
from app.qr.manual_code import format_manual_code, normalise_manual_code
from app.qr.matter import MANUAL_FORMAT as MATTER_MANUAL_FORMAT
from app.qr.onboarding import (
    OnboardingCodeError,
    ThirdPartyCode,
    could_be_matter_manual,
    is_printed_matter_manual,
    read_third_party,
)
from app.qr.payload import LabelPayload, parse_payload, verify_payload
from app.qr.verhoeff import is_valid as verhoeff_is_valid
from app.scan.outcome_table import (
    SEVERITY,
    Feedback,
    OutcomeTraits,
    ScanOutcome,
    Tone,
    feedback_for,
    most_serious,
)
from app.scan.thirdparty import (
    damaged_message,
    third_party_fields,
    third_party_kind,
    third_party_message,
)
from app.security.signing import VerifyingKey

__all__ = ["REFUSAL_TITLES", "SEVERITY", "Classifier", "DeviceDirectory", "Feedback", "KnownDevice", "Origin",
           "OutcomeTraits", "Refusal", "ScanOutcome", "ScanResult", "Tone", "feedback_for", "looks_like_manual_code",
           "most_serious"]

_MANUAL_LOOKING = re.compile(r"[\d][\d \-]{6,}[\d]")


class Refusal(StrEnum):
    """Which check refused a label that carries our prefix (outcome FORGED)."""

    FORMAT = "format"  # the payload does not parse: malformed, or a version this station does not read
    UNKNOWN_KEY = "unknown_key"  # signed with a key this organisation does not have
    SIGNATURE = "signature"  # the signature does not match the content: altered or forged


REFUSAL_TITLES = {
    Refusal.FORMAT: "malformed payload",
    Refusal.UNKNOWN_KEY: "unknown signing key",
    Refusal.SIGNATURE: "signature does not match",
}


@dataclass(frozen=True)
class KnownDevice:
    sn: str
    group_name: str
    group_id: str
    batch: str | None
    status: str
    registration: int = 1  # which registration of the SN this device is (a deleted SN registered again: 2, ...)


class DeviceDirectory(Protocol):
    def find_by_sn(self, sn: str, group_id: str | None) -> list[KnownDevice]: ...

    def find_by_manual_code(self, code: str) -> list[KnownDevice]: ...

    def verifying_keys(self) -> Mapping[str, VerifyingKey]: ...


@dataclass(frozen=True)
class ScanResult:
    text: str = field(repr=False)  # as read; a third-party code's text holds its secrets: show `shown_text`
    outcome: ScanOutcome
    sn: str | None
    group: str | None  # registration group name, when known
    verified: bool | None  # signature checked: True/False; None for codes that carry no signature
    source: str  # "camera 0", a video name, "image", "keyboard", "scanner"
    message: str  # a Message (English text, template and parameters): the window shows it translated
    frame: int | None = None
    file: str | None = None
    device: KnownDevice | None = None
    group_id: str | None = None
    refusal: Refusal | None = None  # which check refused the label (FORGED only)
    batch: str | None = None
    key_id: str | None = None
    decoder: str | None = None
    repeat: bool = False  # this device was scanned before in this session (whatever the outcome)
    third_party: ThirdPartyCode | None = None  # a valid Matter or Z-Wave code (its repr leaves the secrets out)
    masked_text: str | None = None  # stands in for `text` wherever it is shown (third-party codes, valid or not)

    @property
    def shown_text(self) -> str:
        """The text to show, print or log: a third-party code's is masked (passcode, DSK)."""
        return self.masked_text if self.masked_text is not None else self.text

    @property
    def accepted(self) -> bool:
        """The device can be onboarded from this scan."""
        return self.outcome in (ScanOutcome.OK, ScanOutcome.MANUAL)

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.shown_text, "outcome": self.outcome.value, "sn": self.sn, "group": self.group,
            "verified": self.verified, "source": self.source,
        }
        if self.file is not None:
            data["file"] = self.file
        else:
            data["frame"] = self.frame
        data["message"] = self.message
        if self.refusal is not None:
            data["refusal"] = self.refusal.value
        if self.device is not None:
            data["device"] = {"group": self.device.group_name, "batch": self.device.batch,
                              "status": self.device.status}
        if self.third_party is not None:
            data["third_party"] = third_party_fields(self.third_party)
        return data


@dataclass(frozen=True)
class Origin:
    """Where a code came from."""

    source: str
    frame: int | None = None
    file: str | None = None
    typed: bool = False  # typed by a person (not a scanner or camera): may be a manual code
    decoder: str | None = None


def looks_like_manual_code(text: str) -> bool:
    """Digits with the usual separators: a typed manual code, right or wrong."""
    stripped = text.strip()
    return bool(_MANUAL_LOOKING.fullmatch(stripped)) and ("-" in stripped or " " in stripped
                                                           or normalise_manual_code(stripped) is not None)


class Classifier:
    """Decides outcomes against a directory; the session (if any) gives the group and remembers devices."""

    def __init__(self, directory: DeviceDirectory, *, group_name: str | None = None,
                 group_id: str | None = None) -> None:
        self.directory = directory
        self.group_name = group_name
        self.group_id = group_id
        self._keys: Mapping[str, VerifyingKey] | None = None

    def keys(self) -> Mapping[str, VerifyingKey]:
        if self._keys is None:
            self._keys = self.directory.verifying_keys()
        return self._keys

    def classify(self, text: str, origin: Origin, seen: set[tuple[str, str]] | None = None) -> ScanResult:
        third_party = self._third_party(text, origin)
        if third_party is not None:
            return third_party
        if origin.typed and looks_like_manual_code(text):
            return self._manual(text, origin, seen)
        try:
            payload = parse_payload(text)
        except SignatureError as error:
            return replace(self._result(text, origin, ScanOutcome.FORGED, None, None, False,
                                        message(MALFORMED_LABEL, reason=error.message)),
                           refusal=Refusal.FORMAT)
        if payload is None:
            return self._unsigned(text, origin, seen)
        return self._signed(text, payload, origin, seen)

    # -- the three kinds of code ------------------------------------------------------------------------

    def _signed(self, text: str, payload: LabelPayload, origin: Origin,
                seen: set[tuple[str, str]] | None) -> ScanResult:
        keys = self.keys()
        if payload.key_id not in keys:
            return replace(self._result(text, origin, ScanOutcome.FORGED, payload.sn, None, False,
                                        message(UNKNOWN_KEY, key_id=payload.key_id), payload=payload),
                           refusal=Refusal.UNKNOWN_KEY)
        if not verify_payload(payload, keys):
            return replace(self._result(text, origin, ScanOutcome.FORGED, payload.sn, None, False,
                                        message(SIGNATURE_MISMATCH, sn=payload.sn), payload=payload),
                           refusal=Refusal.SIGNATURE)
        devices = self.directory.find_by_sn(payload.sn, payload.group_id)
        if not devices:
            return self._result(text, origin, ScanOutcome.UNKNOWN, payload.sn, None, True,
                                message(GENUINE_NOT_HERE, sn=payload.sn, group_id=payload.group_id),
                                payload=payload)
        if payload.registration < devices[0].registration:
            return self._result(text, origin, ScanOutcome.RETIRED, payload.sn, devices[0], True,
                                message(EARLIER_REGISTRATION, sn=payload.sn, registration=payload.registration,
                                        current=devices[0].registration), payload=payload)
        return self._device_outcome(text, devices[0], origin, seen, verified=True, ok=ScanOutcome.OK,
                                    payload=payload)

    def _unsigned(self, text: str, origin: Origin, seen: set[tuple[str, str]] | None) -> ScanResult:
        sn = text.strip()
        problem = sn_problem(sn)
        if problem:
            return self._result(text, origin, ScanOutcome.UNSIGNED, None, None, None,
                                message(UNSIGNED_NOT_AN_SN, code=_shorten(sn), problem=problem))
        devices = self.directory.find_by_sn(sn, None)
        if self.group_id is not None and len(devices) > 1:
            devices = [d for d in devices if d.group_id == self.group_id] or devices
        if not devices:
            return self._result(text, origin, ScanOutcome.UNSIGNED, sn, None, None,
                                message(UNSIGNED_UNKNOWN, sn=sn))
        device = devices[0]
        if len(devices) > 1:
            unsigned = message(UNSIGNED_KNOWN_ELSEWHERE, sn=device.sn, group=device.group_name,
                               others=len(devices) - 1, status=term(device.status))
        else:
            unsigned = message(UNSIGNED_KNOWN, sn=device.sn, group=device.group_name, status=term(device.status))
        return self._device_outcome(text, device, origin, seen, verified=None, ok=ScanOutcome.UNSIGNED,
                                    ok_message=unsigned, check_group=False)

    def _manual(self, text: str, origin: Origin, seen: set[tuple[str, str]] | None) -> ScanResult:
        digits = normalise_manual_code(text)
        if digits is None or not verhoeff_is_valid(digits):
            wrong = MANUAL_WRONG_LENGTH if digits is None else MANUAL_WRONG_CHECK_DIGIT
            return self._result(text, origin, ScanOutcome.BAD_MANUAL_CODE, None, None, None,
                                message(wrong, code=text.strip()))
        devices = self.directory.find_by_manual_code(digits)
        if self.group_id is not None and len(devices) > 1:
            devices = [d for d in devices if d.group_id == self.group_id] or devices
        if not devices:
            return self._result(text, origin, ScanOutcome.UNKNOWN, None, None, None,
                                message(MANUAL_NO_DEVICE, code=format_manual_code(digits)))
        if len(devices) > 1:
            return self._result(text, origin, ScanOutcome.AMBIGUOUS, None, None, None,
                                message(MANUAL_AMBIGUOUS, code=format_manual_code(digits), count=len(devices)))
        return self._device_outcome(text, devices[0], origin, seen, verified=None, ok=ScanOutcome.MANUAL)

    def _third_party(self, text: str, origin: Origin) -> ScanResult | None:
        """A Matter or Z-Wave code, valid or damaged (app/qr/onboarding.py); None for anything else."""
        if origin.typed and could_be_matter_manual(text, typed=True) and self.directory.find_by_sn(text.strip(), None):
            return None  # a typed SN that happens to have 11 or 21 digits
        try:
            code = read_third_party(text, typed=origin.typed)
        except OnboardingCodeError as error:
            if error.code_format == MATTER_MANUAL_FORMAT and origin.typed and not is_printed_matter_manual(text):
                # 11 digits typed without Matter's grouping: as likely this station's code with a digit left out
                return self._result(text, origin, ScanOutcome.BAD_MANUAL_CODE, None, None, None,
                                    message(NEITHER_MANUAL_CODE, reason=error.reason),
                                    masked_text="(manual code, wrong, hidden)")
            return self._result(text, origin, ScanOutcome.DAMAGED_CODE, None, None, None,
                                damaged_message(error), masked_text=f"({error.code_format}, damaged, hidden)")
        if code is None:
            return None
        return self._result(text, origin, ScanOutcome(third_party_kind(code)), None, None, None,
                            third_party_message(code), third_party=code,
                            masked_text=code.masked_text())

    # -- shared -------------------------------------------------------------------------------------------

    def _device_outcome(self, text: str, device: KnownDevice, origin: Origin, seen: set[tuple[str, str]] | None,
                        *, verified: bool | None, ok: ScanOutcome, payload: LabelPayload | None = None,
                        ok_message: Message | None = None, check_group: bool = True) -> ScanResult:
        """Every outcome that applies to this device (its state, its group, a repeat); the most serious wins."""
        status = device.status
        found: dict[ScanOutcome, Message] = {}
        phase = phase_of(status)  # the lifecycle table (app/domain/lifecycle.py) says what the state allows
        if phase is Phase.DISABLED:
            found[ScanOutcome.DISABLED] = message(DEVICE_DISABLED, sn=device.sn)
        elif phase is Phase.ACTIVE:
            found[ScanOutcome.ALREADY_ACTIVE] = message(DEVICE_ALREADY_ACTIVE, sn=device.sn, status=term(status))
        elif phase is Phase.RETIRED:
            found[ScanOutcome.RETIRED] = message(DEVICE_RETIRED, sn=device.sn, status=term(status))
        elif phase is Phase.ONBOARDING:
            ready = READY_GENUINE if ok is ScanOutcome.OK else READY_MANUAL
            found[ok] = message(ready, sn=device.sn, group=device.group_name, status=term(status))
        else:
            assert_never(phase)
        if ok is ScanOutcome.UNSIGNED:
            found[ScanOutcome.UNSIGNED] = ok_message or message(UNSIGNED_NOT_VERIFIED, sn=device.sn)
        if check_group and self.group_id is not None and device.group_id != self.group_id:
            found[ScanOutcome.OTHER_GROUP] = message(DEVICE_OTHER_GROUP, sn=device.sn, group=device.group_name,
                                                     session_group=self.group_name)
        repeat = seen is not None and (device.group_id, device.sn) in seen
        if repeat:
            found[ScanOutcome.DUPLICATE] = message(DEVICE_SCANNED_BEFORE, sn=device.sn)
        outcome = most_serious(found)
        said = found[outcome]
        if repeat and outcome is not ScanOutcome.DUPLICATE:
            said = message(ALSO_SCANNED_BEFORE, message=said)
        if verified is None and ok is ScanOutcome.UNSIGNED and outcome is not ScanOutcome.UNSIGNED:
            said = message(ALSO_UNSIGNED, message=said)
        return self._result(text, origin, outcome, device.sn, device, verified, said, payload=payload,
                            repeat=repeat)

    def _result(self, text: str, origin: Origin, outcome: ScanOutcome, sn: str | None, device: KnownDevice | None,
                verified: bool | None, message: str, *, payload: LabelPayload | None = None,
                repeat: bool = False, third_party: ThirdPartyCode | None = None,
                masked_text: str | None = None) -> ScanResult:
        group_id = device.group_id if device else (payload.group_id if payload else None)
        batch = device.batch if device else (payload.batch if payload else None)
        return ScanResult(text=text, outcome=outcome, sn=sn, group=device.group_name if device else None,
                          verified=verified, source=origin.source, message=message, frame=origin.frame,
                          file=origin.file, device=device, group_id=group_id, batch=batch,
                          key_id=payload.key_id if payload else None, decoder=origin.decoder, repeat=repeat,
                          third_party=third_party, masked_text=masked_text)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

