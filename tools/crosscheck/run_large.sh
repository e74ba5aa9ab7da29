#!/usr/bin/env bash
# The large cross-check: 10,000 households for each of three months (2024-09, 2025-09,
# 2026-09), seed 1. Writes the figures to $OUT/crosscheck_large.txt and every difference to
# $OUT/crosscheck_large.json. Run in the background: it takes tens of minutes on two cores.
#   nohup tools/crosscheck/run_large.sh > /tmp/crosscheck_large.log 2>&1 &
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
python="${PYTHON:-python3}"
eligo="${ELIGO:-$root/build/eligo}"
out="${OUT:-$root/build}"
mkdir -p "$out"
"$python" "$root/tools/crosscheck/crosscheck.py" --households "${HOUSEHOLDS:-10000}" --seed 1 \
  --months 2024-09 2025-09 2026-09 --show 0 --json "$out/crosscheck_large.json" \
  --eligo "$eligo evaluate {pack} --period {period} --groups {groups} --persons {persons} --format csv --output {output}" \
  | tee "$out/crosscheck_large.txt"
