import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/core/ner/lexicon';
import { NameList, PREFIX, PhrasePosition, phraseCodes, phraseKey, phraseLists } from '../../../src/core/ner/phrases';

// A tiny phrase table, built by hand as the trainer builds it: every name under its lists, every proper prefix
// marked PREFIX.
const table = Lexicon.fromKeys([
  [phraseKey(['green']), PREFIX],
  [phraseKey(['green', 'valley']), PREFIX],
  [phraseKey(['green', 'valley', 'party']), NameList.Party],
  [phraseKey(['green', 'valley', 'gazette']), NameList.Outlet],
  [phraseKey(['acme']), NameList.Company | PREFIX],
  [phraseKey(['acme', 'holdings']), NameList.Company],
  [phraseKey(['ridge']), PREFIX],
  [phraseKey(['ridge', 'college']), NameList.University],
]);

const decode = (words: string[]) =>
  [...phraseCodes(table, words)].map((c, i) => (c ? `${words[i]}:${c >> 3}/${c & 7}` : '')).filter(Boolean);

describe('phrase table matches', () => {
  it.each([
    ['finds a listed name inside a sentence, case-insensitively', 'Voters backed the GREEN VALLEY PARTY again', [
      `GREEN:${NameList.Party}/${PhrasePosition.Begin}`,
      `VALLEY:${NameList.Party}/${PhrasePosition.Inside}`,
      `PARTY:${NameList.Party}/${PhrasePosition.End}`,
    ]],
    ['prefers the longest name', 'Shares of Acme Holdings rose', [
      `Acme:${NameList.Company}/${PhrasePosition.Begin}`,
      `Holdings:${NameList.Company}/${PhrasePosition.End}`,
    ]],
    ['takes a one-word name when nothing longer is listed', 'Acme said so', [`Acme:${NameList.Company}/${PhrasePosition.Single}`]],
    ['tells lists apart', 'the Green Valley Gazette reported', [
      `Green:${NameList.Outlet}/${PhrasePosition.Begin}`,
      `Valley:${NameList.Outlet}/${PhrasePosition.Inside}`,
      `Gazette:${NameList.Outlet}/${PhrasePosition.End}`,
    ]],
    ['marks nothing for a prefix alone', 'They walked the Green Valley trail', []],
    ['marks nothing for unlisted words', 'Ridge High School won', []],
  ])('%s', (_, sentence, expected) => {
    expect(decode(sentence.split(' '))).toEqual(expected);
  });

  it('gives the lists of an exact span only', () => {
    const words = 'students of Ridge College met'.split(' ');
    expect(phraseLists(table, words, 2, 4)).toBe(NameList.University);
    expect(phraseLists(table, words, 2, 3)).toBe(0);
    expect(phraseLists(table, words, 1, 4)).toBe(0);
  });

  it('keys digits as 0, like the lexicon', () => {
    expect(phraseKey(['Route', '66'])).toBe(phraseKey(['route', '00']));
    expect(phraseKey(['a', 'b'])).not.toBe(phraseKey(['ab']));
  });
});
