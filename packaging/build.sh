#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle (dist/dps-station/) and a Debian package from it (dist/*.deb).
#   bash packaging/build.sh            (after bash packaging/setup.sh; installs PyInstaller into .venv)
# DIST and WORK pick other output and scratch folders.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
DIST=$(realpath -m "${DIST:-dist}")
WORK=$(realpath -m "${WORK:-build/pyinstaller}")

"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install -q 'pyinstaller>=6.10'
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/dps-station.spec
"$PYTHON" packaging/make_deb.py --bundle "$DIST/dps-station" --out "$DIST" --work "$WORK/deb"
