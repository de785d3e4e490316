#!/usr/bin/env bash
# Set up and build as run.sh does, then run the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh --with-browser  # the HTML report's test runs headless Chromium
./scripts/build.sh
ctest --test-dir "${TALIGN_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
