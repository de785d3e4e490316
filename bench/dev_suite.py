"""The alignment dev suite of ../shared/data: its documents, one aligner run over all of
them (talign_align_eval --manifest), and strict/lax F1 by the shared scorer's definitions.
Used by bench/eval_align.py (the table) and bench/fit_align.py (the fit)."""

import importlib.util
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('TALIGN_SHARED_DIR', os.path.join(ROOT, '..', 'shared'))
DATA = os.path.join(SHARED, 'data')

_spec = importlib.util.spec_from_file_location(
    'score_alignment', os.path.join(SHARED, 'tools', 'score_alignment.py'))
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)

# Set name, then per document: name, source, target, languages, gold (paths under DATA).
SETS = ['news-doc-test', 'textberg-dev', 'transread-fr-en', 'candide-en-es']


def documents():
    """Every dev document as a dict: set, name, src, tgt, src_lang, tgt_lang, gold."""
    docs = []
    news = os.path.join(DATA, 'news-fr-en-dev', 'doc-test')
    for name in sorted(os.listdir(news)):
        d = os.path.join(news, name)
        if os.path.isdir(d):
            docs.append(dict(set='news-doc-test', name=name[:2], src=d + '/doc.fr',
                             tgt=d + '/doc.en', src_lang='fr', tgt_lang='en',
                             gold=d + '/gold.beads'))
    tb = os.path.join(DATA, 'textberg-dev')
    docs.append(dict(set='textberg-dev', name='textberg', src=tb + '/dev.de', tgt=tb + '/dev.fr',
                     src_lang='de', tgt_lang='fr', gold=tb + '/dev.defr'))
    novels = os.path.join(DATA, 'transread-fr-en-dev')
    for name in sorted(os.listdir(novels)):
        d = os.path.join(novels, name)
        if os.path.isdir(d):
            docs.append(dict(set='transread-fr-en', name=name, src=d + '/fr.sentences',
                             tgt=d + '/en.sentences', src_lang='fr', tgt_lang='en',
                             gold=d + '/gold.beads'))
    c = os.path.join(DATA, 'transread-en-es-dev', 'Candide')
    docs.append(dict(set='candide-en-es', name='Candide', src=c + '/en.sentences',
                     tgt=c + '/es.sentences', src_lang='en', tgt_lang='es',
                     gold=c + '/gold.beads'))
    return docs


def align(eval_bin, docs, settings, out_dir):
    """Aligns docs in one process with --set NAME=VALUE for each of settings (a dict);
    returns the beads file of each document, in order."""
    manifest = os.path.join(out_dir, 'manifest.tsv')
    outs = [os.path.join(out_dir, '%s.%s.beads' % (d['set'], d['name'])) for d in docs]
    with open(manifest, 'w') as f:
        for d, out in zip(docs, outs):
            f.write('\t'.join([d['src'], d['tgt'], d['src_lang'], d['tgt_lang'], out]) + '\n')
    args = [eval_bin]
    for name, value in sorted(settings.items()):
        args += ['--set', '%s=%r' % (name, value)]
    subprocess.run(args + ['--manifest', manifest], check=True)
    return outs


def counts(docs, outs):
    """The scorer's six counts of each document."""
    return [scorer.count(scorer.read_beads(d['gold']), scorer.read_beads(out))
            for d, out in zip(docs, outs)]


def f1(count_list):
    """(strict F1, lax F1) of summed counts (micro average, as the scorer does)."""
    c = [sum(x) for x in zip(*count_list)]
    ratio = lambda a, b: a / b if b else 0.0
    f = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    return (f(ratio(c[0], c[2]), ratio(c[3], c[5])), f(ratio(c[1], c[2]), ratio(c[4], c[5])))


def set_scores(docs, doc_counts):
    """{set: (strict, lax)} over the sets present in docs, and their macro average."""
    by_set = {}
    for d, c in zip(docs, doc_counts):
        by_set.setdefault(d['set'], []).append(c)
    scores = {s: f1(by_set[s]) for s in SETS if s in by_set}
    macro = tuple(sum(v[k] for v in scores.values()) / len(scores) for k in (0, 1))
    return scores, macro


def run(eval_bin, docs, settings):
    """Aligns and scores: (per-document counts, {set: (strict, lax)}, macro)."""
    with tempfile.TemporaryDirectory() as out_dir:
        doc_counts = counts(docs, align(eval_bin, docs, settings, out_dir))
    return (doc_counts,) + set_scores(docs, doc_counts)
