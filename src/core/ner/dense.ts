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
  private readonly base: Float64Array;
  /** Weights of the previous token's, the token's and the next token's scores: [3 * tags][hidden]. */
  private readonly inputs: Float64Array;
  private readonly out: Float64Array;
  private readonly outBias: Float64Array;
  /** First-layer share of each vocabulary row at each window place: row 0 a word without a vector, last row outside the sentence. */
  private readonly shares: Float32Array;
  private readonly computed: Uint8Array;
  private readonly padRow: number;
  private offsets = new Int32Array(64);
  private cases = new Uint8Array(64);
  private padded = new Float64Array(0);
  private rows = new Int32Array(0);

  constructor(
    section: Uint8Array,
    private readonly shape: DenseShape,
  ) {
    const { hidden: H, dims: D, positions: P, words: V, vocabularyBytes } = shape;
    const paramsAt = vocabularyBytes + pad4(V * D);
    const count = paramCount(shape);
    if (section.length !== paramsAt + 4 * count || H % 8 !== 0) throw new Error('NER model: the dense section does not match its shape');
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
    const [self, prev, next] = [take(NUM_TAGS * H), take(NUM_TAGS * H), take(NUM_TAGS * H)];
    this.inputs = Float64Array.from([...prev, ...self, ...next]);
    this.out = Float64Array.from(take(NUM_TAGS * H));
    this.outBias = Float64Array.from(take(NUM_TAGS));
    this.base = new Float64Array(8 * H);
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
   * The hidden units are taken eight at a time in locals: this loop is a third of a model's tagging time, and
   * typed-array stores of every partial sum would double it.
   */
  correct(scores: Float32Array, n: number, offsets: ArrayLike<number>, cases: ArrayLike<number>): void {
    const { hidden: H, positions: P } = this.shape;
    const T = NUM_TAGS;
    const K = 3 * T;
    const half = P >> 1;
    const { shares, base, inputs, out, outBias } = this;
    if (this.padded.length < (n + 2) * T) {
      this.padded = new Float64Array(2 * (n + 2) * T);
      this.rows = new Int32Array(2 * (n + P));
    }
    // The scores with a row of zeros either side (a missing neighbour's scores read 0), and the share offsets with
    // the outside-the-sentence row either side: the token loop then has no edge cases.
    const padded = this.padded;
    const rows = this.rows;
    padded.fill(0, 0, T);
    for (let k = 0; k < n * T; k++) padded[T + k] = scores[k];
    padded.fill(0, (n + 1) * T, (n + 2) * T);
    const padAt = this.padRow * P * H;
    for (let k = 0; k < n + 2 * half; k++) rows[k] = k < half || k >= n + half ? padAt : offsets[k - half];
    for (let i = 0; i < n; i++) {
      const c = (cases[i] | (i === 0 ? DenseCase.First : 0)) * H;
      const e = i * T;
      for (let j = 0; j < H; j += 8) {
        let h0 = base[c + j], h1 = base[c + j + 1], h2 = base[c + j + 2], h3 = base[c + j + 3];
        let h4 = base[c + j + 4], h5 = base[c + j + 5], h6 = base[c + j + 6], h7 = base[c + j + 7];
        for (let p = 0; p < P; p++) {
          const a = rows[i + p] + p * H + j;
          h0 += shares[a]; h1 += shares[a + 1]; h2 += shares[a + 2]; h3 += shares[a + 3];
          h4 += shares[a + 4]; h5 += shares[a + 5]; h6 += shares[a + 6]; h7 += shares[a + 7];
        }
        // The previous token's, this token's and the next token's scores: 27 inputs in a row of `padded`.
        for (let k = 0; k < K; k++) {
          const x = padded[e + k];
          const w = k * H + j;
          h0 += x * inputs[w]; h1 += x * inputs[w + 1]; h2 += x * inputs[w + 2]; h3 += x * inputs[w + 3];
          h4 += x * inputs[w + 4]; h5 += x * inputs[w + 5]; h6 += x * inputs[w + 6]; h7 += x * inputs[w + 7];
        }
        if (h0 < 0) h0 = 0;
        if (h1 < 0) h1 = 0;
        if (h2 < 0) h2 = 0;
        if (h3 < 0) h3 = 0;
        if (h4 < 0) h4 = 0;
        if (h5 < 0) h5 = 0;
        if (h6 < 0) h6 = 0;
        if (h7 < 0) h7 = 0;
        for (let t = 0; t < T; t++) {
          const w = t * H + j;
          scores[e + t] +=
            h0 * out[w] + h1 * out[w + 1] + h2 * out[w + 2] + h3 * out[w + 3] +
            h4 * out[w + 4] + h5 * out[w + 5] + h6 * out[w + 6] + h7 * out[w + 7];
        }
      }
      for (let t = 0; t < T; t++) scores[e + t] += outBias[t];
    }
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
