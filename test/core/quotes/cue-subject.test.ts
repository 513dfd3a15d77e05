// The subject of the cue speaks, not a description next to it nor a name inside what it reports: "Rep. Ann Lee of
// Ohio, an ally of the leaders, said" is Ann Lee; "A Lee campaign official …, saying that Lee “…”" is the official.
// Every case is a short invented text; the rows after "Must NOT change" keep today's answer.
import { describe, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { expectSpeaker } from './stages';

const NAMES: Record<string, EntityType> = { 'Tom Reed': 'PER', Reed: 'PER', 'Carl Weber': 'PER', Weber: 'PER', 'Ann Grant': 'PER', Ohio: 'LOC', Acme: 'ORG' };

type Case = [label: string, text: string, opening: string, speaker: string | null];

describe('an unnamed subject keeps the quote from a name inside it or inside what it reports', () => {
  it.each<Case>([
    ['a name modifying the source, and the same name in the reported clause', 'A Reed campaign official later walked back the comments, saying that Reed “did not have a video in mind at all.”', 'did not have', 'A Reed campaign official'],
    ['an organisation named by a person, with "later"', 'Tom Reed spoke on Monday. The Reed campaign later sent a note, saying “we regret nothing at all.”', 'we regret nothing', 'The Reed campaign'],
    // Must NOT change: a named subject before "later"; a name that is the subject after an article-less start.
    ['a named subject with "later"', 'Carl Weber later walked back the comments, saying that Reed “did not have a video in mind at all.”', 'did not have', 'Carl Weber'],
    ['a name as the subject, then an adverb', 'Tom Reed then walked out of the room, saying “we regret nothing at all.”', 'we regret nothing', 'Tom Reed'],
  ])('%s', (_label, text, opening, speaker) => expectSpeaker(text, NAMES, opening, speaker));
});

describe('a participle after "heard" is the cue', () => {
  it.each<Case>([
    ['after the quote, with the one asked named', 'Tom Reed spoke. “Should there be a list of them?” a reporter can be heard asking Reed after an event.', 'Should there', 'a reporter'],
    ['after the quote, a named asker', 'Tom Reed spoke. “Should there be a list of them?” Carl Weber was heard asking Reed.', 'Should there', 'Carl Weber'],
    ['before the quote', 'Tom Reed spoke. A reporter can be heard asking Reed: “Should there be a list of them?”', 'Should there', 'A reporter'],
    // Must NOT change: a participle hanging off a clause, a finite verb after "heard".
    ['a participle after a comma', 'Tom Reed left the stage, asking: “Should there be a list of them?”', 'Should there', 'Tom Reed'],
    ['"heard" as the main verb', 'Carl Weber heard Tom Reed say: “Should there be a list of them?”', 'Should there', 'Tom Reed'],
  ])('%s', (_label, text, opening, speaker) => expectSpeaker(text, NAMES, opening, speaker));
});

describe('the cue’s subject', () => {
  it.each<Case>([
    ['a name with where it is from, then an appositive', 'Rep. Tom Reed of Ohio, an ally of the party leaders, said Thursday that his worry is that he is “unpredictable and loud.”', 'unpredictable', 'Tom Reed'],
    ['a name with an organisation, then an appositive', 'Carl Weber of Acme, a longtime critic of the plan, said it was “a waste of money.”', 'a waste of money', 'Carl Weber'],
    ['a title before the name', 'Sen. Carl Weber of Ohio, a longtime critic of the plan, said it was “a waste of money.”', 'a waste of money', 'Carl Weber'],
    // Must NOT change: a name and its appositive, a name and its town.
    ['a name and an appositive', 'Tom Reed, an ally of the party leaders, said he is “unpredictable and loud.”', 'unpredictable', 'Tom Reed'],
    ['a place after a comma is no appositive', 'Carl Weber of Springfield, Ohio, said it was “a waste of money.”', 'a waste of money', 'Carl Weber'],
  ])('%s', (_label, text, opening, speaker) => expectSpeaker(text, NAMES, opening, speaker));
});
