#!/usr/bin/env python3
"""Planted-error recall of `talign check` on the 12 doc-test news documents.

Each document (professional fr-en news, with realistic merges, splits and page furniture)
gets copies with ONE planted error each, of five classes: a changed number, a sentence left
in French, a target sentence deleted (omission), a foreign sentence inserted (addition), a
glossary term rendered by a synonym the glossary does not accept. `talign check` aligns each
copy itself (as a user runs it); an error counts as found when a finding of its check names
the planted segment. The clean documents are checked too: their findings are false alarms,
except omissions/additions of the gold's own 1-0/0-1 beads that are not page furniture.

    bench/plant_check_errors.py TALIGN GLOSSARY DOC_TEST_DIR OUT_DIR
"""
import json
import os
import random
import re
import subprocess
import sys

TALIGN, GLOSSARY, DOC_TEST, OUT = sys.argv[1:5]
# Synonyms a glossary does not accept, planted where the source has the entry's term:
# (source term, accepted form, planted form); the first that fits wins.
SYNONYMS = [("États-Unis", "United States", "America"), ("gouvernement", "government", "regime"),
            ("président", "president", "leader"), ("entreprise", "company", "outfit"),
            ("police", "police", "guards"), ("élection", "election", "ballot"),
            ("accord", "agreement", "understanding"), ("journaliste", "journalist", "writer"),
            ("guerre", "war", "conflict")]
NUMBER = re.compile(r"(?<![\d,.])(\d{2,4})(?![\d,.])")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def gold_one_to_one(path):
    pairs = []
    for line in read_lines(path):
        src, tgt = line.split(":")
        s, t = json.loads(src), json.loads(tgt)
        if len(s) == 1 and len(t) == 1:
            pairs.append((s[0], t[0]))
    return pairs


def gold_one_sided(path):
    """Segments of the gold's 1-0 beads (source) and 0-1 beads (target)."""
    src, tgt = set(), set()
    for line in read_lines(path):
        s, t = (json.loads(side) for side in line.split(":"))
        if not t:
            src.update(s)
        if not s:
            tgt.update(t)
    return src, tgt


def real_difference(finding, gold_src, gold_tgt):
    """An omission or addition of a sentence the gold itself leaves one-sided."""
    if finding["check"] == "omission":
        return bool(set(finding["source_segments"]) & gold_src)
    if finding["check"] == "addition":
        return bool(set(finding["target_segments"]) & gold_tgt)
    return False


def check(fr_lines, en_lines, name):
    os.makedirs(os.path.dirname(name), exist_ok=True)
    for lines, ext in ((fr_lines, "fr"), (en_lines, "en")):
        with open(f"{name}.{ext}", "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines))
    out = subprocess.run([TALIGN, "check", "--presegmented", "--format", "json", "--fail-on", "never",
                          "--glossary", GLOSSARY, f"{name}.fr", f"{name}.en"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["findings"]


def found(findings, check_name, side, index):
    key = "source_segments" if side == "src" else "target_segments"
    return any(f["check"] == check_name and index in f[key] for f in findings)


def plant(kind, fr, en, pairs, rng, other_en):
    """Returns (fr, en, check, side, index) or None when the document offers no place."""
    rng.shuffle(pairs)
    for s, t in pairs:
        if kind == "number":
            m = NUMBER.search(en[t])
            if m and m.group(1) in fr[s]:
                changed = str(int(m.group(1)) + 3)
                en2 = en[:t] + [en[t][:m.start()] + changed + en[t][m.end():]] + en[t + 1:]
                return fr, en2, "number-mismatch", "tgt", t
        elif kind == "untranslated" and len(fr[s].split()) >= 6:
            return fr, en[:t] + [fr[s]] + en[t + 1:], "untranslated", "tgt", t
        elif kind == "omission" and len(fr[s].split()) >= 10 and 0 < t < len(en) - 1:
            return fr, en[:t] + en[t + 1:], "omission", "src", s
        elif kind == "addition" and 0 < t < len(en) - 1:
            return fr, en[:t + 1] + [rng.choice(other_en)] + en[t + 1:], "addition", "tgt", t + 1
        elif kind == "term":
            for term, accepted, synonym in SYNONYMS:
                if re.search(r"\b" + term.lower() + r"s?\b", fr[s].lower()) and re.search(r"\b" + accepted + r"\b", en[t]):
                    line = re.sub(r"\b" + accepted + r"\b", synonym, en[t])
                    return fr, en[:t] + [line] + en[t + 1:], "term-missing", "tgt", t
    return None


def main():
    docs = sorted(d for d in os.listdir(DOC_TEST) if os.path.isdir(os.path.join(DOC_TEST, d)))
    english = {d: read_lines(os.path.join(DOC_TEST, d, "doc.en")) for d in docs}
    recall, clean = {}, {}
    for n, doc in enumerate(docs):
        fr = read_lines(os.path.join(DOC_TEST, doc, "doc.fr"))
        en = english[doc]
        pairs = gold_one_to_one(os.path.join(DOC_TEST, doc, "gold.beads"))
        gold_src, gold_tgt = gold_one_sided(os.path.join(DOC_TEST, doc, "gold.beads"))
        for f in check(fr, en, os.path.join(OUT, "clean", doc)):
            real = real_difference(f, gold_src, gold_tgt)
            clean.setdefault(f["check"], []).append((doc, f["message"], real))
        other_en = [l for d in docs if d != doc for l in english[d] if len(l.split()) >= 8]
        for kind in ("number", "untranslated", "omission", "addition", "term"):
            planted = plant(kind, fr, en, list(pairs), random.Random(f"{doc}-{kind}"), other_en)
            if planted is None:
                continue
            fr2, en2, check_name, side, index = planted
            findings = check(fr2, en2, os.path.join(OUT, kind, doc))
            hit = found(findings, check_name, side, index)
            recall.setdefault(kind, []).append((doc, hit))
    print("== planted errors: found / planted")
    total = hits = 0
    for kind, rows in recall.items():
        k = sum(h for _, h in rows)
        total, hits = total + len(rows), hits + k
        missed = ", ".join(d[:2] for d, h in rows if not h)
        print(f"  {kind:14s} {k:3d} / {len(rows):3d}" + (f"   missed in {missed}" if missed else ""))
    print(f"  {'all':14s} {hits:3d} / {total:3d}")
    print("== findings on the clean documents: all, and of them on the gold's own 1-0/0-1 beads")
    for name, rows in sorted(clean.items()):
        print(f"  {name:26s} {len(rows):4d}  {sum(r for _, _, r in rows):4d}")
    with open(os.path.join(OUT, "clean_findings.txt"), "w", encoding="utf-8") as w:
        for name, rows in sorted(clean.items()):
            for doc, message, real in rows:
                w.write(f"{name}\t{doc}\t{'gold' if real else '-'}\t{message}\n")


main()
