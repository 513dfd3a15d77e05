// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaresArticle, looksLikeArticle } from '../../src/content/readiness';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PARAGRAPH = 'Firefighters in Catalonia battled three wildfires on Sunday, weeks before the usual start of the fire season, after a winter with almost no rain across the north-east of Spain and the south of France.';

describe('looksLikeArticle', () => {
  it('accepts the sample news page', () => {
    const html = readFileSync(join(__dirname, '../fixtures/pages/sample/index.html'), 'utf8');
    expect(looksLikeArticle(doc(html))).toEqual({ ok: true });
  });

  it('accepts pages that declare an article in Open Graph or JSON-LD, even with little text', () => {
    expect(declaresArticle(doc('<head><meta property="og:type" content="article"></head><body><p>Short.</p></body>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@graph":[{"@type":["WebPage"]},{"@type":["ReportageNewsArticle"]}]}</script>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":"BlogPosting"}</script>'))).toBe(true);
  });

  it('accepts undeclared pages with enough running text', () => {
    const body = Array.from({ length: 5 }, () => `<p>${PARAGRAPH}</p>`).join('');
    expect(looksLikeArticle(doc(`<body><nav><a href="/">Home</a></nav><div class="story">${body}</div></body>`)).ok).toBe(true);
  });

  it('refuses app shells, search pages, listings and empty pages quickly, with a reason', () => {
    const pages = [
      '<body><div id="root"></div><script src="app.js"></script></body>',
      '<head><meta property="og:type" content="website"></head><body><form role="search"><input name="q"></form><ul>' + '<li><a href="/r">A result title that is fairly long</a></li>'.repeat(30) + '</ul></body>',
      '<body></body>',
      '<script type="application/ld+json">{"@type":"Product","name":"NewsArticle holder"}</script><body><p>Buy now</p></body>',
    ];
    for (const html of pages) {
      const verdict = looksLikeArticle(doc(html));
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(10);
    }
  });

  it('refuses a non-HTML document', () => {
    const xml = new DOMParser().parseFromString('<feed><entry>NewsArticle</entry></feed>', 'application/xml');
    expect(looksLikeArticle(xml).ok).toBe(false);
  });
});
