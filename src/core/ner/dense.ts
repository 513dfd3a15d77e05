// The dense correction of the tagger's scores (trained by scripts/ner-dense, see docs/ner.md): a network with one
// hidden layer over a five-token window of word vectors, the token's casing and the perceptron's own scores for the
// token and its two neighbours, whose output is added to those scores before Viterbi decoding. A word's share of the
// first layer depends on the word and its place in the window only, so it is computed once per vocabulary word (on
// first use) and kept: per token the hidden layer is then a few vector adds plus the score terms.
//
// Section of the model file (after the mention classifier weights; present when the metadata has `dense`):
//   vocabulary: Lexicon table (lexicon.ts) from a word's lexicon key to its vector row + 1 (0: no vector)
//   i8[words * dims] word vectors (PCA of GloVe), times `vectorScale`; zero-padded to a multiple of 4
//   f32 parameters, hidden units innermost: window weights [positions][dims][hidden], learned inputs for a word
//   without a vector and for a place outside the sentence [positions][2][hidden], hidden bias [hidden], casing
//   weights [3][hidden] (capitalised, all capitals, first in the sentence), score weights [3][tags][hidden] (the
//   token's, the previous token's, the next token's), output weights [tags][hidden], output bias [tags]
import { Lexicon, type DenseVocabulary } from './lexicon';
import { NUM_TAGS } from './tags';

/** What the model metadata says about the dense section. */
export interface DenseShape {
  hidden: number;
  dims: number;
  positions: number;
  words: number;
  vectorScale: number;
  vocabularyBytes: number;
}

/** The network as scripts/ner-dense/dense.py exports it (`export`), before packing. */
export interface DenseExport {
  hidden: number;
  dims: number;
  positions: number;
  words: string[];
  vectorScale: number;
  vectors: number[];
  params: number[];
}

/** Casing bits of a token, as the network reads them. */
export const DenseCase = { Capitalised: 1, AllCaps: 2, First: 4 } as const;

const paramCount = (s: Pick<DenseShape, 'hidden' | 'dims' | 'positions'>) =>
  s.hidden * (s.positions * s.dims + 2 * s.positions + 1 + 3 + 4 * NUM_TAGS) + NUM_TAGS;

const pad4 = (n: number) => (n + 3) & ~3;

/** Packs an exported network into the model file's dense section and the metadata that describes it. */
export function encodeDense(e: DenseExport): { bytes: Uint8Array; shape: DenseShape } {
  if (e.params.length !== paramCount(e) || e.vectors.length !== e.words.length * e.dims) {
    throw new Error('dense export does not match its shape');
  }
  const rows = new Map<string, number>();
  e.words.forEach((w, i) => {
    if (!rows.has(w)) rows.set(w, i + 1);
  });
  const vocabulary = Lexicon.build(rows).toBytes();
  const vectorsAt = vocabulary.length;
  const paramsAt = vectorsAt + pad4(e.vectors.length);
  const bytes = new Uint8Array(paramsAt + 4 * e.params.length);
  bytes.set(vocabulary);
  bytes.set(new Uint8Array(Int8Array.from(e.vectors).buffer), vectorsAt);
  const view = new DataView(bytes.buffer);
  e.params.forEach((p, i) => view.setFloat32(paramsAt + 4 * i, p, true));
  const shape = { hidden: e.hidden, dims: e.dims, positions: e.positions, words: e.words.length, vectorScale: e.vectorScale, vocabularyBytes: vocabulary.length };
  return { bytes, shape };
}

/** The dense correction of a loaded model. */
export class DenseCorrection implements DenseVocabulary {
  private readonly vocabulary: Lexicon;
  private readonly vectors: Int8Array;
  private readonly window: Float32Array;
  /** Hidden bias plus the casing weights, for each of the 8 casing combinations. */
  private readonly base: Float32Array;
  private readonly self: Float32Array;
  private readonly prev: Float32Array;
  private readonly next: Float32Array;
  private readonly out: Float32Array;
  private readonly outBias: Float32Array;
  /** First-layer share of each vocabulary row at each window place: row 0 a word without a vector, last row outside the sentence. */
  private readonly shares: Float32Array;
  private readonly computed: Uint8Array;
  private readonly padRow: number;
  private readonly hiddenUnits: Float32Array;
  private offsets = new Int32Array(64);
  private cases = new Uint8Array(64);
  private scratch = new Float32Array(64 * NUM_TAGS);

  constructor(
    section: Uint8Array,
    private readonly shape: DenseShape,
  ) {
    const { hidden: H, dims: D, positions: P, words: V, vocabularyBytes } = shape;
    const paramsAt = vocabularyBytes + pad4(V * D);
    const count = paramCount(shape);
    if (section.length !== paramsAt + 4 * count) throw new Error('NER model: the dense section does not match its shape');
    this.vocabulary = Lexicon.fromBytes(section.subarray(0, vocabularyBytes));
    this.vectors = new Int8Array(section.buffer, section.byteOffset + vocabularyBytes, V * D);
    const view = new DataView(section.buffer, section.byteOffset + paramsAt, 4 * count);
    let at = 0;
    const take = (n: number) => {
      const a = new Float32Array(n);
      for (let i = 0; i < n; i++) a[i] = view.getFloat32(4 * (at + i), true);
      at += n;
      return a;
    };
    this.window = take(P * D * H);
    const special = take(P * 2 * H);
    const bias = take(H);
    const casing = take(3 * H);
    this.self = take(NUM_TAGS * H);
    this.prev = take(NUM_TAGS * H);
    this.next = take(NUM_TAGS * H);
    this.out = take(NUM_TAGS * H);
    this.outBias = take(NUM_TAGS);
    this.base = new Float32Array(8 * H);
    for (let c = 0; c < 8; c++) {
      for (let j = 0; j < H; j++) {
        let x = bias[j];
        for (let b = 0; b < 3; b++) if (c & (1 << b)) x += casing[b * H + j];
        this.base[c * H + j] = x;
      }
    }
    this.padRow = V + 1;
    this.shares = new Float32Array((V + 2) * P * H);
    this.computed = new Uint8Array(V + 2);
    for (let p = 0; p < P; p++) {
      for (let j = 0; j < H; j++) {
        this.shares[p * H + j] = special[(2 * p) * H + j];
        this.shares[(this.padRow * P + p) * H + j] = special[(2 * p + 1) * H + j];
      }
    }
    this.computed[0] = this.computed[this.padRow] = 1;
    this.hiddenUnits = new Float32Array(H);
  }

  /** Offset in `shares` of the first-layer share of the word with this lexicon key, computed on first use. */
  offsetOf(key: number): number {
    const row = this.vocabulary.get(key);
    const { hidden: H, dims: D, positions: P, vectorScale } = this.shape;
    const at = row * P * H;
    if (this.computed[row]) return at;
    const v = (row - 1) * D;
    for (let p = 0; p < P; p++) {
      for (let d = 0; d < D; d++) {
        const x = this.vectors[v + d] * vectorScale;
        if (x === 0) continue;
        const w = (p * D + d) * H;
        for (let j = 0; j < H; j++) this.shares[at + p * H + j] += x * this.window[w + j];
      }
    }
    this.computed[row] = 1;
    return at;
  }

  /**
   * Adds the correction to one sentence's scores (`n * NUM_TAGS`, in place). `offsets[i]` is token i's `offsetOf`
   * and `cases[i]` its DenseCase bits, as the word table keeps them; the scores read are the uncorrected ones.
   */
  correct(scores: Float32Array, n: number, offsets: ArrayLike<number>, cases: ArrayLike<number>): void {
    const { hidden: H, positions: P } = this.shape;
    const T = NUM_TAGS;
    const half = P >> 1;
    const h = this.hiddenUnits;
    const { shares, base, self, prev, next, out, outBias } = this;
    const padAt = this.padRow * P * H;
    if (this.scratch.length < n * T) this.scratch = new Float32Array(2 * n * T);
    const delta = this.scratch;
    for (let i = 0; i < n; i++) {
      const c = (cases[i] | (i === 0 ? DenseCase.First : 0)) * H;
      for (let j = 0; j < H; j++) h[j] = base[c + j];
      for (let p = 0; p < P; p++) {
        const k = i + p - half;
        const at = (k < 0 || k >= n ? padAt : offsets[k]) + p * H;
        for (let j = 0; j < H; j++) h[j] += shares[at + j];
      }
      for (let t = 0; t < T; t++) {
        const x = scores[i * T + t];
        if (x !== 0) for (let j = 0, w = t * H; j < H; j++) h[j] += x * self[w + j];
        if (i > 0) {
          const y = scores[(i - 1) * T + t];
          if (y !== 0) for (let j = 0, w = t * H; j < H; j++) h[j] += y * prev[w + j];
        }
        if (i + 1 < n) {
          const z = scores[(i + 1) * T + t];
          if (z !== 0) for (let j = 0, w = t * H; j < H; j++) h[j] += z * next[w + j];
        }
      }
      for (let t = 0; t < T; t++) {
        let o = outBias[t];
        for (let j = 0, w = t * H; j < H; j++) if (h[j] > 0) o += h[j] * out[w + j];
        delta[i * T + t] = o;
      }
    }
    for (let k = 0; k < n * T; k++) scores[k] += delta[k];
  }

  /** Per-token offsets and casing of a sentence from the word table's columns, in reused buffers. */
  buffers(n: number): { offsets: Int32Array; cases: Uint8Array } {
    if (this.offsets.length < n) {
      this.offsets = new Int32Array(2 * n);
      this.cases = new Uint8Array(2 * n);
    }
    return { offsets: this.offsets, cases: this.cases };
  }
}
