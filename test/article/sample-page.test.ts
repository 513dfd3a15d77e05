// The demo page: its metadata must match the hand-made gold, and every block must map back onto the live page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { createLiveMapper } from '../../src/article/live-ranges';
import { fixtureHtml, fixturePage, URLS } from './pages';

const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/seed/nato-iraq-article.gold.json'), 'utf8')) as {
  metadata: { title: string; published: string; reading_time_minutes: number };
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('sample page', () => {
  const result = extractArticle(fixturePage('sample/index.html', URLS.sample), URLS.sample);

  it('is an article whose title, date and reading time match the gold', () => {
    expect(result.article).not.toBeNull();
    const meta = result.article!.meta;
    expect(meta.title).toBe(gold.metadata.title);
    expect(meta.published).toBe(gold.metadata.published);
    expect(meta.readingMinutes).toBe(gold.metadata.reading_time_minutes);
  });

  it('maps every block exactly onto the live page (extracted in jsdom, as in a browser)', () => {
    const live = new JSDOM(fixtureHtml('sample/index.html'), { url: URLS.sample }).window.document;
    const { article } = extractArticle(live, URLS.sample);
    expect(article).not.toBeNull();
    const mapper = createLiveMapper(live, article!);
    expect(mapper.root).not.toBeNull();
    const ranges = mapper.toRanges(article!.blocks);
    ranges.forEach((range, i) => {
      const block = article!.text.slice(article!.blocks[i].start, article!.blocks[i].end);
      expect(range, block).not.toBeNull();
      expect(squash(range!.toString())).toBe(squash(block));
      expect(mapper.root!.contains(range!.commonAncestorContainer)).toBe(true);
    });
  });

  it('maps names inside the text onto the live page even when extraction ran on another DOM', () => {
    const { article } = result;
    const live = new JSDOM(fixtureHtml('sample/index.html'), { url: URLS.sample }).window.document;
    const mapper = createLiveMapper(live, article!);
    for (const name of ['Abdelkarim Khalaf', 'Hashd al-Shaabi', 'James Jeffrey', 'Amman']) {
      const start = article!.text.indexOf(name);
      const range = mapper.toRange({ start, end: start + name.length });
      expect(range?.toString(), name).toBe(name);
      expect(range!.startContainer.parentElement!.closest('.article-body, article'), name).not.toBeNull();
    }
  });
});
