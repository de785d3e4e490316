#!/usr/bin/env bash
# Findings of `talign check` on the clean newstest2013 fr-en pairs (1-1, presegmented), per
# check and severity, with the desk glossary plus a 15-entry general-news one:
#   whole file as one document, then each of the 52 documents on its own (as SPEC's default
#   document scope reads a corpus). Error findings are written to OUT_DIR for reading.
#   bench/eval_check.sh [OUT_DIR]          (default /tmp/eval_check)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TALIGN=${TALIGN:-$ROOT/build/tools/talign/talign}
DATA=${DATA:-$ROOT/../shared/data/news-fr-en-dev}
OUT=${1:-/tmp/eval_check}
mkdir -p "$OUT/docs"

GLOSSARY=$OUT/glossary.yaml
{ cat "$ROOT/glossary/news.fr-en.yaml"; grep -v '^languages:' "$ROOT/bench/data/news-general.fr-en.yaml" |
  sed -n '/^terms:/,$p' | tail -n +2; } > "$GLOSSARY"

identity_beads() { awk '{ printf "[%d]:[%d]\n", NR - 1, NR - 1 }' "$1"; }

identity_beads "$DATA/newstest2013.fr" > "$OUT/all.beads"
"$TALIGN" check --presegmented --fail-on never --format json --glossary "$GLOSSARY" \
  --alignment "$OUT/all.beads" "$DATA/newstest2013.fr" "$DATA/newstest2013.en" > "$OUT/all.json"

# One pair of files per document (a document is a run of equal ids).
python3 - "$DATA" "$OUT/docs" <<'PY'
import sys, os
data, out = sys.argv[1], sys.argv[2]
ids = open(f"{data}/newstest2013.docids", encoding="utf-8").read().split("\n")
fr = open(f"{data}/newstest2013.fr", encoding="utf-8").read().split("\n")
en = open(f"{data}/newstest2013.en", encoding="utf-8").read().split("\n")
docs = []
for i, d in enumerate(ids[:3000]):
    if not docs or docs[-1][0] != d: docs.append((d, []))
    docs[-1][1].append(i)
for n, (d, lines) in enumerate(docs):
    base = f"{out}/{n:02d}"
    with open(base + ".fr", "w", encoding="utf-8") as f: f.write("".join(fr[i] + "\n" for i in lines))
    with open(base + ".en", "w", encoding="utf-8") as f: f.write("".join(en[i] + "\n" for i in lines))
PY
for fr in "$OUT"/docs/*.fr; do
  base=${fr%.fr}
  identity_beads "$fr" > "$base.beads"
  "$TALIGN" check --presegmented --fail-on never --format json --glossary "$GLOSSARY" \
    --alignment "$base.beads" "$fr" "$base.en" > "$base.json"
done

python3 - "$OUT" <<'PY'
import sys, json, glob, collections
out = sys.argv[1]
def table(files, label):
    counts = collections.Counter()
    errors = []
    for path in files:
        for f in json.load(open(path))["findings"]:
            counts[(f["check"], f["severity"])] += 1
            if f["severity"] == "error": errors.append((path, f))
    print(f"== {label}: {sum(counts.values())} findings")
    for (check, severity), n in sorted(counts.items()):
        print(f"  {check:26s} {severity:8s} {n:5d}")
    return errors
table([f"{out}/all.json"], "newstest2013 as one document")
errors = table(sorted(glob.glob(f"{out}/docs/*.json")), "newstest2013 per document (52)")
with open(f"{out}/errors.txt", "w", encoding="utf-8") as w:
    for path, f in errors:
        doc = path.rsplit("/", 1)[1][:2]
        w.write(f"{f['check']}\tdoc {doc} seg {f['source_segments']}\t{f['message']}\n")
print(f"error findings per document: {out}/errors.txt")
PY
