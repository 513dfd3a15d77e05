import { describe, expect, it } from 'vitest';
import { highlightName } from '../../src/content/highlights';
import { highlightCss } from '../../src/content/page-styles';

// The shipped defaults' shape (settings.ts itself needs the extension runtime to load).
const COLORS = { PER: '#3b82f6', ORG: '#f59e0b', LOC: '#10b981', MISC: '#a855f7' };

describe('highlightCss', () => {
  it('has a rule per entity type from the user’s colours, plus quotes and the flash', () => {
    const css = highlightCss({ ...COLORS, PER: '#ff0000' }, 'light');
    for (const g of ['PER', 'ORG', 'LOC', 'MISC', 'QUOTE', 'FLASH'] as const) expect(css).toContain(`::highlight(${highlightName(g)})`);
    expect(css).toMatch(/lede-x7q-per\) \{ background-color: rgba\(255, 0, 0, 0\.16\)/);
  });

  it('tints more strongly on dark pages and never sets the text colour', () => {
    const dark = highlightCss(COLORS, 'dark');
    expect(dark).toContain('0.32)');
    expect(dark).not.toMatch(/(^|[\s;{])color:/);
  });

  it('falls back to grey for a colour that is not #rrggbb instead of writing it into CSS', () => {
    const css = highlightCss({ ...COLORS, ORG: 'red; } body { display: none' }, 'light');
    expect(css).not.toContain('display: none');
    expect(css).toContain('rgba(136, 136, 136, 0.16)');
  });
});
