#!/bin/sh
# Aligns every dev set with talign_align_eval and prints strict/lax F1 per set. Like
# `talign align`, each set uses FreeDict's dictionary of its pair when it is installed.
#   scripts/eval_align.sh [BUILD_DIR [NAME=VALUE…]]   (default: build; the binary is
#   BUILD_DIR/bench/talign_align_eval; NAME=VALUE are passed on, e.g. null_cost=4)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
[ $# -gt 0 ] && shift
eval_bin=$build/bench/talign_align_eval
data=${TALIGN_SHARED_DIR:-$root/../shared}/data
score="/usr/bin/python3 $data/../tools/score_alignment.py"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# report NAME GOLD... -- TEST...: one line of strict/lax F1 for a set.
report() {
  name=$1; shift
  gold=""; while [ "$1" != "--" ]; do gold="$gold $1"; shift; done; shift
  $score --json --gold $gold --test "$@" | /usr/bin/python3 -c \
    "import json,sys; r=json.load(sys.stdin); print('%-18s strict F1 %.4f  lax F1 %.4f  (P %.4f R %.4f)' % ('$name', r['f1_strict'], r['f1_lax'], r['precision_strict'], r['recall_strict']))"
}

gold=""; test=""
for doc in "$data"/news-fr-en-dev/doc-test/*/; do
  name=$(basename "$doc")
  "$eval_bin" "$doc/doc.fr" "$doc/doc.en" dict=fr-en "$@" > "$out/$name.beads"
  gold="$gold $doc/gold.beads"; test="$test $out/$name.beads"
done
report news-doc-test $gold -- $test

tb=$data/textberg-dev
"$eval_bin" "$tb/dev.de" "$tb/dev.fr" dict=de-fr "$@" > "$out/textberg.beads"
report textberg-dev "$tb/dev.defr" -- "$out/textberg.beads"
