#!/bin/sh
# The dev suite's error beads per document, with their sentences, and missed and wrong beads
# by shape per set (bench/align_errors.py).
#   bench/align_errors.sh [BUILD_DIR] [--only SET|DOCUMENT] [--fold A|B] [--set NAME=VALUE]…
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/align_errors.py" "$@"
