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
# The bundle takes resources/ as it is: build the translations' .qm files first (as setup.sh does), so a
# bundle never ships without them or with older ones than the .ts sources.
LRELEASE=${LRELEASE:-$(dirname "$PYTHON")/pyside6-lrelease}
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$LRELEASE" -silent "$ts" -qm "$qm" || { echo "build: pyside6-lrelease failed on $ts" >&2; exit 1; }
  fi
done
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/dps-station.spec
"$PYTHON" packaging/make_deb.py --bundle "$DIST/dps-station" --out "$DIST" --work "$WORK/deb"
