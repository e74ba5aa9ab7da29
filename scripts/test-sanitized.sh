#!/usr/bin/env bash
# The C++ tests (ctest) under AddressSanitizer and UndefinedBehaviorSanitizer, on one clang
# build in build-sanitize/: unit tests, command-line tests, a short run of each fuzz target
# (fuzz.smoke.*), benchmark smoke runs and packaging tests. Called by scripts/test.sh.
# Any sanitizer report aborts the program, which fails its test (cmake/sanitizer_options.cpp).
#
# The library and the command line are compiled at -O1 in a unity build (batches of files),
# the test programs at -O0: the CPU this saves is measured in docs/reliability.md.
# Environment: ELIGO_TEST_BUILD_DIR (default build-sanitize), ELIGO_JOBS (default: nproc).
# To compile through ccache, configure build-sanitize yourself first with the options of
# scripts/configure-sanitized.sh and -DCMAKE_CXX_COMPILER_LAUNCHER=ccache: an existing build
# folder is kept as it is.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
build_dir="${ELIGO_TEST_BUILD_DIR:-$root/build-sanitize}"
jobs="${ELIGO_JOBS:-$(nproc)}"

# ELIGO_FUZZ adds the fuzz targets and the coverage feedback they need.
bash "$root/scripts/configure-sanitized.sh" "$build_dir" -DELIGO_SANITIZE=address,undefined -DELIGO_FUZZ=ON
echo "== AddressSanitizer and UndefinedBehaviorSanitizer: build" >&2
cmake --build "$build_dir" --parallel "$jobs"
echo "== AddressSanitizer and UndefinedBehaviorSanitizer: every C++ test" >&2
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs"
