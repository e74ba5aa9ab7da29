#!/usr/bin/env bash
# Installs the Python packages the eligo package and its tests need (from PyPI), only those
# that are missing. Called by scripts/test-python.sh, and early by scripts/test.sh, which
# runs it in the background while the C++ tests build. PYTHON selects the interpreter.
set -euo pipefail
python="${PYTHON:-python3}"

# module name -> pip requirement
declare -A needed=(
  [numpy]=numpy [pandas]=pandas [pytest]=pytest
  [scikit_build_core]=scikit-build-core [pybind11]=pybind11
  [dask]="dask[dataframe,distributed]" [distributed]="dask[dataframe,distributed]"
  [matplotlib]=matplotlib [sklearn]=scikit-learn [nbclient]=nbclient [nbformat]=nbformat [ipykernel]=ipykernel
)
missing=()
for module in "${!needed[@]}"; do
  "$python" -c "import $module" 2>/dev/null || missing+=("${needed[$module]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "eligo python tests: installing ${missing[*]}" >&2
  "$python" -m pip install -q --disable-pip-version-check "${missing[@]}"
fi
