#!/usr/bin/env bash
# Update the translation sources (resources/translations/*.ts) from the window's tr() calls and the services'
# message templates (app/domain/messages.py), keeping the translations already made. Then translate the new
# entries (pyside6-linguist, or any .ts editor) and commit the .ts files; packaging/setup.sh builds the .qm files.
# See docs/translations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-.venv/bin/pyside6-lupdate}
# app/scan/outcome_table.py marks the Field banner's titles (context "installer")
mapfile -t sources < <(find app/ui app/domain app/scan/outcome_table.py -name "*.py" | sort)
languages=("$@")
((${#languages[@]})) || languages=(de zh_CN)
targets=()
for language in "${languages[@]}"; do
  targets+=("resources/translations/dps_station_${language}.ts")
done
"$LUPDATE" -no-obsolete -locations none "${sources[@]}" -ts "${targets[@]}"
