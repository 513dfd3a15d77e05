"""Checks of scripts/ner-dense/dense.py, run by dense.test.ts (python3 with torch)."""
import itertools
import os
import sys
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../../scripts/ner-dense'))
from dense import LEGAL, OOV, PAD, POSITIONS, START_LEGAL, T, DenseCorrection, Net, context_of, fit, log_partition, window_ids  # noqa: E402
from vectors import normalise, pca  # noqa: E402


class DenseTest(unittest.TestCase):
    def test_window_ids_mark_unknown_words_and_the_sentence_edges(self):
        keys = {'kestrel': 1, 'said': 2, '0000': 3}
        ids = window_ids(['Kestrel', 'said', 'Zyx', '2024'], keys)
        self.assertEqual(ids.shape, (4, POSITIONS))
        self.assertEqual(ids[0].tolist(), [PAD, PAD, 1, 2, OOV])
        self.assertEqual(ids[3].tolist(), [2, OOV, 3, PAD, PAD])

    def test_normalise_lowers_and_zeroes_digits(self):
        self.assertEqual(normalise('G20'), 'g00')
        self.assertNotEqual(normalise('Oslo'), 'Oslo')

    def test_context_of_shifts_the_neighbours_scores(self):
        em = np.arange(2 * T, dtype=np.float32).reshape(2, T)
        ctx = context_of(em)
        self.assertEqual(ctx[0, :T].tolist(), [0.0] * T)
        self.assertEqual(ctx[0, T:].tolist(), em[1].tolist())
        self.assertEqual(ctx[1, :T].tolist(), em[0].tolist())
        self.assertEqual(ctx[1, T:].tolist(), [0.0] * T)

    def test_log_partition_sums_every_legal_path(self):
        torch.manual_seed(0)
        n = 3
        z = torch.randn(1, n, T)
        between = torch.randn(T, T) + LEGAL
        start = torch.randn(T) + START_LEGAL
        mask = torch.ones(1, n, T, dtype=torch.bool)
        mask[0, 1, 0] = False  # the middle token may not be O
        total = []
        for path in itertools.product(range(T), repeat=n):
            if not mask[0, 1, path[1]]:
                continue
            s = start[path[0]] + sum(z[0, i, t] for i, t in enumerate(path)) + sum(between[a, b] for a, b in zip(path, path[1:]))
            total.append(s)
        expected = torch.logsumexp(torch.stack(total), 0)
        got = log_partition(z, mask, torch.tensor([n]), between, start)[0]
        self.assertAlmostEqual(float(got), float(expected), places=3)

    def test_a_silent_network_leaves_the_scores_as_they_were(self):
        net = Net(np.ones((3, 4), dtype=np.float32), 8, 0.5)
        with torch.no_grad():
            net.out.weight.zero_()
            net.out.bias.zero_()
        em = np.random.default_rng(1).normal(size=(2, T)).astype(np.float32)
        out = DenseCorrection(net, {}).corrected(em, window_ids(['a', 'b'], {}), ['a', 'b'])
        np.testing.assert_allclose(out, em, atol=1e-6)

    def test_fit_learns_a_type_from_the_word_vectors_alone(self):
        # The tagger's scores say nothing; only the vectors tell a person's name ("ardo") from a place's ("velm").
        keys = {'ardo': 1, 'velm': 2, 'met': 3}
        vectors = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
        def sentence(words, gold):
            return {'words': words, 'gold': gold, 'allowed': None, 'emissions': [0.1 * ((i + t) % 3) for i in range(len(words)) for t in range(T)]}
        per, loc = 1, 5
        docs = [
            {'corpus': 'a', 'sentences': [sentence(['Ardo', 'met', 'Velm'], [per, 0, loc]) for _ in range(20)]},
            {'corpus': 'b', 'sentences': [sentence(['Velm', 'met', 'Ardo'], [loc, 0, per])]},
        ]
        transitions = (np.zeros((T, T)), np.zeros(T))
        model = fit(docs, keys, vectors, 8, 30, seed=0, transitions=transitions, balance=True, lr=0.05)
        for s in (docs[0]['sentences'][0], docs[1]['sentences'][0]):
            em = np.array(s['emissions'], dtype=np.float32).reshape(-1, T)
            out = model.corrected(em, window_ids(s['words'], keys), s['words'])
            self.assertEqual(out.argmax(1).tolist(), s['gold'])

    def test_pca_gives_unit_variance_projections(self):
        v = np.random.default_rng(2).normal(size=(500, 6)).astype(np.float32)
        mean, basis = pca(v, 3)
        p = (v - mean) @ basis.T
        np.testing.assert_allclose(p.std(axis=0), 1.0, rtol=1e-3)


if __name__ == '__main__':
    unittest.main()
