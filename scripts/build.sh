#!/usr/bin/env bash
# Configures and builds one preset (dev by default) after installing what is missing; targets
# after the preset narrow the build (start.sh builds only the programs, not the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
bash scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
targets=()
for target in "$@"; do
  targets+=(--target "$target")
done
cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
