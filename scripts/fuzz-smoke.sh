#!/usr/bin/env bash
# A libFuzzer run of each target of tests/fuzz over its seed corpus, longer than the
# 20-second runs of the test suite (ctest fuzz.smoke.*; see docs/reliability.md). Fails
# when a target crashes, leaks, trips a sanitizer or times out on one input; the input
# that did is left in the build folder as crash-*, leak-* or timeout-*, to be turned into
# a regression test.
# Environment:
#   ELIGO_FUZZ_SECONDS   seconds per target (default 300)
#   ELIGO_FUZZ_BUILD_DIR build folder, shared with scripts/test-sanitized.sh (default build-sanitize)
#   ELIGO_JOBS           build jobs (default: nproc)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
seconds="${ELIGO_FUZZ_SECONDS:-300}"
build_dir="${ELIGO_FUZZ_BUILD_DIR:-$root/build-sanitize}"
jobs="${ELIGO_JOBS:-$(nproc)}"

# The configuration of scripts/test-sanitized.sh, so that both use one build.
bash "$root/scripts/configure-sanitized.sh" "$build_dir" -DELIGO_SANITIZE=address,undefined -DELIGO_FUZZ=ON
# The targets named as arguments (e.g. fuzz_model), or all four.
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(fuzz_formula fuzz_pack fuzz_csv fuzz_model)
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]}"

failed=()
for target in "${targets[@]}"; do
  # New inputs go to a scratch corpus, so the seed corpus in the source tree stays as it is.
  work="$build_dir/fuzz-work/$target"
  mkdir -p "$work/corpus"
  echo "== $target: ${seconds}s" >&2
  if ! (cd "$work" && "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 \
          -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
          corpus "$root/tests/fuzz/corpus/$target" 2>"$work/log"); then
    failed+=("$target")
    tail -n 60 "$work/log" >&2
  fi
  grep -E '^(stat::number_of_executed_units|Done)' "$work/log" >&2 || true
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz smoke: failures in ${failed[*]} (inputs left in $build_dir/fuzz-work)" >&2
  exit 1
fi
