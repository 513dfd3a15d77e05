import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import type { ArticleMeta } from '../../src/core/types';
import { fixturePage, URLS } from './pages';

function metaOf(name: string, url: string, edit?: (html: string) => string): ArticleMeta {
  const result = extractArticle(fixturePage(name, url, edit), url);
  if (!result.article) throw new Error(`expected an article, got: ${result.reason}`);
  return result.article.meta;
}

describe('metadata from JSON-LD', () => {
  const meta = metaOf('article/jsonld-news.html', URLS.jsonld);

  it('reads headline, authors, publisher, dates, language and image from a NewsArticle inside @graph', () => {
    expect(meta).toMatchObject({
      title: 'Harbour authority approves night ferries after two-year trial',
      authors: ['Maria Okafor', 'Tom Lindqvist'],
      byline: 'Maria Okafor, Tom Lindqvist',
      siteName: 'The Coastal Courier',
      published: '2023-03-14T06:45:00Z',
      modified: '2023-03-14T08:10:00Z',
      lang: 'en',
      image: 'https://cdn.coastalcourier.example/img/ferry-night.jpg',
    });
  });

  it('says where each field came from', () => {
    expect(meta.provenance).toMatchObject({
      title: 'json-ld', authors: 'json-ld', published: 'json-ld', modified: 'json-ld', siteName: 'json-ld',
      lang: 'html', canonicalUrl: 'html',
    });
  });

  it('resolves a relative canonical link against the page URL', () => {
    expect(meta.canonicalUrl).toBe(URLS.jsonld);
  });

  it('counts the words of the extracted text and gives a reading time of at least a minute', () => {
    expect(meta.wordCount).toBeGreaterThan(180);
    expect(meta.wordCount).toBeLessThan(260);
    expect(meta.readingMinutes).toBe(1);
  });

  it('falls back to the next source when the JSON-LD is malformed', () => {
    const broken = metaOf('article/jsonld-news.html', URLS.jsonld, (h) => h.replace('"@graph":[', '"@graph":[,,'));
    expect(broken.provenance.published).toBe('time');
    expect(broken.published).toBe('2023-03-14T06:45:00Z');
    expect(broken.authors).toEqual(['Maria Okafor', 'Tom Lindqvist']);
    expect(broken.provenance.authors).toBe('html');
  });
});

describe('metadata from OpenGraph', () => {
  const meta = metaOf('article/opengraph-news.html', URLS.opengraph);

  it('reads title, site, dates (converted to UTC), image and locale', () => {
    expect(meta).toMatchObject({
      title: 'City council delays vote on cycle lanes',
      siteName: 'Riverside Gazette',
      published: '2024-06-03T22:20:00Z',
      modified: '2024-06-04T12:05:00Z',
      image: 'https://riverside-gazette.example/media/2024/06/cycle-lane.jpg',
      canonicalUrl: URLS.opengraph,
      lang: 'en',
    });
    expect(meta.provenance).toMatchObject({ title: 'opengraph', published: 'opengraph', image: 'opengraph', lang: 'opengraph' });
  });

  it('takes the author name from <meta name=author>, not the profile URL in article:author', () => {
    expect(meta.authors).toEqual(['Dana Whitfield']);
    expect(meta.provenance.authors).toBe('meta');
  });

  it('does not turn "5 hours ago" into a date', () => {
    const noDates = metaOf('article/opengraph-news.html', URLS.opengraph, (h) => h.replace(/<meta property="article:(published|modified)_time"[^>]*>/g, ''));
    expect(noDates.published).toBeNull();
    expect(noDates.modified).toBeNull();
  });
});

describe('metadata from <meta> tags', () => {
  const meta = metaOf('article/meta-news.html', URLS.meta);

  it('reads date, modification, site name and a "Von A und B" author line', () => {
    expect(meta).toMatchObject({
      siteName: 'Stadtanzeiger',
      published: '2022-11-08T05:00:00Z',
      modified: '2022-11-08T09:30:00Z',
      authors: ['Jana Keller', 'Martin Brandt'],
      lang: 'de',
    });
    expect(meta.provenance).toMatchObject({ published: 'meta', modified: 'meta', authors: 'meta', siteName: 'meta' });
  });

  it('takes the title from the page heading when no structured title exists', () => {
    expect(meta.title).toBe('Neue Buslinie verbindet Vororte mit dem Hauptbahnhof');
  });
});

describe('metadata from <time> elements', () => {
  it("takes the article's own <time>, not one in a sidebar list before it", () => {
    const meta = metaOf('article/time-news.html', URLS.time);
    expect(meta.published).toBe('2021-07-12T15:00:00Z');
    expect(meta.provenance.published).toBe('time');
    expect(meta.authors).toEqual(['Priya Raman']);
  });
});

describe('metadata from the text', () => {
  it('reads "Published January 29th, 2020 - 10:30 GMT", ignoring a copyright year and relative dates', () => {
    const meta = metaOf('article/text-dated-news.html', URLS.text);
    expect(meta.published).toBe('2020-01-29T10:30:00Z');
    expect(meta.provenance.published).toBe('text');
    expect(meta.modified).toBeNull();
  });

  it('gives no date at all when the page only has a copyright year and "2 days ago"', () => {
    const meta = metaOf('article/text-dated-news.html', URLS.text, (h) => h.replace(/<div class="story-info">.*?<\/div>/, ''));
    expect(meta.published).toBeNull();
    expect(meta.provenance.published).toBeUndefined();
  });

  it('guesses the language from the text when the page declares none', () => {
    const meta = metaOf('article/text-dated-news.html', URLS.text);
    expect(meta.lang).toBe('en');
    expect(meta.provenance.lang).toBe('text');
  });

  it('falls back to the host name for the site', () => {
    expect(metaOf('article/text-dated-news.html', URLS.text)).toMatchObject({ siteName: 'gulfdailywire.example' });
  });
});
