#!/usr/bin/env bash
# Every test under sanitizers (see docs/reliability.md), a variant of scripts/test.sh:
#   1. the C++ tests (ctest) on one build with clang, AddressSanitizer and
#      UndefinedBehaviorSanitizer at -O1, in build-sanitize/: unit tests, command-line
#      tests, a short run of each fuzz target, benchmark smoke runs and packaging tests;
#   2. the threaded tests under ThreadSanitizer (scripts/test-threads.sh, build-tsan/);
#   3. the Python tests (pytest) on the package built by pip (scripts/test-python.sh).
# Any sanitizer report aborts the program, which fails its test.
# Environment: ELIGO_TEST_BUILD_DIR (default build-sanitize), ELIGO_JOBS (default: nproc).
# To compile through ccache, configure build-sanitize yourself first with the same options
# and -DCMAKE_CXX_COMPILER_LAUNCHER=ccache: an existing build folder is kept as it is.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
build_dir="${ELIGO_TEST_BUILD_DIR:-$root/build-sanitize}"
jobs="${ELIGO_JOBS:-$(nproc)}"

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  # -O1 and line tables only: what the sanitizers need for their reports, and quick to
  # compile. ELIGO_FUZZ adds the fuzz targets and the coverage feedback they need.
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DELIGO_SANITIZE=address,undefined -DELIGO_FUZZ=ON >/dev/null
fi
cmake --build "$build_dir" --parallel "$jobs"
ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs"

bash "$root/scripts/test-threads.sh"

bash "$root/scripts/test-python.sh"
