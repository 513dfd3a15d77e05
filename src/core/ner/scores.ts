/**
 * Per-token tag scores (`n * numTags`): the sum of the weights of each token's feature buckets, times `scale`
 * (int8 weights) or 1 (float weights while training).
 */
export function emissionScores(
  features: Int32Array,
  n: number,
  featuresPerToken: number,
  weights: Int8Array | Float32Array,
  numTags: number,
  scale = 1,
): Float32Array {
  const out = new Float32Array(n * numTags);
  for (let i = 0; i < n; i++) {
    const o = i * numTags;
    for (let k = i * featuresPerToken, end = k + featuresPerToken; k < end; k++) {
      const base = features[k] * numTags;
      for (let t = 0; t < numTags; t++) out[o + t] += weights[base + t];
    }
    if (scale !== 1) for (let t = 0; t < numTags; t++) out[o + t] *= scale;
  }
  return out;
}
