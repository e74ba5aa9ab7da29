#!/usr/bin/env bash
# Instructions of one evaluation of the French pack as it is (months read one by one) and of
# the same pack read at the evaluated month (eligo_bench months --only), counted by callgrind:
# the same figures whatever else the machine does. Each count is the whole run minus a run
# that loads, compiles and generates the population without evaluating.
#   bash benchmarks/months_instructions.sh [PERSONS] [PERIOD] [PACK]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
persons="${1:-10000}"
period="${2:-2025-09}"
pack="${3:-$root/rules/fr}"
bench="${ELIGO_BENCH:-$root/build/benchmarks/eligo_bench}"
command -v valgrind >/dev/null || { echo "months_instructions.sh: valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
count() {  # only runs
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" months --pack "$pack" --persons "$persons" \
      --period "$period" --threads 1 --only "$1" --runs "$2" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
setup=$(count stationary 0)
stationary=$(( $(count stationary 1) - setup ))
monthly=$(( $(count monthly 1) - setup ))
python3 -c "print('{\"period\": \"$period\", \"persons\": $persons, \"stationary_instructions\": $stationary, \"monthly_instructions\": $monthly, \"ratio\": %.3f}' % ($monthly / $stationary))"
