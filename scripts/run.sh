#!/usr/bin/env bash
# The main job: set up, build, then segment, align and check a French article and its English
# translation against the desk glossary, and print a readable report.
#   ./scripts/run.sh                        the seed article (corpora/seed) and glossary/news.fr-en.yaml
#   ./scripts/run.sh SRC TGT [GLOSSARY]     your own pair (raw text, blank line between paragraphs)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# The user's paths are relative to where they stand; the defaults to the project root.
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
SRC=$(absolute "${1:-$ROOT/corpora/seed/article.fr.txt}")
TGT=$(absolute "${2:-$ROOT/corpora/seed/article.en.txt}")
GLOSSARY=$(absolute "${3:-$ROOT/glossary/news.fr-en.yaml}")
cd "$ROOT"

./scripts/build.sh >/dev/null
TALIGN=${TALIGN_BUILD_DIR:-build}/tools/talign/talign

# Beads numbered from 0, as the findings below name them ("addition at bead 43").
echo "== Aligned sentences, bead by bead: $SRC ↔ $TGT"
"$TALIGN" align "$SRC" "$TGT" --glossary "$GLOSSARY" --format tsv |
  awk -F'\t' '{ printf "%3d  FR  %s\n     EN  %s\n\n", NR - 1, ($1 == "" ? "—" : $1), ($2 == "" ? "—" : $2) }'

echo "== Findings against $GLOSSARY"
status=0
"$TALIGN" check "$SRC" "$TGT" --glossary "$GLOSSARY" --format text || status=$?
# Exit 1 means findings were reported: the report is the result, not a failure of the run.
[ "$status" -le 1 ] || exit "$status"
