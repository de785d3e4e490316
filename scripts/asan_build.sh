#!/usr/bin/env bash
# Builds build-asan/ with clang, ASan + UBSan and the libFuzzer coverage hooks: one
# instrumented build serves both sanitize.sh (the test suite) and fuzz.sh (the fuzz targets).
#   ./scripts/asan_build.sh                     everything
#   ./scripts/asan_build.sh fuzz_text fuzz_xml  only these targets
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh --with-fuzzer
BUILD_DIR=${TALIGN_ASAN_BUILD_DIR:-build-asan}
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTALIGN_FUZZ=ON -DTALIGN_BUILD_BENCH=OFF >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" ${1:+--target "$@"}
