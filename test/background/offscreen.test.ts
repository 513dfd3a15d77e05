// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: {} }));

import { checkPageHtml, MAX_HTML, OFFSCREEN_PAGE, pageExtractor, type OffscreenApi } from '../../src/background/offscreen';

const page = {
  url: 'https://news.example/2026/rhine',
  base: 'https://news.example/2026/rhine',
  html: '<!DOCTYPE html><html><head><title>Rhine shipping halted</title></head><body><article><h1>Rhine shipping halted</h1>'
    + '<p>Barges waited at the lock near Koblenz on Tuesday as the river rose past the mark where shipping must stop, the operator said.</p>'.repeat(6)
    + '</article></body></html>',
};
const FOUND = { article: null, reason: 'found in the offscreen document' } as const;

function offscreen(exists: boolean, failCreate = false): OffscreenApi & { created: number } {
  const api = {
    created: 0,
    hasDocument: vi.fn(async () => exists),
    createDocument: vi.fn(async (options: { url: string; reasons: string[] }) => {
      expect(options).toMatchObject({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'] });
      await Promise.resolve();
      if (failCreate) throw new Error('Only a single offscreen document may be created.');
      api.created++;
      exists = true;
    }),
  };
  return api;
}

describe('pageExtractor', () => {
  it('reads the page in its own DOM where it has one (Firefox\'s event page), without an offscreen document', async () => {
    const api = offscreen(false);
    const toDocument = vi.fn();
    const result = await pageExtractor({ parser: new DOMParser(), offscreen: api, toDocument })(page);
    expect(result.article?.text).toMatch(/^Barges waited at the lock/);
    expect(toDocument).not.toHaveBeenCalled();
    expect(api.createDocument).not.toHaveBeenCalled();
  });

  it('without a DOM (Chrome\'s worker) makes the offscreen document once, for requests at the same time, and asks it', async () => {
    const api = offscreen(false);
    const toDocument = vi.fn(async () => FOUND);
    const extract = pageExtractor({ parser: null, offscreen: api, toDocument });
    expect(await Promise.all([extract(page), extract(page)])).toEqual([FOUND, FOUND]);
    expect(await extract(page)).toEqual(FOUND);
    expect(api.created).toBe(1);
    expect(toDocument).toHaveBeenCalledTimes(3);
    expect(toDocument).toHaveBeenCalledWith(page);
  });

  it('uses the document an earlier start of the worker made', async () => {
    const api = offscreen(true);
    await pageExtractor({ parser: null, offscreen: api, toDocument: async () => FOUND })(page);
    expect(api.createDocument).not.toHaveBeenCalled();
  });

  it('fails when the document cannot be made (the page then reads itself), and tries again on the next request', async () => {
    const api = offscreen(false, true);
    const extract = pageExtractor({ parser: null, offscreen: api, toDocument: async () => FOUND });
    await expect(extract(page)).rejects.toThrow(/single offscreen/);
    await expect(extract(page)).rejects.toThrow(/single offscreen/);
    expect(api.createDocument).toHaveBeenCalledTimes(2);
  });

  it('fails where there is neither a DOM nor an offscreen API', async () => {
    await expect(pageExtractor({ parser: null, offscreen: null, toDocument: async () => FOUND })(page)).rejects.toThrow(/No DOM/);
  });
});

describe('checkPageHtml', () => {
  const cases: [string, unknown, RegExp | null][] = [
    ['a page', page, null],
    ['an https page with a different base', { ...page, base: 'https://cdn.news.example/' }, null],
    ['not an object', 'html', /not an object/],
    ['an extension page', { ...page, url: 'chrome-extension://abc/popup.html' }, /url/],
    ['a missing base', { url: page.url, html: page.html }, /base/],
    ['html that is not a string', { ...page, html: 42 }, /html/],
    ['html over the limit', { ...page, html: 'x'.repeat(MAX_HTML + 1) }, /html/],
    ['an extra field', { ...page, article: {} }, /unexpected/],
  ];
  it.each(cases)('%s', (_name, payload, problem) => {
    const found = checkPageHtml(payload);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});
