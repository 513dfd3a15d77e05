import { NUM_TAGS } from './tags';

const f32 = Math.fround;

/**
 * Per-token tag scores (`n * NUM_TAGS`): the sum of the weights of each token's feature buckets, times `scale`
 * (int8 weights) or 1 (float weights while training). This loop is most of the tagger's time, so it is written out
 * for the nine BIO tags: each tag's sum stays in a local, rounded to float32 after every addition exactly as adding
 * into a Float32Array would round, so the scores are bit-for-bit those of the plain loop (training stays
 * reproducible) without storing and reloading a score per feature.
 */
export function emissionScores(
  features: Int32Array,
  n: number,
  featuresPerToken: number,
  weights: Int8Array | Float32Array,
  scale = 1,
): Float32Array {
  if (weights instanceof Int8Array) return integerScores(features, n, featuresPerToken, weights, scale);
  const out = new Float32Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = i * featuresPerToken, end = k + featuresPerToken; k < end; k++) {
      const b = features[k] * NUM_TAGS;
      s0 = f32(s0 + weights[b]);
      s1 = f32(s1 + weights[b + 1]);
      s2 = f32(s2 + weights[b + 2]);
      s3 = f32(s3 + weights[b + 3]);
      s4 = f32(s4 + weights[b + 4]);
      s5 = f32(s5 + weights[b + 5]);
      s6 = f32(s6 + weights[b + 6]);
      s7 = f32(s7 + weights[b + 7]);
      s8 = f32(s8 + weights[b + 8]);
    }
    store(out, i * NUM_TAGS, scale, s0, s1, s2, s3, s4, s5, s6, s7, s8);
  }
  return out;
}

/**
 * The same sums over int8 weights (a loaded model), in integers: at most a few thousand in magnitude, every partial
 * sum is exact in float32 too, so the scores are bit-for-bit those of the float loop, without its rounding steps.
 */
function integerScores(features: Int32Array, n: number, featuresPerToken: number, weights: Int8Array, scale: number): Float32Array {
  const out = new Float32Array(n * NUM_TAGS);
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = i * featuresPerToken, end = k + featuresPerToken; k < end; k++) {
      const b = features[k] * NUM_TAGS;
      s0 += weights[b];
      s1 += weights[b + 1];
      s2 += weights[b + 2];
      s3 += weights[b + 3];
      s4 += weights[b + 4];
      s5 += weights[b + 5];
      s6 += weights[b + 6];
      s7 += weights[b + 7];
      s8 += weights[b + 8];
    }
    store(out, i * NUM_TAGS, scale, s0, s1, s2, s3, s4, s5, s6, s7, s8);
  }
  return out;
}

/** One token's nine tag sums, scaled, into the score array. */
function store(
  out: Float32Array,
  o: number,
  scale: number,
  s0: number, s1: number, s2: number, s3: number, s4: number, s5: number, s6: number, s7: number, s8: number,
): void {
  out[o] = s0 * scale;
  out[o + 1] = s1 * scale;
  out[o + 2] = s2 * scale;
  out[o + 3] = s3 * scale;
  out[o + 4] = s4 * scale;
  out[o + 5] = s5 * scale;
  out[o + 6] = s6 * scale;
  out[o + 7] = s7 * scale;
  out[o + 8] = s8 * scale;
}
