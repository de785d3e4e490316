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


def _beads(path):
    """Gold beads as (source indices, target indices) lists."""
    beads = []
    for line in open(path, encoding='utf-8'):
        if line.strip():
            src, tgt = line.strip().split(':')[:2]
            beads.append(([int(x) for x in src.strip('[]').split(',') if x.strip()],
                          [int(x) for x in tgt.strip('[]').split(',') if x.strip()]))
    return beads


def _cuts(beads, size):
    """Where pieces of about `size` source sentences may end: (bead index, source end,
    target end) after a bead that no later bead reaches back past, with at least size/2
    source sentences left."""
    ends, reach_s, reach_t = [], [], []
    last_s = last_t = -1
    for src, tgt in beads:
        last_s, last_t = max([last_s] + src), max([last_t] + tgt)
        reach_s.append(last_s)
        reach_t.append(last_t)
    first_s = first_t = 10**9
    later = [None] * len(beads)  # smallest indices in beads after k
    for k in range(len(beads) - 1, -1, -1):
        later[k] = (first_s, first_t)
        first_s, first_t = min([first_s] + beads[k][0]), min([first_t] + beads[k][1])
    start, total = 0, reach_s[-1] + 1
    for k in range(len(beads) - 1):
        if (reach_s[k] + 1 - start >= size and total - reach_s[k] - 1 >= size // 2 and
                later[k][0] > reach_s[k] and later[k][1] > reach_t[k]):
            ends.append((k, reach_s[k] + 1, reach_t[k] + 1))
            start = reach_s[k] + 1
    return ends


def pieces(doc, size, out_dir):
    """doc cut at gold bead boundaries into documents of about `size` source sentences,
    written under out_dir: how the aligner does on short documents (the held-out
    Text+Berg test articles have about 140 sentences each)."""
    read = lambda path: open(path, encoding='utf-8').read().split('\n')[:-1]
    src, tgt, beads = read(doc['src']), read(doc['tgt']), _beads(doc['gold'])
    out, first, s0, t0 = [], 0, 0, 0
    for end, s1, t1 in _cuts(beads, size) + [(len(beads) - 1, len(src), len(tgt))]:
        base = os.path.join(out_dir, '%s.%s.%d' % (doc['set'], doc['name'], len(out)))
        with open(base + '.src', 'w', encoding='utf-8') as f:
            f.writelines(line + '\n' for line in src[s0:s1])
        with open(base + '.tgt', 'w', encoding='utf-8') as f:
            f.writelines(line + '\n' for line in tgt[t0:t1])
        with open(base + '.gold', 'w', encoding='utf-8') as f:
            for bs, bt in beads[first:end + 1]:
                f.write('[%s]:[%s]\n' % (', '.join(str(x - s0) for x in bs),
                                          ', '.join(str(x - t0) for x in bt)))
        out.append(dict(doc, name='%s.%d' % (doc['name'], len(out)), src=base + '.src',
                        tgt=base + '.tgt', gold=base + '.gold'))
        first, s0, t0 = end + 1, s1, t1
    return out


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
