// Paints marks with the CSS Custom Highlight API: the page's DOM is never touched, so framework re-renders,
// page CSS, selection, copy and find-in-page are unaffected, and removing the highlights restores the page.
// One Highlight per group under names no page would pick; the page can see and delete them (the registry is
// shared), so `ensure` puts ours back. Firefox content scripts cannot iterate the registry or a Highlight
// (Xray wrappers): all bookkeeping is our own.
import type { MarkGroup } from './marks';

export const HIGHLIGHT_PREFIX = 'lede-x7q';

export function highlightName(group: MarkGroup | 'FLASH'): string {
  return `${HIGHLIGHT_PREFIX}-${group.toLowerCase()}`;
}

export interface HighlightApi {
  registry: HighlightRegistry;
  create(): Highlight;
}

/** The API where the browser has it; null on browsers without the Custom Highlight API. */
export function highlightApi(win: Window & typeof globalThis): HighlightApi | null {
  const registry = win.CSS?.highlights;
  const Ctor = (win as { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}

const PRIORITY: Record<MarkGroup | 'FLASH', number> = { QUOTE: 0, PER: 1, ORG: 1, LOC: 1, MISC: 1, FLASH: 2 };

export class Painter {
  private readonly highlights = new Map<MarkGroup | 'FLASH', Highlight>();
  private visible = new Set<MarkGroup>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly api: HighlightApi) {}

  private highlight(group: MarkGroup | 'FLASH'): Highlight {
    let h = this.highlights.get(group);
    if (!h) {
      h = this.api.create();
      h.priority = PRIORITY[group];
      this.highlights.set(group, h);
    }
    return h;
  }

  add(group: MarkGroup, ranges: AbstractRange[]): void {
    const h = this.highlight(group);
    for (const r of ranges) h.add(r);
    this.ensure();
  }

  setVisible(groups: Set<MarkGroup>): void {
    this.visible = new Set(groups);
    for (const group of this.highlights.keys()) {
      if (group !== 'FLASH' && !this.visible.has(group)) this.unregister(group);
    }
    this.ensure();
  }

  /** Puts back any of our visible highlights the page deleted or replaced. Returns whether it had to. */
  ensure(): boolean {
    let repaired = false;
    for (const [group, h] of this.highlights) {
      if (group !== 'FLASH' && !this.visible.has(group)) continue;
      const name = highlightName(group);
      if (this.api.registry.get(name) !== h) {
        this.api.registry.set(name, h);
        repaired = true;
      }
    }
    return repaired;
  }

  /** Briefly emphasises one range: where prev/next or "go to quote" landed. */
  flash(range: AbstractRange, ms = 1500): void {
    const h = this.highlight('FLASH');
    h.clear();
    h.add(range);
    this.ensure();
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.unregister('FLASH'), ms);
  }

  private unregister(group: MarkGroup | 'FLASH'): void {
    const name = highlightName(group);
    const h = this.highlights.get(group);
    // Only ours: a newer copy of the content script (after an extension update) may own the name now.
    if (h && this.api.registry.get(name) === h) this.api.registry.delete(name);
    if (group === 'FLASH') {
      h?.clear();
      this.highlights.delete('FLASH');
    }
  }

  /** Removes every highlight we registered and forgets the ranges. */
  clear(): void {
    clearTimeout(this.flashTimer);
    for (const [group, h] of [...this.highlights]) {
      this.unregister(group);
      h.clear();
    }
    this.highlights.clear();
  }
}
