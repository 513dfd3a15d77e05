import { describe, expect, it } from 'vitest';
import { sphericalKMeans, type WordVectors } from '../../scripts/lib/ner-vectors';

// Two bundles of directions, around the x axis and around the y axis, with small seeded offsets.
function vectors(): WordVectors {
  const words: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < 20; i++) {
    const e = (i % 5) / 50;
    const v = i < 10 ? [1, e, -e] : [e, 1, e];
    const norm = Math.hypot(...v);
    words.push(`w${i}`);
    values.push(...v.map((x) => x / norm));
  }
  return { words, dims: 3, vectors: Float32Array.from(values) };
}

describe('spherical k-means over word vectors', () => {
  it('separates the two bundles', () => {
    const a = sphericalKMeans(vectors(), 2, 3);
    expect(new Set(a.subarray(0, 10)).size).toBe(1);
    expect(new Set(a.subarray(10)).size).toBe(1);
    expect(a[0]).not.toBe(a[10]);
  });

  it('is the same for the same seed', () => {
    expect([...sphericalKMeans(vectors(), 4, 9)]).toEqual([...sphericalKMeans(vectors(), 4, 9)]);
  });
});
