#!/bin/sh
# Fits the bead cost's weights on the dev suite, cross-validated by document, and prints
# the held-back figures and the fitted table (bench/fit_align.py says how).
#   bench/fit_align.sh [BUILD_DIR]     (default: build; ~10 min CPU)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/fit_align.py" "$@"
