#!/usr/bin/env bash
# The Python environment of the OpenFisca-France cross-check, kept apart from eligo's:
# openfisca-core pins numpy, pytest and psutil to ranges eligo's environment need not follow.
# Creates it when missing (PyPI), then prints its interpreter, e.g.
#   export ELIGO_OPENFISCA_PYTHON="$(bash scripts/setup-openfisca.sh)"
# ELIGO_OPENFISCA_VENV chooses the folder (default build/openfisca-venv). The figures of
# docs/crosscheck.md are for OpenFisca-France 176.1.8: the version is pinned.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${ELIGO_BUILD_DIR:-$root/build}"
venv="${ELIGO_OPENFISCA_VENV:-$build_dir/openfisca-venv}"
version="176.1.8"
python="$venv/bin/python"
installed() {
  "$python" -c "import yaml, importlib.metadata as m; assert m.version('OpenFisca-France') == '$version'" 2>/dev/null
}
if ! installed; then
  echo "eligo: installing OpenFisca-France $version in $venv" >&2
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "OpenFisca-France==$version" pyyaml >&2
  installed || { echo "eligo: OpenFisca-France $version could not be installed in $venv" >&2; exit 1; }
fi
echo "$python"
