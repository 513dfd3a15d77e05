import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/core/ner/lexicon';
import { NameList, PREFIX, phraseCodes, phraseKey } from '../../src/core/ner/phrases';
import { nameTokens, phraseEntries } from '../../scripts/lib/ner-phrases';

describe('name list phrases', () => {
  it.each([
    ['The Riverside Courier', ['Riverside', 'Courier']],
    ['Riverside Courier, The', ['Riverside', 'Courier']],
    ['Ab-Cd Holdings, Inc.', ['Ab', '-', 'Cd', 'Holdings', ',', 'Inc.']],
    ['Theodore Mills', ['Theodore', 'Mills']],
  ])('tokenises %s as running text is tokenised', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });

  it('marks prefixes, merges lists, and leaves out one-word names that are ordinary words', () => {
    const lists = new Map([
      [NameList.Party, ['OUR', 'Hill Party', 'Hill']],
      [NameList.Company, ['Hill Party']],
    ]);
    const entries = phraseEntries(lists, (w) => w.toLowerCase() === 'our');
    expect(entries.get(phraseKey(['hill', 'party']))).toBe(NameList.Party | NameList.Company);
    expect(entries.get(phraseKey(['hill']))).toBe(NameList.Party | PREFIX);
    expect(entries.has(phraseKey(['our']))).toBe(false);
    const table = Lexicon.fromKeys([...entries]);
    expect([...phraseCodes(table, ['Join', 'our', 'Hill', 'Party'])].map((c) => c >> 3)).toEqual([0, 0, 3, 3]);
  });
});
