import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../src/content/card/layer';
import { highlightName } from '../../src/content/highlights';
import { removeLeftovers } from '../../src/content/leftovers';

describe('removeLeftovers', () => {
  it("removes an earlier copy's card host and our highlights, and nothing of the page's", () => {
    const { document } = new JSDOM(`<html><body><p id="story">Text</p><${HOST_TAG}></${HOST_TAG}></body></html>`).window;
    const registry = new Map<string, object>([
      [highlightName('PER'), {}],
      [highlightName('QUOTE'), {}],
      ['page-search-hit', {}],
    ]);
    expect(removeLeftovers(document, registry)).toBe(3);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(document.getElementById('story')?.textContent).toBe('Text');
    expect([...registry.keys()]).toEqual(['page-search-hit']);
  });

  it('does nothing on a clean page or without the highlight registry', () => {
    const { document } = new JSDOM('<p>Clean page</p>').window;
    const before = document.documentElement.outerHTML;
    expect(removeLeftovers(document, null)).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
