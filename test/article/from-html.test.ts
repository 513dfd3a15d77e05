// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { extractFromHtml, inertHtml, serialisePage } from '../../src/article/from-html';
import { fixtureHtml, URLS } from './pages';

/** A page as the browser holds it, at its address. */
const livePage = (html: string, url: string) => new JSDOM(html, { url }).window.document;

describe('extraction from the page\'s serialised HTML (off the page)', () => {
  const cases: [string, string][] = [
    ['article/jsonld-news.html', URLS.jsonld],
    ['article/opengraph-news.html', URLS.opengraph],
    ['article/paywalled-teaser.html', URLS.paywalled],
    ['article/multi-page-1.html', URLS.multiPage],
    ['non-article/search-results.html', 'https://news.example/search?q=ferries'],
  ];
  it.each(cases)('finds in %s what extraction on the page itself finds', (name, url) => {
    const here = extractArticle(livePage(fixtureHtml(name), url), url);
    // The copy is parsed in the extension's own document, whose address is not the page's.
    const there = extractFromHtml(serialisePage(livePage(fixtureHtml(name), url)), new DOMParser());
    expect(there).toEqual(here);
  });

  it('resolves the page\'s relative links against the page, not the extension', () => {
    const doc = livePage(fixtureHtml('article/multi-page-1.html'), URLS.multiPage);
    const result = extractFromHtml(serialisePage(doc), new DOMParser());
    expect(result.article?.meta.nextPage).toBe(`${URLS.multiPage}/2`);
  });

  it('takes the page\'s resolved base over a relative <base> the copy would resolve against the extension', () => {
    const doc = livePage(fixtureHtml('article/multi-page-1.html').replace('<head>', '<head><base href="/features/">'), URLS.multiPage);
    const page = serialisePage(doc);
    expect(page.base).toBe('https://heartlandreview.example/features/');
    expect(extractFromHtml(page, new DOMParser()).article?.meta.nextPage).toBe(`${URLS.multiPage}/2`);
  });

  it('sends inline scripts and style sheets empty, structured data whole', () => {
    const html = '<head><script>var big = "</p>";</script><style>p { color: red }</style>'
      + '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script src="/a.js"></script></head>'
      + '<body><p>Invented words.</p><script>track("<b>")</script></body>';
    const sent = serialisePage(livePage(html, 'https://news.example/a')).html;
    expect(sent).toContain('<script></script><style></style><script type="application/ld+json">{"@type":"NewsArticle"}</script><script src="/a.js"></script>');
    expect(sent).toContain('<p>Invented words.</p><script></script>');
    expect(sent).not.toMatch(/big|color|track/);
  });

  it('sends the whole document with its doctype, so the copy parses in standards mode', () => {
    const page = serialisePage(livePage('<!DOCTYPE html><title>T</title><p>Invented words.</p>', 'https://news.example/a'));
    expect(page).toMatchObject({ url: 'https://news.example/a', base: 'https://news.example/a' });
    expect(page.html.startsWith('<!DOCTYPE html><html>')).toBe(true);
    expect(new DOMParser().parseFromString(page.html, 'text/html').compatMode).toBe('CSS1Compat');
  });
});

describe('inertHtml', () => {
  const cases: [string, string, string][] = [
    ['a base element', '<head><base href="/news/"><title>T</title></head>', '<head><lede-base href="/news/"><title>T</title></head>'],
    ['an upper-case base element', '<BASE HREF="/">', '<lede-base HREF="/">'],
    ['every handler of a tag', '<img src="a.png" onerror="f()" ONLOAD=\'g()\'>', '<img src="a.png" data-lede-onerror="f()" data-lede-ONLOAD=\'g()\'>'],
    ['a handler on a script', '<script src="a.js" onload="init()"></script>', '<script src="a.js" data-lede-onload="init()"></script>'],
    ['not text that reads like a handler', '<p>Turn it on=off, onward</p>', '<p>Turn it on=off, onward</p>'],
    ['not attributes that only hold "on"', '<div data-on="1" icon="x" aria-controls="m">', '<div data-on="1" icon="x" aria-controls="m">'],
    ['not a tag whose name starts with "base"', '<basefont size="3">', '<basefont size="3">'],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(inertHtml(html)).toBe(expected);
  });
});
