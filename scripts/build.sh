#!/usr/bin/env bash
# Configures and builds talign (Release) in build/; used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/deps.sh"
BUILD_DIR=${TALIGN_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
