#!/usr/bin/env bash
# Runs the test suite through ctest in the ASan + UBSan build (asan_build.sh). Any
# sanitizer report fails the run. Tests labelled `dev` (quality figures on the large dev
# sets, run by test.sh) are left out: under ASan they cost minutes and reach no new code.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/asan_build.sh
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "${TALIGN_ASAN_BUILD_DIR:-build-asan}" --output-on-failure -j"$(nproc)" -LE dev
