#!/bin/sh
# Fits the bead cost's weights on the dev suite, cross-validated by document, and prints
# the held-back figures and the fitted table (bench/fit_align.py says how).
#   bench/fit_align.sh [BUILD_DIR] [--leave-out SET]     (default: build; ~10 min CPU)
#   --leave-out SET: fit on the other sets only and report SET with the defaults and the fit
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/fit_align.py" "$@"
