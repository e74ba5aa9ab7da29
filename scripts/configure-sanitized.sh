#!/usr/bin/env bash
# Configures a sanitizer build folder once (an existing one is kept as it is, e.g. one
# configured with ccache): clang, the library and the command line at -O1 with line tables
# only (what the sanitizers need for their reports, and quick to compile) in a unity build,
# the test programs at -O0 (docs/reliability.md measures both choices).
# Usage: configure-sanitized.sh BUILD_DIR [CMAKE_OPTION...], e.g.
#   configure-sanitized.sh build-sanitize -DELIGO_SANITIZE=address,undefined -DELIGO_FUZZ=ON
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$1"
shift
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DELIGO_UNITY_BUILD=ON -DELIGO_TEST_COMPILE_OPTIONS=-O0 "$@" >/dev/null
fi
