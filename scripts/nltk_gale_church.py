#!/usr/bin/python3
"""Reference point: NLTK's Gale-Church aligner on the dev sets, scored like talign.

  /usr/bin/python3 scripts/nltk_gale_church.py      (needs Debian's python3-nltk)

Aligns news doc-test (fr-en, one document at a time) and Text+Berg dev (de-fr) with
nltk.translate.gale_church.align_blocks on character lengths, writes beads, and prints the
strict and lax F1 of ../shared/tools/score_alignment.py for each set.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

from nltk.translate.gale_church import align_blocks

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SHARED = os.environ.get("TALIGN_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(SHARED, "data")
SCORER = os.path.join(SHARED, "tools", "score_alignment.py")


def lengths(path):
    with open(path, encoding="utf-8") as f:
        return [len(line.rstrip("\n")) for line in f]


def beads(pairs, n, m):
    """Index pairs -> beads (connected runs), with 1-0 / 0-1 beads for the rest."""
    groups = []
    for i, j in sorted(pairs):
        if groups and (i in groups[-1][0] or j in groups[-1][1]):
            groups[-1][0].add(i)
            groups[-1][1].add(j)
        else:
            groups.append(({i}, {j}))
    out, si, ti = [], 0, 0
    for src, tgt in groups:
        while si < min(src):
            out.append(([si], []))
            si += 1
        while ti < min(tgt):
            out.append(([], [ti]))
            ti += 1
        out.append((sorted(src), sorted(tgt)))
        si, ti = max(src) + 1, max(tgt) + 1
    out += [([i], []) for i in range(si, n)] + [([], [j]) for j in range(ti, m)]
    return out


def align(src_path, tgt_path, out_path):
    s, t = lengths(src_path), lengths(tgt_path)
    with open(out_path, "w") as f:
        for a, b in beads(align_blocks(s, t), len(s), len(t)):
            f.write("[%s]:[%s]\n" % (",".join(map(str, a)), ",".join(map(str, b))))


def report(name, golds, tests):
    out = subprocess.run([sys.executable, SCORER, "--json", "--gold", *golds, "--test", *tests],
                         check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    print("%-18s NLTK Gale-Church strict F1 %.4f  lax F1 %.4f" % (name, r["f1_strict"], r["f1_lax"]))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        golds, tests = [], []
        for doc in sorted(glob.glob(os.path.join(DATA, "news-fr-en-dev", "doc-test", "*", ""))):
            out = os.path.join(tmp, os.path.basename(doc.rstrip("/")) + ".beads")
            align(doc + "doc.fr", doc + "doc.en", out)
            golds.append(doc + "gold.beads")
            tests.append(out)
        report("news-doc-test", golds, tests)
        tb = os.path.join(DATA, "textberg-dev")
        out = os.path.join(tmp, "textberg.beads")
        align(os.path.join(tb, "dev.de"), os.path.join(tb, "dev.fr"), out)
        report("textberg-dev", [os.path.join(tb, "dev.defr")], [out])


if __name__ == "__main__":
    main()
