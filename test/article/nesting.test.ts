import { describe, expect, it } from 'vitest';
import { collapseWrapperChains, nestingDepth } from '../../src/article/nesting';
import { scanPage } from '../../src/article/page-scan';
import { parseHtml } from '../../src/cli/parse-html';

const story = '<p>Officials in Lisbon said on Tuesday that the port would reopen.</p><p>"This is only the first step," said Maria Fernández.</p>';
const nested = (depth: number, inner = story) =>
  parseHtml(`<!doctype html><html><head><title>t</title></head><body>${'<div class="w">\n'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`, 'https://example.org/news/2025/story');

describe('nestingDepth', () => {
  it('counts the root as one and measures the deepest branch', () => {
    expect(nestingDepth(nested(0).documentElement)).toBe(3); // html > body > p
    expect(nestingDepth(nested(40).documentElement)).toBe(43);
  });

  it('stops early once past the limit and walks 20,000 levels without overflowing the stack', () => {
    const doc = nested(20_000);
    expect(nestingDepth(doc.documentElement, 100)).toBe(101);
    expect(nestingDepth(doc.documentElement)).toBe(20_003);
  });
});

describe('collapseWrapperChains', () => {
  it('replaces a chain of empty wrappers by its innermost element and keeps all text', () => {
    const doc = nested(3000, `<div class="article-body">${story}</div>`);
    const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
    collapseWrapperChains(doc.documentElement);
    expect(nestingDepth(doc.documentElement)).toBe(4); // html > body > div.article-body > p
    expect(doc.body.firstElementChild?.getAttribute('class')).toBe('article-body');
    expect(doc.body.textContent!.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  it('leaves wrappers that hold text or several children alone', () => {
    const doc = parseHtml('<html><body><div>Lead<div><p>One</p></div></div><section><p>A</p><p>B</p></section><article><p>C</p></article></body></html>', 'https://example.org/');
    collapseWrapperChains(doc.documentElement);
    // Only the inner div, which holds nothing but its paragraph, goes; an <article> is not a mere wrapper.
    expect(doc.body.innerHTML).toBe('<div>Lead<p>One</p></div><section><p>A</p><p>B</p></section><article><p>C</p></article>');
  });

  it('does nothing to an empty document', () => {
    const doc = parseHtml('', 'https://example.org/');
    collapseWrapperChains(doc.documentElement);
    expect(nestingDepth(doc.documentElement)).toBe(2);
  });
});

describe('scanPage on deep pages', () => {
  it('walks 20,000 levels without recursion and reports the depth', () => {
    const scan = scanPage(nested(20_000));
    expect(scan.maxDepth).toBe(20_003);
    expect(scan.textSample).toContain('Officials in Lisbon');
  });
});
