// Every real page of the article-extraction benchmark through the CLI's path: an article or a clear reason,
// every invariant kept, each page inside the hang guard. The same pass writes docs/robustness.md when run as
// `npx tsx scripts/robustness-report.ts`; here it only fails, naming each page that broke and how.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AEB_DIR, runCorpus } from '../../scripts/robustness-report';
import { taggersUnderTest, usable } from './pipeline';

const corpusHere = existsSync(join(DEFAULT_AEB_DIR, 'html'));
if (!corpusHere && process.env.CI) throw new Error(`The benchmark pages are required in CI but ${DEFAULT_AEB_DIR} is missing`);
const taggers = await taggersUnderTest();

describe.each(taggers)('the article-extraction benchmark pages with $tagger', (t) => {
  const skip = !corpusHere || (!t.ner && !t.problem);
  it.skipIf(skip)(`every page gives an article or a reason, within the guard${corpusHere ? '' : ' (skipped: no ../shared/data/articles/aeb here)'}`, () => {
    const outcomes = runCorpus(usable(t));
    expect(outcomes.length).toBeGreaterThan(100);
    expect(outcomes.filter((o) => o.failure).map((o) => `${o.page}: ${o.failure}`)).toEqual([]);
  }, 600_000);
});
