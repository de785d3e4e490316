#!/bin/sh
# The dev suite's error beads per document, with their sentences, and missed and wrong beads
# by shape per set (bench/align_errors.py).
#   bench/align_errors.sh [BUILD_DIR] [--only SET|DOCUMENT] [--fold A|B] [--pieces N]
#     [--set NAME=VALUE]…  (--pieces: as eval_align.sh's, each document cut short)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/align_errors.py" "$@"
