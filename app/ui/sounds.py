"""A short, distinct sound per scan outcome, made in code (no sound files to ship).

Tones are written once as small WAV files in a temporary folder and played with QtMultimedia's
QSoundEffect when the machine has an audio output. Without one (or on the offscreen and
minimal platforms, where QtMultimedia only prints warnings), the system beep stands in.
Sound can be switched off (setting SCAN_SOUND).
"""

from __future__ import annotations

import io
import logging
import math
import struct
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from app.scan.outcome_table import Feedback, ScanOutcome, Tone

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050
VOLUME = 0.35
HEADLESS_PLATFORMS = ("offscreen", "minimal")

# The sounds that are not a scan's: a scan outcome a user must tell apart without looking has its own melody
# in its traits (app/scan/outcomes.py: rising = good, falling = look, low and long = stop); the others sound
# "warning" or, refused, "error".
MELODIES: dict[str, Sequence[Tone]] = {
    "warning": ((600, 0.15),),
    "error": ((220, 0.3),),
    "done": ((660, 0.06), (880, 0.06), (1320, 0.1)),
}


def melody_for(outcome: ScanOutcome | str) -> Sequence[Tone]:
    if not isinstance(outcome, ScanOutcome) and outcome in ScanOutcome._value2member_map_:
        outcome = ScanOutcome(outcome)
    if isinstance(outcome, ScanOutcome):
        traits = outcome.traits
        return traits.melody or MELODIES["error" if traits.feedback is Feedback.ERROR else "warning"]
    return MELODIES.get(outcome, MELODIES["warning"])


def wav_bytes(melody: Sequence[Tone], sample_rate: int = SAMPLE_RATE) -> bytes:
    """16-bit mono PCM; each tone fades in and out over 5 ms so it does not click."""
    samples: list[int] = []
    fade = int(sample_rate * 0.005)
    for frequency, seconds in melody:
        count = int(sample_rate * seconds)
        for i in range(count):
            if frequency <= 0:
                samples.append(0)
                continue
            envelope = min(1.0, i / fade, (count - i) / fade) if fade else 1.0
            value = math.sin(2 * math.pi * frequency * i / sample_rate)
            value += 0.25 * math.sin(2 * math.pi * 2 * frequency * i / sample_rate)  # a little body
            samples.append(int(32767 * VOLUME * envelope * value / 1.25))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


class OutcomeSounds(QObject):
    """play(outcome) plays that outcome's sound, or beeps, or does nothing when switched off."""

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.backend = "off"
        self.played: list[str] = []  # what was asked for, newest last (shown in tests, kept short)
        self._effects: dict[str, object] = {}
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        if enabled:
            self.backend = self._choose_backend()

    def _choose_backend(self) -> str:
        app = QApplication.instance()
        if app is None or QApplication.platformName() in HEADLESS_PLATFORMS:
            return "beep"
        try:
            from PySide6.QtCore import QLoggingCategory
            QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as error:  # QtMultimedia needs the system's audio libraries
            log.warning("sound effects unavailable (%s); using the system beep", error)
            return "beep"
        if not QMediaDevices.audioOutputs():
            return "beep"
        return "effect"

    def set_enabled(self, enabled: bool) -> None:
        if enabled and self.backend == "off":
            self.backend = self._choose_backend()
        self.enabled = enabled

    def play(self, outcome: ScanOutcome | str) -> None:
        key = str(outcome)
        self.played = (self.played + [key])[-20:]
        if not self.enabled:
            return
        if self.backend == "effect":
            try:
                self._effect(outcome).play()  # type: ignore[attr-defined]
                return
            except Exception:  # noqa: BLE001 - a sound must never break scanning
                log.exception("playing the %s sound failed; beeping from now on", key)
                self.backend = "beep"
        QApplication.beep()

    def _effect(self, outcome: ScanOutcome | str) -> object:
        from PySide6.QtMultimedia import QSoundEffect

        key = str(outcome)
        effect = self._effects.get(key)
        if effect is None:
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="dps-sounds-")
            path = Path(self._folder.name) / f"{key}.wav"
            path.write_bytes(wav_bytes(melody_for(outcome)))
            sound = QSoundEffect(self)
            sound.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[key] = effect = sound
        return effect
