import { describe, expect, it } from 'vitest';
import { acceptableSpeakers, f1, matchSpans, sameSpeaker, speakerName, trimSpan } from '../../scripts/lib/quotes-score';

describe('quote scoring', () => {
  it('trims whitespace, quote marks and edge punctuation from a span', () => {
    const text = ' “We will win,” he said.';
    const s = trimSpan(text, { start: 0, end: 16 });
    expect(text.slice(s.start, s.end)).toBe('We will win');
  });

  it('matches spans one-to-one, best overlap first, and not below the threshold', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const pred = [{ start: 0, end: 9 }, { start: 1, end: 10 }, { start: 40, end: 50 }];
    expect(matchSpans(gold, pred, 0.5)).toEqual([[0, 0]]);
    expect(matchSpans(gold, [{ start: 0, end: 30 }], 0.5)).toEqual([]);
  });

  it('accepts a surname for the full name and the gold name without titles or appositive', () => {
    expect(sameSpeaker('Khalaf', 'Abdelkarim Khalaf')).toBe(true);
    expect(sameSpeaker('Jim Clyburn', 'Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus')).toBe(true);
    expect(sameSpeaker('the Western official', 'Western official')).toBe(true);
    expect(speakerName('Mr. Alexander')).toEqual(['alexander']);
  });

  it('rejects a different person who shares a surname, and an empty speaker', () => {
    expect(sameSpeaker('Hillary Clinton', 'Bill Clinton')).toBe(false);
    expect(sameSpeaker('', 'Bill Clinton')).toBe(false);
  });

  it('never counts the gold pronoun itself, only the names it stands for', () => {
    const names = acceptableSpeakers({ start: 0, end: 1, type: 'direct', speaker: 'He', speakerKind: 'pronoun', speakerCoref: ['Donald Trump'], speakerPrevNamed: 'Trump' });
    expect(names).toEqual(['Donald Trump', 'Trump']);
  });

  it('computes F1 and survives zero counts', () => {
    expect(f1({ tp: 8, fp: 2, fn: 0 }).f).toBeCloseTo(0.889, 3);
    expect(f1({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f: 0 });
  });
});
