import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/core/text/reading-time';

describe('reading time', () => {
  it('counts words with hyphens, apostrophes and numbers as one each', () => {
    expect(countWords("Iraq's al-Shaabi forces — 5,200 troops, U.S.-led.")).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('rounds to whole minutes, at least one, at each language speed', () => {
    expect(readingMinutes(843, 'en')).toBe(4);
    expect(readingMinutes(10, 'en')).toBe(1);
    expect(readingMinutes(1950, 'fr')).toBe(10);
    expect(readingMinutes(0, 'zh', 2600)).toBe(10);
  });
});

describe('reading time per language', () => {
  it.each([
    ['de', 1790, 0, 10],
    ['pt-BR', 1810, 0, 10],
    ['ja', 0, 3570, 10],
    // A language without its own speed reads at the adult average, 238 words a minute.
    ['id', 2380, 0, 10],
  ])('%s', (lang, words, chars, minutes) => {
    expect(readingMinutes(words, lang, chars)).toBe(minutes);
  });
});
