#!/usr/bin/env python3
"""False alarms of `talign check` on literature: every TransRead novel (fr-en), Candide (en-es)
and Text+Berg (de-fr), no glossary, checked twice: against the gold beads (--alignment; the
segments the gold leaves in no bead become one-sided beads) and against talign's own alignment.
Prints per document and per check the findings; omission and addition are split into true
(one of the reported segments is on a gold 1-0/0-1 bead or in no gold bead) and false.
Writes each run's JSON and the false omission/addition findings (with text) to OUT_DIR.
  bench/eval_check_literature.sh [BUILD_DIR] [OUT_DIR]  (default: build /tmp/eval_check_lit)
Tuning half (`tune`): Swann, Emma, Jane Eyre, Abbé Mouret; the rest is held back."""

import collections
import json
import os
import subprocess
import sys

import dev_suite

TUNE = {'DuCoteDeChezSwann', 'Emma', 'JaneEyre', 'LaFauteDeLAbbeMouret'}
ONE_SIDED = ('omission', 'addition')
CHECKS = ['number-mismatch', 'untranslated', 'length-ratio', 'inconsistent-translation',
          'inconsistent-source']


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')[:-1]


def gold_beads(doc):
    """The gold beads, plus a one-sided bead for each segment the gold leaves out
    (Text+Berg's French 94 and 371), placed after the bead of its predecessor."""
    beads = dev_suite.scorer.read_beads(doc['gold'])
    beads = [(list(s), list(t)) for s, t in beads]
    for side, path in ((0, doc['src']), (1, doc['tgt'])):
        covered = {i for b in beads for i in b[side]}
        for i in range(len(read_lines(path))):
            if i in covered:
                continue
            at = next((k + 1 for k in range(len(beads) - 1, -1, -1)
                       if any(j < i for j in beads[k][side])), 0)
            beads.insert(at, ([i], []) if side == 0 else ([], [i]))
    return beads


def orphans(beads):
    """(source, target) segment indices on one-sided beads."""
    src = {i for s, t in beads if not t for i in s}
    tgt = {i for s, t in beads if not s for i in t}
    return src, tgt


def check(talign, doc, alignment, out):
    args = [talign, 'check', '--presegmented', '--quiet', '--fail-on', 'never', '--format',
            'json', '--src-lang', doc['src_lang'], '--tgt-lang', doc['tgt_lang'], '-o', out]
    if alignment:
        args += ['--alignment', alignment]
    subprocess.run(args + [doc['src'], doc['tgt']], check=True)
    with open(out, encoding='utf-8') as f:
        return json.load(f)['findings']


def tally(findings, gold_orphans, src, tgt, false_log, label):
    counts = collections.Counter()
    for f in findings:
        name = f['check']
        if name not in ONE_SIDED:
            counts[name] += 1
            continue
        source = name == 'omission'
        segments = f['source_segments'] if source else f['target_segments']
        true = any(i in gold_orphans[0 if source else 1] for i in segments)
        counts[name + (' true' if true else ' false')] += 1
        if not true:
            text = (src if source else tgt)[segments[0]]
            mates = f['target_segments'] if source else f['source_segments']
            where = 'folded into %s' % mates if mates else 'one-sided bead'
            false_log.write('%s\t%s\t%s %s\t%s\t%s\n' % (
                label, name, 'src' if source else 'tgt', segments, where, text[:160]))
    return counts


def main():
    root = dev_suite.ROOT
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'build')
    out_dir = sys.argv[2] if len(sys.argv) > 2 else '/tmp/eval_check_lit'
    os.makedirs(out_dir, exist_ok=True)
    talign = os.path.join(build, 'tools', 'talign', 'talign')
    docs = [d for d in dev_suite.documents() if d['set'] != 'news-doc-test']
    columns = ['omission true', 'omission false', 'addition true', 'addition false'] + CHECKS
    heads = ['om+', 'om-', 'ad+', 'ad-', 'num', 'untr', 'len', 'inc-t', 'inc-s']
    totals = collections.defaultdict(collections.Counter)
    rows = []
    with open(os.path.join(out_dir, 'false_one_sided.tsv'), 'w', encoding='utf-8') as log:
        for d in docs:
            half = 'tune' if d['name'] in TUNE else 'held'
            beads = gold_beads(d)
            gold_file = os.path.join(out_dir, d['name'] + '.gold.beads')
            with open(gold_file, 'w') as f:
                f.writelines('[%s]:[%s]\n' % (','.join(map(str, s)), ','.join(map(str, t)))
                             for s, t in beads)
            src, tgt = read_lines(d['src']), read_lines(d['tgt'])
            for mode, alignment in (('gold', gold_file), ('talign', None)):
                out = os.path.join(out_dir, '%s.%s.json' % (d['name'], mode))
                counts = tally(check(talign, d, alignment, out), orphans(beads), src, tgt, log,
                               '%s/%s' % (d['name'], mode))
                rows.append((d['name'], half, mode, counts))
                totals[(half, mode)].update(counts)
    print('findings per check, no glossary; om/ad +: on a gold one-sided bead, -: not')
    print('%-24s %-4s %-6s' % ('document', 'half', 'beads') + ''.join('%6s' % h for h in heads))
    line = lambda name, half, mode, c: print('%-24s %-4s %-6s' % (name, half, mode) + ''.join(
        '%6d' % c[k] for k in columns))
    for row in rows:
        line(*row)
    for (half, mode), c in sorted(totals.items()):
        line('total ' + half, half, mode, c)


if __name__ == '__main__':
    sys.exit(main())
