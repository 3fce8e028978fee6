"""Make a Debian package from the PyInstaller bundle: the bundle under /usr/lib/dps-station, the command in
/usr/bin, the menu entry, hicolor icons (PNG in the usual sizes rendered from the SVG, plus scalable) and the
AppStream metainfo.

    python packaging/make_deb.py --bundle dist/dps-station --out dist
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.dpsstation.Station"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# What the bundle loads from the system: Qt's xcb platform, OpenGL/EGL, fonts, D-Bus, sound, the zbar decoder.
DEPENDS = ("libc6", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
           "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1", "libxkbcommon-x11-0", "libxkbcommon0", "libegl1",
           "libgl1", "libfontconfig1", "libdbus-1-3", "libglib2.0-0", "libpulse0", "libasound2", "libzbar0")
RECOMMENDS = ("xvfb", "xauth", "cups-client")


def project_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def render_icons(svg: Path, icons: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_deb: {svg} is not a valid SVG")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / "dps-station.png")):
            raise SystemExit(f"make_deb: could not write the {size}x{size} icon")
    scalable = icons / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(svg, scalable / "dps-station.svg")


def installed_size_kib(tree: Path) -> int:
    return sum(path.stat().st_size for path in tree.rglob("*") if path.is_file() and not path.is_symlink()) // 1024


def control(version: str, arch: str, size_kib: int) -> str:
    return (f"Package: dps-station\nVersion: {version}\nArchitecture: {arch}\n"
            "Maintainer: DPS Station developers <dps-station@example.invalid>\n"
            f"Installed-Size: {size_kib}\nDepends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\n"
            "Section: utils\nPriority: optional\n"
            "Description: Desktop onboarding station for a Device Provisioning Service\n"
            " Registers devices, prints signed QR labels, scans them on site and onboards the\n"
            " devices; runs the provisioning service that Azure IoT device SDKs talk to.\n")


def build(bundle: Path, out: Path, work: Path) -> Path:
    if not (bundle / "dps-station").is_file():
        raise SystemExit(f"make_deb: no bundle at {bundle} (run pyinstaller packaging/dps-station.spec first)")
    version, arch = project_version(), architecture()
    tree = work / "root"
    shutil.rmtree(work, ignore_errors=True)
    lib = tree / "usr" / "lib" / "dps-station"
    shutil.copytree(bundle, lib, symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "dps-station").symlink_to("../lib/dps-station/dps-station")
    share = tree / "usr" / "share"
    for folder, source, name in (("applications", f"{APP_ID}.desktop", f"{APP_ID}.desktop"),
                                 ("metainfo", f"{APP_ID}.metainfo.xml", f"{APP_ID}.metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy(ROOT / "resources" / source, share / folder / name)
    render_icons(ROOT / "resources" / "icons" / "dps-station.svg", share / "icons" / "hicolor")
    docs = share / "doc" / "dps-station"
    docs.mkdir(parents=True)
    (docs / "copyright").write_text("DPS Station. Copyright the DPS Station developers. All rights reserved.\n")
    debian = tree / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control(version, arch, installed_size_kib(tree)))
    for path in tree.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    out.mkdir(parents=True, exist_ok=True)
    package = out / f"dps-station_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z3", "--build", str(tree), str(package)],
                   check=True, capture_output=True)
    print(f"make_deb: wrote {package}")
    return package


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "dps-station")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    args = parser.parse_args()
    build(args.bundle.resolve(), args.out.resolve(), args.work.resolve())


if __name__ == "__main__":
    main()
