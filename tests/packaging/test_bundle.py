"""The PyInstaller bundle and the .deb made from it, built by packaging/build.sh and used as a user would:
the bundle's own executable registers devices, prints labels to PDF and PNG, scans them back and opens every page
of its window; the .deb installs with apt, integrates with the desktop and starts."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.dpsstation.Station"
PASSWORD = "bundle-test-password-1"

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1200)]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed (a Debian machine builds the package)")
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "DIST": str(out), "WORK": str(tmp_path_factory.mktemp("build")), "PYTHON": sys.executable}
    result = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=1200, check=False)
    assert result.returncode == 0, f"packaging/build.sh failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return out


@pytest.fixture(scope="module")
def bundle(dist: Path) -> Path:
    executable = dist / "dps-station" / "dps-station"
    assert executable.is_file()
    return executable


def run(executable: Path | str, home: Path, *args: str, stdin: str | None = None,
        signed_in: bool = True) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "DPS_"))}
    env.update(DPS_HOME=str(home), DPS_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen")
    user = ["--user", "admin"] if signed_in else []
    return subprocess.run([str(executable), *user, *args], cwd=home.parent, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300, check=False)


def ok(executable: Path | str, home: Path, *args: str, **kwargs: object) -> str:
    result = run(executable, home, *args, **kwargs)  # type: ignore[arg-type]
    assert result.returncode == 0, f"{' '.join(args)}: {result.stderr}"
    return result.stdout


def station(executable: Path | str, home: Path) -> None:
    ok(executable, home, "init", "--org", "Bundle Ltd", signed_in=False)
    ok(executable, home, "user", "add", "admin", "--role", "supervisor", stdin=f"{PASSWORD}\n", signed_in=False)
    ok(executable, home, "masterdata", "create-group", "pumps", "--asset-type", "pump")
    ok(executable, home, "group", "create", "line1", "--masterdata-group", "pumps", "--ou", "ou1",
       "--environment", "prod")
    ok(executable, home, "device", "range", "--group", "line1", "--prefix", "PUMP-", "--start", "1", "--count", "3",
       "--width", "4")


def test_the_bundle_answers_its_version_without_python_around(bundle: Path, tmp_path: Path) -> None:
    from app import __version__

    assert ok(bundle, tmp_path / "home", "--version", signed_in=False).strip() == f"dps-station {__version__}"


def test_the_bundle_prints_labels_that_it_scans_back_as_genuine(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    station(bundle, home)
    pdf = tmp_path / "labels.pdf"
    printed = ok(bundle, home, "label", "print", "--group", "line1", "--template", "avery-l7160", "--out", str(pdf))
    assert "verified" in printed and pdf.read_bytes().startswith(b"%PDF")
    images = tmp_path / "png"
    ok(bundle, home, "label", "print", "--group", "line1", "--template", "thermal-50x30", "--out", str(images))
    pngs = sorted(images.rglob("*.png"))
    assert len(pngs) == 3
    scanned = ok(bundle, home, "scan", "--group", "line1", "--format", "json", *map(str, pngs))
    results = [json.loads(line) for line in scanned.splitlines()]
    assert sorted(r["sn"] for r in results) == ["PUMP-0001", "PUMP-0002", "PUMP-0003"]
    assert {(r["outcome"], r["verified"]) for r in results} == {("ok", True)}


def test_the_bundle_opens_every_page_of_its_window(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle, tmp_path / "home", "self-test", signed_in=False)
    assert result.returncode == 0, result.stderr
    assert "modules load" in result.stdout and "the window opens" in result.stdout
    assert "problem" not in result.stderr


def descendants(pid: int) -> list[list[str]]:
    """Command lines of the processes below pid."""
    found: list[list[str]] = []
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        return found
    for child in children.read_text().split():
        try:
            found.append(Path(f"/proc/{child}/cmdline").read_bytes().decode().split("\0")[:-1])
        except OSError:
            continue
        found.extend(descendants(int(child)))
    return found


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_bundle_without_a_display_starts_its_window_on_a_virtual_screen(bundle: Path, tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM") and not key.startswith("PYTHON")}
    env["DPS_HOME"] = str(tmp_path / "home")
    process = subprocess.Popen([str(bundle)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        window: list[str] | None = None
        while window is None and process.poll() is None and time.monotonic() < deadline:
            window = next((line for line in descendants(process.pid) if line and line[0] == str(bundle)), None)
            time.sleep(0.2)
        assert process.poll() is None, f"exited with {process.returncode}: {process.communicate()[1]}"
        assert window == [str(bundle)]  # the bundle itself again, not `-m app` (which it cannot run)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=60)


@pytest.fixture(scope="module")
def installed(dist: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("installing the .deb needs root and apt (CI runs as root)")
    package = next(dist.glob("dps-station_*.deb"))
    subprocess.run(["apt-get", "install", "-y", "-qq", str(package)], check=True, capture_output=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, timeout=600)
    yield Path("/usr/bin/dps-station")
    subprocess.run(["apt-get", "remove", "-y", "-qq", "dps-station"], check=True, capture_output=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, timeout=600)


def test_the_deb_installs_with_apt_and_starts(installed: Path, tmp_path: Path) -> None:
    assert installed.resolve() == Path("/usr/lib/dps-station/dps-station")
    result = run(installed, tmp_path / "home", "self-test", signed_in=False)
    assert result.returncode == 0, result.stderr
    assert Path(f"/usr/share/applications/{APP_ID}.desktop").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/dps-station.png").is_file()
    assert Path("/usr/share/icons/hicolor/scalable/apps/dps-station.svg").is_file()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_deb_metainfo_passes_appstream_validate_and_compose(dist: Path, tmp_path: Path) -> None:
    package = next(dist.glob("dps-station_*.deb"))
    tree = tmp_path / "tree"
    subprocess.run(["dpkg-deb", "-x", str(package), str(tree)], check=True, timeout=300)
    metainfo = tree / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    validate = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True,
                              text=True, timeout=120, check=False)
    assert validate.returncode == 0, validate.stdout
    result_root = tmp_path / "catalog"
    compose = subprocess.run(["appstreamcli", "compose", "--no-net", f"--result-root={result_root}",
                              "--origin=dps-station", "--prefix=/usr", str(tree)], capture_output=True, text=True,
                             timeout=300, check=False)
    assert compose.returncode == 0, compose.stdout + compose.stderr
    catalog = next(result_root.rglob("dps-station.xml.gz"))
    assert f"<id>{APP_ID}</id>" in gzip.decompress(catalog.read_bytes()).decode()
    assert list(result_root.rglob(f"icons/**/{APP_ID}.png"))
