import { describe, expect, it } from 'vitest';
import { endsWithStop, sentenceWords } from '../../../src/core/text/words';

describe('sentenceWords', () => {
  it.each([
    ['The minister said the plan would work.', 7],
    ['Der Plan, sagte sie, funktioniert.', 5],
    // Scripts without spaces: one word per two characters.
    ['今日は晴れです。', 4],
    ['iPhoneの脱獄は違法です。', 1 + 4],
    ['', 0],
  ])('%s → %i', (text, n) => {
    expect(sentenceWords(text)).toBe(n);
  });
});

describe('endsWithStop', () => {
  it.each([
    ['It is over.', true],
    ['"It is over."', true],
    ['„Es ist vorbei.“', true],
    ['明日は雨でしょう。', true],
    ['他说：“我们会赢。”', true],
    ['A headline without a stop', false],
    ['Is it over', false],
  ])('%s → %s', (text, ends) => {
    expect(endsWithStop(text)).toBe(ends);
  });
});
