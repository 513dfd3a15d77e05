// Averaged structured perceptron (Collins 2002) over hashed features with Viterbi decoding. Averaging keeps a
// second accumulator of step-weighted updates, so the average is w - acc / steps at the end, without a pass over
// all weights per step.
import { viterbi, type TransitionScores } from '../../src/core/ner/decode';
import { DocumentHistory, HISTORY_FEATURES, addHistoryScores } from '../../src/core/ner/history';
import { emissionScores } from '../../src/core/ner/scores';
import { NUM_TAGS } from '../../src/core/ner/tags';

export interface TrainingItem {
  words: readonly string[];
  features: Int32Array;
  tags: Uint8Array;
  allowed?: Uint16Array;
}

export interface LinearModel {
  weights: Float32Array;
  between: Float32Array;
  start: Float32Array;
}

const T = NUM_TAGS;

export class AveragedPerceptron {
  private readonly w: Float32Array;
  private readonly acc: Float64Array;
  private readonly between = new Float64Array(T * T);
  private readonly betweenAcc = new Float64Array(T * T);
  private readonly start = new Float64Array(T);
  private readonly startAcc = new Float64Array(T);
  private step = 1;

  constructor(readonly bits: number) {
    this.w = new Float32Array(2 ** bits * T);
    this.acc = new Float64Array(2 ** bits * T);
  }

  /**
   * One pass over `documents` (lists of item indices, each in reading order, since the history features depend on
   * earlier sentences); returns the number of sentences with a mistake.
   */
  epoch(items: readonly TrainingItem[], documents: readonly (readonly number[])[]): number {
    let mistakes = 0;
    const trans = { between: this.between, start: this.start };
    for (const doc of documents) {
      const history = new DocumentHistory();
      for (const k of doc) {
        const item = items[k];
        const { pred, wrong } = this.learn(item, history.features(item.words, this.bits), trans);
        if (wrong) mistakes++;
        history.record(item.words, pred);
      }
    }
    return mistakes;
  }

  /** Decodes one sentence and updates towards its gold path. */
  private learn(item: TrainingItem, hist: Int32Array, trans: TransitionScores): { pred: Uint8Array; wrong: boolean } {
    const n = item.tags.length;
    const per = item.features.length / n;
    const em = emissionScores(item.features, n, per, this.w);
    addHistoryScores(em, hist, this.w, 1);
    const pred = viterbi(em, n, trans);
    const gold = item.allowed ? viterbi(em, n, trans, item.allowed) : item.tags;
    let wrong = false;
    for (let i = 0; i < n; i++) {
      if (gold[i] === pred[i]) continue;
      wrong = true;
      const bump = (base: number) => {
        this.update(this.w, this.acc, base + gold[i], 1);
        this.update(this.w, this.acc, base + pred[i], -1);
      };
      for (let f = i * per, end = f + per; f < end; f++) bump(item.features[f] * T);
      for (let f = i * HISTORY_FEATURES, end = f + HISTORY_FEATURES; f < end; f++) bump(hist[f] * T);
    }
    if (wrong) {
      if (gold[0] !== pred[0]) {
        this.update(this.start, this.startAcc, gold[0], 1);
        this.update(this.start, this.startAcc, pred[0], -1);
      }
      for (let i = 1; i < n; i++) {
        if (gold[i - 1] === pred[i - 1] && gold[i] === pred[i]) continue;
        this.update(this.between, this.betweenAcc, gold[i - 1] * T + gold[i], 1);
        this.update(this.between, this.betweenAcc, pred[i - 1] * T + pred[i], -1);
      }
    }
    this.step++;
    return { pred, wrong };
  }

  private update(w: Float32Array | Float64Array, acc: Float64Array, i: number, d: number): void {
    w[i] += d;
    acc[i] += this.step * d;
  }

  averaged(): LinearModel {
    const avg = (w: Float32Array | Float64Array, acc: Float64Array) =>
      Float32Array.from(w, (v, i) => v - acc[i] / this.step);
    return { weights: avg(this.w, this.acc), between: avg(this.between, this.betweenAcc), start: avg(this.start, this.startAcc) };
  }
}

/**
 * int8 weights with one scale; the largest weights (above the 99.99th percentile of magnitudes) are clipped, and
 * those that round to at most `prune` in magnitude become 0, which the gzipped model file stores almost for free.
 */
export function quantise(weights: Float32Array, prune = 0): { weights: Int8Array; scale: number } {
  const mags = weights.filter((v) => v !== 0).map(Math.abs).sort();
  const top = mags.length ? mags[Math.min(mags.length - 1, Math.floor(mags.length * 0.9999))] : 1;
  const scale = top / 127;
  const out = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
    out[i] = Math.abs(q) > prune ? q : 0;
  }
  return { weights: out, scale };
}

export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
