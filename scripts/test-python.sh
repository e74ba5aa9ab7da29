#!/usr/bin/env bash
# The Python tests: installs what they need (only what is missing), builds and installs the
# eligo package from this tree with pip, then runs pytest on tests/python.
#
# The build folder (build/python/, see pyproject.toml) is kept, so a second run rebuilds
# only what changed. PYTHON selects the interpreter (default: python3).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"

bash "$root/scripts/setup-python.sh"

# The command line is built into the package when its sources are in the tree.
cli_flag=()
compgen -G "$root/src/cli/*.cpp" >/dev/null || cli_flag=(-C cmake.define.ELIGO_BUILD_CLI=OFF)

export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"
"$python" -m pip install -q --disable-pip-version-check --no-build-isolation "${cli_flag[@]}" "$root"

# The cross-check against OpenFisca-France (test_crosscheck.py) runs OpenFisca in its own
# environment, created on first use; ELIGO_SKIP_OPENFISCA=1 leaves it out.
if [ -z "${ELIGO_OPENFISCA_PYTHON:-}" ] && [ "${ELIGO_SKIP_OPENFISCA:-0}" != 1 ]; then
  ELIGO_OPENFISCA_PYTHON="$(bash "$root/scripts/setup-openfisca.sh")"
  export ELIGO_OPENFISCA_PYTHON
fi

# From the tests folder, so `import eligo` is the installed package, not the source tree.
cd "$root/tests/python"
exec "$python" -m pytest -q -p no:cacheprovider "$@"
