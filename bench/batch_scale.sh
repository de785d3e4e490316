#!/usr/bin/env bash
# Batch alignment scaling: a 1,000-document manifest (the news doc-test documents of
# ../shared/data repeated) aligned with --threads 1 and --threads 2; prints wall time and
# peak RSS of each run and checks that both wrote byte-identical output.
#   bench/batch_scale.sh [BUILD_DIR] [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
DOCS=${2:-1000}
TALIGN="$BUILD/tools/talign/talign"
DATA=../shared/data/news-fr-en-dev/doc-test
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mapfile -t dirs < <(find "$DATA" -mindepth 1 -maxdepth 1 -type d | sort)
for ((i = 0; i < DOCS; i++)); do
  d=${dirs[i % ${#dirs[@]}]}
  printf '%s\t%s\tdoc%04d\n' "$(realpath "$d/doc.fr")" "$(realpath "$d/doc.en")" "$i"
done > "$WORK/manifest.tsv"

for threads in 1 2; do
  /usr/bin/time -f "threads=$threads wall=%e s user=%U s peak=%M KB" \
    "$TALIGN" align --presegmented --quiet --manifest "$WORK/manifest.tsv" -o "$WORK/out$threads" \
    --threads "$threads"
done
diff -r "$WORK/out1" "$WORK/out2" >/dev/null && echo "identical output for 1 and 2 threads"
