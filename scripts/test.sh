#!/usr/bin/env bash
# Every test, as .ci/run runs it (docs/reliability.md):
#   1. the C++ tests (ctest) on one build under AddressSanitizer and
#      UndefinedBehaviorSanitizer, with a short libFuzzer run of each fuzz target
#      (scripts/test-sanitized.sh, build-sanitize/);
#   2. the threaded tests under ThreadSanitizer (scripts/test-threads.sh, build-tsan/);
#   3. the Python tests on the package pip builds (Release), with the cross-check of 500
#      households against OpenFisca-France (scripts/test-python.sh).
# The Python packages and OpenFisca's environment are installed in the background while
# the C++ tests build and run; their log is build/setup-python.log.
# A quicker run of the C++ tests without sanitizers: bash scripts/build.sh && ctest --test-dir build
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Each step's wall time, for the CI budget (docs/reliability.md).
timed() {
  local start=$SECONDS
  "$@"
  echo "== $(basename "$2"): $((SECONDS - start)) s" >&2
}

timed bash "$root/scripts/setup.sh"

mkdir -p "$root/build"
log="$root/build/setup-python.log"
openfisca_python_file="$root/build/openfisca-python.txt"
rm -f "$openfisca_python_file"
(
  bash "$root/scripts/setup-python.sh"
  if [ -z "${ELIGO_OPENFISCA_PYTHON:-}" ] && [ "${ELIGO_SKIP_OPENFISCA:-0}" != 1 ]; then
    bash "$root/scripts/setup-openfisca.sh" >"$openfisca_python_file"
  fi
) >"$log" 2>&1 &
python_setup=$!

timed bash "$root/scripts/test-sanitized.sh"
timed bash "$root/scripts/test-threads.sh"

start=$SECONDS
if ! wait "$python_setup"; then
  cat "$log" >&2
  echo "eligo: installing the Python packages or OpenFisca's environment failed (log above)" >&2
  exit 1
fi
echo "== waiting for the Python set-up: $((SECONDS - start)) s" >&2
if [ -s "$openfisca_python_file" ]; then
  ELIGO_OPENFISCA_PYTHON="$(cat "$openfisca_python_file")"
  export ELIGO_OPENFISCA_PYTHON
fi
timed bash "$root/scripts/test-python.sh"
