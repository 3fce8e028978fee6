"""Every scan outcome with its traits (colour and sound, banner title, whether the code names a device): one
table, in order of severity. The classifier (outcomes.py) decides which applies; the window reads the traits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a title for translation (the name lupdate looks for; no Qt here): the window translates it."""
    return text


class Feedback(StrEnum):
    """How the GUI signals an outcome (sound and colour): good, needs a look, refused."""

    GOOD = "good"
    WARNING = "warning"
    ERROR = "error"
    THIRD_PARTY = "third_party"  # a valid third-party code (Matter, Z-Wave): not ours, read right


Tone = tuple[float, float]  # frequency in Hz (0: silence), seconds
GOOD_TUNE: tuple[Tone, ...] = ((880, 0.07), (1320, 0.09))


@dataclass(frozen=True)
class OutcomeTraits:
    """Everything an outcome means beyond its name, given where the outcome is declared (ScanOutcome)."""

    feedback: Feedback  # colour and, unless it has its own melody, sound; ERROR: the scan is refused
    title: str  # the banner's title (English; the window shows it translated, context "installer")
    names_device: bool  # the code can name one device (a forged label, a wrong, ambiguous or damaged code cannot)
    melody: tuple[Tone, ...] | None = None  # its own sound; None: the sound of its feedback


class ScanOutcome(StrEnum):
    """Every outcome with its traits: one table, from the least to the most serious. When several apply to one
    scan (a retired device scanned twice, a disabled device of another group), the most serious is the outcome.
    A new outcome without its traits fails when this module is imported."""

    traits: OutcomeTraits

    def __new__(cls, value: str, traits: OutcomeTraits | None = None) -> Self:
        # (ScanOutcome("ok") looks a member up without this; the default only keeps type checkers content)
        if not isinstance(traits, OutcomeTraits):
            raise TypeError(f"scan outcome {value!r} is declared without its OutcomeTraits")
        member = str.__new__(cls, value)
        member._value_ = value
        member.traits = traits
        return member

    @property
    def refused(self) -> bool:
        """A refused scan: nothing can be onboarded from it (forged, wrong code, disabled or retired device)."""
        return self.traits.feedback is Feedback.ERROR

    # signed by this organisation, verified, known device that can be onboarded
    OK = "ok", OutcomeTraits(Feedback.GOOD, QT_TRANSLATE_NOOP("installer", "Genuine label: ready to onboard"),
                             True, GOOD_TUNE)
    # manual code typed, check digit right, known device that can be onboarded
    MANUAL = "manual", OutcomeTraits(
        Feedback.GOOD, QT_TRANSLATE_NOOP("installer", "Manual code accepted: ready to onboard"), True, GOOD_TUNE)
    # a valid Matter setup code (QR payload or manual pairing code): a third-party device
    MATTER = "matter", OutcomeTraits(
        Feedback.THIRD_PARTY, QT_TRANSLATE_NOOP("installer", "Matter code: third-party device"), True,
        ((1047, 0.06), (0, 0.03), (1047, 0.06), (1568, 0.1)))  # a chime: read right, not ours
    # a valid Z-Wave S2/SmartStart QR code: a third-party device
    ZWAVE = "zwave", OutcomeTraits(
        Feedback.THIRD_PARTY, QT_TRANSLATE_NOOP("installer", "Z-Wave code: third-party device"), True,
        ((1568, 0.06), (0, 0.03), (1568, 0.06), (1047, 0.1)))
    # a plain third-party code: just an SN (known or not, see the message)
    UNSIGNED = "unsigned", OutcomeTraits(
        Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Unsigned code: check the device"), True)
    # no device with that SN (or manual code)
    UNKNOWN = "unknown", OutcomeTraits(Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Unknown device"), True,
                                       ((660, 0.12), (0, 0.05), (660, 0.12)))
    # a manual code (or plain SN) that matches several devices: ask for the SN
    AMBIGUOUS = "ambiguous", OutcomeTraits(
        Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Several devices match: type the SN"), False)
    # the same device scanned before in this session
    DUPLICATE = "duplicate", OutcomeTraits(
        Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Duplicate scan"), True,
        ((990, 0.05), (0, 0.04), (990, 0.05), (0, 0.04), (990, 0.05)))
    # allocated or connected already
    ALREADY_ACTIVE = "already_active", OutcomeTraits(
        Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Already active"), True,
        ((523, 0.09), (659, 0.09), (523, 0.12)))
    # a device of another registration group than the session's
    OTHER_GROUP = "other_group", OutcomeTraits(
        Feedback.WARNING, QT_TRANSLATE_NOOP("installer", "Device of another group"), True, ((740, 0.08), (554, 0.14)))
    DISABLED = "disabled", OutcomeTraits(Feedback.ERROR, QT_TRANSLATE_NOOP("installer", "Device disabled"), True)
    # replaced or discarded: this identity cannot be onboarded any more
    RETIRED = "retired", OutcomeTraits(Feedback.ERROR, QT_TRANSLATE_NOOP("installer", "Device retired"), True)
    # a Matter or Z-Wave code that is damaged (checksum, check digit, length...)
    DAMAGED_CODE = "damaged_code", OutcomeTraits(
        Feedback.ERROR, QT_TRANSLATE_NOOP("installer", "Damaged code: refused"), False)
    # typed code whose check digit is wrong
    BAD_MANUAL_CODE = "bad_manual_code", OutcomeTraits(
        Feedback.ERROR, QT_TRANSLATE_NOOP("installer", "Wrong manual code"), False)
    # our prefix but the signature does not verify, the key is unknown or the payload broken
    FORGED = "forged", OutcomeTraits(
        Feedback.ERROR, QT_TRANSLATE_NOOP("installer", "FORGED OR ALTERED LABEL: do not onboard"), False,
        ((196, 0.45),))


SEVERITY: tuple[ScanOutcome, ...] = tuple(ScanOutcome)
"""Every outcome from the least to the most serious (the order ScanOutcome declares them in)."""


def most_serious(outcomes: Iterable[ScanOutcome]) -> ScanOutcome:
    return max(outcomes, key=SEVERITY.index)


def feedback_for(outcome: ScanOutcome) -> Feedback:
    return outcome.traits.feedback
