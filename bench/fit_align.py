#!/usr/bin/env python3
"""Fits the weights of the bead cost's components (option_table.h) on dev documents by
coordinate search, cross-validated by document (bench/fit_align.sh is the command).

The objective is the macro average of strict F1 over the sets of the training documents
(each set's F1 micro-averaged over its documents, as the scorer does). Each round tries
every weight at its value times each of STEPS (a weight at 0: each of FROM_ZERO) and keeps
a change that improves the objective by more than MIN_GAIN and lowers no training set by
more than MAX_SET_LOSS: a weight that trades one kind of text for another does not hold
on documents held back.

Two folds split the documents (news by article, the novels by book; Text+Berg and Candide
are one document each, so each goes to one fold): fit on one fold, report on the other.
Then it fits on all documents: ship that table only where both held-back folds improved."""

import argparse
import os
import subprocess
import sys

import dev_suite

WEIGHTS = ['shape_prior_weight', 'length_weight', 'null_cost', 'null_cost_per_char',
           'anchor_weight', 'number_mismatch', 'lonely_number', 'lexical_weight',
           'lexical_diagonal', 'lexical_leave_one_out', 'dictionary_weight', 'dictionary_chance',
           'first_pass_segment_chance',
           'first_pass_dictionary_weight', 'seed_weight', 'clause_bonus', 'continuation_bonus', 'inner_clause_bonus']
STEPS = [0.5, 0.7, 0.85, 1.2, 1.4, 2.0]
FROM_ZERO = [0.5, 1.0, 2.0, 4.0]
MIN_GAIN = 0.0005
MAX_SET_LOSS = 0.002
MAX_ROUNDS = 3

FOLD_A_NOVELS = {'DuCoteDeChezSwann', 'JaneEyre', 'LesConfessions', 'TheLastOfTheMohicans'}


def fold_of(doc):
    if doc['set'] == 'news-doc-test':
        return 'A' if int(doc['name']) < 6 else 'B'
    if doc['set'] == 'transread-fr-en':
        return 'A' if doc['name'] in FOLD_A_NOVELS else 'B'
    return 'A' if doc['set'] == 'textberg-dev' else 'B'


def scores(eval_bin, docs, settings):
    """({set: strict F1}, macro strict F1)."""
    _, by_set, macro = dev_suite.run(eval_bin, docs, settings)
    return {s: v[0] for s, v in by_set.items()}, macro[0]


def fit(eval_bin, docs, start, log):
    """Coordinate search from `start` (a dict of every weight); returns the fitted dict."""
    best = dict(start)
    best_sets, best_score = scores(eval_bin, docs, best)
    log('  start %.4f' % best_score)
    for _ in range(MAX_ROUNDS):
        changed = False
        for name in WEIGHTS:
            values = [best[name] * s for s in STEPS] if best[name] else FROM_ZERO
            for value in values:
                trial = dict(best, **{name: round(value, 6)})
                sets, score = scores(eval_bin, docs, trial)
                if (score > best_score + MIN_GAIN and
                        all(sets[s] >= best_sets[s] - MAX_SET_LOSS for s in sets)):
                    best, best_sets, best_score, changed = trial, sets, score, True
                    log('  %s=%g  %.4f' % (name, trial[name], score))
        if not changed:
            break
    return best


def report(eval_bin, docs, settings):
    _, scores, macro = dev_suite.run(eval_bin, docs, settings)
    return ' '.join('%s %.4f' % (s, v[0]) for s, v in scores.items()) + '  macro %.4f' % macro[0]


def leave_out(eval_bin, docs, defaults, held_set, log):
    """Fits on the sets other than held_set and reports held_set with the defaults and
    with the fit: how much the shipped weights owe to that set."""
    train = [d for d in docs if d['set'] != held_set]
    held = [d for d in docs if d['set'] == held_set]
    log('fit without %s (%d documents):' % (held_set, len(train)))
    fitted = fit(eval_bin, train, defaults, log)
    log('  held back, defaults: ' + report(eval_bin, held, defaults))
    log('  held back, fitted:   ' + report(eval_bin, held, fitted))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('build', nargs='?', default=os.path.join(dev_suite.ROOT, 'build'))
    ap.add_argument('--leave-out', metavar='SET', choices=dev_suite.SETS,
                    help='only fit on every other set and report this one, before and after')
    args = ap.parse_args()
    eval_bin = os.path.join(args.build, 'bench', 'talign_align_eval')
    log = lambda line: print(line, flush=True)
    listed = subprocess.run([eval_bin, '--list'], check=True, capture_output=True, text=True)
    defaults = {k: float(v) for k, v in (l.split('=') for l in listed.stdout.split())
                if k in WEIGHTS}
    docs = dev_suite.documents()
    if args.leave_out:
        return leave_out(eval_bin, docs, defaults, args.leave_out, log)
    folds = {f: [d for d in docs if fold_of(d) == f] for f in 'AB'}
    for train, held in (('A', 'B'), ('B', 'A')):
        log('fit on fold %s (%d documents), report on fold %s:' % (train, len(folds[train]), held))
        fitted = fit(eval_bin, folds[train], defaults, log)
        log('  held back, defaults: ' + report(eval_bin, folds[held], defaults))
        log('  held back, fitted:   ' + report(eval_bin, folds[held], fitted))
    log('fit on all %d documents:' % len(docs))
    fitted = fit(eval_bin, docs, defaults, log)
    log('fitted table (--set NAME=VALUE):')
    for name in WEIGHTS:
        log('  %s=%g' % (name, fitted[name]))


if __name__ == '__main__':
    sys.exit(main())
