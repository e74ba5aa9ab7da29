#!/usr/bin/env bash
# The C++ tests under sanitizers (see docs/reliability.md):
#   1. every ctest test (unit and command-line tests) built with AddressSanitizer and
#      UndefinedBehaviorSanitizer, except the consumer.* packaging tests (they rebuild
#      eligo without sanitizers in a separate project), in build-sanitize/ (clang; the fuzz targets of
#      scripts/fuzz-smoke.sh are built in the same tree, so one build serves both);
#   2. the threaded tests (Catch2 tag [threads]) built with ThreadSanitizer, in build-tsan/.
# The million-person thread test runs on ELIGO_THREAD_TEST_GROUPS groups (default 40000
# here) because sanitized code runs 5 to 15 times slower.
# Environment: ELIGO_SANITIZE_BUILD_DIR, ELIGO_TSAN_BUILD_DIR, ELIGO_JOBS (default: nproc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
jobs="${ELIGO_JOBS:-$(nproc)}"
asan_dir="${ELIGO_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
tsan_dir="${ELIGO_TSAN_BUILD_DIR:-$root/build-tsan}"
export ELIGO_THREAD_TEST_GROUPS="${ELIGO_THREAD_TEST_GROUPS:-40000}"

configure() {  # build dir, then cmake options
  local dir="$1"
  shift
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    # -O1: sanitizers' recommended level, and much quicker to compile than -O2.
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_COMPILER=clang++ "$@" >/dev/null
  fi
}

# Any report fails the test at once, with a stack trace.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer: every C++ test" >&2
configure "$asan_dir" -DELIGO_SANITIZE=address,undefined -DELIGO_FUZZ=ON
cmake --build "$asan_dir" --parallel "$jobs"
ctest --test-dir "$asan_dir" --output-on-failure --parallel "$jobs" --timeout 600 \
  --exclude-regex '^consumer[.]'

echo "== ThreadSanitizer: the threaded tests" >&2
configure "$tsan_dir" -DELIGO_SANITIZE=thread -DELIGO_BUILD_CLI=OFF
cmake --build "$tsan_dir" --parallel "$jobs" --target eligo_unit_tests
"$tsan_dir/tests/eligo_unit_tests" "[threads]"
