// Watches the article root (only it: observing the whole page would run on every ad and ticker) for changes
// that invalidate the painted ranges: highlighted text replaced or edited, or a substantial amount of new text
// (late paragraphs, "read more"). Debounced; a budget of refreshes per minute stops any feedback loop with a
// page that rewrites itself forever. Highlights do not touch the DOM, so our own painting never triggers it.
import { debounce, type Debounced } from './debounce';

export const WATCH_WAIT = 300;
export const WATCH_MAX_WAIT = 2000;
/** New text below this is a counter or a timestamp, not article content. */
export const NEW_TEXT_THRESHOLD = 200;
export const REFRESH_BUDGET = 10;
const BUDGET_WINDOW = 60_000;

export interface WatchDeps {
  /** Whether a text node carries one of our ranges. */
  isPainted(node: Node): boolean;
  /** Whether any painted text node has left the page. */
  stale(): boolean;
  refresh(): void;
  now?: () => number;
}

export class ArticleWatch {
  private observer: MutationObserver | null = null;
  /** A painted text node was edited: its ranges' offsets are wrong now. */
  private edited = false;
  /** Something holding text was removed: the painted nodes may have gone with it. */
  private removed = false;
  private added = 0;
  private readonly refreshes: number[] = [];
  private readonly check: Debounced;

  constructor(private readonly deps: WatchDeps) {
    this.check = debounce(() => this.settle(), WATCH_WAIT, WATCH_MAX_WAIT);
  }

  observe(root: Element): void {
    this.disconnect();
    const view = root.ownerDocument.defaultView;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => this.record(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Exposed for tests: what the observer callback does with a batch. */
  record(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (this.deps.isPainted(r.target)) this.edited = true;
        else this.added += Math.max(0, (r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0));
      } else {
        for (const n of r.removedNodes) if (n.textContent) this.removed = true;
        for (const n of r.addedNodes) this.added += Math.min(n.textContent?.length ?? 0, NEW_TEXT_THRESHOLD);
      }
    }
    this.check();
  }

  private settle(): void {
    const needed = this.edited || this.added >= NEW_TEXT_THRESHOLD || (this.removed && this.deps.stale());
    this.edited = false;
    this.removed = false;
    this.added = 0;
    if (!needed) return;
    const now = (this.deps.now ?? Date.now)();
    while (this.refreshes.length && now - this.refreshes[0] > BUDGET_WINDOW) this.refreshes.shift();
    if (this.refreshes.length >= REFRESH_BUDGET) {
      // The page keeps rewriting its article: stop chasing it rather than spend its CPU.
      this.disconnect();
      return;
    }
    this.refreshes.push(now);
    this.deps.refresh();
  }

  disconnect(): void {
    this.check.cancel();
    this.observer?.disconnect();
    this.observer = null;
    this.edited = false;
    this.removed = false;
    this.added = 0;
  }
}
