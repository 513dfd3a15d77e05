import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { Casing, FINE_VECTOR_SHIFT, Gazetteer, Lexicon, fineVectorCluster, lexiconKey } from '../../../src/core/ner/lexicon';

describe('Lexicon', () => {
  const entries: [string, number][] = [
    ['iraq', Casing.Title | Gazetteer.Country],
    ['troops', Casing.Lower],
    ['nato', Casing.Upper],
    ['2020', Casing.Lower],
  ];

  it('finds every word it was built with, case- and digit-insensitively, and nothing else', () => {
    const lexicon = Lexicon.build(entries);
    expect(lexicon.get(lexiconKey('IRAQ'))).toBe(Casing.Title | Gazetteer.Country);
    expect(lexicon.get(lexiconKey('Troops'))).toBe(Casing.Lower);
    expect(lexicon.get(lexiconKey('1999'))).toBe(Casing.Lower);
    expect(lexicon.get(lexiconKey('Soleimani'))).toBe(0);
    expect(lexicon.size).toBe(4);
  });

  it('survives a round trip through bytes, aligned or not', () => {
    const bytes = Lexicon.build(entries).toBytes();
    const host = new Uint8Array(bytes.length + 1);
    host.set(bytes, 1);
    const back = Lexicon.fromBytes(host.subarray(1));
    for (const [word, code] of entries) expect(back.get(lexiconKey(word))).toBe(code);
  });

  it('holds many words without losing any', () => {
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const many: [string, number][] = Array.from({ length: 20000 }, (_, i) => [letters(i), 1 + (i % 3)]);
    const lexicon = Lexicon.build(many);
    expect(many.every(([w, c]) => lexicon.get(lexiconKey(w)) === c)).toBe(true);
  });

  it('keeps all 32 bits of a code (the finest word clusters sit in the top bits)', () => {
    const code = (Casing.Title | (1023 << FINE_VECTOR_SHIFT)) >>> 0;
    const back = Lexicon.fromBytes(Lexicon.build([['oslo', code]]).toBytes());
    expect(back.get(lexiconKey('Oslo'))).toBe(code);
    expect(fineVectorCluster(back.get(lexiconKey('Oslo')))).toBe(1023);
  });

  it('refuses malformed tables', () => {
    expect(() => Lexicon.fromBytes(new Uint8Array(7))).toThrow(/Malformed/);
    expect(() => Lexicon.fromBytes(new Uint8Array(8 * 3))).toThrow(/Malformed/);
  });
});

describe('BloomFilter', () => {
  it('has no false negatives and few false positives', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `name${i}`);
    const filter = BloomFilter.build(names.map(lexiconKey), 16);
    expect(names.every((n) => filter.has(lexiconKey(n)))).toBe(true);
    const strangers = Array.from({ length: 5000 }, (_, i) => `other${i}`).filter((w) => filter.has(lexiconKey(w)));
    expect(strangers.length).toBeLessThan(5000 * 0.05);
  });

  it('refuses a size that is not a power of two', () => {
    expect(() => new BloomFilter(new Uint8Array(3))).toThrow(/power of two/);
  });
});
