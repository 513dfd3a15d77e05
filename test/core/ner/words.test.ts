import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { hashString } from '../../../src/core/ner/hash';
import { Casing, Gazetteer, Lexicon, lexiconKey } from '../../../src/core/ner/lexicon';
import { Cap, Form, WordTable, capitalisationOf, formOf, wordTable } from '../../../src/core/ner/words';

const lexicon = Lexicon.build([
  ['harbour', Casing.Lower],
  ['oslo', Casing.Title | Gazetteer.Place],
]);
const known = { lexicon, names: BloomFilter.build([lexiconKey('ruth')], 10), phrases: Lexicon.build([]) };

const capOf = (w: string) => capitalisationOf(w, formOf(w, w.toLowerCase(), w.toUpperCase()));

describe('capitalisation', () => {
  it.each([
    ['harbour', Cap.Lower],
    ['Oslo', Cap.Title],
    ['NATO', Cap.AllCaps],
    ['U.', Cap.SingleCap],
    ['A', Cap.SingleCap],
    ['iPhone', Cap.Lower],
    ['1990s', Cap.Lower],
    ['42', Cap.NoLetters],
    ['—', Cap.NoLetters],
    ['Ärger', Cap.Title],
  ])('%s', (w, cap) => expect(capOf(w)).toBe(cap));

  it('marks the form bits a headline is judged by', () => {
    expect(formOf('NATO', 'nato', 'NATO')).toBe(Form.Cased | Form.Upper | Form.FirstUpper);
    expect(formOf('42', '42', '42')).toBe(Form.Upper | Form.Lower);
  });
});

describe('WordTable', () => {
  it('keeps one entry per distinct word, with its lexicon code and name bit', () => {
    const table = new WordTable(known);
    const oslo = table.id('Oslo');
    expect(table.id('Oslo')).toBe(oslo);
    expect(table.id('oslo')).not.toBe(oslo);
    expect(table.lowerForm[oslo]).toBe('oslo');
    expect(table.code[oslo]).toBe(lexicon.get(lexiconKey('oslo')));
    expect(table.code[table.id('Ruth')] & Gazetteer.PersonName).toBe(Gazetteer.PersonName);
    expect(table.code[table.id('Harbour')] & Gazetteer.PersonName).toBe(0);
  });

  it('hashes words with digits as 0, and their lower-case forms', () => {
    const table = new WordTable(known);
    const id = table.id('G20');
    expect(table.word[id]).toBe(hashString('G00'));
    expect(table.lower[id]).toBe(hashString('g00'));
    expect(table.key[id]).toBe(lexiconKey('g20'));
    expect(table.lower[table.id('g7')]).toBe(table.word[table.id('g7')]);
  });

  it('gives words without a vector cluster a bucket of their form, apart from every real cluster', () => {
    const table = new WordTable(known);
    const a = table.id('Zorbu');
    const b = table.id('Zarbu');
    expect(table.coarse[a]).toBe(table.coarse[b]);
    expect(table.coarse[a]).toBeGreaterThanOrEqual(0x10000);
  });

  it('grows past its first capacity without losing entries', () => {
    const table = new WordTable(known);
    const ids = Array.from({ length: 3000 }, (_, i) => table.id(`w${i}x`));
    expect(new Set(ids).size).toBe(3000);
    expect(table.lowerForm[ids[5]]).toBe('w5x');
    expect(table.id('w5x')).toBe(ids[5]);
  });

  it('is shared by every document of the same model', () => {
    expect(wordTable(known)).toBe(wordTable(known));
    expect(wordTable({ ...known })).not.toBe(wordTable(known));
  });
});
