import { describe, expect, it } from 'vitest';
import {
  FEATURES_PER_TOKEN,
  SentenceMode,
  featurizeDocument,
  recase,
  sentenceMode,
} from '../../../src/core/ner/features';
import { BloomFilter } from '../../../src/core/ner/bloom';
import { hashString } from '../../../src/core/ner/hash';
import {
  CLUSTER_SHIFT,
  COARSE_VECTOR_SHIFT,
  Casing,
  FINE_VECTOR_SHIFT,
  Gazetteer,
  Lexicon,
  OFTEN_UPPER,
  lexiconKey,
} from '../../../src/core/ner/lexicon';
import { NameList, PREFIX, phraseKey } from '../../../src/core/ner/phrases';

const lexicon = Lexicon.build([
  ['troops', Casing.Lower],
  ['may', Casing.Lower],
  ['iraq', Casing.Title],
  ['nato', Casing.Upper],
]);
const known = { lexicon, names: BloomFilter.build([], 10), phrases: Lexicon.build([]) };

describe('sentence modes and re-casing', () => {
  it('recognises headlines in capitals and in title case', () => {
    expect(sentenceMode('NATO TROOPS MAY REPLACE US PRESENCE IN IRAQ'.split(' '))).toBe(SentenceMode.AllCaps);
    expect(sentenceMode('NATO Troops May Replace US Presence in Iraq'.split(' '))).toBe(SentenceMode.TitleCase);
    expect(sentenceMode('Iraq is considering a larger role for NATO .'.split(' '))).toBe(SentenceMode.Normal);
  });

  it('re-cases capitals from the lexicon, keeping acronyms and guessing names', () => {
    const words = 'NATO TROOPS MAY REPLACE US PRESENCE IN IRAQ'.split(' ');
    expect(words.map((w, i) => recase(w, SentenceMode.AllCaps, i, lexicon))).toEqual([
      'NATO', 'troops', 'may', 'Replace', 'US', 'Presence', 'IN', 'Iraq',
    ]);
    expect(recase('Troops', SentenceMode.TitleCase, 1, lexicon)).toBe('troops');
    expect(recase('Troops', SentenceMode.Normal, 1, lexicon)).toBe('Troops');
  });
});

describe('featurizeDocument', () => {
  it('gives a fixed number of in-range buckets per token', () => {
    const [features] = featurizeDocument([['Iraq', "'s", 'parliament', 'voted', '.']], known, 12);
    expect(features).toHaveLength(5 * FEATURES_PER_TOKEN);
    for (const b of features) expect(b >= 0 && b < 2 ** 12).toBe(true);
  });

  it('lets the rest of the document change a word’s features (document evidence)', () => {
    const alone = featurizeDocument([['Following', 'the', 'vote', '.']], known, 18)[0];
    const withLower = featurizeDocument([['Following', 'the', 'vote', '.'], ['the', 'days', 'following', 'it']], known, 18)[0];
    expect(withLower.subarray(0, FEATURES_PER_TOKEN)).not.toEqual(alone.subarray(0, FEATURES_PER_TOKEN));
  });

  it('reads a listed name from the phrase table', () => {
    const words = ['Shares', 'of', 'Kestrel', 'Mills', 'rose'];
    const phrases = Lexicon.fromKeys([
      [phraseKey(['kestrel']), PREFIX],
      [phraseKey(['kestrel', 'mills']), NameList.Company],
    ]);
    const listed = { ...known, phrases };
    const plain = featurizeDocument([words], known, 18)[0];
    const withList = featurizeDocument([words], listed, 18)[0];
    const token = (f: Int32Array, i: number) => [...f.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN)];
    expect(token(withList, 2)).not.toEqual(token(plain, 2));
    expect(token(withList, 3)).not.toEqual(token(plain, 3));
    expect(token(withList, 0)).toEqual(token(plain, 0));
  });

  it('gives words that share a vector cluster the same cluster features, and unknown words their own', () => {
    const clustered = {
      ...known,
      lexicon: Lexicon.build([
        ['oslo', Casing.Title | (7 << FINE_VECTOR_SHIFT)],
        ['lima', Casing.Title | (7 << FINE_VECTOR_SHIFT)],
      ]),
    };
    const at = (w: string) => featurizeDocument([['in', w, 'today']], clustered, 18)[0];
    const fine = FEATURES_PER_TOKEN + 33; // the token's fine vector cluster with its capitalisation
    expect(at('Oslo')[fine]).toBe(at('Lima')[fine]);
    expect(at('Oslo')[fine]).not.toBe(at('Zorbu')[fine]);
  });

  it('handles empty documents, empty sentences and odd characters', () => {
    expect(featurizeDocument([], known, 12)).toEqual([]);
    expect(featurizeDocument([[]], known, 12)[0]).toHaveLength(0);
    expect(featurizeDocument([['😀', '\u0000', 'Ärger', '5,200']], known, 12)[0]).toHaveLength(4 * FEATURES_PER_TOKEN);
  });
});

const PINNED = 1409146984;

describe('feature buckets', () => {
  // Pins every bucket of an invented document that exercises headlines in capitals and title case, quotes, listed
  // names, name-list bits, clusters, digits and non-ASCII words. Speed work must leave this alone; a deliberate change
  // of the features changes it, and must bump FEATURE_VERSION and retrain every model file.
  it('are exactly those the committed models were trained with', () => {
    const pinned = {
      lexicon: Lexicon.build([
        ['the', Casing.Lower | (3 << CLUSTER_SHIFT)],
        ['said', Casing.Lower | (5 << CLUSTER_SHIFT) | (2 << COARSE_VECTOR_SHIFT)],
        ['us', Casing.Lower | OFTEN_UPPER],
        ['oslo', Casing.Title | Gazetteer.Place | (7 << FINE_VECTOR_SHIFT) | (4 << COARSE_VECTOR_SHIFT)],
        ['ag', Casing.Title | Gazetteer.OrgWord],
        ['spokesman', Casing.Lower | Gazetteer.RoleWord],
        ['troops', Casing.Lower],
      ]),
      names: BloomFilter.build([lexiconKey('ruth'), lexiconKey('vale')], 10),
      phrases: Lexicon.fromKeys([
        [phraseKey(['kestrel']), PREFIX],
        [phraseKey(['kestrel', 'mills']), NameList.Company],
      ]),
    };
    const document = [
      ['KESTREL', 'MILLS', 'TROOPS', 'LEAVE', 'OSLO', 'AS', 'US', 'SAYS', 'NO'],
      ['Kestrel', 'Mills', 'Agrees', 'To', 'Buy', 'Oslo', 'Harbour', 'Works'],
      ['The', 'spokesman', 'Ruth', 'Vale', 'said', '“', 'Kestrel', 'AG', '”', 'would', 'pay', '5,200', 'kroner', '.'],
      ['Following', 'the', 'US-led', 'talks', ',', 'Vale', "'s", 'Ärger', 'grew', 'in', 'G20', 'cities', '😀', '.'],
      ['following', 'kestrel', 'said', 'vale'],
    ];
    const buckets = featurizeDocument(document, pinned, 18).map((s) => s.join(',')).join(';');
    expect(hashString(buckets)).toBe(PINNED);
  });
});
