import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { viterbi } from '../../../src/core/ner/decode';
import { Casing, Lexicon } from '../../../src/core/ner/lexicon';
import { decodeWithoutStrayWords } from '../../../src/core/ner/name-particles';
import { NUM_TAGS, TAG_NAMES, tagIndex } from '../../../src/core/ner/tags';
import { WordTable } from '../../../src/core/ner/words';

const lexicon = Lexicon.build([
  ['visita', Casing.Lower],
  ['meets', Casing.Lower],
  ['de', Casing.Lower],
  ['van', Casing.Lower],
  ['the', Casing.Lower],
  ['gerrard', Casing.Title],
]);
const table = new WordTable({ lexicon, names: BloomFilter.build([], 10), phrases: Lexicon.build([]) });
const trans = { between: new Float64Array(NUM_TAGS * NUM_TAGS), start: new Float64Array(NUM_TAGS) };

/** Emissions that rank, for each token, its listed tags first to last (the first best). */
function emissionsOf(ranked: string[][]): Float64Array {
  const em = new Float64Array(ranked.length * NUM_TAGS).fill(-10);
  ranked.forEach((tags, i) => tags.forEach((t, r) => (em[i * NUM_TAGS + tagIndex(t)] = 10 - r)));
  return em;
}

function decode(words: string[], ranked: string[][]) {
  const em = emissionsOf(ranked);
  let calls = 0;
  const tags = decodeWithoutStrayWords(
    (allowed) => {
      calls++;
      return viterbi(em, words.length, trans, allowed);
    },
    words,
    table,
  );
  return { tags: Array.from(tags, (t) => TAG_NAMES[t]), calls };
}

describe('decodeWithoutStrayWords', () => {
  it('keeps a common lower-case word out of names: "Lula visita Lisboa" is a person and a place', () => {
    const { tags, calls } = decode(
      ['Lula', 'visita', 'Lisboa'],
      [['B-PER'], ['I-PER', 'O'], ['I-PER', 'B-LOC']],
    );
    expect(tags).toEqual(['B-PER', 'O', 'B-LOC']);
    expect(calls).toBe(2);
  });

  it('keeps a common word from opening a place ("visita Lisboa" is no place of two words)', () => {
    const { tags } = decode(['Lula', 'visita', 'Lisboa'], [['B-PER'], ['B-LOC', 'O'], ['I-LOC', 'B-LOC']]);
    expect(tags).toEqual(['B-PER', 'O', 'B-LOC']);
  });

  it('keeps out every stray word of a decoding in one more decoding', () => {
    const { tags, calls } = decode(
      ['Ana', 'meets', 'Rui', 'visita'],
      [['B-PER'], ['I-PER', 'B-PER', 'O'], ['I-PER', 'B-PER'], ['I-PER', 'O']],
    );
    expect(tags).toEqual(['B-PER', 'O', 'B-PER', 'O']);
    expect(calls).toBe(2);
  });

  // Names that must stay whole: particles, elisions, a name written in lower case (as in posts) that running text
  // capitalises, a word the lexicon does not know, and capitals.
  it.each([
    [['Charles', 'de', 'Gaulle']],
    [['Vincent', 'van', 'Gogh']],
    [['Alexander', 'the', 'Great']],
    [['Maria', "d'", 'Ávila']],
    [['steven', 'gerrard']],
    [['bell', 'hooks']],
    [['Abu', 'al-Hassan']],
  ])('leaves %j whole, decoding once', (words) => {
    const { tags, calls } = decode(
      words,
      words.map((_, i) => (i === 0 ? ['B-PER'] : ['I-PER', 'O'])),
    );
    expect(tags).toEqual(words.map((_, i) => (i === 0 ? 'B-PER' : 'I-PER')));
    expect(calls).toBe(1);
  });

  it('leaves organisations their common nouns ("Ministry visita" as written stays one organisation)', () => {
    const { tags } = decode(['Ministry', 'visita'], [['B-ORG'], ['I-ORG', 'O']]);
    expect(tags).toEqual(['B-ORG', 'I-ORG']);
  });
});
