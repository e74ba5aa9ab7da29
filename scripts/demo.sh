#!/usr/bin/env bash
# The main job: builds eligo and runs its demo on the built-in data.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh" >&2
exec "${ELIGO_BUILD_DIR:-$root/build}/eligo" demo "$@"
