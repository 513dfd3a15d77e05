import { describe, expect, it } from 'vitest';
import { emissionScores } from '../../../src/core/ner/scores';
import { NUM_TAGS } from '../../../src/core/ner/tags';

const T = NUM_TAGS;

/** The plain sum, added into a Float32Array. */
function reference(features: Int32Array, n: number, f: number, weights: Int8Array | Float32Array, scale = 1) {
  const out = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let k = i * f; k < (i + 1) * f; k++) for (let c = 0; c < T; c++) out[i * T + c] += weights[features[k] * T + c];
    if (scale !== 1) for (let c = 0; c < T; c++) out[i * T + c] *= scale;
  }
  return out;
}

describe('emission scores', () => {
  const features = Int32Array.from([0, 2, 3, 1, 1, 0]); // two tokens, three features each
  const int8 = Int8Array.from({ length: 4 * T }, (_, i) => ((i * 37) % 255) - 127);
  const floats = Float32Array.from({ length: 4 * T }, (_, i) => Math.sin(i) * 1e-3 + i * 1e5);

  it('sums each token’s feature weights per tag, scaled', () => {
    const scores = emissionScores(features, 2, 3, int8, 0.5);
    expect(scores[0]).toBeCloseTo(0.5 * (int8[0] + int8[2 * T] + int8[3 * T]));
    expect(scores[T + 2]).toBeCloseTo(0.5 * (int8[T + 2] + int8[T + 2] + int8[2]));
  });

  it('rounds exactly as adding into float32 storage does (training must stay reproducible)', () => {
    expect([...emissionScores(features, 2, 3, floats)]).toEqual([...reference(features, 2, 3, floats)]);
    expect([...emissionScores(features, 2, 3, int8, 0.37)]).toEqual([...reference(features, 2, 3, int8, 0.37)]);
  });
});
