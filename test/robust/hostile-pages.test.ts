// Hostile and odd pages through the CLI's own path (bytes → decode → parse → extract → annotate): each gives an
// article or a clear reason, keeps every Annotation invariant, and finishes well inside a hang guard.
// The guard is not a speed target (those live in `npm run bench`): it tells a hang or a quadratic blow-up
// from a slow machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/types';
import * as hostile from '../fixtures/hostile/generate';
import { annotatePage, annotationProblems, taggersUnderTest, usable } from './pipeline';

const FIXTURES = join(import.meta.dirname, '../fixtures/hostile');
const fixture = (name: string) => readFileSync(join(FIXTURES, name, 'index.html'));

type Expect = (a: Annotation) => void;

const anArticle: Expect = (a) => {
  expect(a.article, a.reason).not.toBeNull();
  expect(a.article!.text.trim().length).toBeGreaterThan(200);
};
const aReason: Expect = (a) => {
  expect(a.article).toBeNull();
  expect(a.reason).toMatch(/\w{3,}.*\w{3,}/);
};
/** A language Lede does not read: a clear "not supported" state, never English highlights on it. */
const notSupported = (lang: string): Expect => (a) => {
  if (a.article) {
    expect(a.article.lang).toBe(lang);
  } else {
    expect(a.reason).toMatch(/language/i);
    expect(a.reason).toMatch(new RegExp(`\\b${lang}\\b`));
  }
};
const containing = (phrase: string): Expect => (a) => {
  anArticle(a);
  expect(a.article!.text).toContain(phrase);
};

interface Case {
  name: string;
  page: () => string | Uint8Array;
  expect: Expect;
  /** Hang guard, milliseconds. */
  guard?: number;
}

const BIG = 60_000;

const cases: Case[] = [
  {
    name: 'XSS payloads in names, quotes and metadata stay plain text',
    page: () => fixture('xss'),
    expect: (a) => {
      anArticle(a);
      expect(a.article!.text).toContain('<img src=x onerror=window.__ledeXss=');
      expect(a.article!.text).toContain('javascript:window.__ledeXss=');
    },
  },
  { name: 'right-to-left Arabic article', page: () => fixture('rtl'), expect: notSupported('ar') },
  { name: 'CJK (Chinese) article', page: () => fixture('cjk'), expect: notSupported('zh') },
  { name: 'French article', page: () => fixture('french'), expect: notSupported('fr') },
  { name: 'page with forms, contenteditable and code', page: () => fixture('forms'), expect: containing('Port of Rotterdam Authority') },
  { name: 'emoji, zero-width and combining characters', page: hostile.unicodeArticle, expect: containing('Aldana') },
  ...Object.entries(hostile.EMPTY_PAGES).map(([name, page]): Case => ({ name: `empty page: ${name}`, page: () => page, expect: aReason })),
  { name: 'binary garbage served as HTML', page: () => hostile.binaryGarbage(300_000), expect: aReason, guard: BIG },
  { name: 'invalid UTF-8', page: () => hostile.invalidUtf8(), expect: containing('Officials') },
  ...hostile.mixedEncodings().map((e): Case => ({ name: `encoding: ${e.name}`, page: () => e.bytes, expect: containing(e.expect) })),
  {
    name: 'mostly script (2 MB of inline script, one paragraph)',
    page: () => hostile.mostlyScript(),
    expect: (a) => expect(a.article?.text ?? '').not.toContain('window.__data'),
    guard: BIG,
  },
  { name: '100,000 elements', page: () => hostile.wideDom(100_000), expect: containing('Officials'), guard: BIG },
  { name: 'DOM nested 5,000 deep', page: () => hostile.deepDom(5_000), expect: anArticle, guard: BIG },
];

const taggers = await taggersUnderTest();

describe.each(taggers)('hostile pages with $tagger', (t) => {
  const skip = !t.ner && !t.problem;
  it.skipIf(skip).each(cases)('$name', ({ page, expect: check, guard = 15_000 }) => {
    const { annotation, ms } = annotatePage(page(), usable(t));
    expect(annotationProblems(annotation)).toEqual([]);
    check(annotation);
    expect(ms, `took ${Math.round(ms)} ms (stages: ${JSON.stringify(annotation.timings)})`).toBeLessThan(guard);
  }, BIG * 2);
});
