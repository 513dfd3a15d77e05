"""The dense correction of the shipped model, for `train-ner.ts --dense` without --cv-only: trained on the held-out
emission scores of every training document (the stacking folds' taggers) under the CRF objective with the final
tagger's transitions, and written as JSON for the trainer to pack into the model file (dense.export).
  python3 export.py HELDOUT.jsonl OUT.json [--dims 24 --top 50000 --hidden 32 --epochs 3 --balance --dropout P --decay D]
Reads the dump of `train-ner.ts`, whose header holds the final tagger's transitions under `final`."""
import argparse
import json
import time

import numpy as np

from dense import T, export, fit
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
    final = header['final']
    transitions = (np.array(final['between']).reshape(T, T), np.array(final['start']))
    table = word_table(a.top, a.dims)
    keys = {k: i + 1 for i, k in enumerate(table)}
    vectors = np.zeros((len(keys) + 1, a.dims), dtype=np.float32)
    for k, i in keys.items():
        vectors[i] = table[k]
    model = fit(docs, keys, vectors, a.hidden, a.epochs, seed=0, transitions=transitions, balance=a.balance, dropout=a.dropout, decay=a.decay)
    with open(a.out, 'w') as f:
        json.dump(export(model, table), f)
    print(f'[{time.time() - t0:.0f}s] dense correction trained on {len(docs)} documents, written to {a.out}', flush=True)


if __name__ == '__main__':
    main()
