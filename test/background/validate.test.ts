import { describe, expect, it } from 'vitest';
import { MAX_TEXT, validateBackgroundRequest } from '../../src/background/validate';
import { fixtureAnnotation } from './annotation-fixture';

function article() {
  const { text, ...meta } = fixtureAnnotation().article!;
  return { text, meta, blocks: [{ start: 0, end: 49 }, { start: 51, end: 120 }] };
}

describe('validateBackgroundRequest', () => {
  it('accepts well-formed requests', () => {
    expect(validateBackgroundRequest('annotate', { url: 'https://harbour.example/a', article: article() })).toBeNull();
    expect(validateBackgroundRequest('report', { url: 'http://harbour.example/', state: { status: 'not-article', reason: 'A section front.' } })).toBeNull();
    expect(validateBackgroundRequest('tabState', { tabId: 12 })).toBeNull();
    expect(validateBackgroundRequest('clearHistory', {})).toBeNull();
    expect(validateBackgroundRequest('expectArticle', {})).toBeNull();
    expect(validateBackgroundRequest('expectArticle', { text: 'an article' })).toMatch(/empty object/);
  });

  it('accepts the optional fields extraction sets on paywalled teasers and multi-page articles', () => {
    const a = article();
    const teaser = { ...a, meta: { ...a.meta, paywalled: true, nextPage: 'https://harbour.example/a?page=2' } };
    expect(validateBackgroundRequest('annotate', { url: 'https://harbour.example/a', article: teaser })).toBeNull();
    const wrong = { ...a, meta: { ...a.meta, paywalled: 'yes' } };
    expect(validateBackgroundRequest('annotate', { url: 'https://harbour.example/a', article: wrong })).toMatch(/paywalled: not a boolean/);
  });

  it.each([
    ['annotate', null, /not an object/],
    ['annotate', 'annotate me', /not an object/],
    ['annotate', { url: 'javascript:alert(1)', article: article() }, /url: not an http/],
    ['annotate', { url: 'not a url', article: article() }, /url: not a URL/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), text: 42 } }, /article: text: not a string/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), blocks: [{ start: 5, end: 2 }] } }, /blocks\[0\]/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), blocks: [{ start: 0, end: 1e9 }] } }, /outside the text/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), blocks: [{ start: 10, end: 20 }, { start: 0, end: 5 }] } }, /out of order/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), meta: { ...article().meta, title: { toString: 'x' } } } }, /meta: title/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), meta: { ...article().meta, wordCount: -1 } } }, /wordCount/],
    ['annotate', { url: 'https://a.example/', article: article(), extra: true }, /extra: unexpected field/],
    ['annotate', { url: 'https://a.example/', article: { ...article(), meta: { ...article().meta, injected: '<script>' } } }, /injected: unexpected field/],
    ['report', { url: 'https://a.example/', state: { status: 'done', annotation: {} } }, /not a state a content script can report/],
    ['report', { url: 'https://a.example/', state: { status: 'error', reason: 'x'.repeat(5000) } }, /longer than/],
    ['tabState', { tabId: -1 }, /not a tab id/],
    ['tabState', { tabId: 1.5 }, /not a tab id/],
    ['tabState', { tabId: '3' }, /not a tab id/],
    ['clearHistory', { everything: true }, /empty object/],
  ] as const)('%s rejects %j', (type, payload, problem) => {
    expect(validateBackgroundRequest(type, payload)).toMatch(problem);
  });

  it('rejects an article beyond the size limit without scanning it twice', () => {
    const huge = { ...article(), text: 'a'.repeat(MAX_TEXT + 1), blocks: [] };
    expect(validateBackgroundRequest('annotate', { url: 'https://a.example/', article: huge })).toMatch(/longer than/);
  });

  it('rejects an unknown request type', () => {
    expect(validateBackgroundRequest('deleteEverything' as never, {})).toBe('unknown request');
  });
});
