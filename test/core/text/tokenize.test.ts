import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, titles and months with their period', () => {
    expect(words('Gen. Qasem Soleimani met Mr. Smith in the U.S. on Jan. 3.')).toEqual([
      'Gen.', 'Qasem', 'Soleimani', 'met', 'Mr.', 'Smith', 'in', 'the', 'U.S.', 'on', 'Jan.', '3', '.',
    ]);
  });

  it('keeps initials as tokens of their own', () => {
    expect(words('J. R. R. Tolkien wrote it.')).toEqual(['J.', 'R.', 'R.', 'Tolkien', 'wrote', 'it', '.']);
  });

  it('splits possessives and negations as the treebanks do', () => {
    expect(words("Iraq's parliament doesn't agree")).toEqual(['Iraq', "'s", 'parliament', 'does', "n't", 'agree']);
    expect(words('Iraq’s')).toEqual(['Iraq', '’s']);
  });

  it('keeps apostrophes inside names', () => {
    expect(words("O'Brien and D'Souza")).toEqual(["O'Brien", 'and', "D'Souza"]);
  });

  it('splits hyphenated compounds so each name stands alone', () => {
    expect(words('Hashd al-Shaabi and Iran-US tensions')).toEqual([
      'Hashd', 'al', '-', 'Shaabi', 'and', 'Iran', '-', 'US', 'tensions',
    ]);
  });

  it('keeps numbers with separators, times and ordinals whole', () => {
    expect(words('the 5,200 US soldiers at 10:30 on the 3rd, 2.5%')).toEqual([
      'the', '5,200', 'US', 'soldiers', 'at', '10:30', 'on', 'the', '3rd', ',', '2.5', '%',
    ]);
  });

  it('separates quotes and sentence punctuation from words', () => {
    expect(words('"We are talking," said Khalaf.')).toEqual(['"', 'We', 'are', 'talking', ',', '"', 'said', 'Khalaf', '.']);
    expect(words('“Really?” he asked…')).toEqual(['“', 'Really', '?', '”', 'he', 'asked', '…']);
  });

  it('keeps URLs and e-mail addresses whole without trailing punctuation', () => {
    expect(words('See https://example.com/a?b=1. Write to desk@news.example.org.')).toEqual([
      'See', 'https://example.com/a?b=1', '.', 'Write', 'to', 'desk@news.example.org', '.',
    ]);
  });

  it('gives UTF-16 offsets into the original text, inside the requested span', () => {
    const text = 'Intro. Président Macron 🇫🇷 visited Zürich.';
    const start = text.indexOf('Président');
    const tokens = tokenize(text, { start, end: text.length });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('Zürich');
    expect(tokens[0].start).toBe(start);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('handles garbage and very long input in linear time', () => {
    const garbage = '\u0000\uffff%%%@@@' + '-'.repeat(1000) + '\ud800';
    expect(tokenize(garbage).length).toBeGreaterThan(0);
    const long = 'The U.S. Army said 5,200 troops left. '.repeat(20000);
    expect(tokenize(long).length).toBe(8 * 20000);
  });
});
