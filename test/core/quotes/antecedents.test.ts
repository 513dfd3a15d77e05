// Whom a "he" or "she" names when the sentences before it describe someone instead of naming them: a described
// subject ("the Ohio governor", "one delegate") takes the focus; a crowd, an appositive or a description no one was
// given does not. Every case is a short invented text.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { quoteOpening, runStages } from './stages';

const NAMES: Record<string, EntityType> = {
  'Tom Reed': 'PER',
  Reed: 'PER',
  'Carl Weber': 'PER',
  Weber: 'PER',
  'Ann Grant': 'PER',
  Grant: 'PER',
  Ohio: 'LOC',
};

type Case = [label: string, text: string, opening: string, speaker: string | null, description: string | null];

describe('a described subject as a pronoun’s antecedent', () => {
  it.each<Case>([
    ['a role the article gave a named person', 'Ohio Gov. Tom Reed met Carl Weber on Monday. Weber left early. The Ohio governor said the state needs a plan. “We cannot wait any longer,” he said.', 'We cannot wait', 'Tom Reed', 'The Ohio governor'],
    ['an unnamed source introduced as the subject', 'Tom Reed spoke on Monday. One delegate said he tried to give away his passes. “Not even one,” he said.', 'Not even one', 'One delegate', null],
    ['a description with the name in its appositive', 'Tom Reed spoke on Monday. One voter, Carl Weber, said he tried to give away his passes. “Not even one,” he said.', 'Not even one', 'Carl Weber', null],
    ['of two senators, the one tied to the place the description names', 'Sen. Tom Reed of Vermont spoke. Later Sen. Carl Weber arrived. The Vermont senator said the plan works. “It works,” he said.', 'It works', 'Tom Reed', 'The Vermont senator'],
    ['of two senators, neither tied to the place: the senator in focus', 'Sen. Carl Weber arrived. Sen. Tom Reed spoke on Monday. The Vermont senator is sticking to his plan. “It works,” he said.', 'It works', 'Tom Reed', 'The Vermont senator'],
    ['the one senator named, tied to the place by its abbreviation', 'Sen. Tom Reed (D-Vt.) spoke. The Vermont senator said the plan works. “It works,” he said.', 'It works', 'Tom Reed', 'The Vermont senator'],
    ['the one governor named, not tied to the place the cue names: no one named', 'Gov. Tom Reed of Ohio spoke on Monday. Later, Carl Weber left. “It works,” the Florida governor said.', 'It works', 'the Florida governor', null],
    // Must NOT change: the cases below keep the named person.
    ['a description of the other gender', 'Tom Reed spoke on Monday. A spokeswoman for the club said the plan works. “It works,” he said.', 'It works', 'Tom Reed', null],
    ['a crowd is no “he”', 'Tom Reed spoke on Monday. A crowd gathered outside the hall. “It works,” he said.', 'It works', 'Tom Reed', null],
    ['a definite description no one was given', 'Tom Reed spoke on Monday. The front-runner did offer his view. “It works,” he said.', 'It works', 'Tom Reed', null],
    ['an appositive after a name in an opening clause', 'Asked whether Carl Weber, the nominee, could win, Tom Reed demurred. “It is too early,” he said.', 'It is too early', 'Tom Reed', null],
    ['a named subject after the description', 'Ohio Gov. Tom Reed spoke first. The governor said the plan works. Carl Weber disagreed. “It fails,” he said.', 'It fails', 'Carl Weber', null],
  ])('%s', (_label, text, opening, speaker, description) => {
    const q = quoteOpening(runStages(text, NAMES), opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.speakerDescription ?? null).toBe(description);
  });
});

describe('a name a relative clause hangs on, and names after "even"', () => {
  it.each<[label: string, text: string, opening: string, speaker: string | null]>([
    ['a relative clause whose verb introduces the quote', 'Any decision would involve Attorney General Ann Grant, who told the council when asked: “That matter is handled by career staff.”', 'That matter', 'Ann Grant'],
    ['after a passive "by"', 'The plan was backed by Ann Grant, who said: “It is the best we have.”', 'It is the best', 'Ann Grant'],
    ['"even X" is a subject that takes the focus', 'Tom Reed spoke. And even Carl Weber tried to help, noting that he agreed. “It is not my job to comment,” he said.', 'It is not my job', 'Carl Weber'],
    // Must NOT change: a relative clause with a subject of its own.
    ['"whom he called"', 'Tom Reed spoke first. He attacked Carl Weber, whom he called a “con artist” on Monday.', 'con artist', 'Tom Reed'],
    ['"who he noted was"', 'Tom Reed spoke first. He attacked the deal negotiated by Carl Weber, who he noted was “in his final year.”', 'in his final year', 'Tom Reed'],
  ])('%s', (_label, text, opening, speaker) => {
    const q = quoteOpening(runStages(text, NAMES), opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('who can be a "he": groups and existential subjects', () => {
  it.each<[label: string, text: string, opening: string, speaker: string | null]>([
    ['a crowd that just spoke is no "he"; the subject of "there was" is', 'Tom Reed spoke. “Yes!” the crowd cried out. Yet there in the back was Carl Weber, a clerk. He was not happy. “It is like a contest,” he said.', 'It is like', 'Carl Weber'],
    ['an audience is a "they"', 'Tom Reed spoke. “No!” the audience shouted. “We want more,” they chanted.', 'We want more', 'the audience'],
    // Must NOT change: a name after "was" without "there" is no subject.
    ['a name after "was" with no "there"', 'Tom Reed spoke first. The winner was Carl Weber, his old rival. “It was close,” he said.', 'It was close', 'Tom Reed'],
  ])('%s', (_label, text, opening, speaker) => {
    const q = quoteOpening(runStages(text, NAMES), opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('cues next to the quote', () => {
  it.each<[label: string, text: string, opening: string, speaker: string | null]>([
    ['"“…?” asked X" after a sentence that runs into the quote', 'Critics say so, but Springfield strongly denies it — “why would we do that?” asked Grant, now a partner at a firm.', 'why would we', 'Grant'],
    ['the one addressed before a colon is not the speaker', 'Senate leader Ann Grant delivered a blunt message to Tom Reed: “It is time to stop attacking people.”', 'It is time', 'Ann Grant'],
    // Must NOT change: a person right before the colon who is no addressee.
    ['a person before the colon', 'The result did not surprise pollster Tom Reed: “We saw it coming for weeks.”', 'We saw it', 'Tom Reed'],
  ])('%s', (_label, text, opening, speaker) => {
    const q = quoteOpening(runStages(text, NAMES), opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});
