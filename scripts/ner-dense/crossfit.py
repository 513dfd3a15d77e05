"""Cross-fitted dense correction of held-out emission scores, for `train-ner.ts --dense`: each fold's scores are
corrected by a model (dense.py) trained on the other fold's held-out scores only, so the cross-validated scores the
trainer then prints never come from a model that saw the document.
  python3 crossfit.py HELDOUT.jsonl OUT.jsonl [--dims 24 --top 50000 --hidden 32 --epochs 3 --balance --dropout P --decay D]
Reads the dump of `train-ner.ts --dump-heldout`; writes one line per document (same order): corrected emissions per
sentence."""
import argparse
import json
import time

import numpy as np

from dense import T, fit, window_ids
from vectors import word_table


def main():
    p = argparse.ArgumentParser()
    p.add_argument('heldout')
    p.add_argument('out')
    p.add_argument('--dims', type=int, default=24)
    p.add_argument('--top', type=int, default=50000)
    p.add_argument('--hidden', type=int, default=32)
    p.add_argument('--epochs', type=int, default=3)
    p.add_argument('--balance', action='store_true')
    p.add_argument('--dropout', type=float, default=0.0)
    p.add_argument('--decay', type=float, default=0.0)
    a = p.parse_args()
    t0 = time.time()
    with open(a.heldout) as f:
        header = json.loads(f.readline())
        docs = [json.loads(line) for line in f]
    transitions = [(np.array(t['between']).reshape(T, T), np.array(t['start'])) for t in header['transitions']]
    table = word_table(a.top, a.dims)
    keys = {k: i + 1 for i, k in enumerate(table)}
    vectors = np.zeros((len(keys) + 1, a.dims), dtype=np.float32)
    for k, i in keys.items():
        vectors[i] = table[k]
    corrected = [None] * len(docs)
    for fold in (0, 1):
        train = [d for d in docs if d['fold'] != fold]
        model = fit(train, keys, vectors, a.hidden, a.epochs, seed=fold, transitions=transitions[1 - fold], balance=a.balance, dropout=a.dropout, decay=a.decay)
        for k, d in enumerate(docs):
            if d['fold'] != fold:
                continue
            corrected[k] = [
                np.round(model.corrected(np.array(s['emissions'], dtype=np.float32).reshape(-1, T), window_ids(s['words'], keys), s['words']), 3)
                .ravel().tolist()
                for s in d['sentences']
            ]
        print(f'[{time.time() - t0:.0f}s] fold {fold} corrected', flush=True)
    with open(a.out, 'w') as f:
        for c in corrected:
            f.write(json.dumps(c) + '\n')


if __name__ == '__main__':
    main()
