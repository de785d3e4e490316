#!/usr/bin/env python3
"""Strict and lax F1 of every alignment dev set in one table, with the macro average over
the four sets (bench/eval_align.sh is the command; see bench/dev_suite.py)."""

import argparse
import os
import sys
import tempfile

import dev_suite
from fit_align import fold_of


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('build', nargs='?', default=os.path.join(dev_suite.ROOT, 'build'))
    ap.add_argument('--set', action='append', default=[], metavar='NAME=VALUE',
                    help='an aligner option (talign_align_eval --list shows them all)')
    ap.add_argument('--fold', choices='AB', help="only fit_align.py's fold A or B of the documents")
    ap.add_argument('--pieces', type=int, metavar='N',
                    help='align each document cut into pieces of about N source sentences')
    args = ap.parse_args()
    settings = dict(s.split('=', 1) for s in args.set)
    settings = {k: float(v) for k, v in settings.items()}
    docs = [d for d in dev_suite.documents() if args.fold in (None, fold_of(d))]
    eval_bin = os.path.join(args.build, 'bench', 'talign_align_eval')
    with tempfile.TemporaryDirectory() as pieces_dir:
        if args.pieces:
            docs = [p for d in docs for p in dev_suite.pieces(d, args.pieces, pieces_dir)]
        doc_counts, scores, macro = dev_suite.run(eval_bin, docs, settings)
    print('%-28s %7s %7s' % ('set', 'strict', 'lax'))
    for s in scores:
        print('%-28s %7.4f %7.4f' % ((s,) + scores[s]))
        if s == 'transread-fr-en':  # each novel too
            for name in sorted({d['name'].split('.')[0] for d in docs if d['set'] == s}):
                mine = [c for d, c in zip(docs, doc_counts)
                        if d['set'] == s and d['name'].split('.')[0] == name]
                print('  %-26s %7.4f %7.4f' % ((name,) + dev_suite.f1(mine)))
    print('%-28s %7.4f %7.4f' % (('macro average',) + macro))


if __name__ == '__main__':
    sys.exit(main())
