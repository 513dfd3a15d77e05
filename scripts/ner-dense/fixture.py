"""Writes test/core/ner/dense-fixture.json: a tiny dense correction with random weights, exported as the trainer
exports the real one, and what the Python network computes on two invented sentences, so the TypeScript inference
(src/core/ner/dense.ts) is pinned to it.  python3 -B scripts/ner-dense/fixture.py"""
import json
import os

import numpy as np
import torch

from dense import T, DenseCorrection, Net, export, window_ids

OUT = os.path.join(os.path.dirname(__file__), '../../test/core/ner/dense-fixture.json')
WORDS = ['kestrel', 'said', 'in', 'oslo', '0000']
SENTENCES = [['Kestrel', 'said', 'in', 'OSLO', 'zyxt', '2024'], ['Quorvan'], ['the', 'Kestrel', 'AG']]


def main():
    torch.manual_seed(3)
    rng = np.random.default_rng(3)
    dims, hidden = 3, 8
    vectors = np.concatenate([np.zeros((1, dims)), rng.normal(size=(len(WORDS), dims))]).astype(np.float32)
    net = Net(vectors, hidden, em_scale=0.5)
    with torch.no_grad():
        net.special.normal_()
        net.gain.fill_(1.3)
    net.eval()
    keys = {w: i + 1 for i, w in enumerate(WORDS)}
    exported = export(DenseCorrection(net, keys), WORDS)
    correction = DenseCorrection(net, keys)
    sentences = []
    for words in SENTENCES:
        em = rng.normal(scale=2.0, size=(len(words), T)).astype(np.float32)
        corrected = correction.corrected(em, window_ids(words, keys), words)
        sentences.append({'words': words, 'emissions': em.ravel().tolist(), 'corrected': corrected.ravel().tolist()})
    with open(OUT, 'w') as f:
        json.dump({'export': exported, 'sentences': sentences}, f)
        f.write('\n')


if __name__ == '__main__':
    main()
