import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { summarize } from '../../../src/core/summary/summarize';
import { EN_SUMMARY_WORDS } from '../../../src/core/lang/en/summary-words';
import { splitSentences } from '../../../src/core/text/sentences';
import { runStages } from '../quotes/stages';

// A realistic page text: headline, dateline, caption, body with quotes, site furniture at the end.
const ARTICLE = [
  'Flood Defences Fail as River Severn Bursts Its Banks',
  'Published March 3rd, 2024 - 09:15 GMT',
  'Shrewsbury (Reuters)',
  'The River Severn burst its banks in Shrewsbury on Sunday, flooding hundreds of homes after the town\'s new flood defences failed during the heaviest rain in a decade.',
  '"We were told the barriers would hold, and they did not hold," said Mayor Alice Turner, who called for an inquiry.',
  'The Environment Agency said the barriers, finished in 2021 at a cost of 40 million pounds, had been designed for a one-in-100-year flood.',
  'Engineers from the Environment Agency will inspect the barriers on Monday, the agency said.',
  'Residents of Frankwell and Coleham were evacuated overnight and rescue crews used boats to reach elderly people trapped upstairs.',
  'They said the water rose faster than anyone expected.',
  'Insurers estimate the damage in Shrewsbury at more than 25 million pounds, according to the Association of British Insurers.',
  '"It\'s a disaster. We have lost everything downstairs."',
  'The Met Office has warned of more rain in Wales and the West Midlands later in the week.',
  'Copyright 2024 Reuters. All rights reserved.',
  'You may also like',
].join('\n\n');

const NAMES: Record<string, EntityType> = {
  'River Severn': 'LOC',
  Shrewsbury: 'LOC',
  'Alice Turner': 'PER',
  'Environment Agency': 'ORG',
  Frankwell: 'LOC',
  Coleham: 'LOC',
  'Association of British Insurers': 'ORG',
  'Met Office': 'ORG',
  Wales: 'LOC',
  Reuters: 'ORG',
};

describe('summarize', () => {
  const out = runStages(ARTICLE, NAMES, 'Flood Defences Fail as River Severn Bursts Its Banks');
  const picked = out.summary.map((s) => ARTICLE.slice(s.start, s.end));

  it('picks 3 to 5 sentences in text order, starting with the lead', () => {
    expect(picked.length).toBeGreaterThanOrEqual(3);
    expect(picked.length).toBeLessThanOrEqual(5);
    expect(picked[0]).toMatch(/^The River Severn burst its banks/u);
    const starts = out.summary.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('goes beyond the lead to cover the other main entities', () => {
    expect(picked.some((s) => s.includes('Environment Agency'))).toBe(true);
  });

  it('never picks headlines, captions, furniture, quote-only sentences or sentences leaning on the one before', () => {
    for (const s of picked) {
      expect(s).not.toMatch(/Flood Defences Fail|Published|Copyright|You may also like|^Shrewsbury \(Reuters\)$/u);
      expect(s).not.toMatch(/^["“]/u);
      expect(s).not.toMatch(/^They said/u);
    }
  });

  it('never picks a title-case headline, even one that ends with a full stop', () => {
    const text = `Only 24 Percent of Hillary Clinton’s Contributors Are Small Donors.\n\n${ARTICLE}`;
    const spans = runStages(text, NAMES).summary.map((s) => text.slice(s.start, s.end));
    expect(spans.some((s) => s.startsWith('Only 24 Percent'))).toBe(false);
  });

  it('picks a repeated sentence once', () => {
    const twice = `${ARTICLE}\n\nThe River Severn burst its banks in Shrewsbury on Sunday, flooding hundreds of homes after the town's new flood defences failed during the heaviest rain in a decade.`;
    const again = runStages(twice, NAMES);
    const texts = again.summary.map((s) => twice.slice(s.start, s.end));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('returns nothing for empty or unsuitable text, and stays linear on a huge one', () => {
    expect(summarize('', [], [], [], EN_SUMMARY_WORDS)).toEqual([]);
    expect(summarize('Hi.', splitSentences('Hi.'), [], [], EN_SUMMARY_WORDS)).toEqual([]);
    const huge = `${'The council met again on Tuesday to discuss the budget for the coming year in detail. '.repeat(60_000)}`;
    const spans = summarize(huge, splitSentences(huge), [], [], EN_SUMMARY_WORDS);
    expect(spans).toHaveLength(1);
  });
});
