// Viterbi decoding over BIO tags with first-order transition scores; ill-formed transitions (O → I-PER) are never
// taken, so every decoded sequence reads as whole chunks.
import { NUM_TAGS, allowedAfter, isInside } from './tags';

const T = NUM_TAGS;
/** The tags each tag may follow, in increasing order (ties go to the first, as over all tags). */
const PREDECESSORS: readonly Uint8Array[] = Array.from({ length: T }, (_, c) =>
  Uint8Array.from({ length: T }, (_, p) => p).filter((p) => allowedAfter(p, c)),
);

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
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let c = 0; c < T; c++) {
    const ok = !isInside(c) && (!allowed || allowed[0] & (1 << c));
    score[c] = ok ? trans.start[c] + emissions[c] : -Infinity;
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
          const s = score[(i - 1) * T + p] + trans.between[p * T + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[i * T + c] = best + emissions[i * T + c];
      back[i * T + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < T; c++) {
    if (score[(n - 1) * T + c] > best) {
      best = score[(n - 1) * T + c];
      arg = c;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
