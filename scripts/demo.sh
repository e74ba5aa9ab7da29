#!/usr/bin/env bash
# The main job: builds the eligo command line and runs its demo on the built-in data.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ELIGO_BUILD_TARGET=eligo_cli bash "$root/scripts/build.sh" >&2
exec "${ELIGO_BUILD_DIR:-$root/build}/eligo" demo "$@"
