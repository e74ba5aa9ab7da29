#!/usr/bin/env bash
# CI-sized cross-check of rules/fr against OpenFisca-France (tests/python/test_crosscheck.py).
# Installs openfisca-france and pytest in a virtual environment when they are missing
# (ELIGO_CROSSCHECK_VENV, default build/crosscheck-venv), then runs the test with the eligo
# binary of the build (ELIGO, default build/eligo).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${ELIGO_BUILD_DIR:-$root/build}"
venv="${ELIGO_CROSSCHECK_VENV:-$build_dir/crosscheck-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import openfisca_france, pytest, yaml" 2>/dev/null; then
  "$venv/bin/pip" install --quiet openfisca-france pytest pyyaml
fi
export ELIGO="${ELIGO:-$build_dir/eligo}"
export ELIGO_CROSSCHECK=1
exec "$venv/bin/python" -m pytest -q -s "$root/tests/python/test_crosscheck.py" "$@"
