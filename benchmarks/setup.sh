#!/usr/bin/env bash
# What the benchmarks need beyond scripts/setup.sh: Google Benchmark (Debian) and a Python
# virtual environment with OpenFisca-France, numpy, pandas and PyYAML (pip).
# ELIGO_BENCH_VENV chooses the environment's folder (default /tmp/ofvenv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../scripts/setup.sh"

if ! dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed"; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends libbenchmark-dev python3-venv >/dev/null
fi

venv="${ELIGO_BENCH_VENV:-/tmp/ofvenv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import openfisca_france, numpy, pandas, yaml" 2>/dev/null; then
  "$venv/bin/pip" install -q openfisca-france numpy pandas pyyaml
fi
