import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find';
import { blocksOf, quoteTexts } from './stages';

function found(text: string): { text: string; partial: boolean }[] {
  return findQuotes(text, blocksOf(text)).map((q) => ({ text: text.slice(q.start, q.end), partial: Boolean(q.partial) }));
}

describe('findQuotes: mark styles', () => {
  it.each([
    ['straight double', 'He said: "We will not leave the country now." Then he left.', 'We will not leave the country now.'],
    ['curly double', '“We are talking to the coalition countries,” said Abdelkarim Khalaf.', 'We are talking to the coalition countries,'],
    ['British single', '‘We will not be bullied by anyone,’ the minister told the BBC.', 'We will not be bullied by anyone,'],
    ['straight single', "'We will not be bullied by anyone,' the minister told the BBC.", 'We will not be bullied by anyone,'],
    ['guillemets', '« Nous ne partirons pas maintenant », a déclaré le ministre.', 'Nous ne partirons pas maintenant'],
    ['low-high German marks', '„Wir bleiben hier und arbeiten weiter“, sagte der Minister.', 'Wir bleiben hier und arbeiten weiter'],
    ['quote in a headline', "Pat Caddell: Democrat Voters Worried About Clinton’s Health; It’s ‘in Their Heads’", 'in Their Heads'],
  ])('%s', (_label, text, expected) => {
    expect(found(text).map((q) => q.text)).toEqual([expected]);
  });

  it('keeps apostrophes inside a British single-quoted quote', () => {
    const text = '‘It’s the officials’ decision, and they won’t change it,’ she said of the ’90s rules.';
    expect(found(text).map((q) => q.text)).toEqual(['It’s the officials’ decision, and they won’t change it,']);
  });

  it('treats a nested quote as part of the outer one', () => {
    const text = '“He told me ‘never again’ and walked out of the room,” Ms. Moore said.';
    expect(found(text).map((q) => q.text)).toEqual(['He told me ‘never again’ and walked out of the room,']);
    const british = "'The minister called it \"a disgrace\" in front of everyone,' he said.";
    expect(found(british).map((q) => q.text)).toEqual(['The minister called it "a disgrace" in front of everyone,']);
  });

  it('keeps a nested closing mark set apart by a space', () => {
    const text = `"I've always been insulted with the term 'African American outreach,' " he told the group.`;
    expect(found(text).map((q) => q.text)).toEqual(["I've always been insulted with the term 'African American outreach,'"]);
  });

  it('gives one quote per paragraph for a quote that runs over paragraphs', () => {
    const text = [
      'Caddell continued:',
      '"The health issue overall is very much a partisan issue, but that does not account for the numbers.',
      '"Without this network, the campaign is being made to continue with an aggressive calendar."',
      'That was all.',
    ].join('\n\n');
    expect(found(text).map((q) => q.text)).toEqual([
      'The health issue overall is very much a partisan issue, but that does not account for the numbers.',
      'Without this network, the campaign is being made to continue with an aggressive calendar.',
    ]);
  });

  it('ends an unbalanced quote at the attribution inside it', () => {
    expect(found('"We will fight this in every court in the land, said the senator on Monday.').map((q) => q.text)).toEqual(['We will fight this in every court in the land,']);
    expect(found('“We are not leaving any time soon, Khalaf told AFP.').map((q) => q.text)).toEqual(['We are not leaving any time soon,']);
  });

  it('runs an unbalanced quote to the end of its paragraph without swallowing the next', () => {
    const text = 'The senator said: "We will fight this in every court in the land.\n\nThe bill passes to the House next week.';
    expect(found(text).map((q) => q.text)).toEqual(['We will fight this in every court in the land.']);
  });
});

describe('findQuotes: partial quotes', () => {
  it.each([
    ['scare quote of one word', 'Officials said the strike would "absolutely" keep pressure on the group.', 'absolutely'],
    ['scare quote of two words', 'The party called it a “witch hunt” on Monday.', 'witch hunt'],
    ['fragment in reported speech', 'Two officials said the premier had asked them to "draft some options" on a path forward.', 'draft some options'],
    ['lower-case fragment at the end', 'Clinton says Trump’s “latest twitter meltdown is unhinged, even for him.”', 'latest twitter meltdown is unhinged, even for him.'],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual([{ text: expected, partial: true }]);
  });

  it.each([
    ['after a colon', 'He said: "We will not leave the country now."'],
    ['after a comma', 'He says, “Working that microphone was a hell of a lot more difficult.”'],
    ['opening the sentence', '"We are talking to the coalition countries," said Khalaf.'],
    ['full sentence after a verb', 'He said "We will not leave the country now." Then he left.'],
  ])('a direct quote %s is not partial', (_label, text) => {
    expect(found(text).every((q) => !q.partial)).toBe(true);
    expect(found(text)).toHaveLength(1);
  });
});

describe('findQuotes: what is not a quote', () => {
  it.each([
    ['apostrophes and possessives', "Iraq's parliament and the officials' views don't matter to Khalaf's team, rock 'n' roll."],
    ['a plural possessive before a word', 'The generals’ plans were shelved in the ’90s.'],
    ['inch and foot marks', 'He is 6\'3" tall and the pipe is 12" wide.'],
    ['a lone stray mark', 'It was a long day” for all of them.'],
    ['tokenised clitics', "NASA 's decision and the agency 's budget were criticised ."],
  ])('%s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findQuotes: bad input', () => {
  it('returns nothing for empty text, marks only, or no blocks', () => {
    expect(findQuotes('', [])).toEqual([]);
    expect(found('"" “” ‘’ \'\' « »')).toEqual([]);
    expect(quoteTexts('"Yes we can," he said.', findQuotes('"Yes we can," he said.', []))).toEqual(['Yes we can,']);
  });

  it('survives garbage and many unbalanced marks in one huge paragraph', () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => ['"', '“', '’', "'", '‘', '«', 'word', ' '][i % 8]).join('');
    const quotes = findQuotes(garbage, [{ start: 0, end: garbage.length }]);
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(garbage.length);
      expect(q.end).toBeGreaterThan(q.start);
    }
  });
});
