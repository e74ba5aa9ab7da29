#!/usr/bin/env bash
# Configures and builds eligo in build/ (Release, the library and the command line in a
# unity build), after installing what it needs. ELIGO_BUILD_TARGET builds one target only
# (scripts/demo.sh: eligo_cli); arguments go to the first configure step.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
build_dir="${ELIGO_BUILD_DIR:-$root/build}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DELIGO_UNITY_BUILD=ON "$@" >/dev/null
fi
target=()
[ -n "${ELIGO_BUILD_TARGET:-}" ] && target=(--target "$ELIGO_BUILD_TARGET")
cmake --build "$build_dir" --parallel "$(nproc)" "${target[@]}"
