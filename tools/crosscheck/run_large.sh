#!/usr/bin/env bash
# The large cross-check: 10,000 households for each of three months (2024-09, 2025-09,
# 2026-09), seed 1. Writes the figures to $OUT/crosscheck_large.txt and every difference to
# $OUT/crosscheck_large.json (tables: tools/crosscheck/summary.py). About a minute of CPU per
# month for OpenFisca; run it in the background on a shared machine.
#   nohup tools/crosscheck/run_large.sh > /tmp/crosscheck_large.log 2>&1 &
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-$(bash "$root/scripts/setup-openfisca.sh")}"
eligo="${ELIGO:-$root/build/eligo}"
out="${OUT:-$root/build}"
mkdir -p "$out"
"$python" "$root/tools/crosscheck/crosscheck.py" --households "${HOUSEHOLDS:-10000}" --seed 1 \
  --stationary birthdays earning_children pregnancies overseas retirement_cohorts \
  --months 2024-09 2025-09 2026-09 --show 40 --json "$out/crosscheck_large.json" \
  --eligo "$eligo evaluate {pack} --period {period} --groups {groups} --persons {persons} --format csv --output {output}" \
  | tee "$out/crosscheck_large.txt"
