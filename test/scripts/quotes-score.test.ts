import { describe, expect, it } from 'vitest';
import { acceptableSpeakers, f1, finiteForms, matchSpans, nounPhraseProblem, sameSpeaker, speakerName, trimSpan } from '../../scripts/lib/quotes-score';

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

describe('name-head speaker matching', () => {
  it.each([
    ['Kimberly Westbrook Strach', 'Kimberly Westbrook Strach, executive director of the State Board of Elections', true],
    ['Kimberly Strach', 'Kimberly Westbrook Strach', true],
    ['Claire McCaskill', 'Sen. Claire McCaskill', true],
    ['Dr. Ann Lee', 'Ann Lee', true],
    ['a spokesman for the campaign', 'a spokesman for the campaign who asked not to be named', true],
    ['an official', 'an official at the agency', true],
    ['a senior aide', 'a senior aide from the governor’s office', true],
    ['Hillary Clinton', 'Bill Clinton', false],
    ['Mark Lee', 'Ann Lee', false],
    ['the campaign', 'a spokesman for the campaign', false],
    ['John Weaver', 'A top strategist, John Weaver,', true],
    ['A letter from the union', 'a letter', true],
    ['South Carolina', 'Dean Lee, a teacher from Sumter, South Carolina', false],
    ['Ann Lee', 'an angry Lee', true],
    ['Ann Marie Reed', 'Tennis great Ann Marie Reed', true],
    ['Tom Reed', 'Acme consultant Ann Lee', false],
    ['Tom Reed', 'a longtime adviser to Tom Reed', false],
    ['a longtime adviser to Tom Reed', 'a longtime adviser to Tom Reed', true],
    ['Carl Weber', 'Lee and Weber', false],
    ['Carl Lee Weber III', 'Carl Lee Weber', true],
    ['Carl Weber Sr.', 'Carl Weber', false],
    ['Ann Lee', 'Ann Lee of the Springfield Tenants Union, who organised the march', true],
    ['Ann Lee', 'Secretary of State Ann Lee', true],
    ['Bank', 'Bank of Springfield', false],
  ])('%s vs gold %s: %s', (predicted, gold, same) => {
    expect(sameSpeaker(predicted, gold)).toBe(same);
  });
});

describe('noun-phrase check of speaker strings', () => {
  const verbs = finiteForms(['say', 'said', 'says', 'saying', 'told', 'claimed', 'claim']);
  it.each([
    ['He went on', 'pronoun with a predicate'],
    ['her harsh criticism of the mayor raised', 'ends in a past-tense verb'],
    ["other officials haven't", 'finite auxiliary'],
    ['the', 'bare function word'],
    ['who', 'wh-word'],
    ['Mayor Grant told reporters', 'finite verb of saying'],
  ])('%s is not a noun phrase (%s)', (s, why) => {
    expect(nounPhraseProblem(s, verbs)).toBe(why);
  });
  it.each(['a senior city official', 'Mayor Ann Grant', 'the email', 'the White House', 'two people familiar with the talks', 'a retired judge', 'the claim', 'Will Doyle', 'a source involved'])(
    '%s is a noun phrase',
    (s) => {
      expect(nounPhraseProblem(s, verbs)).toBeNull();
    },
  );
  it('keeps only finite forms of the verb list', () => {
    expect([...verbs].sort()).toEqual(['claimed', 'said', 'told']);
  });
});
