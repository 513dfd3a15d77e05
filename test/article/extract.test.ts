import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import { fixturePage, URLS } from './pages';

function extract(name: string, url: string, edit?: (html: string) => string) {
  const doc = fixturePage(name, url, edit);
  const result = extractArticle(doc, url);
  if (!result.article) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

describe('extractArticle: the body', () => {
  it('keeps every paragraph and subheading of a news story, in order', () => {
    const { text } = extract('article/jsonld-news.html', URLS.jsonld);
    const expected = [
      'Night ferries between the east quay',
      'The service, which crosses every ninety minutes',
      '"People told us the last boat',
      'The decision was not unanimous. Two board members argued that the £1.2m annual subsidy',
      'Operators will have to meet new noise limits',
      'Fares unchanged',
      'Fares will stay at the daytime rate',
      'The first permanent night crossing leaves the east quay at 10pm on 2 May.',
    ];
    let cursor = -1;
    for (const start of expected) {
      const at = text.indexOf(start);
      expect(at, start).toBeGreaterThan(cursor);
      cursor = at;
    }
  });

  it('drops share bars, ad labels, captions, related links, "read more", newsletter boxes and comments', () => {
    const { text } = extract('article/jsonld-news.html', URLS.jsonld);
    for (const junk of [
      'Share on Facebook', 'Advertisement', 'Photograph: Ingrid Moe', 'Ferry fares to rise', 'Read more',
      'Residents say ferry noise', 'Sign up', 'Courier briefing', 'About time', 'Most read', 'Storm warning',
      'We use cookies', 'All rights reserved', 'Topics:', 'Local news',
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('drops a share prompt and a "more stories" list on a page without structured data', () => {
    const { text } = extract('article/opengraph-news.html', URLS.opengraph);
    expect(text).toContain('federal safety grant');
    for (const junk of ['Share this article', 'More stories', 'Library extends', 'Posted by', 'Tweet']) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it('returns blocks that are exactly the paragraphs of text, joined by blank lines', () => {
    const { text, blocks } = extract('article/jsonld-news.html', URLS.jsonld);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
  });

  it('never changes the live page', () => {
    const doc = fixturePage('article/jsonld-news.html', URLS.jsonld);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, URLS.jsonld);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a paywalled teaser as an article, flagged, without the subscription prompt', () => {
    const article = extract('article/paywalled-teaser.html', URLS.paywalled);
    expect(article.meta.paywalled).toBe(true);
    expect(article.text).toContain('state-backed scheme');
    expect(article.text).not.toMatch(/subscribe|already a subscriber/i);
  });

  it('does not flag an ordinary article as paywalled', () => {
    expect(extract('article/jsonld-news.html', URLS.jsonld).meta.paywalled).toBeUndefined();
  });

  it('reads page one of a multi-page article, pointing at the next page and leaving out the pager', () => {
    const article = extract('article/multi-page-1.html', URLS.multiPage);
    expect(article.meta.nextPage).toBe(`${URLS.multiPage}/2`);
    expect(article.text).toContain('restoring the turbines');
    expect(article.text).not.toMatch(/Page 1 of 3|Next/);
  });

  it('finds the next page from the pager alone when the head has no rel=next', () => {
    const article = extract('article/multi-page-1.html', URLS.multiPage, (h) => h.replace(/<link rel="next"[^>]*>/, ''));
    expect(article.meta.nextPage).toBe(`${URLS.multiPage}/2`);
  });

  it('handles a very long article', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} of the inquiry report describes how the council spent its budget on roads and schools in detail.</p>`);
    const html = `<html><head><meta property="og:type" content="article"></head><body><article><h1>Inquiry report</h1>${paragraphs.join('')}</article></body></html>`;
    const result = extractArticle(parseHtml(html, 'https://example.org/news/inquiry-report-published-in-full'), 'https://example.org/news/inquiry-report-published-in-full');
    const article = result.article!;
    expect(article.blocks.length).toBeGreaterThanOrEqual(3000);
    const last = article.blocks[article.blocks.length - 1];
    expect(article.text.slice(last.start, last.end)).toMatch(/^Paragraph 2999 /);
    expect(article.meta.readingMinutes).toBeGreaterThan(50);
  });
});

describe('extractArticle: bad input', () => {
  it('gives a reason, not an exception, for a document it cannot walk', () => {
    const broken = { get documentElement(): Element { throw new Error('detached document'); } } as unknown as Document;
    const result = extractArticle(broken, 'https://example.org/x');
    expect(result.article).toBeNull();
    expect(result.reason).toMatch(/Could not read this page: detached document/);
  });

  it('gives a reason for something that is not a document at all', () => {
    expect(extractArticle(null as unknown as Document, 'https://example.org/').reason).toBe('The page is empty.');
  });

  it('survives binary garbage decoded as a page', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => (i * 7919) % 256);
    const html = new TextDecoder().decode(bytes);
    const result = extractArticle(parseHtml(html, 'https://example.org/file.bin'), 'https://example.org/file.bin');
    // Garbage may or may not read as text; either way there is an answer, not an exception.
    expect(result.article ? result.article.text.length : result.reason.length).toBeGreaterThan(0);
  });

  it('survives unclosed tags and broken JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta property="og:type" content="article"></head><body><article><h1>Storm closes ports</h1><p>Three ports closed on Friday as the storm moved up the coast, stranding ferries and cancelling flights across the region.<p>Officials said they hoped to reopen by Sunday morning if the wind dropped as forecast, but warned of further disruption.<div><p>Residents were told to stay indoors and to avoid the sea front until the warning is lifted.`;
    const result = extractArticle(parseHtml(html, 'https://example.org/news/storm-closes-ports-along-coast'), 'https://example.org/news/storm-closes-ports-along-coast');
    expect(result.article?.text).toContain('stranding ferries');
    expect(result.article?.meta.title).toBe('Storm closes ports');
  });
});
