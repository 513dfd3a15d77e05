/**
 * Per-token tag scores (`n * numTags`): the sum of the weights of each token's feature buckets, times `scale`
 * (int8 weights) or 1 (float weights while training). Each tag's sum is kept in a local rounded to float32 after
 * every addition, exactly as adding into the Float32Array would round, so the result is bit-for-bit the same but
 * no score is stored and reloaded per feature.
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
    const from = i * featuresPerToken;
    const end = from + featuresPerToken;
    for (let t = 0; t < numTags; t++) {
      let sum = 0;
      for (let k = from; k < end; k++) sum = Math.fround(sum + weights[features[k] * numTags + t]);
      out[i * numTags + t] = scale === 1 ? sum : sum * scale;
    }
  }
  return out;
}
