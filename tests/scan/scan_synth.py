"""Generated test frames: QR codes in 1280x720 scenes with the distortions a webcam on site gives.

Every frame is reproducible from its seed. Used by the scan tests and tests/bench/bench_scan.py.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

FRAME_SIZE = (1280, 720)
DISTORTIONS = ("rotation", "perspective", "blur", "motion", "noise", "low_contrast", "jpeg", "glare", "small")

CORPUS_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "qr-photos"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


@dataclass
class SyntheticFrame:
    image: np.ndarray  # BGR, 720x1280
    expected: list[str]
    distortions: list[str] = field(default_factory=list)


def qr_module_image(text: str, *, ec_level: str = "M") -> np.ndarray:
    """The bare code as a grayscale image, one pixel per module, with a 4-module quiet zone."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    modules = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False), dtype=np.uint8)
    return cv2.copyMakeBorder(modules, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=255)


def render_code(text: str, module_px: int, ec_level: str = "M") -> np.ndarray:
    small = qr_module_image(text, ec_level=ec_level)
    return cv2.resize(small, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


def background(rng: random.Random, size: tuple[int, int] = FRAME_SIZE) -> np.ndarray:
    """A cluttered, uneven scene: gradient, a few shapes and some texture (no codes)."""
    width, height = size
    nprng = np.random.default_rng(rng.randrange(2**32))
    gx = np.linspace(rng.uniform(60, 200), rng.uniform(60, 200), width, dtype=np.float32)
    gy = np.linspace(rng.uniform(-40, 40), rng.uniform(-40, 40), height, dtype=np.float32)
    base = np.clip(gx[None, :] + gy[:, None], 0, 255)
    image = np.dstack([base * rng.uniform(0.8, 1.1) for _ in range(3)]).astype(np.uint8)
    for _ in range(rng.randint(3, 9)):
        colour = tuple(int(c) for c in nprng.integers(0, 255, 3))
        x, y = rng.randrange(width), rng.randrange(height)
        if rng.random() < 0.5:
            cv2.rectangle(image, (x, y), (x + rng.randint(20, 300), y + rng.randint(20, 200)), colour, -1)
        else:
            cv2.circle(image, (x, y), rng.randint(10, 120), colour, -1)
    for _ in range(rng.randint(0, 4)):
        cv2.putText(image, f"SN {rng.randrange(10**6):06d}", (rng.randrange(width - 200), rng.randrange(30, height)),
                    cv2.FONT_HERSHEY_SIMPLEX, rng.uniform(0.6, 1.5), (20, 20, 20), 2)
    texture = nprng.normal(0, 6, image.shape[:2]).astype(np.float32)
    return np.clip(image.astype(np.float32) + texture[..., None], 0, 255).astype(np.uint8)


def paste_code(frame: np.ndarray, code: np.ndarray, rng: random.Random, *, angle: float, perspective: float,
               occupied: list[tuple[int, int, int, int]]) -> bool:
    """Warp the code onto the frame (rotation, keystone) where it overlaps no other code."""
    height, width = frame.shape[:2]
    side = code.shape[0]
    src = np.float32([[0, 0], [side, 0], [side, side], [0, side]])
    centre = np.float32([side / 2, side / 2])
    theta = np.deg2rad(angle)
    rotation = np.float32([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    jitter = np.float32([[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(4)]) * perspective * side
    dst = (src - centre + jitter) @ rotation.T
    span = dst.max(axis=0) - dst.min(axis=0)
    if span[0] >= width - 10 or span[1] >= height - 10:
        return False
    for _ in range(30):
        ox = rng.uniform(-dst[:, 0].min() + 5, width - dst[:, 0].max() - 5)
        oy = rng.uniform(-dst[:, 1].min() + 5, height - dst[:, 1].max() - 5)
        placed = dst + np.float32([ox, oy])
        box = (int(placed[:, 0].min()), int(placed[:, 1].min()), int(placed[:, 0].max()), int(placed[:, 1].max()))
        if all(box[2] < o[0] - 10 or box[0] > o[2] + 10 or box[3] < o[1] - 10 or box[1] > o[3] + 10
               for o in occupied):
            break
    else:
        return False
    occupied.append(box)
    matrix = cv2.getPerspectiveTransform(src, placed)
    paper = rng.uniform(200, 250)
    ink = rng.uniform(10, 60)
    label = (code.astype(np.float32) / 255.0) * (paper - ink) + ink
    warped = cv2.warpPerspective(label, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=0)
    mask = cv2.warpPerspective(np.ones_like(label), matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=0)
    blended = frame.astype(np.float32) * (1 - mask[..., None]) + warped[..., None] * mask[..., None]
    frame[:] = np.clip(blended, 0, 255).astype(np.uint8)
    return True


def _apply(frame: np.ndarray, kind: str, rng: random.Random) -> np.ndarray:
    nprng = np.random.default_rng(rng.randrange(2**32))
    if kind == "blur":
        k = rng.choice((3, 5, 7))
        return cv2.GaussianBlur(frame, (k, k), 0)
    if kind == "motion":
        length = rng.randint(5, 11)
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        rotation = cv2.getRotationMatrix2D((length / 2, length / 2), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, rotation, (length, length))
        return cv2.filter2D(frame, -1, kernel / max(kernel.sum(), 1e-6))
    if kind == "noise":
        noisy = frame.astype(np.float32) + nprng.normal(0, rng.uniform(12, 30), frame.shape)
        return np.clip(noisy, 0, 255).astype(np.uint8)
    if kind == "low_contrast":
        mid = rng.uniform(90, 160)
        factor = rng.uniform(0.15, 0.3)
        return np.clip((frame.astype(np.float32) - 128) * factor + mid, 0, 255).astype(np.uint8)
    if kind == "jpeg":
        ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(8, 20)])
        assert ok
        return cv2.imdecode(data, cv2.IMREAD_COLOR)
    if kind == "glare":
        height, width = frame.shape[:2]
        yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
        radius = rng.uniform(120, 300)
        spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * radius**2)) * rng.uniform(150, 230)
        return np.clip(frame.astype(np.float32) + spot[..., None], 0, 255).astype(np.uint8)
    return frame


def make_frame(seed: int, *, texts: Sequence[str] | None = None, distortions: Sequence[str] | None = None,
               count: int | None = None) -> SyntheticFrame:
    """One frame. Without arguments the seed picks the number of codes (0-3) and 1-3 distortions."""
    rng = random.Random(seed)
    if texts is None:
        n = count if count is not None else rng.choices((0, 1, 2, 3), weights=(1, 6, 2, 1))[0]
        texts = [random_payload_text(rng) for _ in range(n)]
    if distortions is None:
        distortions = rng.sample(DISTORTIONS, rng.randint(1, 3))
    frame = background(rng)
    small = "small" in distortions
    angle = rng.uniform(-180, 180) if "rotation" in distortions else rng.uniform(-6, 6)
    perspective = rng.uniform(0.08, 0.18) if "perspective" in distortions else rng.uniform(0, 0.03)
    occupied: list[tuple[int, int, int, int]] = []
    placed: list[str] = []
    for text in texts:
        module_px = rng.choice((2, 3)) if small else rng.randint(4, 7 if len(texts) > 1 else 9)
        if paste_code(frame, render_code(text, module_px), rng, angle=angle + rng.uniform(-15, 15),
                      perspective=perspective, occupied=occupied):
            placed.append(text)
    # the order matters: blur happens in the lens, noise in the sensor, JPEG last
    for kind in ("glare", "low_contrast", "blur", "motion", "noise", "jpeg"):
        if kind in distortions:
            frame = _apply(frame, kind, rng)
    return SyntheticFrame(frame, placed, list(distortions))


def random_payload_text(rng: random.Random) -> str:
    """Texts like the ones on real labels: signed payloads (half), plain SNs, URLs."""
    from app.qr.payload import encode_payload
    from app.security.signing import SigningKey

    kind = rng.random()
    sn = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-") for _ in range(rng.randint(8, 16)))
    if kind < 0.5:
        group_id = "G" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(11))
        key = SigningKey.from_raw(rng.randbytes(32))  # Ed25519 signatures are deterministic: so is the frame
        batch = f"LOT-{rng.randrange(1000):03d}" if rng.random() < 0.7 else None
        return encode_payload(group_id=group_id, sn=sn, batch=batch, signing_key=key)
    if kind < 0.8:
        return sn
    return f"https://example.com/d/{sn}"


def hard_set(size: int = 240, seed: int = 20261123) -> list[SyntheticFrame]:
    return [make_frame(seed * 1000 + i) for i in range(size)]


def corpus_items(root: Path = CORPUS_DIR) -> list[tuple[Path, bytes]]:
    """(image, expected bytes) for every photograph that has a NAME.txt or NAME.bin beside it."""
    items: list[tuple[Path, bytes]] = []
    for image in sorted(root.rglob("*")):
        if image.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        for suffix in (".bin", ".txt"):
            expected = image.with_suffix(suffix)
            if expected.exists():
                items.append((image, expected.read_bytes()))
                break
    return items
