// Fuzz: generated HTML (random nesting, attributes, character references, quote marks, junk markup) and
// randomly mutated real fixture pages through parseHtml → extractArticle → annotate. Fixed seed, time budget:
// as many documents as fit, at least MIN_DOCS; every failure names its seed so it can be replayed alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import { annotate, notAnArticle } from '../../src/core/annotate';
import type { NerModel } from '../../src/core/ner/model';
import type { Annotation } from '../../src/core/types';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { pick } from '../fixtures/hostile/generate';
import { fuzzHtml } from './fuzz-html';
import { annotationProblems, taggersUnderTest, usable } from './pipeline';

const SEED = 20_251_128;
const BUDGET_MS = 8_000;
const MIN_DOCS = 60;
const URL = 'https://news.example/2025/03/fuzz';

const ROOT = join(import.meta.dirname, '../fixtures');
const REAL_PAGES = ['pages/sample/index.html', 'hostile/xss/index.html', 'hostile/forms/index.html'].map((p) => readFileSync(join(ROOT, p), 'utf8'));
const SPLICES = ['<div>', '</div>', '</p>', '<p>', '“', '”', '"', "'", '«', '&#x1F600;', '&amp', '<!--', '-->', '<script>', '</script>', '\u200d', 'e\u0301', '<', '>', '&', '\uFFFD'];

/** A real page with random splices and a random cut: the structure of the web with its damage. */
function mutatedPage(seed: number): string {
  const rng = seededRandom(seed);
  let html = pick(rng, REAL_PAGES);
  const edits = 1 + Math.floor(rng() * 30);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rng() * html.length);
    const cut = rng() < 0.3 ? Math.floor(rng() * 40) : 0;
    html = html.slice(0, at) + pick(rng, SPLICES) + html.slice(at + cut);
  }
  return rng() < 0.2 ? html.slice(0, Math.floor(rng() * html.length)) : html;
}

function pipeline(html: string, ner: NerModel): Annotation {
  const doc = parseHtml(html, URL);
  const extracted = extractArticle(doc, URL);
  return extracted.article ? annotate(extracted.article, { ner }) : notAnArticle(extracted.reason);
}

const taggers = await taggersUnderTest();

describe.each(taggers)('fuzzed HTML with $tagger', (t) => {
  it.skipIf(!t.ner && !t.problem)(`never throws and keeps every invariant (seed ${SEED}, ${BUDGET_MS} ms budget)`, () => {
    const ner = usable(t);
    const failures: string[] = [];
    const t0 = performance.now();
    let docs = 0;
    let articles = 0;
    while (docs < MIN_DOCS || performance.now() - t0 < BUDGET_MS) {
      const seed = SEED + docs;
      const html = docs % 2 ? mutatedPage(seed) : fuzzHtml(seed);
      docs++;
      try {
        const a = pipeline(html, ner);
        if (a.article) articles++;
        const problems = annotationProblems(a);
        if (problems.length) failures.push(`seed ${seed}: ${problems.slice(0, 3).join('; ')}`);
      } catch (err) {
        failures.push(`seed ${seed} threw: ${err instanceof Error ? err.stack?.split('\n').slice(0, 3).join(' ') : String(err)}`);
      }
      if (failures.length >= 10) break;
    }
    expect(failures, `${failures.length} of ${docs} documents failed`).toEqual([]);
    expect(docs).toBeGreaterThanOrEqual(MIN_DOCS);
    // The generator must reach the language stages, not only article rejection.
    expect(articles).toBeGreaterThan(docs / 10);
  }, 120_000);
});
