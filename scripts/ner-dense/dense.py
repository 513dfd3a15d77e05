"""The dense part of the tagger: a one-hidden-layer network over the word vectors of a five-token window, the token's
casing and the linear tagger's own emission scores, whose output is added to those scores before Viterbi decoding.
Trained on held-out emission scores (stacking), so it learns where the linear tagger goes wrong on unseen text."""
import numpy as np
import torch

from vectors import normalise

T = 9
WINDOW = 2  # tokens either side
POSITIONS = 2 * WINDOW + 1
OOV, PAD = 0, -1  # PAD is the last row of the vector table


def casing(word, first):
    cap = word[:1].isupper()
    upper = word.isupper() and len(word) > 1
    return (1.0 if cap else 0.0, 1.0 if upper else 0.0, 1.0 if first else 0.0)


def window_ids(words, keys):
    """Vector row of each token's window, POSITIONS per token: 0 for a word without a vector, -1 outside the sentence."""
    ids = [keys.get(normalise(w), OOV) for w in words]
    n = len(ids)
    return np.array([[ids[j] if 0 <= j < n else PAD for j in range(i - WINDOW, i + WINDOW + 1)] for i in range(n)], dtype=np.int64)


def context_of(em):
    """Per token: the linear tagger's scores of the token before and after it (0 outside the sentence)."""
    z = np.zeros((1, T), dtype=np.float32)
    return np.concatenate([np.concatenate([z, em[:-1]]), np.concatenate([em[1:], z])], axis=1)


def sentence_inputs(s, keys):
    words = s['words']
    em = np.array(s['emissions'], dtype=np.float32).reshape(-1, T)
    cas = np.array([casing(w, i == 0) for i, w in enumerate(words)], dtype=np.float32)
    return window_ids(words, keys), em, np.concatenate([cas, context_of(em)], axis=1)


class Net(torch.nn.Module):
    def __init__(self, vectors, hidden, em_scale, dropout=0.0):
        super().__init__()
        self.dropout = torch.nn.Dropout(dropout)
        dims = vectors.shape[1]
        table = np.concatenate([vectors, np.zeros((1, dims), dtype=np.float32)])
        self.vectors = torch.nn.Embedding.from_pretrained(torch.from_numpy(table), freeze=True)
        self.pad_row = len(table) - 1
        self.window = torch.nn.Linear(POSITIONS * dims, hidden)
        # Per position: a learned input for a word without a vector, and one for outside the sentence.
        self.special = torch.nn.Parameter(torch.zeros(POSITIONS, 2, hidden))
        self.emissions = torch.nn.Linear(T, hidden, bias=False)
        self.casing = torch.nn.Linear(3 + 2 * T, hidden, bias=False)
        self.out = torch.nn.Linear(hidden, T)
        self.em_scale = em_scale
        self.gain = torch.nn.Parameter(torch.tensor(1.0))

    def correction(self, ids, em, cas):
        rows = torch.where(ids < 0, torch.full_like(ids, self.pad_row), ids)
        v = self.vectors(rows).flatten(1)
        h = self.window(v)
        pos = torch.arange(POSITIONS)
        h = h + (self.special[pos, 0] * (ids == OOV).unsqueeze(-1)).sum(1) + (self.special[pos, 1] * (ids < 0).unsqueeze(-1)).sum(1)
        h = h + self.emissions(em * self.em_scale) + self.casing(torch.cat([cas[:, :3], cas[:, 3:] * self.em_scale], 1))
        return self.out(self.dropout(torch.relu(h)))

    def logits(self, ids, em, cas):
        return self.gain * em * self.em_scale + self.correction(ids, em, cas)


class DenseCorrection:
    def __init__(self, net, keys):
        self.net = net
        self.keys = keys

    def corrected(self, em, ids, words=None):
        cas = np.array([casing(w, i == 0) for i, w in enumerate(words)], dtype=np.float32)
        cas = np.concatenate([cas, context_of(em)], axis=1)
        with torch.no_grad():
            c = self.net.correction(torch.from_numpy(ids), torch.from_numpy(em), torch.from_numpy(cas))
            return em + (c / (self.net.gain * self.net.em_scale)).numpy()


LEGAL = torch.tensor([[0.0 if (c % 2 == 1 or c == 0 or (p != 0 and (p - 1) >> 1 == (c - 1) >> 1)) else -1e4 for c in range(T)] for p in range(T)])
START_LEGAL = torch.tensor([0.0 if (c == 0 or c % 2 == 1) else -1e4 for c in range(T)])


def log_partition(z, mask, lengths, between, start):
    """log of the summed scores of every tag path (over `mask`'s tags only) of each padded sentence."""
    z = z.masked_fill(~mask, -1e4)
    alpha = start + z[:, 0]
    for i in range(1, z.shape[1]):
        nxt = torch.logsumexp(alpha.unsqueeze(2) + between, 1) + z[:, i]
        alpha = torch.where((lengths > i).unsqueeze(1), nxt, alpha)
    return torch.logsumexp(alpha, 1)


def fit(docs, keys, vectors, hidden, epochs, seed, transitions, balance=False, dropout=0.0, decay=0.0, lr=2e-3, batch=32):
    """Trains the correction under the CRF objective with the linear tagger's transitions (fixed), so decoding the
    corrected scores with those transitions is the trained model's best path. `balance` weighs each corpus's
    sentences so that every corpus counts as much in the loss, as each counts one vote in the cross-validated mean;
    `dropout` (on the hidden units) and `decay` (weight decay) regularise it."""
    torch.manual_seed(seed)
    sentences, corpora = [], []
    for d in docs:
        for s in d['sentences']:
            i, e, c = sentence_inputs(s, keys)
            mask = s['allowed'] if s['allowed'] else [1 << t for t in s['gold']]
            sentences.append((i, e, c, np.array([[bool(m & (1 << t)) for t in range(T)] for m in mask])))
            corpora.append(d['corpus'])
    tokens_of = {}
    for (i, *_), c in zip(sentences, corpora):
        tokens_of[c] = tokens_of.get(c, 0) + len(i)
    mean_tokens = sum(tokens_of.values()) / len(tokens_of)
    weights = torch.tensor([mean_tokens / tokens_of[c] if balance else 1.0 for c in corpora])
    em_scale = float(1.0 / np.concatenate([s[1] for s in sentences]).std())
    net = Net(vectors, hidden, em_scale, dropout)
    between = torch.tensor(transitions[0], dtype=torch.float32)
    start = torch.tensor(transitions[1], dtype=torch.float32)
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=decay)
    order = sorted(range(len(sentences)), key=lambda k: len(sentences[k][0]))
    batches = [order[b:b + batch] for b in range(0, len(order), batch)]
    rng = np.random.default_rng(seed)
    for epoch in range(epochs):
        total, tokens = 0.0, 0
        for bi in rng.permutation(len(batches)):
            group = [sentences[k] for k in batches[bi]]
            lengths = torch.tensor([len(g[0]) for g in group])
            n = int(lengths.max())
            ids = torch.full((len(group), n, POSITIONS), PAD, dtype=torch.int64)
            em = torch.zeros(len(group), n, T)
            cas = torch.zeros(len(group), n, 3 + 2 * T)
            allowed = torch.ones(len(group), n, T, dtype=torch.bool)
            for j, (i, e, c, m) in enumerate(group):
                ids[j, :len(i)] = torch.from_numpy(i)
                em[j, :len(i)] = torch.from_numpy(e)
                cas[j, :len(i)] = torch.from_numpy(c)
                allowed[j, :len(i)] = torch.from_numpy(m)
            z = net.logits(ids.view(-1, POSITIONS), em.view(-1, T), cas.view(-1, 3 + 2 * T)).view(len(group), n, T)
            g = net.gain * net.em_scale
            tb = g * between + LEGAL
            ts = g * start + START_LEGAL
            full = torch.ones_like(allowed)
            w = weights[batches[bi]]
            loss = (w * (log_partition(z, full, lengths, tb, ts) - log_partition(z, allowed, lengths, tb, ts))).sum()
            opt.zero_grad()
            (loss / lengths.sum()).backward()
            opt.step()
            total += float(loss)
            tokens += int(lengths.sum())
        print(f'  epoch {epoch + 1}: loss {total / tokens:.4f}, gain {float(net.gain):.3f}', flush=True)
    net.eval()
    return DenseCorrection(net, keys)


def export(correction, words):
    """The trained correction as the model file's dense section reads it (src/core/ner/dense.ts): the word vectors as
    int8 with one scale (the net then uses the dequantised vectors, so what it computes is what TypeScript computes),
    and every weight laid out so that the inner loops run over the hidden units, with the emission scale and the
    output's division by gain × emission scale folded in."""
    net = correction.net
    with torch.no_grad():
        table = net.vectors.weight
        vectors = table[1:len(words) + 1]
        scale = float(vectors.abs().max()) / 127 or 1.0
        q = torch.round(vectors / scale).clamp(-127, 127)
        table[1:len(words) + 1] = q * scale
        hidden, dims = net.out.in_features, table.shape[1]
        s, g = net.em_scale, float(net.gain)
        cas = net.casing.weight
        block = [
            net.window.weight.view(hidden, POSITIONS, dims).permute(1, 2, 0),
            net.special,
            net.window.bias,
            cas[:, :3].T,
            net.emissions.weight.T * s,
            cas[:, 3:3 + T].T * s,
            cas[:, 3 + T:].T * s,
            net.out.weight / (g * s),
            net.out.bias / (g * s),
        ]
        params = torch.cat([b.reshape(-1) for b in block]).tolist()
    return {
        'hidden': hidden,
        'dims': dims,
        'positions': POSITIONS,
        'words': list(words),
        'vectorScale': scale,
        'vectors': q.to(torch.int8).reshape(-1).tolist(),
        'params': params,
    }
