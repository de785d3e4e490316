#!/bin/sh
# Sentence-boundary precision, recall and F1 of `talign segment` on every ersatz test suite
# (../shared/data/ersatz-segmentation, scored by ../shared/tools/seg_boundary_f1.py).
#   bench/eval_segment.sh [BUILD_DIR]        (default: build)
# Prints one line per suite: suite, language, P, R, F1, gold boundaries.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shared=${TALIGN_SHARED_DIR:-$root/../shared}
suites=$shared/data/ersatz-segmentation
TALIGN_BIN=$build/tools/talign/talign
export TALIGN_BIN

for suite in wmt15.fr-en.fr wmt20.fr-de.fr wmt19.de-en.de wmt20.de-en.de wmt13.es-en.es \
             wsj.03-06.en; do
  lang=${suite##*.}
  printf '%-16s %s  ' "$suite" "$lang"
  /usr/bin/python3 "$shared/tools/seg_boundary_f1.py" "$lang" "$suites/$suite"
done
