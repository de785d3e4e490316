#!/usr/bin/env python3
"""The error beads of the dev suite, per document: each gold bead the aligner missed and
each bead it wrote instead, with their sentences, then a count of missed and wrong beads
by shape per set (bench/align_errors.sh is the command). Group the errors into classes
and fix classes, not documents."""

import argparse
import collections
import os
import sys
import tempfile

import dev_suite
from fit_align import fold_of


def shape(bead):
    return '%d-%d' % (len(bead[0]), len(bead[1]))


def print_beads(tag, beads, src, tgt, width):
    for a, b in beads:
        print('  %s %s:%s' % (tag, list(a), list(b)))
        for i in a:
            print('      S%d %s' % (i, src[i][:width]))
        for i in b:
            print('      T%d %s' % (i, tgt[i][:width]))


def lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('build', nargs='?', default=os.path.join(dev_suite.ROOT, 'build'))
    ap.add_argument('--only', metavar='NAME', help='a set or document name (news-doc-test, Emma)')
    ap.add_argument('--fold', choices='AB', help="only fit_align.py's fold A or B")
    ap.add_argument('--set', action='append', default=[], metavar='NAME=VALUE',
                    help='an aligner option (talign_align_eval --list shows them all)')
    ap.add_argument('--pieces', type=int, metavar='N',
                    help='align each document cut into pieces of about N source sentences')
    ap.add_argument('--width', type=int, default=160, help='characters of each sentence shown')
    args = ap.parse_args()
    settings = {k: float(v) for k, v in (s.split('=', 1) for s in args.set)}
    docs = [d for d in dev_suite.documents()
            if args.only in (None, d['set'], d['name']) and args.fold in (None, fold_of(d))]
    eval_bin = os.path.join(args.build, 'bench', 'talign_align_eval')
    missed_shapes = collections.defaultdict(collections.Counter)
    wrong_shapes = collections.defaultdict(collections.Counter)
    with tempfile.TemporaryDirectory() as out_dir:
        if args.pieces:
            docs = [p for d in docs for p in dev_suite.pieces(d, args.pieces, out_dir)]
        outs = dev_suite.align(eval_bin, docs, settings, out_dir)
        for d, out in zip(docs, outs):
            gold = {(tuple(a), tuple(b)) for a, b in dev_suite.scorer.read_beads(d['gold'])}
            ours = {(tuple(a), tuple(b)) for a, b in dev_suite.scorer.read_beads(out)}
            missed, wrong = sorted(gold - ours), sorted(ours - gold)
            print('==== %s %s: %d gold beads, %d missed, %d wrong' %
                  (d['set'], d['name'], len(gold), len(missed), len(wrong)))
            src, tgt = lines(d['src']), lines(d['tgt'])
            print_beads('GOLD', missed, src, tgt, args.width)
            print_beads('OURS', wrong, src, tgt, args.width)
            missed_shapes[d['set']].update(shape(b) for b in missed)
            wrong_shapes[d['set']].update(shape(b) for b in wrong)
    for s in missed_shapes:
        print('%s missed by shape: %s' % (s, ' '.join(
            '%s %d' % kv for kv in missed_shapes[s].most_common())))
        print('%s wrong by shape:  %s' % (s, ' '.join(
            '%s %d' % kv for kv in wrong_shapes[s].most_common())))


if __name__ == '__main__':
    sys.exit(main())
