// The message boundary between page-side code and the background. What the content script extracts from any
// real or hostile page must pass the background's shape check (or the page is silently never annotated), and
// hostile payloads a compromised page context could forge must be refused, each with a reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { MAX_TEXT, validateBackgroundRequest } from '../../src/background/validate';
import { decodeHtmlBytes, parseHtml } from '../../src/cli/parse-html';
import { validateContentMessage } from '../../src/content/messages';
import { DEFAULT_AEB_DIR } from '../../scripts/robustness-report';
import * as hostile from '../fixtures/hostile/generate';

const URL = 'https://news.example/2025/03/story';
const FIXTURES = join(import.meta.dirname, '../fixtures');
const aebHere = (() => {
  try {
    return readdirSync(join(DEFAULT_AEB_DIR, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  } catch {
    return [];
  }
})();

/** The `annotate` request the content script would send for a page, or null when it finds no article. */
function annotateRequest(bytes: Uint8Array): { url: string; article: unknown } | null {
  const extracted = extractArticle(parseHtml(decodeHtmlBytes(bytes), URL), URL);
  return extracted.article ? { url: URL, article: extracted.article } : null;
}

describe('what the content script sends passes the background check', () => {
  it.skipIf(!aebHere.length)(`for every benchmark page${aebHere.length ? '' : ' (skipped: no ../shared/data/articles/aeb here)'}`, () => {
    const refused: string[] = [];
    for (const f of aebHere) {
      const request = annotateRequest(gunzipSync(readFileSync(join(DEFAULT_AEB_DIR, 'html', f))));
      const problem = request && validateBackgroundRequest('annotate', request);
      if (problem) refused.push(`${f.slice(0, 12)}: ${problem}`);
    }
    // A refused request leaves the tab without highlights and without a reason.
    expect(refused).toEqual([]);
  }, 120_000);

  it('for the hostile pages', () => {
    const pages: [string, Uint8Array | string][] = [
      ...['xss', 'forms', 'rtl', 'cjk', 'french'].map((n): [string, Buffer] => [n, readFileSync(join(FIXTURES, 'hostile', n, 'index.html'))]),
      ['unicode', hostile.unicodeArticle()],
      ['invalid UTF-8', hostile.invalidUtf8()],
      ['100,000 elements', hostile.wideDom(100_000)],
    ];
    for (const [name, page] of pages) {
      const request = annotateRequest(typeof page === 'string' ? new TextEncoder().encode(page) : page);
      expect(request && validateBackgroundRequest('annotate', request), name).toBeNull();
    }
  });
});

describe('forged messages are refused with a reason', () => {
  const good = annotateRequest(readFileSync(join(FIXTURES, 'pages/sample/index.html')))!;
  const article = good.article as { text: string; meta: Record<string, unknown>; blocks: { start: number; end: number }[] };
  const forged: [string, keyof import('../../src/shared/protocol').BackgroundProtocol, unknown][] = [
    ['a string payload', 'annotate', 'annotate everything'],
    ['null', 'annotate', null],
    ['a javascript: URL', 'annotate', { ...good, url: 'javascript:alert(1)' }],
    ['an extension URL', 'annotate', { ...good, url: 'chrome-extension://abc/popup.html' }],
    ['text over the limit', 'annotate', { ...good, article: { ...article, text: 'a'.repeat(MAX_TEXT + 1), blocks: [] } }],
    ['text of the wrong type', 'annotate', { ...good, article: { ...article, text: 42 } }],
    ['blocks past the text', 'annotate', { ...good, article: { ...article, blocks: [{ start: 0, end: article.text.length + 5 }] } }],
    ['blocks out of order', 'annotate', { ...good, article: { ...article, blocks: [...article.blocks].reverse() } }],
    ['a prototype-polluting key', 'annotate', JSON.parse(`{"url":"${URL}","article":{"__proto__":{"polluted":true},"text":"x","meta":{},"blocks":[]}}`)],
    ['a claimed finished annotation', 'report', { url: URL, state: { status: 'done', annotation: {}, cached: true, history: {} } }],
    ['a reason as an object', 'report', { url: URL, state: { status: 'error', reason: { toString: 'x' } } }],
    ['a fractional tab id', 'tabState', { tabId: 1.5 }],
    ['a negative tab id', 'tabState', { tabId: -1 }],
    ['clear history with arguments', 'clearHistory', { everything: true }],
    ['an unknown request', 'steal' as 'annotate', {}],
  ];
  it.each(forged)('background refuses %s', (_name, type, payload) => {
    expect(validateBackgroundRequest(type, payload)).toMatch(/\w+/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('background accepts the real request it is forged from', () => {
    expect(validateBackgroundRequest('annotate', good)).toBeNull();
  });

  it.each([
    ['toggle', { on: 'yes' }],
    ['reveal', { quote: -1 }],
    ['reveal', { entityId: { id: 'e1' } }],
    ['reveal', {}],
    ['run', null],
    ['exfiltrate', {}],
  ] as const)('content script refuses %s %j', (type, payload) => {
    expect(validateContentMessage(type as 'run', payload)).toMatch(/\w+/);
  });
});
