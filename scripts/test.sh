#!/usr/bin/env bash
# Every test: builds eligo, runs the C++ tests (ctest), then the Python tests (pytest).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh"
build_dir="${ELIGO_BUILD_DIR:-$root/build}"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
if [ -f "$root/scripts/test-python.sh" ]; then
  bash "$root/scripts/test-python.sh"
fi
