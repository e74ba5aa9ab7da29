#!/usr/bin/env bash
# Ranking benchmark: eligo's logistic regression and tree ranker beside scikit-learn and
# LightGBM on the same simulated rows. Usage: bash benchmarks/ranking/run.sh [OUTPUT_DIR] [K]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/build-benchmarks/ranking}"
k="${2:-50}"
python3 -m pip install --quiet lightgbm scikit-learn pandas matplotlib tabulate
cmake -S "$root" -B "$root/build-benchmarks" -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_BUILD_CLI=OFF \
      -DELIGO_BUILD_TESTS=OFF -DELIGO_BUILD_BENCHMARKS=ON -DELIGO_WERROR=OFF >/dev/null
cmake --build "$root/build-benchmarks" --target eligo_ranking_benchmark -j2
"$root/build-benchmarks/benchmarks/ranking/eligo_ranking_benchmark" "$out" "$k"
python3 "$root/benchmarks/ranking/compare.py" "$out"
