#!/bin/sh
# Aligns every dev set of ../shared/data (news doc-test, Text+Berg dev, the 8 TransRead
# French-English novels, Candide English-Spanish) with BUILD_DIR/bench/talign_align_eval,
# as `talign align` would (FreeDict's dictionary of each pair when installed), and prints
# strict and lax F1 per set, per novel, and the macro average over the four sets.
#   bench/eval_align.sh [BUILD_DIR] [--fold A|B] [--pieces N] [--set NAME=VALUE]…
#   --fold: only the documents of fit_align.py's fold A or B (judge on the half not tuned on)
#   --pieces N: cut each document at gold bead boundaries into pieces of about N source
#     sentences and align each alone (short documents: Text+Berg test articles have ~140)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 "$root/bench/eval_align.py" "$@"
