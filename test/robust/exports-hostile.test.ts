// Exports of hostile pages: the XSS page's names, quotes, title and site name come out of "copy as Markdown"
// as inert text (no HTML, no links, no javascript: URLs a Markdown viewer would act on), the JSON export is the
// annotation and nothing else, and the Web Annotation selectors of the emoji-laden page address exactly the
// text they quote (positions in code points, as the W3C model counts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/types';
import { buildCard } from '../../src/shared/summary-card';
import { annotationToJson, cardToMarkdown, toWebAnnotations } from '../../src/shared/export';
import { unicodeArticle } from '../fixtures/hostile/generate';
import { annotatePage, taggersUnderTest, usable } from './pipeline';

const XSS = readFileSync(join(import.meta.dirname, '../fixtures/hostile/xss/index.html'));
const URL = 'https://harbour.example/news/council-row?ref="><img src=x onerror=alert(1)>';
const ALL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

function markdownOf(a: Annotation): string {
  const card = buildCard(a, { url: URL, cached: false, history: {}, visibleTypes: ALL_TYPES, showQuotes: true, maxEntities: 100, maxQuotes: 100, maxSentences: 20 });
  return cardToMarkdown(card);
}

/** What a Markdown renderer would treat as markup once escapes are taken out: HTML, links, autolinks. */
function liveMarkup(md: string): string[] {
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const bare = line.replace(/\\./g, '').replace(/^>\s?/, '');
    if (/^<[^<>\s]+>$/.test(bare)) {
      // The one autolink: the page's own address, which must be a web address.
      if (!/^<https?:\/\//.test(bare)) out.push(line);
      continue;
    }
    if (/[<>]|\]\(|\[[^\]]*\]/.test(bare) || /javascript:/i.test(bare.replace(/\\./g, '')) && /\]\(|<a/i.test(bare)) out.push(line);
  }
  return out;
}

const codePoints = (s: string) => [...s];

const taggers = await taggersUnderTest();

describe.each(taggers)('exports of hostile pages with $tagger', (t) => {
  const skip = !t.ner && !t.problem;

  it.skipIf(skip)('Markdown keeps every payload as escaped text, with no live HTML or link', () => {
    const { annotation } = annotatePage(XSS, usable(t));
    expect(annotation.article).not.toBeNull();
    const md = markdownOf(annotation);
    expect(liveMarkup(md)).toEqual([]);
    // The payloads are still there for the reader to see, as text.
    expect(md).toMatch(/\\<(img|svg|script)/);
  });

  it.skipIf(skip)('JSON export is the annotation, parseable, payloads as plain strings', () => {
    const { annotation } = annotatePage(XSS, usable(t));
    const parsed = JSON.parse(annotationToJson(annotation, URL));
    expect(parsed.annotation).toEqual(JSON.parse(JSON.stringify(annotation)));
    expect(parsed.source).toBe(URL);
  });

  it.skipIf(skip).each([
    ['the XSS page', () => XSS],
    ['the emoji, zero-width and combining page', () => unicodeArticle()],
  ])('Web Annotation selectors of %s quote exactly what their positions address', (_name, page) => {
    const { annotation } = annotatePage(page(), usable(t));
    const text = annotation.article!.text;
    const collection = JSON.parse(JSON.stringify(toWebAnnotations(annotation, URL)));
    const items = collection.first.items as { target: { selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] } }[];
    expect(items.length).toBe(annotation.entities.reduce((n, e) => n + e.mentions.length, 0) + annotation.quotes.length);
    const points = codePoints(text);
    for (const { target: { selector: [quote, position] } } of items) {
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(text).toContain(quote.prefix + quote.exact + quote.suffix);
    }
  });
});
