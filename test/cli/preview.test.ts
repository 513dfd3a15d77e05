import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { notAnArticle } from '../../src/core/annotate';
import type { Annotation, ArticleMeta } from '../../src/core/types';
import { renderPreview } from '../../src/cli/preview';

const meta: ArticleMeta = {
  title: 'Ministers <b>meet</b>', byline: null, authors: [], siteName: 'Daily', published: '2024-05-01T09:00:00Z', modified: null,
  lang: 'en', canonicalUrl: null, image: null, wordCount: 20, readingMinutes: 1, provenance: {},
};

function annotation(text: string, patch: Partial<Annotation> = {}): Annotation {
  return { version: 't', article: { ...meta, text }, entities: [], quotes: [], summary: [], timings: {}, ...patch };
}

describe('renderPreview', () => {
  it('marks entities inside quotes and keeps the text intact', () => {
    const text = 'Jane Doe arrived.\n\n"Paris is lovely," said Jane Doe.';
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const a = annotation(text, {
      entities: [
        { id: 'e1', name: 'Jane Doe', type: 'PER', mentions: [at('Jane Doe'), at('Jane Doe', 5)], aliases: [], salience: 1, role: 'a visitor' },
        { id: 'e2', name: 'Paris', type: 'LOC', mentions: [at('Paris')], aliases: [], salience: 0.5 },
      ],
      quotes: [{ ...at('Paris is lovely,'), speaker: 'Jane Doe', entityId: 'e1' }],
    });
    const doc = new JSDOM(renderPreview(a)).window.document;
    const article = doc.querySelector('article')!;
    expect([...article.querySelectorAll('p')].map((p) => p.textContent)).toEqual(text.split('\n\n'));
    expect([...article.querySelectorAll('mark.PER')].map((m) => m.textContent)).toEqual(['Jane Doe', 'Jane Doe']);
    const quote = article.querySelector('q')!;
    expect(quote.textContent).toBe('Paris is lovely,');
    expect(quote.querySelector('mark.LOC')?.textContent).toBe('Paris');
    expect(quote.getAttribute('title')).toBe('Quote — Jane Doe');
  });

  it('renders page-derived strings as text, never markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const text = `${evil} spoke.`;
    const a = annotation(text, {
      entities: [{ id: 'e1', name: evil, type: 'PER', mentions: [{ start: 0, end: evil.length }], aliases: ['javascript:alert(1)'], salience: 1, role: '"><script>alert(2)</script>' }],
    });
    const doc = new JSDOM(renderPreview(a)).window.document;
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('Ministers <b>meet</b>');
    expect(doc.querySelector('mark')?.textContent).toBe(evil);
  });

  it('says why when there is no article', () => {
    const doc = new JSDOM(renderPreview(notAnArticle('This looks like a home page.'))).window.document;
    expect(doc.querySelector('.reason')?.textContent).toBe('This looks like a home page.');
  });
});
