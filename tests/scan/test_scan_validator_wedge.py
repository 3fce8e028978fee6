"""The stable-code validator and the keyboard-wedge detector (pure Python, fed by hand)."""

from __future__ import annotations

import pytest

from app.scan.validator import StableCodeValidator
from app.scan.wedge import EntryKind, WedgeDetector, WedgeEntry


def feed_frames(validator: StableCodeValidator, frames: list[list[str]]) -> list[tuple[int, str]]:
    return [(number, code) for number, codes in enumerate(frames, 1) for code in validator.update(codes)]


def test_a_code_is_accepted_once_stable_and_not_again_while_in_view() -> None:
    validator = StableCodeValidator(stable_frames=2, leave_frames=3)
    frames = [["A"], ["A"], ["A", "B"], ["A"], ["A", "B"], ["A"]]
    assert feed_frames(validator, frames) == [(2, "A"), (5, "B")]


def test_a_single_flickering_read_is_not_accepted() -> None:
    validator = StableCodeValidator(stable_frames=2, leave_frames=3)
    assert feed_frames(validator, [["GHOST"], [], [], [], ["GHOST"]]) == []


def test_misses_shorter_than_the_leave_time_do_not_reset_the_code() -> None:
    validator = StableCodeValidator(stable_frames=3, leave_frames=4)
    assert feed_frames(validator, [["A"], [], ["A"], [], [], ["A"], ["A"]]) == [(6, "A")]


def test_a_code_that_left_the_view_is_a_new_scan_when_it_comes_back() -> None:
    validator = StableCodeValidator(stable_frames=2, leave_frames=3)
    frames = [["A"], ["A"], [], [], [], ["A"], ["A"], [], ["A"]]
    assert feed_frames(validator, frames) == [(2, "A"), (7, "A")]
    assert validator.in_view() == ["A"]


def test_each_validator_has_its_own_state() -> None:
    first, second = StableCodeValidator(), StableCodeValidator()
    assert first.update(["A"]) == [] and first.update(["A"]) == ["A"]
    assert second.update(["A"]) == []


def test_validator_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        StableCodeValidator(stable_frames=0)


def type_text(detector: WedgeDetector, text: str, *, start: float, gap: float) -> WedgeEntry | None:
    t = start
    for ch in text:
        assert detector.feed(ch, t) is None
        t += gap
    return detector.feed("\r", t)


def test_a_scanner_burst_ended_by_enter_is_a_scan() -> None:
    detector = WedgeDetector()
    entry = type_text(detector, "DPS1:G123:SN-0001:B1:AB12:sig", start=10.0, gap=0.004)
    assert entry == WedgeEntry("DPS1:G123:SN-0001:B1:AB12:sig", EntryKind.SCANNER)


def test_a_person_typing_is_typed_even_when_fast_for_a_person() -> None:
    detector = WedgeDetector()
    entry = type_text(detector, "1234-5678-9012", start=0.0, gap=0.12)
    assert entry == WedgeEntry("1234-5678-9012", EntryKind.TYPED)


def test_scanner_jitter_is_tolerated_but_a_real_pause_is_not() -> None:
    detector = WedgeDetector()
    t = 0.0
    for i, ch in enumerate("SN-000123456"):
        t += 0.06 if i == 5 else 0.01  # one scheduling hiccup
        detector.feed(ch, t)
    assert detector.feed("Enter", t + 0.01) == WedgeEntry("SN-000123456", EntryKind.SCANNER)
    for i, ch in enumerate("SN-000123456"):
        t += 0.4 if i == 5 else 0.01
        detector.feed(ch, t)
    entry = detector.feed("\n", t + 0.01)
    assert entry is not None and entry.kind is EntryKind.SCANNER and entry.text == "0123456"
    assert entry.discarded == "SN-00"


def test_slow_typing_followed_by_a_scan_keeps_only_the_scan() -> None:
    detector = WedgeDetector()
    for i, ch in enumerate("abc"):
        detector.feed(ch, i * 0.3)
    entry = type_text(detector, "SCANNED-42", start=2.0, gap=0.005)
    assert entry == WedgeEntry("SCANNED-42", EntryKind.SCANNER, discarded="abc")


def test_short_bursts_backspace_and_empty_lines() -> None:
    detector = WedgeDetector(min_length=4)
    assert type_text(detector, "ab", start=0, gap=0.005) == WedgeEntry("ab", EntryKind.TYPED)
    assert detector.feed("\r", 5.0) is None
    detector.feed("x", 6.0)
    detector.feed("\b", 6.2)
    assert detector.pending == ""
    detector.feed("Shift", 6.3)
    assert detector.pending == ""


def test_enter_long_after_a_fast_burst_is_typed() -> None:
    detector = WedgeDetector()
    for i, ch in enumerate("PASTED-TEXT"):
        detector.feed(ch, i * 0.001)
    assert detector.feed("\r", 3.0) == WedgeEntry("PASTED-TEXT", EntryKind.TYPED)
