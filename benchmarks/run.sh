#!/usr/bin/env bash
# The one command of the benchmarks: set-up, Release build with the benchmarks, then every
# comparison, writing benchmarks/RESULTS.md. Extra arguments go to benchmarks/run.py
# (e.g. --quick, --sizes 10000, --skip-openfisca).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/benchmarks/setup.sh"
cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release -DELIGO_BUILD_BENCHMARKS=ON \
      -DELIGO_BUILD_TESTS=OFF -DELIGO_BUILD_CLI=OFF -DELIGO_WERROR=OFF >/dev/null
cmake --build "$root/build-bench" --target eligo_bench eligo_micro
export ELIGO_BENCH_PYTHON="${ELIGO_BENCH_VENV:-/tmp/ofvenv}/bin/python"
exec "$ELIGO_BENCH_PYTHON" "$root/benchmarks/run.py" --build "$root/build-bench" "$@"
