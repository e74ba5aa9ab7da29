#!/usr/bin/env bash
# Every test: builds eligo (Release, build/), runs the C++ tests (ctest), then the Python
# tests (pytest, with the CI-sized cross-check against OpenFisca-France).
# The same tests under AddressSanitizer, UndefinedBehaviorSanitizer and ThreadSanitizer,
# with a short run of each fuzz target: scripts/test-sanitized.sh (docs/reliability.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh"
build_dir="${ELIGO_BUILD_DIR:-$root/build}"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
bash "$root/scripts/test-python.sh"
