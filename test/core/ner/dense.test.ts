import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DenseCorrection, encodeDense, type DenseExport } from '../../../src/core/ner/dense';
import { decodeModel, encodeModel, type ModelParts } from '../../../src/core/ner/format';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { Lexicon } from '../../../src/core/ner/lexicon';
import { WordTable } from '../../../src/core/ner/words';

// Written by scripts/ner-dense/fixture.py: a tiny network with random weights, exported as the trainer exports the
// real one, and the Python network's corrected scores for a few invented sentences.
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'dense-fixture.json'), 'utf8')) as {
  export: DenseExport;
  sentences: { words: string[]; emissions: number[]; corrected: number[] }[];
};

function loaded(): { dense: DenseCorrection; table: WordTable } {
  const { bytes, shape } = encodeDense(fixture.export);
  const dense = new DenseCorrection(bytes, shape);
  const empty = Lexicon.fromKeys([]);
  const table = new WordTable({ lexicon: empty, names: new BloomFilter(new Uint8Array(8)), phrases: empty, dense });
  return { dense, table };
}

function correct(dense: DenseCorrection, table: WordTable, words: readonly string[], emissions: readonly number[]): number[] {
  const ids = words.map((w) => table.id(w));
  const scores = Float32Array.from(emissions);
  dense.correct(scores, words.length, ids.map((id) => table.dense[id]), ids.map((id) => table.denseCase[id]));
  return [...scores];
}

describe('dense correction', () => {
  it('computes what the Python network computes (vectors, unknown words, sentence edges, casing, digits)', () => {
    const { dense, table } = loaded();
    for (const s of fixture.sentences) {
      const got = correct(dense, table, s.words, s.emissions);
      got.forEach((x, k) => expect(x).toBeCloseTo(s.corrected[k], 4));
    }
  });

  it('changes the scores, and gives two words without a vector the same share', () => {
    const { dense, table } = loaded();
    const s = fixture.sentences[0];
    expect(correct(dense, table, s.words, s.emissions)).not.toEqual([...Float32Array.from(s.emissions)]);
    const one = correct(dense, table, ['Quorvan'], s.emissions.slice(0, 9));
    const other = correct(dense, table, ['Zelmira'], s.emissions.slice(0, 9));
    expect(one).toEqual(other);
    const known = correct(dense, table, ['Kestrel'], s.emissions.slice(0, 9));
    expect(known).not.toEqual(one);
  });

  it('refuses an export or a section that does not match its shape', () => {
    expect(() => encodeDense({ ...fixture.export, params: fixture.export.params.slice(1) })).toThrow(/shape/);
    const { bytes, shape } = encodeDense(fixture.export);
    expect(() => new DenseCorrection(bytes.subarray(0, bytes.length - 4), shape)).toThrow(/does not match/);
  });
});

describe('model file with a dense section', () => {
  const base = (): ModelParts => ({
    bits: 8,
    numTags: 9,
    featuresPerToken: 29,
    scale: 0.25,
    between: new Float32Array(81),
    start: new Float32Array(9),
    metadata: { features: 1, trainedOn: ['x'], epochs: 1, seed: 1 },
    lexicon: new Uint8Array(1024 * 8),
    phrases: new Uint8Array(1024 * 8),
    names: new Uint8Array(64),
    weights: new Int8Array(2 ** 8 * 9),
    mentionWeights: new Int8Array(2 ** 6 * 4),
    mentionScale: 0.5,
  });

  it('round-trips the section, also from an odd offset, and a model without one decodes none', () => {
    const { bytes, shape } = encodeDense(fixture.export);
    const file = encodeModel({ ...base(), metadata: { ...base().metadata, dense: shape }, dense: bytes });
    const host = new Uint8Array(file.length + 3);
    host.set(file, 3);
    const back = decodeModel(host.subarray(3));
    expect([...back.dense!]).toEqual([...bytes]);
    expect(() => new DenseCorrection(back.dense!, back.metadata.dense as typeof shape)).not.toThrow();
    expect(decodeModel(encodeModel(base())).dense).toBeUndefined();
  });

  it('refuses a section without its shape, a shape without its section, and trailing bytes', () => {
    const { bytes, shape } = encodeDense(fixture.export);
    expect(() => encodeModel({ ...base(), dense: bytes })).toThrow(/shape/);
    expect(() => encodeModel({ ...base(), metadata: { ...base().metadata, dense: shape } })).toThrow(/shape/);
    const plain = encodeModel(base());
    const longer = new Uint8Array(plain.length + 8);
    longer.set(plain);
    expect(() => decodeModel(longer)).toThrow(/does not match/);
  });
});
