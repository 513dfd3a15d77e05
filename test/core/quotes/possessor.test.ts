// "X's catch phrase is “…”": a noun of speech owned by someone names the speaker of the quote it introduces or
// follows. Short invented sentences; the null cases must NOT get a speaker.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { quoteOpening, runStages } from './stages';

const NAMES: Record<string, EntityType> = { 'Tom Reed': 'PER', Reed: 'PER', 'Ann Grant': 'PER', Grant: 'PER', Ohio: 'LOC' };

describe('the owner of a noun of speech speaks the quote', () => {
  it.each<[label: string, text: string, opening: string, speaker: string | null, description?: string]>([
    ['a campaign slogan', 'Tom Reed spoke on Monday. Reed’s campaign slogan is “I am with you.”', 'I am with you', 'Tom Reed'],
    ['a response with a colon', 'Ann Grant wrote to Tom Reed. Grant’s response was: “Is the road closed or open?”', 'Is the road', 'Ann Grant'],
    ['the noun after the quote', 'Tom Reed spoke. It is the pull of Reed’s “if you like your plan, you can keep it” promise.', 'if you like', 'Tom Reed'],
    ['a described owner', 'Ohio Gov. Tom Reed spoke. The Ohio governor’s answer was that “the family comes first in every budget.”', 'the family comes', 'Tom Reed', 'The Ohio governor'],
    ['"his answer"', 'Tom Reed spoke. His answer was: “Not this year, not ever.”', 'Not this year', 'Tom Reed'],
    ['a text after a colon', 'Aides say he will help. From Reed’s Facebook post: “We must move past the divisions of this race.”', 'We must move', 'Reed'],
    ['a claim whose clause holds the quote', 'Ann Grant spoke. The answer was at odds with her claim that she “never sent a classified file” at all.', 'never sent', 'Ann Grant'],
    ['a promise to do something', 'Tom Reed spoke. But his promise to be “neutral” in the talks worried Ann Grant.', 'neutral', 'Tom Reed'],
    ['the claim’s owner, not the one who mocks it', 'Tom Reed spoke. Ann Grant mocked Reed’s recent assertion that “thousands” cheered.', 'thousands', 'Tom Reed'],
    // Must NOT match: a participle after a comma is no noun of the possessive before it.
    ['"her tendencies, warning that"', 'Tom Reed spoke of Ann Grant. He knows her tendencies, warning that she is “still in control of the race.”', 'still in control', 'Tom Reed'],
    // Must NOT match: no owner, an owner that is no speech noun's, or a text whose content is reported.
    ['a report whose content is reported', 'Tom Reed spoke. Ann Grant cited an inspector general’s report that “less than one percent of files” were kept.', 'less than one percent', 'Ann Grant'],
    ['an answer without an owner', 'Tom Reed spoke. The answer was: “Not this year, not ever.”', 'Not this year', null],
    ['a possessed thing that is not speech', 'The crowd left. It was the bumper of Reed’s old car: “Not this year, not ever.”', 'Not this year', null],
  ])('%s', (_label, text, opening, speaker, description) => {
    const q = quoteOpening(runStages(text, NAMES), opening);
    expect(q, `quote opening "${opening}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    if (description) expect(q!.speakerDescription).toBe(description);
  });
});
