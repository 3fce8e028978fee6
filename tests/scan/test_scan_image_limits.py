"""Images that declare more pixels than the station decodes are refused from their header, in bounded memory."""

from __future__ import annotations

import resource
import struct
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.scan.image_size import MAX_IMAGE_PIXELS, image_dimensions
from app.scan.sources import ImageSource

ROOT = Path(__file__).resolve().parents[2]


def png_bomb(width: int, height: int) -> bytes:
    """A valid PNG of one grey colour: a few hundred KB on disk, width x height bytes once decoded."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * width
    rows = [compressor.compress(row) for _ in range(height)]
    idat = b"".join(rows) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".webp", ".bmp"])
def test_the_header_gives_the_size_of_every_common_format(tmp_path: Path, suffix: str) -> None:
    image = np.full((123, 457, 3), 200, dtype=np.uint8)
    path = tmp_path / f"x{suffix}"
    assert cv2.imwrite(str(path), image)
    assert image_dimensions(path.read_bytes()) == (457, 123)


def test_a_png_bomb_is_refused_naming_the_limit_and_others_still_scan(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(30000, 30000))
    assert bomb.stat().st_size < 2_000_000
    fine = tmp_path / "fine.png"
    cv2.imwrite(str(fine), np.full((50, 50, 3), 255, dtype=np.uint8))
    messages: list[str] = []
    source = ImageSource([bomb, fine], on_status=messages.append)
    source.open()
    frame = source.read(threading.Event())
    assert frame is not None and frame.file == fine
    assert source.unreadable == [bomb]
    assert "30000 x 30000 pixels" in messages[0] and f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels" in messages[0]


def test_the_scan_command_refuses_a_bomb_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb(30000, 30000))
    home, url = tmp_path / "home", f"sqlite:///{tmp_path / 'station.db'}"
    init = subprocess.run([sys.executable, "-m", "app", "--home", str(home), "--db", url, "init", "--org", "Bombs"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert init.returncode == 0, init.stderr
    script = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31)); "
              "from app.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, "--home", str(home), "--db", url, "scan", str(bomb)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "30000 x 30000 pixels" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 2_000_000  # KiB: well under 2 GB
