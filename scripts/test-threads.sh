#!/usr/bin/env bash
# The threaded tests (Catch2 tag [threads]: evaluation on several threads, ranking models
# shared between threads) under ThreadSanitizer, in build-tsan/. Only the small
# eligo_thread_tests executable is built there, with the stages of the library it links (up
# to rank, tests/CMakeLists.txt; in a unity build, the test files at -O0). Called by
# scripts/test.sh.
# The million-person thread test runs on ELIGO_THREAD_TEST_GROUPS households (default
# 40000 here: ThreadSanitizer slows the code 5 to 15 times).
# Environment: ELIGO_TSAN_BUILD_DIR (default build-tsan), ELIGO_JOBS (default: nproc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
build_dir="${ELIGO_TSAN_BUILD_DIR:-$root/build-tsan}"
jobs="${ELIGO_JOBS:-$(nproc)}"

bash "$root/scripts/configure-sanitized.sh" "$build_dir" \
  -DELIGO_SANITIZE=thread -DELIGO_BUILD_CLI=OFF -DELIGO_BUILD_BENCHMARKS=OFF
cmake --build "$build_dir" --parallel "$jobs" --target eligo_thread_tests

echo "== ThreadSanitizer: the threaded tests" >&2
ELIGO_THREAD_TEST_GROUPS="${ELIGO_THREAD_TEST_GROUPS:-40000}" \
  "$build_dir/tests/eligo_thread_tests" "[threads]"
