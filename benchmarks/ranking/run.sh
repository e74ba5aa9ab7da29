#!/usr/bin/env bash
# Ranking benchmark on the synthetic population's own campaigns: eligo's logistic regression
# and tree ranker beside scikit-learn and LightGBM, trained on the past campaign and measured
# on a held-out one. Usage: bash benchmarks/ranking/run.sh [OUTPUT_DIR] [K] [HOUSEHOLDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/build-benchmarks/ranking}"
k="${2:-500}"
households="${3:-80000}"
python3 -m pip install --quiet lightgbm scikit-learn pandas matplotlib tabulate
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$root/build-benchmarks" -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_BUILD_CLI=OFF \
      -DELIGO_BUILD_TESTS=OFF -DELIGO_BUILD_BENCHMARKS=ON "${launcher[@]}" >/dev/null
cmake --build "$root/build-benchmarks" --target eligo_ranking_benchmark -j2
"$root/build-benchmarks/benchmarks/ranking/eligo_ranking_benchmark" "$out" "$k" "$households"
python3 "$root/benchmarks/ranking/compare.py" "$out"
cp "$out/results.md" "$root/benchmarks/ranking/results.md"
