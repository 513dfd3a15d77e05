// Document-level consistency without a second pass: while an article is tagged sentence by sentence, each word
// remembers the types it was given earlier in the same article, and that history is a feature for its later
// occurrences ("Khalaf" after "Abdelkarim Khalaf" was tagged PER). Training runs through documents in order with
// the model's own predictions, so the feature means the same thing at training and tagging time.
import { mix } from './hash';
import { ENTITY_TYPES, NUM_TAGS, O, tagType } from './tags';

export const HISTORY_FEATURES = 2;
const TEMPLATE = 0x4157; // distinct from the static templates' ids

export class DocumentHistory {
  private readonly seen = new Map<string, number[]>();

  /** Bucket indices, HISTORY_FEATURES per token. */
  features(words: readonly string[], bits: number): Int32Array {
    const n = words.length;
    const out = new Int32Array(n * HISTORY_FEATURES);
    const shift = 32 - bits;
    const majority = new Uint8Array(n);
    const mask = new Uint8Array(n);
    const capitalised = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      capitalised[i] = startsCapital(w) ? 1 : 0;
      const counts = capitalised[i] ? this.seen.get(w.toLowerCase()) : undefined;
      if (!counts) continue;
      for (let t = 0; t < counts.length; t++) {
        if (counts[t] > 0) mask[i] |= 1 << t;
        if (counts[t] > (majority[i] ? counts[majority[i] - 1] : 0)) majority[i] = t + 1;
      }
    }
    for (let i = 0; i < n; i++) {
      const first = i === 0 ? 1 : 0;
      const o = i * HISTORY_FEATURES;
      out[o] = mix(TEMPLATE, (majority[i] << 4) | (capitalised[i] << 1) | first) >>> shift;
      out[o + 1] = mix(TEMPLATE + 1, (mask[i] << 4) | (capitalised[i] << 1) | first) >>> shift;
    }
    return out;
  }

  /** Remembers the types given to the words of a tagged sentence. */
  record(words: readonly string[], tags: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      if (tags[i] === O) continue;
      const key = words[i].toLowerCase();
      let counts = this.seen.get(key);
      if (!counts) this.seen.set(key, (counts = new Array(ENTITY_TYPES.length).fill(0)));
      counts[ENTITY_TYPES.indexOf(tagType(tags[i])!)]++;
    }
  }
}

function startsCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0].toLowerCase();
}

/** Adds the history features' weights to per-token tag scores. */
export function addHistoryScores(
  scores: Float32Array,
  features: Int32Array,
  weights: Int8Array | Float32Array,
  scale: number,
): void {
  const n = features.length / HISTORY_FEATURES;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < HISTORY_FEATURES; k++) {
      const base = features[i * HISTORY_FEATURES + k] * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[i * NUM_TAGS + t] += weights[base + t] * scale;
    }
  }
}
