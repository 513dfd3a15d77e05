import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/core/ner/decode';
import { chunks, NUM_TAGS, tagIndex } from '../../../src/core/ner/tags';

const T = NUM_TAGS;
const flat = { between: new Float32Array(T * T), start: new Float32Array(T) };

function emissions(rows: Record<string, number>[]): Float32Array {
  const out = new Float32Array(rows.length * T);
  rows.forEach((row, i) => {
    for (const [tag, score] of Object.entries(row)) out[i * T + tagIndex(tag)] = score;
  });
  return out;
}

const names = (tags: Uint8Array) => [...tags].map((t) => ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'][t]);

describe('viterbi', () => {
  it('follows the emissions when nothing constrains them', () => {
    const em = emissions([{ 'B-PER': 2 }, { 'I-PER': 2 }, { O: 1 }, { 'B-LOC': 3 }]);
    expect(names(viterbi(em, 4, flat))).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('never starts a sentence or follows O with an inside tag', () => {
    const em = emissions([{ 'I-ORG': 5, 'B-ORG': 1 }, { O: 10 }, { 'I-LOC': 5, 'B-LOC': 2 }]);
    expect(names(viterbi(em, 3, flat))).toEqual(['B-ORG', 'O', 'B-LOC']);
  });

  it('never continues a chunk with another type', () => {
    const em = emissions([{ 'B-PER': 3 }, { 'I-ORG': 4, 'I-PER': 3 }]);
    expect(names(viterbi(em, 2, flat))).toEqual(['B-PER', 'I-PER']);
  });

  it('weighs transitions against emissions', () => {
    const between = new Float32Array(T * T);
    between[tagIndex('B-PER') * T + tagIndex('B-PER')] = -10;
    const em = emissions([{ 'B-PER': 2 }, { 'B-PER': 2, 'I-PER': 1 }]);
    expect(names(viterbi(em, 2, { between, start: flat.start }))).toEqual(['B-PER', 'I-PER']);
  });

  it('keeps to the allowed tags when given (partial labels)', () => {
    const em = emissions([{ 'B-PER': 5 }, { O: 1 }]);
    const allowed = Uint16Array.from([1 << 0 | 1 << tagIndex('B-MISC'), 1 << 0]);
    expect(names(viterbi(em, 2, flat, allowed))).toEqual(['O', 'O']);
  });

  it('returns an empty sequence for an empty sentence', () => {
    expect(viterbi(new Float32Array(0), 0, flat)).toHaveLength(0);
  });
});

describe('chunks', () => {
  it('reads BIO tags as typed token ranges, conlleval-style', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG', 'I-ORG'].map(tagIndex);
    expect(chunks(tags)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 7 },
    ]);
  });

  it('rejects unknown tag names', () => {
    expect(() => tagIndex('B-GPE')).toThrow(/Unknown NER tag/);
  });
});
