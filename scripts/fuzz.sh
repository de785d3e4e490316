#!/usr/bin/env bash
# Builds the libFuzzer targets in the ASan + UBSan build (asan_build.sh) and runs each for
# FUZZ_SECONDS (default 30) from its committed seed corpus (fuzz/corpus/NAME). A crash,
# leak, sanitizer report or time-out fails the script and leaves the reproducer in build-asan/.
#   FUZZ_SECONDS=600 ./scripts/fuzz.sh            ten minutes per target
#   ./scripts/fuzz.sh glossary beads              only these targets
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${TALIGN_ASAN_BUILD_DIR:-build-asan}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text align beads glossary xml deep_xml manifest jsonl)
./scripts/asan_build.sh "${targets[@]/#/fuzz_}"
for name in "${targets[@]}"; do
  work="$BUILD_DIR/fuzz-corpus/$name"
  mkdir -p "$work"
  echo "== fuzz_$name for ${FUZZ_SECONDS:-30} s"
  (cd "$BUILD_DIR" && "./fuzz/fuzz_$name" -max_total_time="${FUZZ_SECONDS:-30}" -timeout=10 \
     -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
     "fuzz-corpus/$name" "../fuzz/corpus/$name" 2>&1 | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' || true)
  # libFuzzer leaves crash-*/timeout-*/leak-* files behind when it found something.
  if compgen -G "$BUILD_DIR/crash-*" >/dev/null || compgen -G "$BUILD_DIR/timeout-*" >/dev/null ||
     compgen -G "$BUILD_DIR/leak-*" >/dev/null || compgen -G "$BUILD_DIR/oom-*" >/dev/null; then
    echo "talign: fuzz_$name found a failing input: $(ls "$BUILD_DIR"/{crash,timeout,leak,oom}-* 2>/dev/null | head -1)" >&2
    exit 1
  fi
done
