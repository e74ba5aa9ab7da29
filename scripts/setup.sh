#!/usr/bin/env bash
# Installs what eligo needs to build and test, and nothing when it is already there.
# Called by both README commands and by .ci/run, so a fresh machine needs nothing else.
set -euo pipefail

debian_packages=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libeigen3-dev libyaml-cpp-dev catch2
  libcli11-dev nlohmann-json3-dev libssl-dev
  libbenchmark-dev  # Google Benchmark: the micro-benchmarks and their smoke run in ctest
  # The accessibility check of the HTML pages runs axe-core in headless Chromium.
  chromium chromium-driver
  clang libclang-rt-14-dev  # sanitizer builds and libFuzzer (scripts/test.sh, test-threads.sh, fuzz-smoke.sh)
)

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "eligo setup: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# axe-core's JavaScript comes bundled in the PyPI package axe-core-python (the npm registry
# is not used); selenium drives Debian's chromedriver.
if command -v python3 >/dev/null && ! python3 -c "import selenium, axe_core_python" 2>/dev/null; then
  echo "eligo setup: installing the Python packages selenium and axe-core-python" >&2
  python3 -m pip install --quiet --disable-pip-version-check selenium axe-core-python \
    || echo "eligo setup: could not install selenium and axe-core-python; the accessibility check will be skipped" >&2
fi
