// The `::highlight()` rules, built from the user's colours and the page's theme. They go into a constructed
// stylesheet adopted by the document (no element added to the page); content.css carries the same rules with
// the default colours, so a browser that refuses the adopted sheet still paints, and a light page in the default
// colours needs no sheet at all: adopting one makes the browser recompute the style of every element in the page
// (15-20 ms of the page's main thread on a news page, measured in Chromium).
import type { EntityType } from '../core/types';
import { highlightName } from './highlights';
import type { Theme } from './theme';

function rgb(hex: string): [number, number, number] {
  const n = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0x888888;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgba(hex: string, alpha: number): string {
  return `rgba(${rgb(hex).join(', ')}, ${alpha})`;
}

/** Tints keep the page's own text colour: only the background and underline change, so contrast is the page's. */
export function highlightCss(colors: Record<EntityType, string>, theme: Theme): string {
  const [fill, line] = theme === 'dark' ? [0.32, 0.95] : [0.16, 0.85];
  const rules = (Object.keys(colors) as EntityType[]).map(
    (type) => `::highlight(${highlightName(type)}) { background-color: ${rgba(colors[type], fill)}; text-decoration: underline 2px ${rgba(colors[type], line)}; }`,
  );
  const quote = theme === 'dark' ? 'rgba(215, 215, 225, 0.9)' : 'rgba(90, 90, 100, 0.7)';
  rules.push(`::highlight(${highlightName('QUOTE')}) { background-color: ${theme === 'dark' ? 'rgba(255, 255, 255, 0.07)' : 'rgba(0, 0, 0, 0.035)'}; text-decoration: underline dotted 1px ${quote}; }`);
  rules.push(`::highlight(${highlightName('FLASH')}) { background-color: ${theme === 'dark' ? 'rgba(250, 204, 21, 0.45)' : 'rgba(250, 204, 21, 0.6)'}; }`);
  return rules.join('\n');
}

/** Adopts and later removes one stylesheet on the document; the page's own adopted sheets are kept in order. */
export class PageStyles {
  private sheet: CSSStyleSheet | null = null;

  /** `injected`: the rules content.css already gives the page; those need no sheet of ours. */
  constructor(private readonly doc: Document, private readonly injected = '') {}

  apply(css: string): void {
    if (css === this.injected) {
      this.remove();
      return;
    }
    try {
      if (!this.sheet) {
        const view = this.doc.defaultView as (Window & typeof globalThis) | null;
        if (!view?.CSSStyleSheet) return;
        this.sheet = new view.CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(css);
    } catch {
      // Adopted sheets unavailable here: content.css's default colours still apply.
      this.sheet = null;
    }
  }

  remove(): void {
    const sheet = this.sheet;
    this.sheet = null;
    if (!sheet) return;
    try {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // Nothing was adopted.
    }
  }
}
