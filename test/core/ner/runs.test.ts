import { describe, expect, it } from 'vitest';
import { RunPlace, capitalisedRuns } from '../../../src/core/ner/runs';

const { Single: S, First: F, Inside: I, Last: L, Outside: O } = RunPlace;

function runsOf(text: string) {
  const words = text.split(' ');
  return capitalisedRuns(words, words.map((w) => (/^\p{Lu}/u.test(w) ? 1 : 0)));
}

describe('capitalisedRuns', () => {
  it.each([
    ['a long company name', 'shares of Harwell Biotech Holdings Inc rose', [O, O, F, I, I, L, O]],
    ['connectors inside a name', 'the Bank of the Philippines said', [O, F, I, I, L, O]],
    ['a possessive inside a venue', "at St. Mary 's Hospital today", [O, F, I, I, L, O]],
    ['a connector that leads to no capital ends the run', 'Rowe and the others', [S, O, O, O]],
    ['one capitalised word', 'rain in Oslo', [O, O, S]],
    ['too many connectors in a row', 'Kestrel of the and Mills', [S, O, O, O, S]],
  ])('%s', (_, text, places) => expect([...runsOf(text as string).place]).toEqual(places));

  it('points every token of a run at its first and last word and caps the length at four', () => {
    const runs = runsOf('shares of Harwell Biotech Holdings Group Inc rose');
    expect(runs.first[4]).toBe(2);
    expect(runs.last[4]).toBe(6);
    expect(runs.length[4]).toBe(4);
    expect([runs.first[7], runs.last[7], runs.length[7]]).toEqual([7, 7, 0]);
  });

  it('handles an empty sentence', () => {
    expect(runsOf('').place).toHaveLength(1);
    expect(capitalisedRuns([], []).place).toHaveLength(0);
  });
});
