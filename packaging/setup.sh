#!/usr/bin/env bash
# Set up DPS Station on Debian/Ubuntu: system packages (as root), Python >= 3.12, .venv with the app and its tests.
# Idempotent and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  libzbar0 libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libglib2.0-0 libnss3 libasound2 fonts-dejavu-core fonts-wqy-microhei
  xvfb xauth postgresql cups printer-driver-cups-pdf zsh
  appstream appstream-compose binutils
)

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
fi
# Node.js and npm: the tests run the Azure IoT Node SDK and a ZPL renderer from the npm registry.
command -v npm >/dev/null || missing+=(nodejs npm)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # cups and postgresql start services on install; tests start their own servers.
    service cups stop >/dev/null 2>&1 || true
  else
    echo "setup: please install (as root): apt-get install --no-install-recommends ${missing[*]}" >&2
  fi
fi

# PySide6 6.12 on Python 3.11 drops references to None in QPainter calls and aborts long print jobs:
# Python 3.12 or newer only.
python_ok() { "$1" -c 'import sys; raise SystemExit(sys.version_info < (3, 12))' 2>/dev/null; }
pick_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3; do
    [ -n "$candidate" ] && command -v "$candidate" >/dev/null && python_ok "$candidate" && { command -v "$candidate"; return; }
  done
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3; do
    [ -x "$candidate" ] && python_ok "$candidate" && { echo "$candidate"; return; }
  done
  return 1
}
if [ -x .venv/bin/python ] && python_ok .venv/bin/python; then
  :
else
  python=$(pick_python) || { echo "setup: Python 3.12 or newer is needed (3.11 crashes PySide6 6.12 print jobs); install python3.12" >&2; exit 1; }
  rm -rf .venv
  "$python" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
stamp=.venv/.dps-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q -e '.[test]' >.venv/pip.log 2>&1 || { cat .venv/pip.log >&2; exit 1; }
  touch "$stamp"
fi
# The window's translations: .qm files built from the .ts sources (docs/translations.md); not committed.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm" || { echo "setup: pyside6-lrelease failed on $ts" >&2; exit 1; }
  fi
done
echo "setup: ready ($(.venv/bin/python --version))"
