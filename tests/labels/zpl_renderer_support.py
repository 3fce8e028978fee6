"""An independent ZPL renderer for the tests: zpl-renderer-js (zebrash, a Go ZPL renderer in WebAssembly) in Node.

Installed from tests/labels/zpl_renderer/package-lock.json with `npm ci` the first time it is
needed (node_modules is not committed). Node and npm are required: without them the tests fail
and say so, rather than skip, so that CI cannot pass without rendering the ZPL.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

RENDERER_DIR = Path(__file__).parent / "zpl_renderer"
DOTS_PER_MM = {203: 8, 300: 12, 600: 24}  # what Zebra printers of each nominal resolution really have


def ensure_renderer() -> Path:
    """The renderer's folder with its node_modules installed; AssertionError naming what is missing."""
    node, npm = shutil.which("node"), shutil.which("npm")
    assert node and npm, ("the ZPL tests need Node.js and npm (apt-get install nodejs npm) to run the independent "
                          "ZPL renderer in tests/labels/zpl_renderer")
    if not (RENDERER_DIR / "node_modules" / "zpl-renderer-js").is_dir():
        result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=RENDERER_DIR, capture_output=True,
                                text=True, timeout=600)
        assert result.returncode == 0, f"npm ci in {RENDERER_DIR} failed:\n{result.stdout}\n{result.stderr}"
    return RENDERER_DIR


def render_zpl(zpl_file: Path, width_mm: float, height_mm: float, dpi: int, out_dir: Path) -> list[Path]:
    """Render every label of a ZPL file to PNG files in out_dir (label-00001.png, ...)."""
    renderer = ensure_renderer()
    result = subprocess.run(["node", str(renderer / "render.mjs"), str(zpl_file), str(width_mm), str(height_mm),
                             str(DOTS_PER_MM[dpi]), str(out_dir)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"the ZPL renderer failed:\n{result.stdout}\n{result.stderr}"
    files = sorted(out_dir.glob("label-*.png"))
    assert len(files) == int(result.stdout.strip().splitlines()[-1])
    return files
