// Viterbi decoding over BIO tags with first-order transition scores; ill-formed transitions (O → I-PER) are never
// taken, so every decoded sequence reads as whole chunks.
import { NUM_TAGS, allowedAfter, isInside } from './tags';

const T = NUM_TAGS;
/** The tags each tag may follow, in increasing order (ties go to the first, as over all tags). */
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: T }, (_, c) =>
  Uint8Array.from({ length: T }, (_, p) => p).filter((p) => allowedAfter(p, c)),
);

const rowA = new Float64Array(T);
const rowB = new Float64Array(T);
let back = new Uint8Array(64 * T);

export interface TransitionScores {
  /** `T * T` scores, previous tag major. */
  between: Float32Array | Float64Array;
  /** `T` scores of the first tag of a sentence. */
  start: Float32Array | Float64Array;
}

/**
 * Best tag sequence for `n` tokens given per-token tag scores (`n * T`, token major). `allowed`, when given, holds a
 * bit mask of permitted tags per token (training with partial labels).
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  trans: TransitionScores,
  allowed?: Uint16Array,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // Two rows of path scores and the back pointers, in buffers kept between calls (decoding runs once or twice per
  // sentence on the tagging path).
  if (back.length < n * T) back = new Uint8Array(2 * n * T);
  let previous = rowA;
  let current = rowB;
  for (let c = 0; c < T; c++) {
    const ok = !isInside(c) && (!allowed || allowed[0] & (1 << c));
    previous[c] = ok ? trans.start[c] + emissions[c] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const mask = allowed ? allowed[i] : 0x1ff;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      if (mask & (1 << c)) {
        const preds = PREDECESSORS[c];
        for (let k = 0; k < preds.length; k++) {
          const p = preds[k];
          const s = previous[p] + trans.between[p * T + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      current[c] = best + emissions[i * T + c];
      back[i * T + c] = arg;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < T; c++) {
    if (previous[c] > best) {
      best = previous[c];
      arg = c;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
