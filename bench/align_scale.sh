#!/bin/sh
# Timed CLI runs of `talign align --presegmented` on long inputs made by repeating a dev set
# (bench/make_scale_input.py), with wall time, peak RSS and strict F1 against the repeated gold.
#   bench/align_scale.sh [BUILD_DIR]        (default: build)
#   SET=textberg|news (textberg)  SIZES="25000 200000" (segments per side, at least)
#   UNTRANSLATED=400: source-only lines inserted mid-document in runs of 100k segments or more
#   RUNS=1: runs per size; with more, CPU seconds are their min and median (a shared machine
#   slows some runs), wall time and RSS the last run's
# Prints one line per size: set, segments, wall and CPU seconds, peak RSS MB, strict F1.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
talign=$build/tools/talign/talign
set_name=${SET:-textberg}
sizes=${SIZES:-25000 200000}
untranslated=${UNTRANSLATED:-400}
runs=${RUNS:-1}
score=$root/../shared/tools/score_alignment.py
langs="--src-lang de --tgt-lang fr"
[ "$set_name" = news ] && langs="--src-lang fr --tgt-lang en"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for n in $sizes; do
  block=0
  [ "$n" -ge 100000 ] && block=$untranslated
  /usr/bin/python3 "$root/bench/make_scale_input.py" "$out/in" "$n" --set "$set_name" \
    --untranslated "$block"
  : > "$out/cpu.txt"
  for run in $(seq "$runs"); do
    /usr/bin/time -v "$talign" align --presegmented --quiet $langs "$out/in.src" "$out/in.tgt" \
      -o "$out/test.beads" 2> "$out/time.txt"
    # CPU seconds too: on a shared machine wall time says more about the neighbours.
    sed -n 's/.*\(User\|System\) time (seconds): //p' "$out/time.txt" |
      awk '{ s += $1 } END { print s }' >> "$out/cpu.txt"
  done
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt" |
         awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
  cpu=$(sort -n "$out/cpu.txt" | awk '{ v[NR] = $1 } END {
    if (NR == 1) printf "%7.2f s", v[1]
    else printf "%7.2f s (min; median %.2f of %d)", v[1], (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2, NR }')
  f1=$(/usr/bin/python3 "$score" --json --gold "$out/in.gold" --test "$out/test.beads" |
       /usr/bin/python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['f1_strict'])")
  printf '%-8s src %7d tgt %7d untranslated %3d  wall %7.2f s  cpu %s  peak RSS %6d MB  strict F1 %s\n' \
    "$set_name" "$(wc -l < "$out/in.src")" "$(wc -l < "$out/in.tgt")" "$block" "$wall" "$cpu" \
    "$((rss / 1024))" "$f1"
done
