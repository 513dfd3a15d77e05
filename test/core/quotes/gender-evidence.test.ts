import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/types';
import { MentionIndex } from '../../../src/core/entities/mention-index';
import { splitSentences } from '../../../src/core/text/sentences';
import { genderEvidence } from '../../../src/core/quotes/gender-evidence';
import { phraseGender } from '../../../src/core/entities/gender';
import { givenNameGender } from '../../../src/core/quotes/given-names';

function genders(text: string, names: string[], role: Record<string, string> = {}): Record<string, string | undefined> {
  const entities: Entity[] = names.map((name, k) => ({
    id: `e${k}`, name, type: 'PER', aliases: [], salience: 0, ...(role[name] ? { role: role[name] } : {}),
    mentions: [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index!, end: m.index! + name.length })),
  }));
  const quote = /“[^”]*”/gu;
  const quoted = [...text.matchAll(quote)].map((m) => [m.index!, m.index! + m[0].length]);
  const map = genderEvidence(text, entities, splitSentences(text, [{ start: 0, end: text.length }]), new MentionIndex(entities), (p) => quoted.some(([s, e]) => p >= s && p < e));
  return Object.fromEntries(entities.map((e) => [e.name, map.get(e)]));
}

describe('genderEvidence', () => {
  it('reads a pronoun in a sentence about one person, and the sentence after it', () => {
    expect(genders('Reed arrived. He spoke first.', ['Reed'])).toEqual({ Reed: 'm' });
    expect(genders('Lopez spoke and she left early.', ['Lopez'])).toEqual({ Lopez: 'f' });
  });

  it('learns nothing from a pronoun in a sentence that names two people', () => {
    expect(genders('Reed met Lopez, and she told him the plan was ready.', ['Reed', 'Lopez'])).toEqual({ Reed: undefined, Lopez: undefined });
  });

  it('learns nothing when the one person named is not the subject the pronoun follows', () => {
    expect(genders('The apology overshadowed an attack he made on Lopez.', ['Lopez'])).toEqual({ Lopez: undefined });
    expect(genders('Lopez said she would run.', ['Lopez'])).toEqual({ Lopez: 'f' });
    expect(genders('The crowd cheered Reed. He waved.', ['Reed'])).toEqual({ Reed: undefined });
  });

  it('reads a gendered role word written before a name, as its title or an appositive', () => {
    expect(genders('Her husband, Reed, arrived with Lopez.', ['Reed', 'Lopez'])).toEqual({ Reed: 'm', Lopez: undefined });
    expect(genders('The actress Lopez met Reed.', ['Lopez', 'Reed'])).toEqual({ Lopez: 'f', Reed: undefined });
    expect(genders('The senator, Lopez, met Reed.', ['Lopez', 'Reed'])).toEqual({ Lopez: undefined, Reed: undefined });
  });

  it.each<[string, string | undefined]>([
    ['the woman', 'f'],
    ['a spokesman for the city', 'm'],
    ['the official', undefined],
    ['the man and his wife', undefined],
    ['the manager', undefined],
  ])('phraseGender(%s)', (phrase, gender) => expect(phraseGender(phrase)).toBe(gender));

  it('ignores pronouns inside quotes, and trusts honorifics and role words', () => {
    expect(genders('Reed said: “She will win.”', ['Reed'])).toEqual({ Reed: undefined });
    expect(genders('Ms. Lopez and Reed arrived.', ['Lopez', 'Reed'], { Reed: 'spokesman' })).toEqual({ Lopez: 'f', Reed: 'm' });
  });

  it.each<[label: string, text: string, name: string, gender: string | undefined]>([
    ['a "-man" title alone says male', 'The city spokesman Lopez arrived.', 'Lopez', 'm'],
    ['a woman called "spokesman": her given name outvotes it', 'The city spokesman Ann Lopez arrived.', 'Ann Lopez', 'f'],
    ['a woman called "chairman": her pronouns outvote it', 'Party chairman Lopez arrived. She spoke first. She left early.', 'Lopez', 'f'],
    ['a name inside the title is no second person', 'Reed spokesman Lopez confirmed it. “We agree,” she said. She left.', 'Lopez', 'f'],
    // Must NOT change: a "-woman" title, a "-man" title with a male given name, two people joined by a verb.
    ['"spokeswoman" stays strong against a male given name', 'The city spokeswoman Tom Lopez arrived.', 'Tom Lopez', 'f'],
    ['"spokesman" with a male given name', 'The city spokesman Tom Lopez arrived.', 'Tom Lopez', 'm'],
    ['a verb between two names: both are people', 'Reed praised Lopez on Monday. She left.', 'Lopez', undefined],
    ['"actor" stays strong against pronouns', 'The actor Lopez arrived. She spoke first. She left early.', 'Lopez', 'm'],
  ])('%s', (_label, text, name, gender) => expect(genders(text, [name, ...(text.includes('Reed') ? ['Reed'] : [])])[name]).toBe(gender));
});

describe('given names', () => {
  it.each<[string, string | undefined]>([
    ['Ann Lee', 'f'],
    ['Tom Reed', 'm'],
    ['Kelly Ayres', undefined],
    ['Lee', undefined],
    ['Zorblax Reed', undefined],
  ])('givenNameGender(%s)', (name, gender) => expect(givenNameGender(name)).toBe(gender));

  it('is weaker than the article’s own pronouns', () => {
    expect(genders('Ann Lee arrived.', ['Ann Lee'])).toEqual({ 'Ann Lee': 'f' });
    expect(genders('Ann Lee arrived. He spoke first. He left.', ['Ann Lee'])).toEqual({ 'Ann Lee': 'm' });
  });
});
