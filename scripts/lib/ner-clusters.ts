// Word clusters from unlabelled text: words that occur between the same neighbours land in the same cluster
// (surnames with surnames, first names with titles), which lets the tagger generalise from names it was taught to
// names it only saw in running text. Spherical k-means over each word's left- and right-neighbour statistics
// (positive pointwise mutual information, unit length), seeded, so training stays reproducible.
import { normaliseDigits } from '../../src/core/ner/lexicon';
import { seededRandom } from './seeded-random';

/** Most frequent words that get a cluster. */
const VOCABULARY = 30000;
const MIN_COUNT = 5;
/** Most frequent words used as context dimensions, on each side. */
const CONTEXTS = 600;
const ITERATIONS = 12;

type SparseVector = { dims: Int32Array; values: Float32Array };

const keyOf = (w: string) => normaliseDigits(w.toLowerCase());

/** Cluster (0 … k-1) of each frequent lower-case word of `sentences`. */
export function wordClusters(sentences: Iterable<readonly string[]>, k: number, seed: number): Map<string, number> {
  const list = [...sentences].map((s) => s.map(keyOf));
  const counts = new Map<string, number>();
  for (const s of list) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = new Map(byFrequency.slice(0, VOCABULARY).map(([w], i) => [w, i]));
  const contextIndex = new Map(byFrequency.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  const dims = 2 * (CONTEXTS + 1);
  const cooc: Map<number, number>[] = Array.from({ length: vocab.size }, () => new Map());
  const bump = (row: Map<number, number>, d: number) => row.set(d, (row.get(d) ?? 0) + 1);
  for (const s of list) {
    for (let i = 0; i < s.length; i++) {
      const v = vocab.get(s[i]);
      if (v === undefined) continue;
      const left = i > 0 ? (contextIndex.get(s[i - 1]) ?? CONTEXTS) : CONTEXTS;
      const right = i + 1 < s.length ? (contextIndex.get(s[i + 1]) ?? CONTEXTS) : CONTEXTS;
      bump(cooc[v], left);
      bump(cooc[v], CONTEXTS + 1 + right);
    }
  }
  const contextTotals = new Float64Array(dims);
  let total = 0;
  for (const row of cooc) for (const [d, c] of row) (contextTotals[d] += c), (total += c);
  const vectors: SparseVector[] = cooc.map((row) => {
    let wordTotal = 0;
    for (const c of row.values()) wordTotal += c;
    const entries = [...row]
      .map(([d, c]) => [d, Math.log((c * total) / (wordTotal * contextTotals[d]))] as const)
      .filter(([, pmi]) => pmi > 0)
      .sort((a, b) => a[0] - b[0]);
    const values = Float32Array.from(entries, ([, pmi]) => pmi);
    const norm = Math.hypot(...values) || 1;
    return { dims: Int32Array.from(entries, ([d]) => d), values: values.map((x) => x / norm) };
  });
  const assignment = kMeans(vectors, dims, Math.min(k, vectors.length), seededRandom(seed));
  return new Map([...vocab].map(([w, i]) => [w, assignment[i]]));
}

function kMeans(vectors: readonly SparseVector[], dims: number, k: number, random: () => number): Int32Array {
  const centroids = new Float32Array(k * dims);
  for (let c = 0; c < k; c++) {
    const v = vectors[Math.floor(random() * vectors.length)];
    v.dims.forEach((d, j) => (centroids[c * dims + d] = v.values[j]));
  }
  const assignment = new Int32Array(vectors.length);
  for (let it = 0; it < ITERATIONS; it++) {
    vectors.forEach((v, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const base = c * dims;
        for (let j = 0; j < v.dims.length; j++) s += centroids[base + v.dims[j]] * v.values[j];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assignment[i] = best;
    });
    centroids.fill(0);
    vectors.forEach((v, i) => {
      const base = assignment[i] * dims;
      for (let j = 0; j < v.dims.length; j++) centroids[base + v.dims[j]] += v.values[j];
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const v = vectors[Math.floor(random() * vectors.length)];
        v.dims.forEach((d, j) => (centroids[c * dims + d] = v.values[j]));
        continue;
      }
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assignment;
}
