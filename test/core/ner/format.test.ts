import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, type ModelParts } from '../../../src/core/ner/format';
import { loadNerModel } from '../../../src/core/ner/model';

function parts(): ModelParts {
  const weights = new Int8Array(2 ** 8 * 9);
  weights.forEach((_, i) => (weights[i] = (i % 255) - 127));
  return {
    bits: 8,
    numTags: 9,
    featuresPerToken: 29,
    scale: 0.25,
    between: Float32Array.from({ length: 81 }, (_, i) => i / 10),
    start: Float32Array.from({ length: 9 }, (_, i) => -i),
    metadata: { features: 1, trainedOn: ['x'], epochs: 1, seed: 1 },
    lexicon: new Uint8Array(1024 * 8),
    phrases: Uint8Array.from({ length: 1024 * 8 }, (_, i) => i % 251),
    names: new Uint8Array(64).fill(3),
    weights,
    mentionWeights: Int8Array.from({ length: 2 ** 6 * 4 }, (_, i) => (i % 7) - 3),
    mentionScale: 0.5,
  };
}

describe('model format', () => {
  it('round-trips every section', () => {
    const original = parts();
    const back = decodeModel(encodeModel(original));
    expect(back.bits).toBe(8);
    expect(back.scale).toBe(0.25);
    expect([...back.between]).toEqual([...original.between].map(Math.fround));
    expect([...back.start]).toEqual([...original.start]);
    expect(back.metadata).toEqual(original.metadata);
    expect([...back.names]).toEqual([...original.names]);
    expect([...back.phrases]).toEqual([...original.phrases]);
    expect([...back.weights]).toEqual([...original.weights]);
    expect([...back.mentionWeights]).toEqual([...original.mentionWeights]);
    expect(back.mentionScale).toBe(0.5);
  });

  it('decodes from a view at an odd offset of a larger buffer', () => {
    const bytes = encodeModel(parts());
    const host = new Uint8Array(bytes.length + 3);
    host.set(bytes, 3);
    expect([...decodeModel(host.subarray(3)).weights]).toEqual([...parts().weights]);
  });

  it('refuses empty, foreign, truncated and wrong-version bytes with a clear message', () => {
    expect(() => decodeModel(new Uint8Array(0))).toThrow(/Not a Lede NER model/);
    expect(() => decodeModel(new TextEncoder().encode('<!doctype html><html>not a model</html>'))).toThrow(/bad magic/);
    const bytes = encodeModel(parts());
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/does not match/);
    const other = bytes.slice();
    other[4] = 99;
    expect(() => decodeModel(other)).toThrow(/format version 99/);
  });

  it('refuses weights trained for other features', () => {
    expect(() => loadNerModel(encodeModel(parts()))).toThrow(/feature version|retrain/);
  });
});
