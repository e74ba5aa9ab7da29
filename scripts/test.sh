#!/usr/bin/env bash
# Every test, as .ci/run runs it (docs/reliability.md):
#   1. the C++ tests (ctest) on one build under AddressSanitizer and
#      UndefinedBehaviorSanitizer, with a short libFuzzer run of each fuzz target
#      (scripts/test-sanitized.sh, build-sanitize/);
#   2. the threaded tests under ThreadSanitizer (scripts/test-threads.sh, build-tsan/), run
#      beside step 3;
#   3. the Python tests on the package pip builds (Release), with the cross-check of 500
#      households against OpenFisca-France (scripts/test-python.sh).
# The Python packages and OpenFisca's environment are installed in the background while
# the C++ tests build and run; their log is build/setup-python.log. Step 2 runs beside
# step 3 at the lowest CPU priority, on the core the Python step leaves idle (pip's serial
# phases, pytest); its log is build/test-threads.log, shown at the end.
# A quicker run of the C++ tests without sanitizers: bash scripts/build.sh && ctest --test-dir build
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# Each step's wall time and CPU time, for the CI budget (docs/reliability.md). On a shared
# machine the wall time moves with the other jobs; the CPU time (user + system of the
# step's processes) hardly does. The step runs in a subshell, whose `times` counts the
# processes it waited for, that is the step's and no other.
cpu_dir="$(mktemp -d)"
trap 'rm -rf "$cpu_dir"' EXIT
timed() {
  (
    start=$SECONDS
    status=0
    "$@" || status=$?
    times_file="$cpu_dir/$BASHPID"
    times >"$times_file"  # second line: the children's user and system time
    cpu=$(awk 'NR == 2 { total = 0
      for (i = 1; i <= 2; ++i) { split($i, part, "m"); sub("s", "", part[2]); total += part[1] * 60 + part[2] }
      printf "%.0f", total }' "$times_file")
    echo "== $(basename "$2"): $((SECONDS - start)) s, CPU ${cpu} s" >&2
    exit "$status"
  )
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

# The ThreadSanitizer build and its tests beside the Python tests, niced: the pip build
# keeps both cores, and ThreadSanitizer takes the one pip's configure and packaging and
# pytest leave idle, then both once the Python tests end (docs/reliability.md: the time
# this saves). Never beside the tests of step 1: the fuzz runs are timed, and would run
# fewer inputs.
threads_log="$root/build/test-threads.log"
(
  renice -n 19 -p "$BASHPID" >/dev/null || true
  timed bash "$root/scripts/test-threads.sh"
) >"$threads_log" 2>&1 &
threads=$!

python_status=0
timed bash "$root/scripts/test-python.sh" || python_status=$?

# Back to the normal priority for what is left of it: on a machine shared with other jobs
# a niced build would wait for all of theirs. Lowering the niceness needs the privilege to
# (root, or RLIMIT_NICE); without it the step stays niced, which costs nothing on a
# machine of its own. Each process is reniced before its children are listed, so that a
# child started in between inherits the new priority.
renice_tree() {
  renice -n 0 -p "$1" >/dev/null 2>&1 || return 0
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do renice_tree "$child"; done
}
command -v ps >/dev/null && renice_tree "$threads"

start=$SECONDS
threads_status=0
wait "$threads" || threads_status=$?
echo "== the threaded tests, beside the Python tests (build/test-threads.log):" >&2
cat "$threads_log" >&2
echo "== waiting for the threaded tests after the Python tests: $((SECONDS - start)) s" >&2
if [ "$threads_status" != 0 ]; then
  echo "eligo: the threaded tests under ThreadSanitizer failed (log above)" >&2
  exit "$threads_status"
fi
exit "$python_status"
