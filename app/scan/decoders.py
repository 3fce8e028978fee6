"""The decoder chain: zxing-cpp on every frame, second opinions on some frames.

Measured on this machine (docs/performance-scan.md has the figures and the command):
zxing-cpp reads most codes and is fastest. Each second opinion reads codes it
misses: zxing-cpp with the global-histogram binarizer (glare, low contrast; ~1 ms
per 1280x720 frame), pyzbar on an Otsu-binarised image and zxing-cpp on a 2x
enlarged frame (small dense codes; 10-20 ms each). In a live view a label stays in
front of the camera for many frames, so they run on a share of the frames only
(histogram: one in 4; the costly two: one in 15 each, half a second at 30 fps), so
that most frames pay for zxing-cpp alone: zxing-cpp's own time per frame is
bimodal, and the median frame must stay within 2x of it. Still images (files) get
every stage, plus pyzbar on the untouched image, which reads a few photographs the
others miss but costs ~20-25 ms per 720p frame.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np
import zxingcpp

log = logging.getLogger(__name__)

Point = tuple[float, float]


@dataclass(frozen=True)
class Detection:
    """One code found in one image."""

    text: str
    raw: bytes
    corners: tuple[Point, ...]  # outline in image pixels, for the preview
    decoder: str


class Decoder(Protocol):
    name: str

    def decode(self, gray: np.ndarray) -> list[Detection]: ...


def to_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY)
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)


def otsu_binarise(gray: np.ndarray) -> np.ndarray:
    _threshold, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def upscale_2x(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


UPSCALE_MAX_WIDTH = 1400  # larger images have modules big enough already; 2x of them costs too much


QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


class ZxingDecoder:
    """zxing-cpp (`read_barcodes`), optionally with another binarizer or on an enlarged copy of the frame."""

    def __init__(self, name: str = "zxing-cpp", *, preprocess: Callable[[np.ndarray], np.ndarray] | None = None,
                 binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage, upscale: bool = False,
                 formats: zxingcpp.BarcodeFormats = QR_FORMATS) -> None:
        self.name = name
        self._preprocess = preprocess
        self._binarizer = binarizer
        self._upscale = upscale
        self._formats = formats

    def decode(self, gray: np.ndarray) -> list[Detection]:
        if self._upscale and gray.shape[1] > UPSCALE_MAX_WIDTH:
            return []
        image = self._preprocess(gray) if self._preprocess else gray
        scale = 2.0 if self._upscale else 1.0
        if self._upscale:
            image = upscale_2x(image)
        found: list[Detection] = []
        for barcode in zxingcpp.read_barcodes(image, formats=self._formats, binarizer=self._binarizer):
            position = barcode.position
            corners = tuple((p.x / scale, p.y / scale) for p in (position.top_left, position.top_right,
                                                                position.bottom_right, position.bottom_left))
            found.append(Detection(barcode.text, bytes(barcode.bytes), corners, self.name))
        return found


class PyzbarDecoder:
    """ZBar through pyzbar, on a preprocessed copy (Otsu binarisation by default)."""

    def __init__(self, name: str = "pyzbar-otsu", *,
                 preprocess: Callable[[np.ndarray], np.ndarray] | None = otsu_binarise) -> None:
        from pyzbar import pyzbar  # raises ImportError without the zbar shared library

        self.name = name
        self._pyzbar = pyzbar
        self._preprocess = preprocess

    def decode(self, gray: np.ndarray) -> list[Detection]:
        image = self._preprocess(gray) if self._preprocess else gray
        try:
            results = self._pyzbar.decode(np.ascontiguousarray(image), symbols=[self._pyzbar.ZBarSymbol.QRCODE])
        except ValueError as error:
            # pyzbar 0.1.9 raises "... is not a valid ZBarOrientation" for some reads (open upstream bug)
            log.debug("pyzbar failed on a frame: %s", error)
            return []
        found: list[Detection] = []
        for result in results:
            raw = bytes(result.data)
            corners = tuple((float(p.x), float(p.y)) for p in result.polygon)
            found.append(Detection(raw.decode("utf-8", errors="replace"), raw, corners, self.name))
        return found


@dataclass(frozen=True)
class ChainStage:
    decoder: Decoder
    every: int = 1  # in a live view, run on every Nth frame only; 0: still images only
    offset: int = 0  # which frame of the period, so that rate-limited stages do not pile up on one frame

    def runs_on(self, frame_index: int) -> bool:
        if self.every == 0:
            return False
        return self.every == 1 or frame_index % self.every == self.offset % self.every


# The offsets keep the two costly stages on different frames.
SECOND_OPINION_PERIOD = 15
HISTOGRAM_PERIOD = 4


def default_stages() -> list[ChainStage]:
    stages = [
        ChainStage(ZxingDecoder()),
        # the global-histogram binarizer reads some glare and low-contrast codes the local one misses; ~1 ms
        ChainStage(ZxingDecoder("zxing-cpp-histogram", binarizer=zxingcpp.Binarizer.GlobalHistogram),
                   every=HISTOGRAM_PERIOD, offset=1),
        # small, dense codes (2-3 px per module): ~10-20 ms on a 720p frame
        ChainStage(ZxingDecoder("zxing-cpp-2x", upscale=True), every=SECOND_OPINION_PERIOD, offset=10),
    ]
    try:
        stages.insert(2, ChainStage(PyzbarDecoder(), every=SECOND_OPINION_PERIOD, offset=3))
        # ZBar on the untouched image reads a few photographs the others miss, at ~25 ms per 720p frame
        stages.append(ChainStage(PyzbarDecoder("pyzbar", preprocess=None), every=0))
    except ImportError:
        log.warning("pyzbar is not usable (is the zbar library installed?); scanning with zxing-cpp only")
    return stages


class DecoderChain:
    """Runs the stages in order and merges their reads (one Detection per distinct content).

    Not thread-safe: one chain per worker (it counts frames for the rate limit).
    """

    def __init__(self, stages: Sequence[ChainStage] | None = None) -> None:
        self.stages = list(stages) if stages is not None else default_stages()
        self._frame_index = 0

    def decode(self, image: np.ndarray, *, thorough: bool = False) -> list[Detection]:
        """Every distinct code in the image. `thorough` runs every stage (still images); otherwise the
        rate-limited stages run on their share of frames only (live video)."""
        gray = to_gray(image)
        index = self._frame_index
        self._frame_index += 1
        found: list[Detection] = []
        for stage in self.stages:
            if not thorough and not stage.runs_on(index):
                continue
            for detection in stage.decoder.decode(gray):
                if not any(_same_code(detection, earlier) for earlier in found):
                    found.append(detection)
        return found


def _same_code(later: Detection, earlier: Detection) -> bool:
    """Same content, or another decoder's read of the same place (e.g. Shift-JIS text misread by ZBar).

    Same place means outlines of about the same size around the same centre: a small code printed
    inside a large one (it happens) is a code of its own.
    """
    if later.text == earlier.text or later.raw == earlier.raw:
        return True
    if later.decoder == earlier.decoder or len(later.corners) < 3 or len(earlier.corners) < 3:
        return False
    a = np.asarray(later.corners, dtype=np.float32)
    b = np.asarray(earlier.corners, dtype=np.float32)
    area_a, area_b = abs(cv2.contourArea(a)), abs(cv2.contourArea(b))
    if min(area_a, area_b) <= 0 or max(area_a, area_b) > 2 * min(area_a, area_b):
        return False
    centre = a.mean(axis=0)
    return cv2.pointPolygonTest(b.reshape(-1, 1, 2), (float(centre[0]), float(centre[1])), False) >= 0


def decode_image(image: np.ndarray, chain: DecoderChain | None = None) -> list[Detection]:
    """All codes in one still image, every stage tried."""
    return (chain or DecoderChain()).decode(image, thorough=True)
