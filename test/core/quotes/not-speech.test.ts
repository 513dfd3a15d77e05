import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/core/quotes/find';

function kind(text: string, opening: string): string | undefined {
  const q = findQuotes(text, [{ start: 0, end: text.length }]).find((x) => text.slice(x.start, x.end).startsWith(opening));
  expect(q, opening).toBeDefined();
  return q!.notSpeech;
}

describe('notSpeech', () => {
  it.each([
    ['Lee said on “Morning Report” that taxes would rise.', 'Morning Report', 'title'],
    ['She wrote the book “The Long Road Home” in 2010.', 'The Long Road', 'title'],
    ['He appeared on the channel’s “Sunday Show,” then left.', 'Sunday Show', 'title'],
    ['Tom “The Hammer” Reed won.', 'The Hammer', 'term'],
    ['The so-called “green deal” failed.', 'green deal', 'term'],
  ])('%s', (text, opening, expected) => expect(kind(text, opening)).toBe(expected));

  it.each([
    ['Lee said “the plan is final” on Monday.', 'the plan is final'],
    ['Lee said on Monday, “We Will Win This Fight.”', 'We Will Win'],
    ['He called it “a disaster for the town.”', 'a disaster'],
  ])('%s is speech', (text, opening) => expect(kind(text, opening)).toBeUndefined());
});
