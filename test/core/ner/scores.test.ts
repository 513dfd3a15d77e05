import { describe, expect, it } from 'vitest';
import { emissionScores } from '../../../src/core/ner/scores';

/** The obvious sum, added into a Float32Array as the first version did. */
function reference(features: Int32Array, n: number, f: number, weights: Int8Array | Float32Array, t: number, scale = 1) {
  const out = new Float32Array(n * t);
  for (let i = 0; i < n; i++) {
    for (let k = i * f; k < (i + 1) * f; k++) for (let c = 0; c < t; c++) out[i * t + c] += weights[features[k] * t + c];
    if (scale !== 1) for (let c = 0; c < t; c++) out[i * t + c] *= scale;
  }
  return out;
}

describe('emission scores', () => {
  const T = 3;
  const features = Int32Array.from([0, 2, 3, 1, 1, 0]); // two tokens, three features each
  const int8 = Int8Array.from({ length: 4 * T }, (_, i) => ((i * 37) % 255) - 127);
  const floats = Float32Array.from({ length: 4 * T }, (_, i) => Math.sin(i) * 1e-3 + i * 1e5);

  it('sums each token’s feature weights per tag, scaled', () => {
    const scores = emissionScores(features, 2, 3, int8, T, 0.5);
    expect(scores[0]).toBeCloseTo(0.5 * (int8[0] + int8[6] + int8[9]));
    expect(scores[T + 2]).toBeCloseTo(0.5 * (int8[5] + int8[5] + int8[2]));
  });

  it('rounds exactly as adding into float32 storage does (training must stay reproducible)', () => {
    expect([...emissionScores(features, 2, 3, floats, T)]).toEqual([...reference(features, 2, 3, floats, T)]);
    expect([...emissionScores(features, 2, 3, int8, T, 0.37)]).toEqual([...reference(features, 2, 3, int8, T, 0.37)]);
  });
});
