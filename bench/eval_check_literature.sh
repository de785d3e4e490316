#!/bin/sh
# False alarms of `talign check` on the literary dev sets (TransRead novels, Candide,
# Text+Berg), against their gold beads and against talign's own alignment; see
# bench/eval_check_literature.py for what is counted.
#   bench/eval_check_literature.sh [BUILD_DIR] [OUT_DIR]   (default: build /tmp/eval_check_lit)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/eval_check_literature.py" "$@"
