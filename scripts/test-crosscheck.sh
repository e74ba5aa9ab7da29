#!/usr/bin/env bash
# The cross-check of rules/fr against OpenFisca-France alone (tests/python/test_crosscheck.py),
# e.g. on more households: ELIGO_CROSSCHECK_HOUSEHOLDS=2000 scripts/test-crosscheck.sh.
# scripts/test-python.sh runs it with every other Python test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec bash "$root/scripts/test-python.sh" "$root/tests/python/test_crosscheck.py" "$@"
