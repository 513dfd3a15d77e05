import { describe, expect, it, vi } from 'vitest';
import { highlightName } from '../../src/content/highlights';
import { readFileSync } from 'node:fs';
import { highlightCss, PageStyles } from '../../src/content/page-styles';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

// The settings module only needs the extension wrapper to load.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

// The shipped defaults' shape.
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

/** Just what PageStyles touches of a document: its adopted sheets and a constructor for them. */
function fakeDocument() {
  class Sheet {
    css = '';
    replaceSync(css: string) {
      this.css = css;
    }
  }
  const page = new Sheet();
  return { adoptedStyleSheets: [page] as Sheet[], defaultView: { CSSStyleSheet: Sheet }, page };
}

describe('PageStyles', () => {
  const injected = highlightCss(COLORS, 'light');

  it('adopts a sheet only for rules content.css does not already give, keeping the page’s own sheets', () => {
    const doc = fakeDocument();
    const styles = new PageStyles(doc as unknown as Document, injected);
    styles.apply(injected);
    expect(doc.adoptedStyleSheets).toEqual([doc.page]);
    const dark = highlightCss(COLORS, 'dark');
    styles.apply(dark);
    expect(doc.adoptedStyleSheets.map((s) => s.css)).toEqual(['', dark]);
    styles.apply(injected);
    expect(doc.adoptedStyleSheets).toEqual([doc.page]);
    styles.apply(dark);
    styles.remove();
    expect(doc.adoptedStyleSheets).toEqual([doc.page]);
  });

  it('content.css holds exactly the light default rules, so skipping the sheet paints the same', () => {
    const file = readFileSync(new URL('../../src/content/content.css', import.meta.url), 'utf8');
    const rules = file.split('\n').filter((line) => line.startsWith('::highlight('));
    expect(rules.join('\n')).toBe(highlightCss(DEFAULT_SETTINGS.colors, 'light'));
  });
});

