import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize';
import { nounPhrase } from '../../../src/core/quotes/noun-phrase';

const np = (s: string) => nounPhrase(tokenize(s)).map((t) => t.text).join(' ');

describe('nounPhrase', () => {
  it.each([
    ['He went on', 'He'],
    ['other city officials haven’t', 'other city officials'],
    ['the Florida senator can', 'the Florida senator'],
    ['Mayor Lee told reporters', 'Mayor Lee'],
    ['her criticism of the mayor raised', 'her criticism of the mayor'],
    ['the campaign, which', 'the campaign'],
    ['Carl Weber on Tuesday', 'Carl Weber'],
    ['the official last week', 'the official'],
    ['Ann Lee in Ohio', 'Ann Lee'],
    ['an official in the ministry', 'an official in the ministry'],
    ['a person familiar with the talks', 'a person familiar with the talks'],
    ['two people involved', 'two people involved'],
    ['that official', 'that official'],
    ['a campaign ad released Thursday', 'a campaign ad'],
    ['Carl Weber however', 'Carl Weber'],
    ['Carl Weber himself', 'Carl Weber'],
    ['Ann Still', 'Ann Still'],
    ['Recently she', 'she'],
    ['Later Ann Lee', 'Ann Lee'],
    ['Ann Lee Sunday', 'Ann Lee'],
    ['Lee later Thursday', 'Lee'],
    ['Acme Watch first', 'Acme Watch'],
    ['another source speaking to reporters', 'another source'],
    ['an aide writing in the Herald', 'an aide'],
    ['Sunday Times', 'Sunday Times'],
    ['a person close to the family', 'a person close to the family'],
    ['the mayor’s old slogan in', 'the mayor ’s old slogan'],
    ['an adviser to', 'an adviser'],
  ])('%s → %s', (input, expected) => expect(np(input)).toBe(expected));

  it.each(['the', 'who said it', 'what', 'went on'])('%s has no noun phrase', (input) => expect(np(input)).toBe(''));
});
