#!/usr/bin/python3
"""Builds a long presegmented bitext and its gold by repeating dev documents.

  make_scale_input.py OUT_PREFIX SEGMENTS [--set textberg|news] [--untranslated N]

Writes OUT_PREFIX.src, OUT_PREFIX.tgt (one segment per line) and OUT_PREFIX.gold (beads),
repeating whole documents until the source side has at least SEGMENTS lines. With
--untranslated N, N source-only lines (source sentences of the same set, so they look
like the rest) are inserted at the document boundary nearest the middle, and the gold
gets N [i]:[] beads there.
"""
import argparse
import glob
import os
import re

DATA = os.environ.get("TALIGN_SHARED_DIR",
                      os.path.join(os.path.dirname(__file__), "..", "..", "shared")) + "/data"


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def beads(path):
    out = []
    for line in lines(path):
        src, tgt = line.split(":")
        out.append(([int(x) for x in re.findall(r"\d+", src)],
                    [int(x) for x in re.findall(r"\d+", tgt)]))
    return out


def documents(name):
    """(source lines, target lines, gold beads) of each dev document."""
    if name == "textberg":
        d = DATA + "/textberg-dev"
        return [(lines(d + "/dev.de"), lines(d + "/dev.fr"), beads(d + "/dev.defr"))]
    docs = []
    for d in sorted(glob.glob(DATA + "/news-fr-en-dev/doc-test/*/")):
        docs.append((lines(d + "doc.fr"), lines(d + "doc.en"), beads(d + "gold.beads")))
    return docs


def main():
    p = argparse.ArgumentParser()
    p.add_argument("prefix")
    p.add_argument("segments", type=int)
    p.add_argument("--set", default="textberg", choices=["textberg", "news"])
    p.add_argument("--untranslated", type=int, default=0)
    a = p.parse_args()
    docs = documents(a.set)
    src, tgt, gold, boundaries = [], [], [], []
    k = 0
    while len(src) < a.segments:
        s, t, g = docs[k % len(docs)]
        boundaries.append((len(src), len(tgt), len(gold)))
        gold += [([i + len(src) for i in gs], [j + len(tgt) for j in gt]) for gs, gt in g]
        src += s
        tgt += t
        k += 1
    if a.untranslated:
        at_src, _, at_gold = min(boundaries, key=lambda b: abs(b[0] - len(src) // 2))
        pool = [line for d in docs for line in d[0]]
        block = [pool[i % len(pool)] for i in range(a.untranslated)]
        n = a.untranslated
        shifted = [([i + n if i >= at_src else i for i in gs], gt) for gs, gt in gold]
        gold = shifted[:at_gold] + [([at_src + i], []) for i in range(n)] + shifted[at_gold:]
        src = src[:at_src] + block + src[at_src:]
    with open(a.prefix + ".src", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in src))
    with open(a.prefix + ".tgt", "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in tgt))
    with open(a.prefix + ".gold", "w", encoding="utf-8") as f:
        for gs, gt in gold:
            f.write("[%s]:[%s]\n" % (",".join(map(str, gs)), ",".join(map(str, gt))))


if __name__ == "__main__":
    main()
